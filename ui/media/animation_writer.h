// Writes a sequence of frames as an animation: GIF (giflib), MP4/H.264 or WebM/VP9 (FFmpeg's
// libraries) or a folder of numbered PNGs (for beamer's \animategraphics), chosen by the path.
// Everything goes to a temporary first and is renamed into place by finish(); a writer destroyed
// without finish() (cancel, failure) removes what it wrote, so nothing half-written is left.
#pragma once

#include <QImage>
#include <memory>
#include <string>

namespace gs::media {

enum class AnimationFormat { Gif, Mp4, WebM, PngSequence, Unknown };

// Limits every caller (CLI, window) checks against.
struct AnimationLimits {
  static constexpr int kFpsMin = 1;
  static constexpr int kFpsMax = 60;
  static constexpr int kGifFpsMax = 50;  // GIF delays are in 1/100 s; players slow < 2/100 s
  static constexpr int kFramesMin = 1;
  static constexpr int kFramesMax = 10000;
  static constexpr int kSideMin = 16;
  static constexpr int kSideMax = 3840;
};

struct AnimationSpec {
  std::string path;  // FILE.gif | FILE.mp4 | FILE.webm | DIR/ (PNG sequence)
  int width = 0, height = 0;
  int fps = 0;
};

// By the extension (case-insensitive); a path ending in '/' or naming an existing folder is a
// PNG sequence.
AnimationFormat animationFormatOf(const std::string& path);
const char* formatName(AnimationFormat format);

// Checks fps, size and the format before any work. Returns an empty string or one line naming
// the field ("fps", "width", "height", "path"), the value and what is allowed.
std::string animationSpecError(const AnimationSpec& spec);
// Checks that path can be written: its folder exists and is writable (for DIR/, DIR's parent, and
// DIR itself when it exists). Returns an empty string or one line naming the path.
std::string animationPathError(const std::string& path);

class AnimationWriter {
 public:
  virtual ~AnimationWriter() = default;
  // Appends one frame; a frame of another size is scaled to the spec's size. Returns an empty
  // string or why the frame could not be written (the writer is then unusable).
  virtual std::string addFrame(const QImage& frame) = 0;
  // Completes the file(s) and renames them into place. Returns an empty string or why not (then
  // nothing is left behind).
  virtual std::string finish() = 0;
  int frameCount() const { return frames_; }

 protected:
  int frames_ = 0;
};

// Opens a writer for spec (checked with animationSpecError first). On failure returns nullptr and
// sets error to one line.
std::unique_ptr<AnimationWriter> openAnimationWriter(const AnimationSpec& spec, std::string& error);

// The frame as 32-bit RGB of exactly width × height (scaled smoothly when needed).
QImage normalisedFrame(const QImage& frame, int width, int height);

}  // namespace gs::media
