#include "animation_writer.h"

#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <filesystem>

#include "gif_encoder.h"
#include "png_sequence_writer.h"
#include "video_encoder.h"

namespace gs::media {

namespace fs = std::filesystem;

namespace {

std::string lowerExtension(const std::string& path) {
  std::string ext = fs::path(path).extension().string();
  for (char& c : ext) c = char(std::tolower(static_cast<unsigned char>(c)));
  return ext;
}

std::string sideError(const char* field, int value, int even) {
  const AnimationLimits l;
  const std::string allowed = "allowed: " + std::to_string(l.kSideMin) + " to " +
                              std::to_string(l.kSideMax) + (even ? ", even for MP4 and WebM" : "");
  if (value < l.kSideMin || value > l.kSideMax)
    return std::string(field) + " " + std::to_string(value) + ": out of range; " + allowed;
  if (even && value % 2 != 0)
    return std::string(field) + " " + std::to_string(value) + ": odd; " + allowed;
  return {};
}

}  // namespace

AnimationFormat animationFormatOf(const std::string& path) {
  std::error_code ec;
  if (!path.empty() && (path.back() == '/' || fs::is_directory(path, ec)))
    return AnimationFormat::PngSequence;
  const std::string ext = lowerExtension(path);
  if (ext == ".gif") return AnimationFormat::Gif;
  if (ext == ".mp4") return AnimationFormat::Mp4;
  if (ext == ".webm") return AnimationFormat::WebM;
  return AnimationFormat::Unknown;
}

const char* formatName(AnimationFormat format) {
  switch (format) {
    case AnimationFormat::Gif:
      return "GIF";
    case AnimationFormat::Mp4:
      return "MP4";
    case AnimationFormat::WebM:
      return "WebM";
    case AnimationFormat::PngSequence:
      return "PNG sequence";
    case AnimationFormat::Unknown:
      break;
  }
  return "unknown";
}

std::string animationSpecError(const AnimationSpec& spec) {
  const AnimationFormat format = animationFormatOf(spec.path);
  if (format == AnimationFormat::Unknown)
    return "path " + spec.path +
           ": unknown file type; allowed: a name ending in .gif, .mp4 or .webm, or a folder "
           "ending in / for numbered PNGs";
  const AnimationLimits l;
  const int fpsMax = format == AnimationFormat::Gif ? l.kGifFpsMax : l.kFpsMax;
  if (spec.fps < l.kFpsMin || spec.fps > fpsMax)
    return "fps " + std::to_string(spec.fps) +
           ": out of range; allowed: " + std::to_string(l.kFpsMin) + " to " +
           std::to_string(fpsMax) + " for " + formatName(format);
  const bool even = format == AnimationFormat::Mp4 || format == AnimationFormat::WebM;
  std::string error = sideError("width", spec.width, even);
  return error.empty() ? sideError("height", spec.height, even) : error;
}

std::string animationPathError(const std::string& path) {
  const bool folder = animationFormatOf(path) == AnimationFormat::PngSequence;
  std::string trimmed = path;
  while (trimmed.size() > 1 && trimmed.back() == '/') trimmed.pop_back();
  std::error_code ec;
  if (!folder && fs::is_directory(trimmed, ec)) return path + ": is a folder";
  fs::path parent = fs::path(trimmed).parent_path();
  if (parent.empty()) parent = ".";
  if (!fs::is_directory(parent, ec))
    return path + ": the folder " + parent.string() + " does not exist";
  if (::access(parent.c_str(), W_OK) != 0)
    return path + ": the folder " + parent.string() + " is not writable";
  if (folder && fs::is_directory(trimmed, ec) && ::access(trimmed.c_str(), W_OK) != 0)
    return path + ": the folder is not writable";
  return {};
}

std::unique_ptr<AnimationWriter> openAnimationWriter(const AnimationSpec& spec,
                                                     std::string& error) {
  error = animationSpecError(spec);
  if (error.empty()) error = animationPathError(spec.path);
  if (!error.empty()) return nullptr;
  switch (animationFormatOf(spec.path)) {
    case AnimationFormat::Gif:
      return GifEncoder::open(spec, error);
    case AnimationFormat::Mp4:
    case AnimationFormat::WebM:
      return VideoEncoder::open(spec, animationFormatOf(spec.path), error);
    case AnimationFormat::PngSequence:
      return PngSequenceWriter::open(spec, error);
    case AnimationFormat::Unknown:
      break;
  }
  return nullptr;
}

QImage normalisedFrame(const QImage& frame, int width, int height) {
  QImage img = frame.size() == QSize(width, height)
                   ? frame
                   : frame.scaled(width, height, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
  return img.format() == QImage::Format_RGB32 ? img : img.convertToFormat(QImage::Format_RGB32);
}

}  // namespace gs::media
