// render --figure compare's run B, run as a child process: the --b- flags change B (its legend and
// the line the run prints), without them B is the window's default B, bad values exit 2 with one
// line naming the --b- flag, the value and what is allowed, and it speaks Vietnamese on dark.
#include <gtest/gtest.h>

#include <QImage>
#include <string>
#include <vector>

#include "run_process.h"

namespace gs::test {
namespace {

bool contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

std::vector<std::string> compare(const std::vector<std::string>& extra) {
  std::vector<std::string> args = {"render",  "--depth", "3",        "--steps",
                                   "12",      "--quiet", "--figure", "compare",
                                   "--width", "600",     "--height", "400"};
  args.insert(args.end(), extra.begin(), extra.end());
  return args;
}

TEST(CliRenderCompareB, FlagsChangeRunB) {
  ScratchDir dir("compare-b");
  const ProcessResult plain = runCli(compare({"--out", "a.svg"}), dir.path());
  ASSERT_EQ(plain.exitStatus, 0) << plain.err;
  const std::string a = readFile(dir.file("a.svg"));
  EXPECT_TRUE(contains(a, "B: ReLU, He/Kaiming normal")) << "the default B of a sigmoid A";

  const ProcessResult chosen =
      runCli(compare({"--b-activation", "elu", "--b-alpha", "0.5", "--b-init", "lecun_normal",
                      "--b-init-scale", "2", "--b-optimizer", "momentum", "--b-lr", "0.05",
                      "--b-residual", "--b-norm", "layer", "--out", "b.svg"}),
             dir.path());
  ASSERT_EQ(chosen.exitStatus, 0) << chosen.err;
  EXPECT_TRUE(contains(chosen.out, "run B of the compare figure:")) << chosen.out;
  EXPECT_TRUE(contains(chosen.out, "elu")) << chosen.out;
  const std::string b = readFile(dir.file("b.svg"));
  EXPECT_FALSE(contains(b, "B: ReLU"));
  EXPECT_TRUE(contains(b, "B: ELU")) << "activation";
  EXPECT_TRUE(contains(b, "α=0.5")) << "α (a text run of its own: another font)";
  EXPECT_TRUE(contains(b, "LeCun normal ×2")) << "initialiser and its scale";
  EXPECT_TRUE(contains(b, "residual"));
  EXPECT_TRUE(contains(b, "LayerNorm"));  // the translated name, as the window shows it
  EXPECT_TRUE(contains(b, "lr 0.05")) << "optimiser and learning rate differ from A's";
  EXPECT_NE(a, b);
}

// A's data, seed, depth, width, batch and steps are B's: B = A's settings gives A's bars twice.
TEST(CliRenderCompareB, RunBSharesEverythingElseWithA) {
  ScratchDir dir("compare-b-same");
  const ProcessResult r =
      runCli(compare({"--seed", "7", "--batch", "16", "--b-activation", "sigmoid", "--b-init",
                      "xavier_normal", "--out", "c.png"}),
             dir.path());
  ASSERT_EQ(r.exitStatus, 0) << r.err;
  const auto line = [](const std::string& out, const std::string& start) {
    const auto at = out.find(start);
    return at == std::string::npos
               ? std::string()
               : out.substr(at + start.size(), out.find('\n', at) - at - start.size());
  };
  const std::string a = line(r.out, "training ");
  const std::string b = line(r.out, "run B of the compare figure: ");
  ASSERT_FALSE(b.empty()) << r.out;
  EXPECT_EQ(a.substr(0, a.find(" for ")), b) << r.out;  // the same settings, one for one
}

TEST(CliRenderCompareB, BadValuesExitTwoNamingTheFlag) {
  ScratchDir dir("compare-b-bad");
  const std::vector<std::pair<std::vector<std::string>, std::vector<std::string>>> cases = {
      {{"--b-activation", "swish"}, {"--b-activation 'swish'", "allowed: sigmoid, tanh"}},
      {{"--b-lr", "abc"}, {"--b-lr 'abc'", "allowed: a finite number > 0 and ≤ 1000"}},
      {{"--b-lr", "5000"}, {"lr = 5000", "≤ 1000", "(--b-lr)"}},
      {{"--b-init-scale", "0"}, {"init_scale = 0", "(--b-init-scale)"}},
      {{"--b-norm", "group"}, {"--b-norm 'group'", "allowed: none, batch, layer"}},
      {{"--b-activation", "relu", "--b-alpha", "0.3"}, {"--b-alpha", "leaky_relu or elu"}},
      {{"--b-residual=yes"}, {"--b-residual", "takes no value"}},
  };
  for (const auto& [flags, parts] : cases) {
    std::vector<std::string> args = flags;
    args.insert(args.end(), {"--out", "x.png"});
    const ProcessResult r = runCli(compare(args), dir.path());
    EXPECT_EQ(r.exitStatus, 2) << flags.front();
    for (const std::string& part : parts) EXPECT_TRUE(contains(r.err, part)) << r.err;
    EXPECT_EQ(r.err.find('\n'), r.err.size() - 1) << r.err;
  }
  // B flags belong to the compare figure (and all); anywhere else they would do nothing.
  const ProcessResult bars =
      runCli({"render", "--figure", "bars", "--b-lr", "0.5", "--out", "x.png"}, dir.path());
  EXPECT_EQ(bars.exitStatus, 2);
  EXPECT_TRUE(contains(bars.err, "--b-lr")) << bars.err;
  EXPECT_TRUE(contains(bars.err, "--figure compare or all")) << bars.err;
  // train and snapshot have no run B.
  EXPECT_EQ(runCli({"train", "--b-lr", "0.5", "--steps", "1"}, dir.path()).exitStatus, 2);
  EXPECT_TRUE(dir.entries().empty());
}

// The y of the SVG text that starts with `start` ("A: "), or "" when there is none.
std::string textY(const std::string& svg, const std::string& start) {
  const auto text = svg.find(">" + start);
  if (text == std::string::npos) return {};
  const auto y = svg.rfind(" y=\"", text);
  return y == std::string::npos ? std::string() : svg.substr(y + 4, svg.find('"', y + 4) - y - 4);
}

// The legend is fitted to the figure's width (laid out at W/zoom), not to the hidden widget's
// default 640 px: 400 px wide, A and B take a row each instead of B being cut at the edge.
TEST(CliRenderCompareB, LegendWrapsToTheFiguresWidth) {
  ScratchDir dir("compare-b-legend");
  for (const std::string width : {"800", "1600"}) {
    const ProcessResult r =
        runCli({"render", "--depth", "3", "--steps", "12", "--quiet", "--figure", "compare",
                "--width", width, "--height", "600", "--out", width + ".svg"},
               dir.path());
    ASSERT_EQ(r.exitStatus, 0) << r.err;
  }
  const std::string narrow = readFile(dir.file("800.svg")), wide = readFile(dir.file("1600.svg"));
  ASSERT_FALSE(textY(narrow, "A: ").empty());
  EXPECT_NE(textY(narrow, "A: "), textY(narrow, "B: ")) << "two rows in 400 px";
  EXPECT_EQ(textY(wide, "A: "), textY(wide, "B: ")) << "one row in 800 px";
}

TEST(CliRenderCompareB, VietnameseOnDark) {
  ScratchDir dir("compare-b-vi");
  for (const std::string ext : {".svg", ".png"}) {
    const ProcessResult r =
        runCli(compare({"--lang", "vi", "--theme", "dark", "--b-lr", "0.05", "--out", "vi" + ext}),
               dir.path());
    ASSERT_EQ(r.exitStatus, 0) << r.err;
  }
  const std::string svg = readFile(dir.file("vi.svg"));
  EXPECT_TRUE(contains(svg, "bước huấn luyện")) << "the loss axis in Vietnamese";
  EXPECT_TRUE(contains(svg, "B: ReLU, He/Kaiming chuẩn")) << "B's label translated";
  const QImage png(QString::fromStdString(dir.file("vi.png")));
  ASSERT_FALSE(png.isNull());
  EXPECT_LT(png.pixelColor(0, 0).lightness(), 60);
  EXPECT_LT(png.pixelColor(png.width() - 1, png.height() - 1).lightness(), 60);
}

}  // namespace
}  // namespace gs::test
