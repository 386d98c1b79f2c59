#include "png_sequence_writer.h"

#include <cstdio>
#include <filesystem>

namespace gs::media {

namespace fs = std::filesystem;

std::string PngSequenceWriter::frameName(int index) {
  char name[32];
  std::snprintf(name, sizeof name, "frame-%04d.png", index);
  return name;
}

std::unique_ptr<PngSequenceWriter> PngSequenceWriter::open(const AnimationSpec& spec,
                                                           std::string& error) {
  std::unique_ptr<PngSequenceWriter> writer(new PngSequenceWriter(spec));
  std::error_code ec;
  const bool created = writer->tmp_->create(
      [&ec](const std::string& path) { return fs::create_directory(path, ec) && !ec; });
  if (!created) {
    error = spec.path + ": cannot create a folder next to it (" +
            (ec ? ec.message() : std::string("it exists")) + ")";
    return nullptr;
  }
  return writer;
}

PngSequenceWriter::PngSequenceWriter(const AnimationSpec& spec)
    : spec_(spec), tmp_(std::make_unique<TemporaryPath>(spec.path)) {}

std::string PngSequenceWriter::addFrame(const QImage& frame) {
  const QImage img = normalisedFrame(frame, spec_.width, spec_.height);
  const std::string path = tmp_->path() + "/" + frameName(frames_);
  if (!img.save(QString::fromStdString(path), "PNG"))
    return spec_.path + ": cannot write " + frameName(frames_) + " (disk full?)";
  ++frames_;
  return {};
}

// The new frames replace the old sequence in an existing folder; other files stay.
std::string PngSequenceWriter::moveInto(const std::string& folder) {
  // "frame-" + at least four digits + ".png" (a plain check: std::regex trips GCC 12's
  // -Wmaybe-uninitialized inside std::function).
  auto isFrameFile = [](const std::string& name) {
    const std::string head = "frame-", tail = ".png";
    if (name.size() < head.size() + 4 + tail.size() || name.rfind(head, 0) != 0 ||
        name.compare(name.size() - tail.size(), tail.size(), tail) != 0)
      return false;
    for (std::size_t i = head.size(); i < name.size() - tail.size(); ++i)
      if (name[i] < '0' || name[i] > '9') return false;
    return true;
  };
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(folder, ec)) {
    const std::string name = entry.path().filename().string();
    if (isFrameFile(name)) fs::remove(entry.path(), ec);
  }
  for (int i = 0; i < frames_; ++i) {
    fs::rename(tmp_->path() + "/" + frameName(i), folder + "/" + frameName(i), ec);
    if (ec) return folder + ": cannot move " + frameName(i) + " into it (" + ec.message() + ")";
  }
  return {};
}

std::string PngSequenceWriter::finish() {
  if (frames_ == 0) return spec_.path + ": no frames to write";
  std::error_code ec;
  if (!fs::is_directory(tmp_->target(), ec)) return tmp_->commit();
  // All frames moved or none, as a stop signal sees it; tmp_ removes the emptied folder.
  return tmp_->commit([this] { return moveInto(tmp_->target()); });
}

}  // namespace gs::media
