#include "decode_animation.h"

#include <gif_lib.h>

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
}

namespace gs::testing {
namespace {

// Draws one GIF image over the canvas, honouring its transparent index.
void drawImage(QImage& canvas, const SavedImage& image, const ColorMapObject* map,
               int transparent) {
  const GifImageDesc& d = image.ImageDesc;
  for (int y = 0; y < d.Height; ++y)
    for (int x = 0; x < d.Width; ++x) {
      const int index = image.RasterBits[y * d.Width + x];
      if (index == transparent) continue;
      const GifColorType c = map->Colors[index];
      canvas.setPixel(d.Left + x, d.Top + y, qRgb(c.Red, c.Green, c.Blue));
    }
}

}  // namespace

DecodedAnimation decodeGif(const std::string& path) {
  DecodedAnimation out;
  int code = 0;
  GifFileType* gif = DGifOpenFileName(path.c_str(), &code);
  if (!gif) return out.error = GifErrorString(code), out;
  if (DGifSlurp(gif) == GIF_ERROR) {
    out.error = GifErrorString(gif->Error);
    DGifCloseFile(gif, nullptr);
    return out;
  }
  out.width = gif->SWidth, out.height = gif->SHeight, out.frames = gif->ImageCount;
  out.codec = "gif";
  QImage canvas(out.width, out.height, QImage::Format_RGB32);
  canvas.fill(Qt::black);
  for (int i = 0; i < gif->ImageCount; ++i) {
    GraphicsControlBlock gcb{};
    gcb.TransparentColor = NO_TRANSPARENT_COLOR;
    DGifSavedExtensionToGCB(gif, i, &gcb);
    out.seconds += gcb.DelayTime / 100.0;
    const SavedImage& image = gif->SavedImages[i];
    const ColorMapObject* map =
        image.ImageDesc.ColorMap ? image.ImageDesc.ColorMap : gif->SColorMap;
    drawImage(canvas, image, map, gcb.TransparentColor);
    out.composites.push_back(canvas.copy());
  }
  DGifCloseFile(gif, nullptr);
  return out;
}

DecodedAnimation decodeVideo(const std::string& path) {
  DecodedAnimation out;
  AVFormatContext* format = nullptr;
  if (avformat_open_input(&format, path.c_str(), nullptr, nullptr) < 0)
    return out.error = "cannot open", out;
  avformat_find_stream_info(format, nullptr);
  const AVCodec* codec = nullptr;
  const int s = av_find_best_stream(format, AVMEDIA_TYPE_VIDEO, -1, -1, &codec, 0);
  if (s < 0 || !codec) {
    avformat_close_input(&format);
    return out.error = "no video stream", out;
  }
  AVCodecContext* context = avcodec_alloc_context3(codec);
  avcodec_parameters_to_context(context, format->streams[s]->codecpar);
  avcodec_open2(context, codec, nullptr);
  out.codec = codec->name;
  out.width = context->width, out.height = context->height;
  AVPacket* packet = av_packet_alloc();
  AVFrame* frame = av_frame_alloc();
  auto drain = [&] {
    while (avcodec_receive_frame(context, frame) >= 0) ++out.frames;
  };
  while (av_read_frame(format, packet) >= 0) {
    if (packet->stream_index == s) avcodec_send_packet(context, packet), drain();
    av_packet_unref(packet);
  }
  avcodec_send_packet(context, nullptr);
  drain();
  const AVRational rate = format->streams[s]->avg_frame_rate;
  if (rate.num > 0) out.seconds = out.frames * double(rate.den) / rate.num;
  av_frame_free(&frame);
  av_packet_free(&packet);
  avcodec_free_context(&context);
  avformat_close_input(&format);
  return out;
}

}  // namespace gs::testing
