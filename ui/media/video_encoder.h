// MP4 (H.264 through libx264) and WebM (VP9 through libvpx, VP8 when this FFmpeg has no VP9)
// through FFmpeg's libavcodec/libavformat; frames are converted from RGB to YUV 4:2:0 with
// libswscale. Both need an even width and height (4:2:0 halves the colour planes).
#pragma once

#include <string>

#include "animation_writer.h"
#include "temporary_path.h"

struct AVFormatContext;
struct AVCodecContext;
struct AVStream;
struct AVFrame;
struct AVPacket;
struct SwsContext;

namespace gs::media {

class VideoEncoder : public AnimationWriter {
 public:
  // format is Mp4 or WebM; nullptr and error set when no encoder or no temporary.
  static std::unique_ptr<VideoEncoder> open(const AnimationSpec& spec, AnimationFormat format,
                                            std::string& error);
  ~VideoEncoder() override;

  std::string addFrame(const QImage& frame) override;
  std::string finish() override;
  // The FFmpeg encoder used ("libx264", "libvpx-vp9", …).
  std::string codecName() const;

 private:
  VideoEncoder(const AnimationSpec& spec, AnimationFormat format);
  std::string start();
  std::string openCodec();
  std::string encode(AVFrame* frame);  // nullptr drains the encoder

  AnimationSpec spec_;
  AnimationFormat format_;
  std::unique_ptr<TemporaryPath> tmp_;
  AVFormatContext* muxer_ = nullptr;
  AVCodecContext* codec_ = nullptr;
  AVStream* stream_ = nullptr;
  AVFrame* frame_ = nullptr;
  AVPacket* packet_ = nullptr;
  SwsContext* sws_ = nullptr;
  bool fileOpen_ = false, finished_ = false;
};

// The FFmpeg encoder this build would use for format (empty when none is available).
std::string videoCodecFor(AnimationFormat format);

}  // namespace gs::media
