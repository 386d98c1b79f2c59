// The animation writers: GIF, MP4, WebM and PNG sequences decoded back (frame count, size,
// duration, pixels), and the promise that a cancelled or refused animation leaves nothing behind.
#include "animation_writer.h"

#include <gtest/gtest.h>

#include <QPainter>
#include <filesystem>

#include "decode_animation.h"
#include "png_sequence_writer.h"
#include "temp_folder.h"
#include "video_encoder.h"

namespace gs::media {
namespace {

using gs::testing::TempFolder;

// Frame i: white, a blue bar whose height grows with i and a red square that moves right.
QImage testFrame(int i, int width, int height) {
  QImage img(width, height, QImage::Format_RGB32);
  img.fill(Qt::white);
  QPainter p(&img);
  p.fillRect(4, height - 4 - 2 * i, 10, 2 * i, QColor(31, 119, 180));
  p.fillRect(20 + 2 * i, 8, 8, 8, QColor(214, 39, 40));
  return img;
}

std::string writeFrames(const AnimationSpec& spec, int frames) {
  std::string error;
  auto writer = openAnimationWriter(spec, error);
  if (!writer) return error;
  for (int i = 0; i < frames && error.empty(); ++i)
    error = writer->addFrame(testFrame(i, spec.width, spec.height));
  return error.empty() ? writer->finish() : error;
}

int maxChannelDifference(const QImage& a, const QImage& b) {
  int worst = 0;
  for (int y = 0; y < a.height(); ++y)
    for (int x = 0; x < a.width(); ++x) {
      const QRgb p = a.pixel(x, y), q = b.pixel(x, y);
      worst = std::max({worst, std::abs(qRed(p) - qRed(q)), std::abs(qGreen(p) - qGreen(q)),
                        std::abs(qBlue(p) - qBlue(q))});
    }
  return worst;
}

TEST(AnimationWriter, GifHasEveryFrameAtItsSizeAndDuration) {
  TempFolder dir;
  const AnimationSpec spec{dir.file("bars.gif"), 64, 48, 10};
  ASSERT_EQ(writeFrames(spec, 12), "");
  const auto gif = gs::testing::decodeGif(spec.path);
  ASSERT_EQ(gif.error, "");
  EXPECT_EQ(gif.frames, 12);
  EXPECT_EQ(gif.width, 64);
  EXPECT_EQ(gif.height, 48);
  EXPECT_DOUBLE_EQ(gif.seconds, 1.2);  // 12 frames at 10 fps
  // Only changed rectangles are stored, yet every composite is the frame that was given.
  for (int i = 0; i < 12; ++i)
    EXPECT_LE(maxChannelDifference(gif.composites[i], testFrame(i, 64, 48)), 2) << "frame " << i;
  EXPECT_EQ(dir.entries(), std::vector<std::string>{"bars.gif"});
}

TEST(AnimationWriter, GifDelaysKeepTheFrameClock) {
  TempFolder dir;
  const AnimationSpec spec{dir.file("clock.gif"), 32, 32, 30};
  ASSERT_EQ(writeFrames(spec, 30), "");
  EXPECT_NEAR(gs::testing::decodeGif(spec.path).seconds, 1.0, 1e-9);  // 3, 3, 4, … /100 s
}

TEST(AnimationWriter, UnchangedFramesStillCount) {
  TempFolder dir;
  const AnimationSpec spec{dir.file("still.gif"), 40, 30, 5};
  std::string error;
  auto writer = openAnimationWriter(spec, error);
  ASSERT_TRUE(writer) << error;
  for (int i = 0; i < 4; ++i) ASSERT_EQ(writer->addFrame(testFrame(3, 40, 30)), "");
  ASSERT_EQ(writer->finish(), "");
  EXPECT_EQ(gs::testing::decodeGif(spec.path).frames, 4);
}

TEST(AnimationWriter, Mp4IsH264WithEveryFrame) {
  TempFolder dir;
  const AnimationSpec spec{dir.file("bars.mp4"), 96, 64, 15};
  ASSERT_EQ(writeFrames(spec, 30), "");
  const auto video = gs::testing::decodeVideo(spec.path);
  ASSERT_EQ(video.error, "");
  EXPECT_EQ(video.codec, "h264");
  EXPECT_EQ(video.frames, 30);
  EXPECT_EQ(video.width, 96);
  EXPECT_EQ(video.height, 64);
  EXPECT_NEAR(video.seconds, 2.0, 1e-6);
  EXPECT_EQ(dir.entries(), std::vector<std::string>{"bars.mp4"});
}

TEST(AnimationWriter, WebmIsVp9WithEveryFrame) {
  TempFolder dir;
  const AnimationSpec spec{dir.file("bars.webm"), 64, 48, 10};
  ASSERT_EQ(writeFrames(spec, 10), "");
  const auto video = gs::testing::decodeVideo(spec.path);
  ASSERT_EQ(video.error, "");
  EXPECT_EQ(video.codec, videoCodecFor(AnimationFormat::WebM) == "libvpx-vp9" ? "vp9" : "vp8");
  EXPECT_EQ(video.frames, 10);
  EXPECT_EQ(video.width, 64);
}

TEST(AnimationWriter, FramesOfAnotherSizeAreScaled) {
  TempFolder dir;
  const AnimationSpec spec{dir.file("scaled.mp4"), 80, 60, 10};
  std::string error;
  auto writer = openAnimationWriter(spec, error);
  ASSERT_TRUE(writer) << error;
  ASSERT_EQ(writer->addFrame(testFrame(1, 160, 121)), "");
  ASSERT_EQ(writer->finish(), "");
  EXPECT_EQ(gs::testing::decodeVideo(spec.path).width, 80);
}

TEST(AnimationWriter, PngSequenceIsNumberedFrames) {
  TempFolder dir;
  const AnimationSpec spec{dir.file("frames/"), 50, 40, 10};
  ASSERT_EQ(writeFrames(spec, 5), "");
  EXPECT_EQ(dir.entries(), std::vector<std::string>{"frames"});
  std::vector<std::string> names;
  for (const auto& e : std::filesystem::directory_iterator(dir.file("frames")))
    names.push_back(e.path().filename().string());
  std::sort(names.begin(), names.end());
  ASSERT_EQ(names.size(), 5u);
  EXPECT_EQ(names.front(), "frame-0000.png");
  EXPECT_EQ(names.back(), "frame-0004.png");
  EXPECT_EQ(QImage(QString::fromStdString(dir.file("frames/frame-0004.png"))).size(),
            QSize(50, 40));
}

TEST(AnimationWriter, PngSequenceReplacesAnEarlierLongerOne) {
  TempFolder dir;
  std::filesystem::create_directory(dir.file("out"));
  gs::testing::writePlain(dir.file("out/frame-0009.png"), "old");
  gs::testing::writePlain(dir.file("out/notes.txt"), "mine");
  ASSERT_EQ(writeFrames({dir.file("out/"), 30, 30, 5}, 3), "");
  std::vector<std::string> names;
  for (const auto& e : std::filesystem::directory_iterator(dir.file("out")))
    names.push_back(e.path().filename().string());
  std::sort(names.begin(), names.end());
  EXPECT_EQ(names, (std::vector<std::string>{"frame-0000.png", "frame-0001.png", "frame-0002.png",
                                             "notes.txt"}));
  EXPECT_EQ(dir.entries(), std::vector<std::string>{"out"});
}

TEST(AnimationWriter, CancelLeavesNothing) {
  TempFolder dir;
  for (const char* name : {"a.gif", "a.mp4", "a.webm", "seq/"}) {
    std::string error;
    auto writer = openAnimationWriter({dir.file(name), 64, 48, 10}, error);
    ASSERT_TRUE(writer) << error;
    for (int i = 0; i < 3; ++i) ASSERT_EQ(writer->addFrame(testFrame(i, 64, 48)), "");
    writer.reset();  // cancelled: no finish()
    EXPECT_TRUE(dir.entries().empty()) << name;
  }
}

TEST(AnimationWriter, CancelKeepsAnExistingFile) {
  TempFolder dir;
  gs::testing::writePlain(dir.file("keep.gif"), "old");
  std::string error;
  auto writer = openAnimationWriter({dir.file("keep.gif"), 64, 48, 10}, error);
  ASSERT_TRUE(writer) << error;
  ASSERT_EQ(writer->addFrame(testFrame(0, 64, 48)), "");
  writer.reset();
  EXPECT_EQ(gs::testing::readAll(dir.file("keep.gif")), "old");
  EXPECT_EQ(dir.entries(), std::vector<std::string>{"keep.gif"});
}

TEST(AnimationWriter, BadSpecsAreRefusedWithTheField) {
  TempFolder dir;
  const std::string gif = dir.file("a.gif");
  const auto refused = [](const AnimationSpec& spec, const std::string& message) {
    std::string error;
    EXPECT_FALSE(openAnimationWriter(spec, error));
    EXPECT_NE(error.find(message), std::string::npos) << error;
    EXPECT_EQ(error.find('\n'), std::string::npos);
  };
  refused({gif, 64, 48, 0}, "fps 0: out of range; allowed: 1 to 50 for GIF");
  refused({dir.file("a.mp4"), 64, 48, 61}, "fps 61: out of range; allowed: 1 to 60 for MP4");
  refused({dir.file("a.avi"), 64, 48, 10}, "unknown file type; allowed: a name ending in .gif");
  refused({dir.file("a.mp4"), 65, 48, 10}, "width 65: odd; allowed: 16 to 3840, even for MP4");
  refused({gif, 64, 5, 10}, "height 5: out of range");
  refused({dir.file("missing/a.gif"), 64, 48, 10}, "does not exist");
  refused({dir.file("missing/deeper/"), 64, 48, 10}, "does not exist");
  EXPECT_TRUE(dir.entries().empty());
}

TEST(AnimationWriter, FormatFollowsTheExtension) {
  EXPECT_EQ(animationFormatOf("x.GIF"), AnimationFormat::Gif);
  EXPECT_EQ(animationFormatOf("x.mp4"), AnimationFormat::Mp4);
  EXPECT_EQ(animationFormatOf("x.WebM"), AnimationFormat::WebM);
  EXPECT_EQ(animationFormatOf("frames/"), AnimationFormat::PngSequence);
  EXPECT_EQ(animationFormatOf("x.png"), AnimationFormat::Unknown);
}

}  // namespace
}  // namespace gs::media
