// Nothing in a config file is silently corrected: duplicate keys, a NUL or garbage after the JSON,
// a seed above 2^53 or with a fraction, α out of range for any activation that uses it, and
// messages that show a value just over a limit with enough digits to differ from the limit.
#include <gtest/gtest.h>
#include <sys/stat.h>

#include "config_json.h"
#include "temp_folder.h"

namespace gs {
namespace {

using nlohmann::json;
using testing::TempFolder;
using testing::writePlain;

// The message of loading `text` as a config file; "" when it was accepted.
std::string refusal(const std::string& text) {
  TempFolder dir;
  writePlain(dir.file("c.json"), text);
  try {
    loadConfigFile(dir.file("c.json"));
    return "";
  } catch (const ConfigError& e) {
    return e.what();
  }
}

void expectRefused(const std::string& text, std::initializer_list<const char*> parts) {
  const std::string m = refusal(text);
  ASSERT_FALSE(m.empty()) << "accepted: " << text;
  for (const char* p : parts) EXPECT_NE(m.find(p), std::string::npos) << m << " lacks " << p;
}

TEST(StrictInput, DuplicateKeysAreRefusedByName) {
  expectRefused(R"({"depth": 500, "depth": 3})", {"depth", "twice"});
  expectRefused(R"({"width": 8, "seed": 1, "width": 8})", {"width", "twice"});
  EXPECT_EQ(refusal(R"({"depth": 3, "width": 4})"), "");
}

TEST(StrictInput, NothingMayFollowTheJson) {
  expectRefused(std::string("{\"depth\": 3}\n\0", 14), {"NUL", "offset 13"});
  expectRefused(std::string("{\"depth\": 3}\0\0garbage", 21), {"NUL"});
  expectRefused("{\"depth\": 3} x", {"not valid JSON"});
  EXPECT_EQ(refusal("{\"depth\": 3}\n  \n"), "");
}

TEST(StrictInput, SeedIsAWholeNumberUpTo2To53) {
  expectRefused(R"({"seed": 9007199254740993})", {"seed", "2^53", "9007199254740993"});
  expectRefused(R"({"seed": 18446744073709551615})", {"seed", "2^53"});
  expectRefused(R"({"seed": 1.5})", {"seed", "whole number"});
  expectRefused(R"({"seed": 9007199254740993.0})", {"seed", "whole number"});
  expectRefused(R"({"seed": -3})", {"seed", "out of range"});
  EXPECT_EQ(refusal(R"({"seed": 9007199254740992})"), "");
  EXPECT_EQ(configFromJson(json::parse(R"({"seed": 9007199254740992})")).seed,
            std::uint64_t{1} << 53);
}

TEST(StrictInput, AlphaIsCheckedForEveryActivationThatUsesIt) {
  expectRefused(R"({"activation": "sigmoid", "alpha": 1e300, "layer_activations": ["elu", "elu"]})",
                {"alpha = 1e+300", "elu"});
  EXPECT_EQ(refusal(R"({"activation": "sigmoid", "alpha": 0.5,
                        "layer_activations": [null, "leaky_relu"], "depth": 3})"),
            "")
      << "0.5 is fine for leaky_relu";
  expectRefused(R"({"activation": "sigmoid", "alpha": 2, "layer_activations": ["leaky_relu"]})",
                {"alpha = 2", "0 to 1", "leaky_relu"});
  expectRefused(R"({"activation": "leaky_relu", "alpha": -5})", {"alpha", "-5"});
  expectRefused(R"({"activation": "elu", "alpha": -1e300})", {"alpha"});
  expectRefused(R"({"activation": "elu", "alpha": -1})", {"alpha"});
  expectRefused(R"({"activation": "relu", "alpha": 1e300})", {"alpha = 1e+300"});
  expectRefused(R"({"activation": "elu", "alpha": 0, "layer_activations": ["leaky_relu"],
                    "depth": 2})",
                {"alpha = 0", "leaky_relu and elu"});
  EXPECT_EQ(refusal(R"({"activation": "leaky_relu", "alpha": 0.2, "layer_activations": ["elu"],
                        "depth": 2})"),
            "");
}

TEST(StrictInput, IntegersOutOfRangeSayTheRange) {
  expectRefused(R"({"depth": 2147483648})", {"depth", "2147483648", "1 to 200"});
  expectRefused(R"({"batch": 1e10})", {"batch", "1 to 4096"});
  expectRefused(R"({"width": 2.5})", {"width", "whole number", "1 to 512"});
}

TEST(StrictInput, ValuesJustOverALimitShowEnoughDigits) {
  expectRefused(R"({"lr": 1000.0000001})", {"lr = 1000.0000001"});
  expectRefused(R"({"noise": 2.0000000001})", {"noise = 2.0000000001"});
  expectRefused(R"({"init_scale": 100.00000001})", {"init_scale = 100.00000001"});
  expectRefused(R"({"momentum": 0.9990000001})", {"momentum = 0.9990000001"});
  expectRefused(R"({"activation": "elu", "alpha": 10.0000001})", {"alpha = 10.0000001"});
  EXPECT_EQ(exactNumber(0.1), "0.1");
  EXPECT_EQ(exactNumber(1000), "1000");
}

TEST(StrictInput, AFifoIsRefusedWithoutBlocking) {
  TempFolder dir;
  ASSERT_EQ(::mkfifo(dir.file("c.json").c_str(), 0644), 0);
  try {
    loadConfigFile(dir.file("c.json"));
    FAIL() << "a FIFO was read";
  } catch (const ConfigError& e) {
    EXPECT_NE(std::string(e.what()).find("not a regular file"), std::string::npos) << e.what();
  }
}

}  // namespace
}  // namespace gs
