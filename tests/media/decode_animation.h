// Reads an animation back with the same libraries a player uses (giflib, libavformat/libavcodec),
// so tests check what was written, not what the writer believes it wrote.
#pragma once

#include <QImage>
#include <string>
#include <vector>

namespace gs::testing {

struct DecodedAnimation {
  std::string error;  // empty when the file decoded
  int width = 0, height = 0;
  int frames = 0;
  std::string codec;               // "gif", "h264", "vp9", …
  double seconds = 0;              // GIF: sum of the delays; video: frames ÷ frame rate
  std::vector<QImage> composites;  // GIF only: what a player shows after each frame
};

DecodedAnimation decodeGif(const std::string& path);
DecodedAnimation decodeVideo(const std::string& path);

}  // namespace gs::testing
