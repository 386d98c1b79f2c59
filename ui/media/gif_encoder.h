// Animated GIF through giflib. The palette (255 colours and a transparent entry) comes from
// giflib's median-cut quantiser on the first frame, its entries refined to the exact mean colours;
// it is kept while it fits, and a frame bringing colours it lacks (a curve that appears later) gets
// a new one from the whole frame, used from then on. Each frame after the first stores only the
// rectangle that changed, unchanged pixels in it transparent, so a plot whose bars move writes a
// few kilobytes per frame. Loops forever.
#pragma once

#include <gif_lib.h>

#include <cstdint>
#include <vector>

#include "animation_writer.h"
#include "temporary_path.h"

namespace gs::media {

class GifEncoder : public AnimationWriter {
 public:
  // nullptr and error set when the temporary cannot be created.
  static std::unique_ptr<GifEncoder> open(const AnimationSpec& spec, std::string& error);
  ~GifEncoder() override;

  std::string addFrame(const QImage& frame) override;
  std::string finish() override;

 private:
  GifEncoder(const AnimationSpec& spec, std::unique_ptr<TemporaryPath> tmp, GifFileType* gif);
  struct Change {
    int left, top, right, bottom;  // changed pixels: [left, right) × [top, bottom)
    int poorlyFitted;              // changed pixels the palette fits badly
  };
  std::string quantise(const QImage& img);
  std::string writeHeader(const QImage& first);
  std::uint8_t indexOf(std::uint32_t rgb);
  Change map(const QImage& img);
  std::string writeRect(const Change& change, int delay);
  std::string gifError(const char* what) const;

  AnimationSpec spec_;
  std::unique_ptr<TemporaryPath> tmp_;
  GifFileType* gif_ = nullptr;
  std::vector<GifColorType> palette_;  // 256 entries; kTransparent is never a pixel's colour
  std::vector<std::int16_t> nearest_;  // palette index per 6-bit-per-channel colour, -1 = unknown
  std::vector<std::uint32_t> shown_;   // RGB the viewer sees after the frames written so far
  std::vector<std::uint8_t> index_;    // palette index of every pixel of the current frame
  std::vector<GifPixelType> line_;
  bool ownPalette_ = false;  // the palette changed since the header: each frame carries its own
  long centiseconds_ = 0;    // total delay written
};

}  // namespace gs::media
