#include "gif_encoder.h"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cmath>
#include <cstring>
#include <limits>

namespace gs::media {
namespace {

constexpr int kColours = 255;      // palette entries for pixels
constexpr int kTransparent = 255;  // the 256th entry: "keep what is shown"
constexpr int kKeyBits = 6;        // bits per channel of the nearest-colour cache key
constexpr int kKeyShift = 8 - kKeyBits;
constexpr int kPoorFit = 40;       // a channel this far from its palette colour fits badly
constexpr int kPoorPixelsMax = 8;  // more badly fitted changed pixels: a new palette

std::uint32_t rgbOf(const GifColorType& c) {
  return (std::uint32_t(c.Red) << 16) | (std::uint32_t(c.Green) << 8) | c.Blue;
}

int keyOf(std::uint32_t rgb) {
  const int r = (rgb >> 16 & 0xff) >> kKeyShift, g = (rgb >> 8 & 0xff) >> kKeyShift,
            b = (rgb & 0xff) >> kKeyShift;
  return (r << (2 * kKeyBits)) | (g << kKeyBits) | b;
}

// Each palette entry becomes the mean of the full-precision pixels giflib assigned to it (its
// quantiser works on 5 bits per channel, so white would come out as 248, 248, 248).
void refine(std::vector<GifColorType>& palette, const QImage& img,
            const std::vector<GifByteType>& assigned) {
  std::vector<std::array<double, 4>> sum(palette.size(), {0, 0, 0, 0});
  const int w = img.width();
  for (int y = 0; y < img.height(); ++y) {
    const auto* row = reinterpret_cast<const QRgb*>(img.constScanLine(y));
    for (int x = 0; x < w; ++x) {
      auto& s = sum[assigned[std::size_t(y) * w + x]];
      s[0] += qRed(row[x]), s[1] += qGreen(row[x]), s[2] += qBlue(row[x]), s[3] += 1;
    }
  }
  for (std::size_t i = 0; i < palette.size(); ++i) {
    if (sum[i][3] == 0) continue;
    palette[i].Red = GifByteType(std::lround(sum[i][0] / sum[i][3]));
    palette[i].Green = GifByteType(std::lround(sum[i][1] / sum[i][3]));
    palette[i].Blue = GifByteType(std::lround(sum[i][2] / sum[i][3]));
  }
}

}  // namespace

std::unique_ptr<GifEncoder> GifEncoder::open(const AnimationSpec& spec, std::string& error) {
  auto tmp = std::make_unique<TemporaryPath>(spec.path);
  // Opened here with the usual 0666 & ~umask: giflib's own open makes owner-only files.
  int fd = -1, openError = EINTR;  // EINTR stays when the process is stopping
  tmp->create([&](const std::string& path) {
    fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
    openError = errno;
    return fd >= 0;
  });
  if (fd < 0) {
    error = spec.path + ": cannot create the GIF (" + std::strerror(openError) + ")";
    return nullptr;
  }
  int code = 0;
  GifFileType* gif = EGifOpenFileHandle(fd, &code);  // closes fd in EGifCloseFile
  if (!gif) {
    ::close(fd);
    error = spec.path + ": cannot create the GIF (" + GifErrorString(code) + ")";
    return nullptr;
  }
  EGifSetGifVersion(gif, true);  // GIF89a: delays, transparency
  return std::unique_ptr<GifEncoder>(new GifEncoder(spec, std::move(tmp), gif));
}

GifEncoder::GifEncoder(const AnimationSpec& spec, std::unique_ptr<TemporaryPath> tmp,
                       GifFileType* gif)
    : spec_(spec), tmp_(std::move(tmp)), gif_(gif) {}

GifEncoder::~GifEncoder() {
  if (gif_) EGifCloseFile(gif_, nullptr);  // the temporary is removed by tmp_
}

std::string GifEncoder::gifError(const char* what) const {
  return spec_.path + ": " + what + " failed (" + GifErrorString(gif_->Error) + ")";
}

std::uint8_t GifEncoder::indexOf(std::uint32_t rgb) {
  std::int16_t& cached = nearest_[keyOf(rgb)];
  if (cached >= 0) return std::uint8_t(cached);
  // Nearest entry to the centre of the cache cell (squared RGB distance).
  const int half = 1 << (kKeyShift - 1);
  const int r = ((rgb >> 16 & 0xff) >> kKeyShift << kKeyShift) + half;
  const int g = ((rgb >> 8 & 0xff) >> kKeyShift << kKeyShift) + half;
  const int b = ((rgb & 0xff) >> kKeyShift << kKeyShift) + half;
  int best = 0, bestDistance = std::numeric_limits<int>::max();
  for (int i = 0; i < kColours; ++i) {
    const GifColorType& c = palette_[i];
    const int d =
        (c.Red - r) * (c.Red - r) + (c.Green - g) * (c.Green - g) + (c.Blue - b) * (c.Blue - b);
    if (d < bestDistance) best = i, bestDistance = d;
  }
  cached = std::int16_t(best);
  return std::uint8_t(best);
}

std::string GifEncoder::quantise(const QImage& img) {
  const int w = spec_.width, h = spec_.height;
  const std::size_t n = std::size_t(w) * h;
  std::vector<GifByteType> red(n), green(n), blue(n), assigned(n);
  for (int y = 0; y < h; ++y) {
    const auto* row = reinterpret_cast<const QRgb*>(img.constScanLine(y));
    for (int x = 0; x < w; ++x) {
      const std::size_t i = std::size_t(y) * w + x;
      red[i] = GifByteType(qRed(row[x])), green[i] = GifByteType(qGreen(row[x]));
      blue[i] = GifByteType(qBlue(row[x]));
    }
  }
  palette_.assign(256, GifColorType{0, 0, 0});
  int size = kColours;
  if (GifQuantizeBuffer(unsigned(w), unsigned(h), &size, red.data(), green.data(), blue.data(),
                        assigned.data(), palette_.data()) == GIF_ERROR)
    return spec_.path + ": making the colour palette failed";
  refine(palette_, img, assigned);
  for (int i = size; i < kColours; ++i) palette_[i] = palette_[0];  // unused: never nearest first
  nearest_.assign(std::size_t(1) << (3 * kKeyBits), -1);
  return {};
}

std::string GifEncoder::writeHeader(const QImage& first) {
  const std::string error = quantise(first);
  if (!error.empty()) return error;
  ColorMapObject* map = GifMakeMapObject(256, palette_.data());
  const int ok = EGifPutScreenDesc(gif_, spec_.width, spec_.height, 8, 0, map);
  GifFreeMapObject(map);
  if (ok == GIF_ERROR) return gifError("writing the header");
  // NETSCAPE2.0 application block: loop forever.
  const unsigned char loop[3] = {1, 0, 0};
  if (EGifPutExtensionLeader(gif_, APPLICATION_EXT_FUNC_CODE) == GIF_ERROR ||
      EGifPutExtensionBlock(gif_, 11, "NETSCAPE2.0") == GIF_ERROR ||
      EGifPutExtensionBlock(gif_, 3, loop) == GIF_ERROR ||
      EGifPutExtensionTrailer(gif_) == GIF_ERROR)
    return gifError("writing the loop block");
  const std::size_t n = std::size_t(spec_.width) * spec_.height;
  shown_.assign(n, 0xffffffffu);  // no RGB value: every pixel of the first frame is written
  index_.resize(n);
  line_.resize(std::size_t(spec_.width));
  return {};
}

// Maps every pixel to the current palette; returns the smallest rectangle holding each pixel
// whose palette colour differs from what is shown, and how many of those the palette fits badly.
GifEncoder::Change GifEncoder::map(const QImage& img) {
  Change c{spec_.width, spec_.height, 0, 0, 0};
  for (int y = 0; y < spec_.height; ++y) {
    const auto* row = reinterpret_cast<const QRgb*>(img.constScanLine(y));
    for (int x = 0; x < spec_.width; ++x) {
      const std::size_t i = std::size_t(y) * spec_.width + x;
      index_[i] = indexOf(row[x] & 0xffffff);
      const GifColorType& p = palette_[index_[i]];
      if (rgbOf(p) == shown_[i]) continue;
      c.left = std::min(c.left, x), c.right = std::max(c.right, x + 1);
      c.top = std::min(c.top, y), c.bottom = std::max(c.bottom, y + 1);
      const int error =
          std::max({std::abs(p.Red - qRed(row[x])), std::abs(p.Green - qGreen(row[x])),
                    std::abs(p.Blue - qBlue(row[x]))});
      c.poorlyFitted += error > kPoorFit;
    }
  }
  return c;
}

std::string GifEncoder::writeRect(const Change& c, int delay) {
  const int left = c.left, top = c.top, right = c.right, bottom = c.bottom;
  GraphicsControlBlock gcb{};
  gcb.DisposalMode = DISPOSE_DO_NOT;  // the next frame draws over this one
  gcb.UserInputFlag = false;
  gcb.DelayTime = delay;
  gcb.TransparentColor = kTransparent;
  GifByteType ext[4];
  const std::size_t len = EGifGCBToExtension(&gcb, ext);
  if (EGifPutExtension(gif_, GRAPHICS_EXT_FUNC_CODE, int(len), ext) == GIF_ERROR)
    return gifError("writing a frame's delay");
  const int w = right - left, h = bottom - top;
  ColorMapObject* local = ownPalette_ ? GifMakeMapObject(256, palette_.data()) : nullptr;
  const int ok = EGifPutImageDesc(gif_, left, top, w, h, false, local);
  GifFreeMapObject(local);
  if (ok == GIF_ERROR) return gifError("writing a frame");
  for (int y = top; y < bottom; ++y) {
    for (int x = left; x < right; ++x) {
      const std::size_t i = std::size_t(y) * spec_.width + x;
      const std::uint32_t rgb = rgbOf(palette_[index_[i]]);
      line_[x - left] = rgb == shown_[i] ? kTransparent : index_[i];
      shown_[i] = rgb;
    }
    if (EGifPutLine(gif_, line_.data(), w) == GIF_ERROR) return gifError("writing a frame");
  }
  return {};
}

std::string GifEncoder::addFrame(const QImage& frame) {
  if (!gif_) return spec_.path + ": the GIF is already closed";
  const QImage img = normalisedFrame(frame, spec_.width, spec_.height);
  if (frames_ == 0) {
    const std::string error = writeHeader(img);
    if (!error.empty()) return error;
  }
  Change c = map(img);
  // Colours the palette lacks (a curve that appears later): a new palette for this frame on.
  if (c.poorlyFitted > kPoorPixelsMax) {
    const std::string error = quantise(img);
    if (!error.empty()) return error;
    ownPalette_ = true;
    c = map(img);
  }
  if (c.right == 0) c = Change{0, 0, 1, 1, 0};  // unchanged: one transparent pixel
  // Delays in 1/100 s, rounded so the total stays on the frame clock: 30 fps gives 3, 3, 4, …
  const long target = std::lround((frames_ + 1) * 100.0 / spec_.fps);
  const int delay = int(target - centiseconds_);
  centiseconds_ = target;
  const std::string error = writeRect(c, delay);
  if (error.empty()) ++frames_;
  return error;
}

std::string GifEncoder::finish() {
  if (!gif_) return spec_.path + ": the GIF is already closed";
  if (frames_ == 0) return spec_.path + ": no frames to write";
  int code = 0;
  const int ok = EGifCloseFile(gif_, &code);
  gif_ = nullptr;
  if (ok == GIF_ERROR)
    return spec_.path + ": closing the GIF failed (" + GifErrorString(code) + ")";
  return tmp_->commit();
}

}  // namespace gs::media
