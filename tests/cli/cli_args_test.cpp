// The argument parser on good and bad input: what it sets, and that every rejection is one line
// naming the flag and what is allowed, with exit status 2.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "cli_args.h"
#include "cli_flags.h"

namespace gs::cli {
namespace {

using Args = std::vector<std::string>;

ParseResult parse(const Args& args) { return parseArguments(args); }

TEST(CliArgs, TrainDefaultsAreTheConfigDefaults) {
  const ParseResult r = parse({"train"});
  ASSERT_TRUE(r.ok()) << r.error;
  EXPECT_EQ(r.request.command, Command::Train);
  EXPECT_EQ(r.request.steps, 1000);
  const Config defaults;
  EXPECT_EQ(r.request.config.depth, defaults.depth);
  EXPECT_EQ(r.request.config.activation, ActivationKind::Sigmoid);
  EXPECT_TRUE(r.request.csvPath.empty());
}

TEST(CliArgs, EverySettingsFlagReachesTheConfig) {
  for (const bool inlineValue : {false, true}) {
    const Args pairs = {
        "--depth",   "7",    "--width",    "9",         "--activation", "elu",
        "--alpha",   "0.5",  "--init",     "he_normal", "--init-scale", "2",
        "--loss",    "mse",  "--dataset",  "sine",      "--noise",      "0.2",
        "--samples", "100",  "--batch",    "16",        "--optimizer",  "momentum",
        "--lr",      "0.03", "--momentum", "0.5",       "--seed",       "9007199254740992"};
    Args args = {"train"};
    for (std::size_t i = 0; i < pairs.size(); i += 2) {
      if (inlineValue) {
        args.push_back(pairs[i] + "=" + pairs[i + 1]);
      } else {
        args.push_back(pairs[i]);
        args.push_back(pairs[i + 1]);
      }
    }
    args.insert(args.end(), {"--no-bias", "--residual", "--steps", "12"});
    const ParseResult r = parse(args);
    ASSERT_TRUE(r.ok()) << r.error;
    const Config& c = r.request.config;
    EXPECT_EQ(c.depth, 7);
    EXPECT_EQ(c.width, 9);
    EXPECT_EQ(c.activation, ActivationKind::Elu);
    EXPECT_EQ(c.alpha, 0.5);
    EXPECT_EQ(c.init, InitKind::HeNormal);
    EXPECT_EQ(c.initScale, 2.0);
    EXPECT_EQ(c.loss, LossKind::Mse);
    EXPECT_EQ(c.dataset, DatasetKind::Sine);
    EXPECT_EQ(c.noise, 0.2);
    EXPECT_EQ(c.samples, 100);
    EXPECT_EQ(c.batch, 16);
    EXPECT_EQ(c.optimizer.kind, OptimizerKind::Momentum);
    EXPECT_EQ(c.optimizer.lr, 0.03);
    EXPECT_EQ(c.optimizer.momentum, 0.5);
    EXPECT_EQ(c.seed, std::uint64_t{1} << 53);
    EXPECT_FALSE(c.bias);
    EXPECT_TRUE(c.residual);
    EXPECT_EQ(r.request.steps, 12);
    EXPECT_EQ(r.request.settings.size(), 17u);
  }
}

TEST(CliArgs, RunFlags) {
  ParseResult r = parse({"train", "--csv", "h.csv", "--csv-every=5", "--quiet"});
  ASSERT_TRUE(r.ok()) << r.error;
  EXPECT_EQ(r.request.csvPath, "h.csv");
  EXPECT_EQ(r.request.csvEvery, 5);
  EXPECT_TRUE(r.request.quiet);

  r = parse({"snapshot", "--out", "s.json"});  // snapshot may take 0 steps: the initial gradient
  ASSERT_TRUE(r.ok()) << r.error;
  EXPECT_EQ(r.request.command, Command::Snapshot);
  EXPECT_EQ(r.request.steps, 0);
  EXPECT_EQ(r.request.outPath, "s.json");
  EXPECT_TRUE(parse({"snapshot", "--steps", "0", "--out", "-"}).ok());
}

TEST(CliArgs, RenderFlagsAreParsedForTheRenderer) {
  const ParseResult r = parse({"render", "--lesson", "l.json", "--figure", "bars", "--out", "f.SVG",
                               "--width", "640", "--height=480", "--steps", "5"});
  ASSERT_TRUE(r.ok()) << r.error;
  EXPECT_EQ(r.request.command, Command::Render);
  EXPECT_EQ(r.request.lessonPath, "l.json");
  EXPECT_EQ(r.request.render.figure, "bars");
  EXPECT_EQ(r.request.render.width, 640);
  EXPECT_EQ(r.request.render.height, 480);
  EXPECT_EQ(r.request.config.width, Config{}.width);  // in render, --width is the image width
  EXPECT_TRUE(r.request.stepsGiven);
}

TEST(CliArgs, HelpAndVersion) {
  EXPECT_EQ(parse({"--help"}).request.command, Command::Help);
  EXPECT_EQ(parse({"-h"}).request.command, Command::Help);
  EXPECT_EQ(parse({"help", "snapshot"}).request.helpTopic, "snapshot");
  const ParseResult r = parse({"train", "--depth", "nonsense", "--help"});
  EXPECT_TRUE(r.ok());
  EXPECT_EQ(r.request.command, Command::Help);
  EXPECT_EQ(r.request.helpTopic, "train");
  EXPECT_EQ(parse({"--version"}).request.command, Command::Version);
}

struct BadCase {
  Args args;
  std::vector<std::string> mustContain;
};

TEST(CliArgs, BadInputNamesTheFlagAndWhatIsAllowed) {
  const std::vector<BadCase> cases = {
      {{}, {"no subcommand", "train, snapshot, render"}},
      {{"fly"}, {"unknown subcommand 'fly'", "train, snapshot, render"}},
      {{"--depth", "3"}, {"subcommand must come before '--depth'", "train"}},
      {{"train", "--depth"}, {"--depth needs a value", "1 to 200"}},
      {{"train", "--depth", "--width", "3"}, {"--depth needs a value"}},
      {{"train", "--depth="}, {"--depth needs a value", "1 to 200"}},
      {{"train", "--depth", "abc"}, {"--depth 'abc'", "1 to 200"}},
      {{"train", "--depth", "3.5"}, {"--depth '3.5'", "whole number"}},
      {{"train", "--depth", "201"}, {"--depth '201'", "out of range", "1 to 200"}},
      {{"train", "--depth", "99999999999999999999"}, {"--depth", "out of range", "1 to 200"}},
      {{"train", "--width=0"}, {"--width '0'", "1 to 512"}},
      {{"train", "--batch", "5000"}, {"--batch '5000'", "1 to 4096"}},
      {{"train", "--samples", "7"}, {"--samples '7'", "8 to 100000"}},
      {{"train", "--activation", "swish"}, {"--activation 'swish'", "sigmoid, tanh, relu"}},
      {{"train", "--init", "glorot"}, {"--init 'glorot'", "xavier_uniform", "he_normal"}},
      {{"train", "--loss", "hinge"}, {"--loss 'hinge'", "mse, bce_logits, softmax_ce"}},
      {{"train", "--dataset", "mnist"}, {"--dataset 'mnist'", "circles", "sine"}},
      {{"train", "--optimizer", "rmsprop"}, {"--optimizer 'rmsprop'", "sgd, momentum, adam"}},
      {{"train", "--lr", "0"}, {"lr = 0", "> 0 and ≤ 1000", "--lr"}},
      {{"train", "--lr", "nan"}, {"--lr 'nan'", "finite number"}},
      {{"train", "--lr", "1e999"}, {"--lr '1e999'", "finite"}},
      {{"train", "--lr", "0.1x"}, {"--lr '0.1x'", "expected a number"}},
      {{"train", "--noise", "3"}, {"noise = 3", "0 to 2", "--noise"}},
      {{"train", "--momentum", "1"}, {"momentum = 1", "0 to 0.999", "--momentum"}},
      {{"train", "--init-scale", "-1"}, {"init_scale = -1", "--init-scale"}},
      {{"train", "--activation", "leaky_relu", "--alpha", "2"}, {"alpha = 2", "0 to 1", "--alpha"}},
      {{"train", "--alpha", "0.2"}, {"--alpha applies only to", "leaky_relu or elu"}},
      {{"train", "--seed", "-1"}, {"--seed '-1'", "0 to 2^53"}},
      {{"train", "--seed", "9007199254740993"}, {"--seed", "0 to 2^53"}},
      {{"train", "--dataset", "sine"}, {"dataset = sine", "mse", "--loss, --dataset"}},
      {{"train", "--depth", "200", "--width", "512", "--batch", "4096"},
       {"too large for memory", "--depth, --width, --batch"}},
      {{"train", "--steps", "0"}, {"--steps '0'", "1 to 10000000"}},
      {{"train", "--steps", "10000001"}, {"--steps '10000001'", "1 to 10000000"}},
      {{"train", "--csv-every", "0"}, {"--csv-every '0'", "1 to 10000000"}},
      {{"train", "--out", "x.json"}, {"--out is not a flag of 'train'", "--csv"}},
      {{"snapshot", "--csv", "x.csv"}, {"--csv is not a flag of 'snapshot'", "--out"}},
      {{"train", "--colour"}, {"unknown flag '--colour'", "--depth", "--steps"}},
      {{"train", "depth=3"}, {"unexpected argument 'depth=3'", "flags start with --"}},
      {{"train", "--depth", "3", "--depth", "4"}, {"--depth is given twice"}},
      {{"train", "--residual=yes"}, {"--residual 'yes'", "takes no value"}},
      {{"train", "--csv="}, {"--csv needs a value"}},
      {{"snapshot"}, {"snapshot needs --out FILE.json"}},
      {{"render", "--config", "c.json", "--lesson", "l", "--out", "a.png"},
       {"render takes --config FILE.json or --lesson FILE, not both"}},
      {{"render", "--lesson", "l", "--out", "a.gif"}, {"--out 'a.gif'", ".png, .svg or .pdf"}},
      {{"render", "--lesson", "l", "--out", "a.png", "--figure", "pie"},
       {"--figure 'pie'", "ratios, grad-hist, network, all"}},
      {{"render", "--lesson", "l", "--out", "a.png", "--width", "10"},
       {"--width '10'", "200 to 8000"}},
  };
  for (const BadCase& c : cases) {
    std::string joined;
    for (const auto& a : c.args) joined += a + " ";
    const ParseResult r = parse(c.args);
    EXPECT_FALSE(r.ok()) << joined;
    EXPECT_EQ(r.exitStatus, kExitUsage) << joined;
    EXPECT_EQ(r.error.find('\n'), std::string::npos) << joined << ": " << r.error;
    for (const std::string& part : c.mustContain)
      EXPECT_NE(r.error.find(part), std::string::npos)
          << "args: " << joined << "\nmessage: " << r.error << "\nmissing: " << part;
  }
}

// Every flag that takes a restricted value refuses garbage with its name and its allowed values.
TEST(CliArgs, EveryValueFlagRefusesGarbageWithItsAllowedValues) {
  const std::vector<std::string> paths = {"--config", "--csv", "--out", "--lesson", "--data"};
  int checked = 0;
  for (const FlagSpec& f : flagSpecs()) {
    if (!f.takesValue() || std::count(paths.begin(), paths.end(), f.name)) continue;
    for (Command command : {Command::Train, Command::Snapshot, Command::Render}) {
      if (!(f.commands & commandBit(command))) continue;
      const ParseResult r = parse({commandName(command), f.name, "@bad@"});
      EXPECT_FALSE(r.ok()) << f.name;
      EXPECT_EQ(r.exitStatus, kExitUsage);
      EXPECT_NE(r.error.find(f.name + " '@bad@'"), std::string::npos) << r.error;
      EXPECT_NE(r.error.find(f.allowed.substr(0, 20)), std::string::npos) << r.error;
      ++checked;
    }
  }
  EXPECT_GE(checked, 20);
}

TEST(CliArgs, OddInputIsRefusedWithABoundedMessage) {
  const std::vector<Args> odd = {
      {""},
      {"train", ""},
      {"train", "--"},
      {"train", "--="},
      {"train", "-"},
      {"train", "--depth", std::string("\0\n\x1b", 3)},
      {"train", "--activation", std::string(1 << 20, 'x')},
      {"train", std::string(1 << 20, '-')},
      {"train", "--lr", "\xff\xfe"},
  };
  for (const Args& a : odd) {
    const ParseResult r = parse(a);
    EXPECT_FALSE(r.ok());
    EXPECT_EQ(r.exitStatus, kExitUsage);
    EXPECT_FALSE(r.error.empty());
    EXPECT_EQ(r.error.find('\n'), std::string::npos) << r.error;
    EXPECT_EQ(r.error.find('\x1b'), std::string::npos) << r.error;
    EXPECT_LT(r.error.size(), 2000u);
  }
}

class ConfigFileTest : public ::testing::Test {
 protected:
  std::string path_ = (std::filesystem::temp_directory_path() /
                       ("gradscope-cli-args-" + std::to_string(::getpid()) + ".json"))
                          .string();
  void TearDown() override { std::filesystem::remove(path_); }
  void write(const std::string& text) { std::ofstream(path_) << text; }
};

TEST_F(ConfigFileTest, FlagsOverrideTheFile) {
  write(R"({"depth": 4, "width": 6, "activation": "tanh", "bias": false})");
  ParseResult r = parse({"train", "--config", path_, "--width", "8", "--bias"});
  ASSERT_TRUE(r.ok()) << r.error;
  EXPECT_EQ(r.request.config.depth, Config{}.depth);  // not read by the parser
  ASSERT_EQ(resolveConfigFile(r.request), "");
  EXPECT_EQ(r.request.config.depth, 4);
  EXPECT_EQ(r.request.config.width, 8);
  EXPECT_EQ(r.request.config.activation, ActivationKind::Tanh);
  EXPECT_TRUE(r.request.config.bias);
}

TEST_F(ConfigFileTest, AnotherActivationStartsFromItsOwnAlpha) {
  write(R"({"activation": "sigmoid", "alpha": 0.0})");  // what a saved sigmoid config holds
  ParseResult r = parse({"train", "--config", path_, "--activation", "leaky_relu"});
  ASSERT_EQ(resolveConfigFile(r.request), "");
  EXPECT_DOUBLE_EQ(r.request.config.effectiveAlpha(), 0.01);  // not a silent ReLU (α = 0)

  write(R"({"activation": "leaky_relu", "alpha": 0.2})");
  r = parse({"train", "--config", path_, "--activation", "leaky_relu", "--depth", "3"});
  ASSERT_EQ(resolveConfigFile(r.request), "");
  EXPECT_DOUBLE_EQ(r.request.config.effectiveAlpha(), 0.2);  // same activation: the file's α
  r = parse({"train", "--config", path_, "--activation", "elu", "--alpha", "2"});
  ASSERT_EQ(resolveConfigFile(r.request), "");
  EXPECT_DOUBLE_EQ(r.request.config.effectiveAlpha(), 2.0);
}

TEST_F(ConfigFileTest, BadFileIsNamed) {
  write(R"({"depth": 4, "colour": "red"})");
  ParseResult r = parse({"train", "--config", path_});
  ASSERT_TRUE(r.ok()) << r.error;
  std::string error = resolveConfigFile(r.request);
  EXPECT_NE(error.find(path_), std::string::npos) << error;
  EXPECT_NE(error.find("colour"), std::string::npos) << error;

  write("{\"depth\": ");
  error = resolveConfigFile(r.request);
  EXPECT_NE(error.find("not valid JSON"), std::string::npos) << error;
  EXPECT_EQ(error.find('\n'), std::string::npos) << error;

  write(R"({"depth": 4})");  // valid file, but a flag combination that is not
  r = parse({"train", "--config", path_, "--alpha", "0.3"});
  ASSERT_TRUE(r.ok());
  error = resolveConfigFile(r.request);
  EXPECT_NE(error.find("--alpha applies only to"), std::string::npos) << error;

  r = parse({"train", "--config", path_ + ".missing"});
  error = resolveConfigFile(r.request);
  EXPECT_NE(error.find("cannot open (No such file or directory)"), std::string::npos) << error;
}

}  // namespace
}  // namespace gs::cli
