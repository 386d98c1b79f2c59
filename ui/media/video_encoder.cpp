#include "video_encoder.h"

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libavutil/opt.h>
#include <libswscale/swscale.h>
}

namespace gs::media {
namespace {

std::string avError(int code) {
  char text[AV_ERROR_MAX_STRING_SIZE] = {};
  av_strerror(code, text, sizeof text);
  return text;
}

// Preferred first: libx264 for H.264; VP9 then VP8 for WebM.
const AVCodec* findCodec(AnimationFormat format) {
  static const char* const h264[] = {"libx264", "libopenh264", "h264"};
  static const char* const webm[] = {"libvpx-vp9", "libvpx"};
  if (format == AnimationFormat::Mp4) {
    for (const char* name : h264)
      if (const AVCodec* c = avcodec_find_encoder_by_name(name)) return c;
  } else {
    for (const char* name : webm)
      if (const AVCodec* c = avcodec_find_encoder_by_name(name)) return c;
  }
  return nullptr;
}

// Sizes for slides at a fair quality: x264 at CRF 23 tuned for flat-coloured drawings; VP9 in
// constant-quality mode at its real-time speed, rows in parallel (its "good" speed took 20 s
// for 150 frames at 800 × 500).
void setQuality(AVCodecContext* codec, const std::string& name) {
  if (name == "libx264") {
    av_opt_set(codec->priv_data, "preset", "fast", 0);
    av_opt_set(codec->priv_data, "tune", "animation", 0);
    av_opt_set(codec->priv_data, "crf", "23", 0);
  } else if (name == "libvpx-vp9" || name == "libvpx") {
    codec->bit_rate = 0;
    av_opt_set(codec->priv_data, "crf", "33", 0);
    av_opt_set(codec->priv_data, "deadline", "realtime", 0);
    av_opt_set(codec->priv_data, "cpu-used", "8", 0);
    av_opt_set(codec->priv_data, "row-mt", "1", 0);
  }
}

}  // namespace

std::string videoCodecFor(AnimationFormat format) {
  const AVCodec* c = findCodec(format);
  return c ? c->name : "";
}

std::unique_ptr<VideoEncoder> VideoEncoder::open(const AnimationSpec& spec, AnimationFormat format,
                                                 std::string& error) {
  av_log_set_level(AV_LOG_QUIET);  // failures come back as one line each; no encoder statistics
  std::unique_ptr<VideoEncoder> encoder(new VideoEncoder(spec, format));
  error = encoder->start();
  if (!error.empty()) return nullptr;
  return encoder;
}

VideoEncoder::VideoEncoder(const AnimationSpec& spec, AnimationFormat format)
    : spec_(spec), format_(format), tmp_(std::make_unique<TemporaryPath>(spec.path)) {}

VideoEncoder::~VideoEncoder() {
  sws_freeContext(sws_);
  av_packet_free(&packet_);
  av_frame_free(&frame_);
  avcodec_free_context(&codec_);
  if (muxer_ && fileOpen_) avio_closep(&muxer_->pb);
  avformat_free_context(muxer_);  // the temporary is removed by tmp_ unless committed
}

std::string VideoEncoder::codecName() const { return codec_ ? codec_->codec->name : ""; }

std::string VideoEncoder::openCodec() {
  const AVCodec* codec = findCodec(format_);
  if (!codec)
    return spec_.path + ": this FFmpeg has no " +
           (format_ == AnimationFormat::Mp4 ? "H.264" : "VP9 or VP8") + " encoder";
  codec_ = avcodec_alloc_context3(codec);
  codec_->width = spec_.width;
  codec_->height = spec_.height;
  codec_->time_base = AVRational{1, spec_.fps};
  codec_->framerate = AVRational{spec_.fps, 1};
  codec_->pix_fmt = AV_PIX_FMT_YUV420P;
  codec_->gop_size = 2 * spec_.fps;  // a key frame every 2 s: seeking in a slide stays quick
  codec_->colorspace = AVCOL_SPC_SMPTE170M;  // libswscale's default RGB→YUV matrix (BT.601)
  codec_->color_range = AVCOL_RANGE_MPEG;
  if (muxer_->oformat->flags & AVFMT_GLOBALHEADER) codec_->flags |= AV_CODEC_FLAG_GLOBAL_HEADER;
  setQuality(codec_, codec->name);
  const int rc = avcodec_open2(codec_, codec, nullptr);
  if (rc < 0) return spec_.path + ": cannot start " + codec->name + " (" + avError(rc) + ")";
  stream_ = avformat_new_stream(muxer_, nullptr);
  if (!stream_) return spec_.path + ": out of memory";
  avcodec_parameters_from_context(stream_->codecpar, codec_);
  stream_->time_base = codec_->time_base;
  return {};
}

std::string VideoEncoder::start() {
  const char* container = format_ == AnimationFormat::Mp4 ? "mp4" : "webm";
  if (avformat_alloc_output_context2(&muxer_, nullptr, container, tmp_->path().c_str()) < 0)
    return spec_.path + ": this FFmpeg cannot write " + container;
  std::string error = openCodec();
  if (!error.empty()) return error;
  int rc = AVERROR_EXIT;  // stays so when the process is stopping
  tmp_->create([&](const std::string& path) {
    rc = avio_open(&muxer_->pb, path.c_str(), AVIO_FLAG_WRITE);
    return rc >= 0;
  });
  if (rc < 0) return spec_.path + ": cannot create the file (" + avError(rc) + ")";
  fileOpen_ = true;
  AVDictionary* options = nullptr;
  // The index at the start: slide tools and browsers play before the whole file is read.
  if (format_ == AnimationFormat::Mp4) av_dict_set(&options, "movflags", "+faststart", 0);
  rc = avformat_write_header(muxer_, &options);
  av_dict_free(&options);
  if (rc < 0) return spec_.path + ": cannot write the header (" + avError(rc) + ")";
  frame_ = av_frame_alloc();
  packet_ = av_packet_alloc();
  frame_->format = AV_PIX_FMT_YUV420P;
  frame_->width = spec_.width;
  frame_->height = spec_.height;
  if (!frame_ || !packet_ || av_frame_get_buffer(frame_, 0) < 0)
    return spec_.path + ": out of memory";
  // QImage::Format_RGB32 is 0xffRRGGBB in native byte order, which is FFmpeg's RGB32.
  sws_ = sws_getContext(spec_.width, spec_.height, AV_PIX_FMT_RGB32, spec_.width, spec_.height,
                        AV_PIX_FMT_YUV420P, SWS_BILINEAR, nullptr, nullptr, nullptr);
  return sws_ ? std::string() : spec_.path + ": cannot convert RGB to YUV";
}

std::string VideoEncoder::encode(AVFrame* frame) {
  int rc = avcodec_send_frame(codec_, frame);
  if (rc < 0) return spec_.path + ": encoding failed (" + avError(rc) + ")";
  while ((rc = avcodec_receive_packet(codec_, packet_)) >= 0) {
    if (packet_->duration == 0) packet_->duration = 1;  // one frame: the file's length is whole
    av_packet_rescale_ts(packet_, codec_->time_base, stream_->time_base);
    packet_->stream_index = stream_->index;
    rc = av_interleaved_write_frame(muxer_, packet_);  // takes the packet's data
    if (rc < 0) return spec_.path + ": writing failed (" + avError(rc) + ")";
  }
  if (rc == AVERROR(EAGAIN) || rc == AVERROR_EOF) return {};
  return spec_.path + ": encoding failed (" + avError(rc) + ")";
}

std::string VideoEncoder::addFrame(const QImage& frame) {
  if (finished_) return spec_.path + ": the video is already closed";
  const QImage img = normalisedFrame(frame, spec_.width, spec_.height);
  if (av_frame_make_writable(frame_) < 0) return spec_.path + ": out of memory";
  const uint8_t* src[1] = {img.constBits()};
  const int stride[1] = {int(img.bytesPerLine())};
  sws_scale(sws_, src, stride, 0, spec_.height, frame_->data, frame_->linesize);
  frame_->pts = frames_;
  const std::string error = encode(frame_);
  if (error.empty()) ++frames_;
  return error;
}

std::string VideoEncoder::finish() {
  if (finished_) return spec_.path + ": the video is already closed";
  finished_ = true;
  if (frames_ == 0) return spec_.path + ": no frames to write";
  std::string error = encode(nullptr);
  if (!error.empty()) return error;
  int rc = av_write_trailer(muxer_);
  if (rc < 0) return spec_.path + ": cannot finish the file (" + avError(rc) + ")";
  rc = avio_closep(&muxer_->pb);
  fileOpen_ = false;
  if (rc < 0) return spec_.path + ": cannot close the file (" + avError(rc) + ")";
  return tmp_->commit();
}

}  // namespace gs::media
