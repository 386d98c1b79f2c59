// render --theme, run as a child process: every figure (plots and the widget figures: network,
// walk-through) and every --animate frame takes the theme's background to its very edge, so a dark
// figure has no white margin and no white table; high contrast is its own look; a bad name exits 2
// with one line.
#include <gtest/gtest.h>

#include <QColor>
#include <QImage>
#include <string>
#include <vector>

#include "run_process.h"

namespace gs::test {
namespace {

bool contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

std::vector<std::string> render(const std::vector<std::string>& extra) {
  std::vector<std::string> args = {"render",  "--depth", "3",   "--steps",  "12",
                                   "--quiet", "--width", "400", "--height", "300"};
  args.insert(args.end(), extra.begin(), extra.end());
  return args;
}

// The four corners: where a margin the theme missed would show.
std::vector<QColor> corners(const QImage& image) {
  const int r = image.width() - 1, b = image.height() - 1;
  return {image.pixelColor(0, 0), image.pixelColor(r, 0), image.pixelColor(0, b),
          image.pixelColor(r, b)};
}

// The share of pixels lighter than 200 (of 255): the white of a widget or a plot left in the light
// palette; on the dark theme only text and thin lines are that light.
double lightShare(const QImage& image) {
  long light = 0;
  for (int y = 0; y < image.height(); ++y)
    for (int x = 0; x < image.width(); ++x) light += image.pixelColor(x, y).lightness() > 200;
  return double(light) / (double(image.width()) * image.height());
}

const std::vector<std::string> kFigures = {"curves",   "bars",      "loss",        "heatmap",
                                           "boundary", "histogram", "walkthrough", "compare",
                                           "ratios",   "grad-hist", "network"};

TEST(CliRenderTheme, DarkFiguresAreDarkToTheEdgeAndLightOnesAreNot) {
  ScratchDir dir("render-theme");
  for (const std::string theme : {"dark", "light"}) {
    const ProcessResult r =
        runCli(render({"--figure", "all", "--theme", theme, "--out", theme + ".png"}), dir.path());
    ASSERT_EQ(r.exitStatus, 0) << r.err;
  }
  for (const std::string& figure : kFigures) {
    const QImage dark(QString::fromStdString(dir.file("dark-" + figure + ".png")));
    const QImage light(QString::fromStdString(dir.file("light-" + figure + ".png")));
    ASSERT_FALSE(dark.isNull()) << figure;
    for (const QColor& c : corners(dark)) EXPECT_LT(c.lightness(), 60) << figure;
    for (const QColor& c : corners(light)) EXPECT_GT(c.lightness(), 200) << figure;
    EXPECT_LT(lightShare(dark), 0.15) << figure;  // the walk-through's table too
    EXPECT_GT(lightShare(light), 0.5) << figure;
  }
}

TEST(CliRenderTheme, HighContrastIsItsOwnLook) {
  ScratchDir dir("render-contrast");
  for (const std::string theme : {"light", "high_contrast", "high-contrast"}) {
    const ProcessResult r =
        runCli(render({"--figure", "bars", "--theme", theme, "--out", theme + ".png"}), dir.path());
    ASSERT_EQ(r.exitStatus, 0) << r.err;
  }
  const QImage light(QString::fromStdString(dir.file("light.png")));
  const QImage contrast(QString::fromStdString(dir.file("high_contrast.png")));
  ASSERT_EQ(light.size(), contrast.size());
  // The window's spelling (gradscope --theme, the settings) and the hyphenated one are the same.
  EXPECT_EQ(contrast, QImage(QString::fromStdString(dir.file("high-contrast.png"))));
  EXPECT_NE(light, contrast);  // thicker lines, black axes, the Okabe–Ito bars
  EXPECT_GT(corners(contrast).front().lightness(), 200);  // on white, like light
}

TEST(CliRenderTheme, DarkAnimationFramesAreDarkWithAReadableStamp) {
  ScratchDir dir("render-theme-anim");
  for (const std::string figure : {"bars", "network"}) {
    const ProcessResult r =
        runCli(render({"--animate", "--figure", figure, "--frames", "1", "--theme", "dark",
                       "--lang", "vi", "--out", figure + "/"}),
               dir.path());
    ASSERT_EQ(r.exitStatus, 0) << r.err;
    const QImage frame(QString::fromStdString(dir.file(figure + "/frame-0000.png")));
    ASSERT_FALSE(frame.isNull()) << figure;
    for (const QColor& c : corners(frame)) EXPECT_LT(c.lightness(), 60) << figure;
    // The step stamp (top right) is light text on the dark plate: no white box on a dark frame.
    int light = 0, white = 0;
    for (int y = 0; y < 40; ++y)
      for (int x = frame.width() - 120; x < frame.width(); ++x) {
        light += frame.pixelColor(x, y).lightness() > 180;
        white += frame.pixelColor(x, y).lightness() > 250;
      }
    EXPECT_GT(light, 20) << figure;   // the digits are there
    EXPECT_LT(white, 200) << figure;  // and not a white plate
  }
}

TEST(CliRenderTheme, UnknownThemeExitsTwoWithOneLine) {
  ScratchDir dir("render-theme-bad");
  const ProcessResult r = runCli(render({"--theme", "solarized", "--out", "x.png"}), dir.path());
  EXPECT_EQ(r.exitStatus, 2);
  EXPECT_TRUE(contains(r.err, "--theme 'solarized'")) << r.err;
  EXPECT_TRUE(contains(r.err, "allowed: light, dark, high_contrast")) << r.err;
  EXPECT_EQ(r.err.find('\n'), r.err.size() - 1) << r.err;
  EXPECT_TRUE(dir.entries().empty());
}

}  // namespace
}  // namespace gs::test
