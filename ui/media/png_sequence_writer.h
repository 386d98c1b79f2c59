// A folder of numbered PNGs, frame-0000.png, frame-0001.png, …, for LaTeX beamer:
//   \animategraphics[autoplay,loop,width=\linewidth]{FPS}{DIR/frame-}{0000}{LAST}
// Written into a temporary folder beside DIR; finish() renames it to DIR, or, when DIR exists,
// moves the frames into it and removes the frame-NNNN.png files an earlier, longer run left.
#pragma once

#include "animation_writer.h"
#include "temporary_path.h"

namespace gs::media {

class PngSequenceWriter : public AnimationWriter {
 public:
  static std::unique_ptr<PngSequenceWriter> open(const AnimationSpec& spec, std::string& error);

  std::string addFrame(const QImage& frame) override;
  std::string finish() override;

  // "frame-0007.png"
  static std::string frameName(int index);

 private:
  explicit PngSequenceWriter(const AnimationSpec& spec);
  std::string moveInto(const std::string& folder);

  AnimationSpec spec_;
  std::unique_ptr<TemporaryPath> tmp_;
};

}  // namespace gs::media
