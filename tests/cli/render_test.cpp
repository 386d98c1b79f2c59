// gradscope-cli render, run as a child process like a teacher would (no QT_QPA_PLATFORM needed):
// the files are real PNG/SVG/PDF of the requested size, not blank, the same for the same seed,
// and bad input exits 2 with one line naming the flag or the file, writing nothing.
#include <gtest/gtest.h>

#include <QImage>
#include <cstdint>
#include <set>
#include <string>

#include "run_process.h"

namespace gs::test {
namespace {

bool contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

std::uint32_t bigEndian32(const std::string& bytes, std::size_t at) {
  std::uint32_t v = 0;
  for (std::size_t i = 0; i < 4; ++i) v = (v << 8) | static_cast<unsigned char>(bytes.at(at + i));
  return v;
}

// Width and height from the PNG header (IHDR, the first chunk), read without an image library.
std::pair<int, int> pngSize(const std::string& bytes) {
  if (bytes.size() < 24 || bytes.compare(0, 8, "\x89PNG\r\n\x1a\n") != 0 ||
      bytes.compare(12, 4, "IHDR") != 0)
    return {-1, -1};
  return {int(bigEndian32(bytes, 16)), int(bigEndian32(bytes, 20))};
}

// A blank image has one colour; a plot with text, antialiased lines and fills has hundreds.
int distinctColours(const std::string& path) {
  const QImage image(QString::fromStdString(path));
  std::set<QRgb> colours;
  for (int y = 0; y < image.height(); ++y)
    for (int x = 0; x < image.width(); ++x) colours.insert(image.pixel(x, y));
  return int(colours.size());
}

int countOf(const std::string& text, const std::string& part) {
  int n = 0;
  for (auto at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) ++n;
  return n;
}

std::string lessonFile(const std::string& name) {
  return std::string(GRADSCOPE_LESSON_DIR) + "/" + name;
}

const std::vector<std::string> kSmallRun = {"--depth", "4", "--steps", "30", "--quiet"};

std::vector<std::string> renderArgs(std::vector<std::string> extra) {
  std::vector<std::string> args = {"render"};
  args.insert(args.end(), kSmallRun.begin(), kSmallRun.end());
  args.insert(args.end(), extra.begin(), extra.end());
  return args;
}

TEST(CliRender, PngOfTheRequestedSizeWithContent) {
  ScratchDir dir("render-png");
  const ProcessResult r = runCli(
      renderArgs({"--figure", "bars", "--width", "640", "--height", "420", "--out", "b.png"}),
      dir.path());
  ASSERT_EQ(r.exitStatus, 0) << r.err;
  EXPECT_TRUE(contains(r.out, "wrote b.png (bars, 640 × 420)")) << r.out;
  const std::string png = readFile(dir.file("b.png"));
  EXPECT_EQ(pngSize(png), std::make_pair(640, 420));
  EXPECT_GT(distinctColours(dir.file("b.png")), 50);
  EXPECT_EQ(dir.entries(), std::vector<std::string>{"b.png"});
}

TEST(CliRender, AllWritesOneNonBlankFilePerFigure) {
  ScratchDir dir("render-all");
  const ProcessResult r = runCli(
      renderArgs({"--figure", "all", "--width", "500", "--height", "300", "--out", "fig.PNG"}),
      dir.path());
  ASSERT_EQ(r.exitStatus, 0) << r.err;
  const std::vector<std::string> expected = {
      "fig-bars.PNG",      "fig-boundary.PNG", "fig-compare.PNG",   "fig-curves.PNG",
      "fig-grad-hist.PNG", "fig-heatmap.PNG",  "fig-histogram.PNG", "fig-loss.PNG",
      "fig-network.PNG",   "fig-ratios.PNG",   "fig-walkthrough.PNG"};
  EXPECT_EQ(dir.entries(), expected);  // and no temporary left behind
  for (const std::string& name : expected) {
    EXPECT_EQ(pngSize(readFile(dir.file(name))), std::make_pair(500, 300)) << name;
    EXPECT_GT(distinctColours(dir.file(name)), 50) << name;
  }
}

// Issue 10 item 9: the figures speak Vietnamese with --lang vi or LANGUAGE=vi, English with
// --lang en whatever the environment says.
TEST(CliRender, LangFlagAndEnvironmentPickTheFiguresLanguage) {
  ScratchDir dir("render-lang");
  const auto render = [&](std::vector<std::string> extra, const std::string& out,
                          const std::vector<std::string>& env) {
    extra.insert(extra.end(), {"--figure", "loss", "--out", out});
    const ProcessResult r = runCli(renderArgs(extra), dir.path(), env);
    EXPECT_EQ(r.exitStatus, 0) << r.err;
    return readFile(dir.file(out));
  };
  const std::string vi = "Mất mát khi huấn luyện";
  EXPECT_TRUE(contains(render({"--lang", "vi"}, "a.svg", {}), vi));
  EXPECT_TRUE(contains(render({}, "b.svg", {"LANGUAGE=vi", "LANG=vi_VN.UTF-8"}), vi));
  const std::string en = render({"--lang", "en"}, "c.svg", {"LANGUAGE=vi"});
  EXPECT_TRUE(contains(en, "Training loss"));
  EXPECT_FALSE(contains(en, vi));
  const ProcessResult bad = runCli(renderArgs({"--lang", "fr", "--out", "d.svg"}), dir.path());
  EXPECT_EQ(bad.exitStatus, 2);
  EXPECT_TRUE(contains(bad.err, "--lang")) << bad.err;
  EXPECT_TRUE(contains(bad.err, "en, vi")) << bad.err;
}

// Issue 10 item 10: the decision map keeps its square box in a wide figure.
TEST(CliRender, NewFiguresAreDrawnAndTheMapStaysSquare) {
  ScratchDir dir("render-new");
  for (const std::string figure : {"histogram", "walkthrough", "compare", "boundary"}) {
    const ProcessResult r = runCli(renderArgs({"--figure", figure, "--width", "900", "--height",
                                               "450", "--out", figure + ".png"}),
                                   dir.path());
    ASSERT_EQ(r.exitStatus, 0) << figure << ": " << r.err;
    EXPECT_GT(distinctColours(dir.file(figure + ".png")), 50) << figure;
  }
}

TEST(CliRender, SvgAndPdfOfTheRequestedSize) {
  ScratchDir dir("render-vector");
  ProcessResult r = runCli(
      renderArgs({"--figure", "loss", "--width", "700", "--height", "350", "--out", "l.svg"}),
      dir.path());
  ASSERT_EQ(r.exitStatus, 0) << r.err;
  const std::string svg = readFile(dir.file("l.svg"));
  EXPECT_TRUE(contains(svg, "<svg")) << svg.substr(0, 200);
  EXPECT_TRUE(contains(svg, "viewBox=\"0 0 700 350\"")) << svg.substr(0, 400);
  EXPECT_GT(countOf(svg, "<path") + countOf(svg, "<polyline"), 10);  // axes, ticks, the curve
  EXPECT_TRUE(contains(svg, "Training loss"));                       // the title as text

  r = runCli(
      renderArgs({"--figure", "heatmap", "--width", "700", "--height", "350", "--out", "h.pdf"}),
      dir.path());
  ASSERT_EQ(r.exitStatus, 0) << r.err;
  const std::string pdf = readFile(dir.file("h.pdf"));
  EXPECT_EQ(pdf.compare(0, 5, "%PDF-"), 0);
  EXPECT_TRUE(contains(pdf, "/MediaBox [0 0 700.000000 350.000000]"))
      << "one page of 700 × 350 points";
  EXPECT_GT(pdf.size(), 5000u);
}

TEST(CliRender, SameSeedSameBytesOtherSeedOtherPicture) {
  ScratchDir dir("render-seed");
  const auto render = [&](const std::string& seed, const std::string& out) {
    const ProcessResult r = runCli(renderArgs({"--figure", "boundary", "--seed", seed, "--width",
                                               "400", "--height", "300", "--out", out}),
                                   dir.path());
    EXPECT_EQ(r.exitStatus, 0) << r.err;
    return readFile(dir.file(out));
  };
  const std::string a = render("5", "a.png"), b = render("5", "b.png"), c = render("6", "c.png");
  ASSERT_FALSE(a.empty());
  EXPECT_TRUE(a == b) << "two runs with seed 5 differ";
  EXPECT_FALSE(a == c) << "seeds 5 and 6 drew the same picture";
}

TEST(CliRender, LessonSetsTheNetworkAndTheSteps) {
  ScratchDir dir("render-lesson");
  const ProcessResult r = runCli({"render", "--lesson", lessonFile("02-deep-sigmoid.json"),
                                  "--figure", "bars", "--out", "b.svg", "--quiet"},
                                 dir.path());
  ASSERT_EQ(r.exitStatus, 0) << r.err;
  EXPECT_TRUE(contains(r.out, "depth 10 × width 16, sigmoid")) << r.out;
  EXPECT_TRUE(contains(r.out, "for 300 steps")) << r.out;  // the lesson's suggestion
  EXPECT_TRUE(contains(readFile(dir.file("b.svg")), "<svg"));
}

TEST(CliRender, ADivergingRunDrawsWhatItHasAndExitsThree) {
  ScratchDir dir("render-diverged");
  const ProcessResult r = runCli(
      {"render", "--activation", "relu",    "--init",   "normal",  "--init-scale", "10",
       "--lr",   "1000",         "--depth", "6",        "--steps", "50",           "--figure",
       "loss",   "--width",      "400",     "--height", "300",     "--out",        "l.png"},
      dir.path());
  EXPECT_EQ(r.exitStatus, 3) << r.err;
  EXPECT_TRUE(contains(r.err, "The figures show 2 finite steps.")) << r.err;
  EXPECT_EQ(pngSize(readFile(dir.file("l.png"))), std::make_pair(400, 300));
}

// --zoom changes how large text and lines are drawn, never the file's size; 2 is the default.
TEST(CliRender, ZoomKeepsTheSizeAndChangesThePicture) {
  ScratchDir dir("render-zoom");
  std::vector<std::string> sizes;
  for (const char* zoom : {"1", "2", ""}) {
    const std::string out = std::string("bars-") + (*zoom ? zoom : "default") + ".png";
    std::vector<std::string> extra = {"--figure", "bars", "--out", out};
    if (*zoom) extra.insert(extra.end(), {"--zoom", zoom});
    const ProcessResult r = runCli(renderArgs(extra), dir.path());
    ASSERT_EQ(r.exitStatus, 0) << r.err;
    const std::string bytes = readFile(dir.file(out));
    EXPECT_EQ(pngSize(bytes), std::make_pair(1200, 800)) << out;
    sizes.push_back(bytes);
  }
  EXPECT_NE(sizes[0], sizes[1]);  // zoom 1 and zoom 2 draw different pictures …
  EXPECT_EQ(sizes[1], sizes[2]);  // … and zoom 2 is the default
}

TEST(CliRender, BadInputExitsTwoWithOneLineAndWritesNothing) {
  ScratchDir dir("render-bad");
  writeFile(dir.file("bad-lesson.json"),
            R"({"title": "x", "text": "y", "formula": "z", "depth": "deep"})");
  writeFile(dir.file("keep.png"), "old");
  struct Case {
    std::vector<std::string> args;
    std::vector<std::string> mustContain;
  };
  const std::vector<Case> cases = {
      {{"render", "--out", "a.png", "--width", "100"}, {"--width '100'", "200 to 8000"}},
      {{"render", "--out", "a.png", "--height", "9000"}, {"--height '9000'", "200 to 8000"}},
      {{"render", "--out", "a.gif"}, {"--out 'a.gif'", ".png, .svg or .pdf"}},
      {{"render", "--out", "a.png", "--figure", "pie"}, {"--figure 'pie'", "grad-hist, network, all"}},
      {{"render", "--out", "keep.png", "--lesson", "missing.json"}, {"--lesson", "missing.json"}},
      {{"render", "--out", "keep.png", "--lesson", "bad-lesson.json"},
       {"--lesson bad-lesson.json: depth", "depth"}},
      {{"render", "--out", "no-such-folder/a.png"}, {"--out 'no-such-folder/a.png'", "folder"}},
      {{"render", "--out", "a.png", "--steps", "0"}, {"--steps '0'"}},
      {{"render", "--out", "a.png", "--activation", "swish"}, {"--activation 'swish'"}},
      {{"render", "--out", "a.png", "--zoom", "9"}, {"--zoom '9'", "0.5 to 4"}},
      {{"render", "--out", "a.png", "--zoom", "big"}, {"--zoom 'big'", "0.5 to 4"}},
  };
  for (const Case& c : cases) {
    const ProcessResult r = runCli(c.args, dir.path());
    std::string joined;
    for (const std::string& a : c.args) joined += a + " ";
    EXPECT_EQ(r.exitStatus, 2) << joined << "\n" << r.err;
    EXPECT_EQ(countOf(r.err, "\n"), 1) << joined << "\n" << r.err;
    EXPECT_TRUE(contains(r.err, "gradscope-cli: ")) << r.err;
    for (const std::string& part : c.mustContain)
      EXPECT_TRUE(contains(r.err, part))
          << joined << "\nmessage: " << r.err << "\nmissing: " << part;
  }
  EXPECT_EQ(dir.entries(), (std::vector<std::string>{"bad-lesson.json", "keep.png"}));
  EXPECT_EQ(readFile(dir.file("keep.png")), "old");
}

}  // namespace
}  // namespace gs::test
