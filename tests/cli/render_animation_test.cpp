// gradscope-cli render --animate run as a child process: the GIF, MP4, WebM and PNG folder hold
// exactly --frames frames of the requested size (decoded back with giflib and libavformat), the
// same seed gives the same frames, and bad input exits 2 with one line and leaves nothing.
#include <gtest/gtest.h>

#include <QImage>
#include <filesystem>
#include <string>

#include "decode_animation.h"
#include "run_process.h"

namespace gs::test {
namespace {

std::vector<std::string> animate(std::vector<std::string> extra) {
  std::vector<std::string> args = {"render",  "--depth",   "4",        "--steps", "40",
                                   "--quiet", "--animate", "--figure", "bars"};
  args.insert(args.end(), extra.begin(), extra.end());
  return args;
}

TEST(RenderAnimation, GifHasTheFramesAndTheSize) {
  ScratchDir dir("anim-gif");
  const auto r = runCli(animate({"--frames", "8", "--fps", "4", "--width", "400", "--height", "250",
                                 "--out", dir.file("bars.gif")}),
                        dir.path());
  ASSERT_EQ(r.exitStatus, 0) << r.err;
  EXPECT_NE(r.out.find("wrote " + dir.file("bars.gif") + " (8 frames of bars, 400 × 250, 4 fps)"),
            std::string::npos)
      << r.out;
  const auto gif = gs::testing::decodeGif(dir.file("bars.gif"));
  ASSERT_EQ(gif.error, "");
  EXPECT_EQ(gif.frames, 8);
  EXPECT_EQ(gif.width, 400);
  EXPECT_EQ(gif.height, 250);
  EXPECT_DOUBLE_EQ(gif.seconds, 2.0);
  // The bars move: the first and last pictures differ.
  EXPECT_NE(gif.composites.front(), gif.composites.back());
  EXPECT_EQ(dir.entries(), std::vector<std::string>{"bars.gif"});
}

// The update ratios, the gradient histograms and the pre-activation histogram animate too, each
// its own figure: not the decision map that any other name used to fall back to.
TEST(RenderAnimation, RatiosGradHistAndHistogramAnimateToGifs) {
  ScratchDir dir("anim-more");
  const auto gifOf = [&](const std::string& figure) {
    const std::string out = dir.file(figure + ".gif");
    const auto r =
        runCli({"render", "--depth", "4", "--steps", "30", "--quiet", "--animate", "--figure",
                figure, "--frames", "6", "--width", "360", "--height", "240", "--out", out},
               dir.path());
    EXPECT_EQ(r.exitStatus, 0) << figure << ": " << r.err;
    EXPECT_NE(r.out.find("(6 frames of " + figure + ", 360 × 240, 10 fps)"), std::string::npos)
        << r.out;
    return gs::testing::decodeGif(out);
  };
  const auto boundary = gifOf("boundary");
  for (const std::string figure : {"ratios", "grad-hist", "histogram"}) {
    const auto gif = gifOf(figure);
    ASSERT_EQ(gif.error, "") << figure;
    EXPECT_EQ(gif.frames, 6) << figure;
    EXPECT_EQ(gif.width, 360);
    EXPECT_EQ(gif.height, 240);
    EXPECT_NE(gif.composites.front(), gif.composites.back()) << figure << " does not move";
    EXPECT_NE(gif.composites.back(), boundary.composites.back()) << figure << " is the map";
  }
}

TEST(RenderAnimation, Mp4AndWebmHaveTheFrames) {
  ScratchDir dir("anim-video");
  for (const char* name : {"loss.mp4", "loss.webm"}) {
    const auto ok = runCli({"render", "--depth", "3", "--steps", "40", "--quiet", "--animate",
                            "--figure", "loss", "--frames", "12", "--fps", "6", "--width", "320",
                            "--height", "200", "--out", dir.file(name)},
                           dir.path());
    ASSERT_EQ(ok.exitStatus, 0) << ok.err;
    const auto video = gs::testing::decodeVideo(dir.file(name));
    ASSERT_EQ(video.error, "");
    EXPECT_EQ(video.frames, 12) << name;
    EXPECT_EQ(video.width, 320);
    EXPECT_EQ(video.height, 200);
    EXPECT_NEAR(video.seconds, 2.0, 1e-6);
  }
  EXPECT_EQ(dir.entries().size(), 2u);
}

TEST(RenderAnimation, PngFolderIsNumberedAndTheSameForTheSameSeed) {
  ScratchDir dir("anim-png");
  for (const char* folder : {"a/", "b/"}) {
    const auto r = runCli(animate({"--frames", "5", "--width", "300", "--height", "200", "--seed",
                                   "7", "--out", dir.file(folder)}),
                          dir.path());
    ASSERT_EQ(r.exitStatus, 0) << r.err;
  }
  std::vector<std::string> names;
  for (const auto& e : std::filesystem::directory_iterator(dir.file("a")))
    names.push_back(e.path().filename().string());
  std::sort(names.begin(), names.end());
  ASSERT_EQ(names.size(), 5u);
  EXPECT_EQ(names.front(), "frame-0000.png");
  EXPECT_EQ(names.back(), "frame-0004.png");
  for (const std::string& n : names) {
    const QImage a(QString::fromStdString(dir.file("a/" + n)));
    EXPECT_EQ(a.size(), QSize(300, 200));
    EXPECT_EQ(a, QImage(QString::fromStdString(dir.file("b/" + n)))) << n;
  }
  // Different frames show different steps.
  EXPECT_NE(QImage(QString::fromStdString(dir.file("a/frame-0000.png"))),
            QImage(QString::fromStdString(dir.file("a/frame-0004.png"))));
}

TEST(RenderAnimation, BadInputExits2WithOneLineAndLeavesNothing) {
  ScratchDir dir("anim-bad");
  const std::string gif = dir.file("x.gif");
  const std::vector<std::pair<std::vector<std::string>, std::string>> cases = {
      {{"--fps", "0", "--out", gif}, "--fps"},
      {{"--frames", "1000000000", "--out", gif}, "--frames"},
      {{"--frames", "41", "--out", gif}, "--frames 41: more frames than the 40 steps"},
      {{"--out", dir.file("x.avi")}, "unknown animation type"},
      {{"--out", dir.file("missing/x.gif")}, "does not exist"},
      {{"--out", dir.file("missing/deeper/")}, "does not exist"},
      {{"--fps", "60", "--out", gif}, "too fast for a GIF"},
      {{"--width", "401", "--out", dir.file("x.mp4")}, "--width 401: odd"},
      {{"--width", "5000", "--out", gif}, "--width 5000: out of range"},
  };
  for (const auto& [extra, message] : cases) {
    const auto r = runCli(animate(extra), dir.path());
    EXPECT_EQ(r.exitStatus, 2) << message;
    EXPECT_NE(r.err.find(message), std::string::npos) << r.err;
    EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1) << r.err;
  }
  for (const std::string figure : {"walkthrough", "compare"}) {
    const auto r = runCli({"render", "--animate", "--figure", figure, "--out", gif}, dir.path());
    EXPECT_EQ(r.exitStatus, 2) << figure;
    EXPECT_NE(r.err.find("--figure '" + figure +
                         "': not animated; allowed with --animate: "
                         "curves, bars, loss, heatmap, boundary, histogram, ratios, grad-hist, "
                         "network"),
              std::string::npos)
        << r.err;
    EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1) << r.err;
  }
  const auto all = runCli({"render", "--animate", "--out", gif}, dir.path());
  EXPECT_EQ(all.exitStatus, 2);
  EXPECT_NE(all.err.find("--animate draws one figure"), std::string::npos) << all.err;
  const auto noAnimate =
      runCli({"render", "--frames", "3", "--out", dir.file("x.png")}, dir.path());
  EXPECT_EQ(noAnimate.exitStatus, 2);
  EXPECT_NE(noAnimate.err.find("--frames needs --animate"), std::string::npos) << noAnimate.err;
  EXPECT_TRUE(dir.entries().empty());
}

}  // namespace
}  // namespace gs::test
