#include "config_json.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "data_json.h"

namespace gs {
namespace {

using nlohmann::json;

const std::vector<std::string> kFields = {
    "format",   "depth",      "width",      "activation",   "alpha",   "layer_activations",
    "init",     "init_scale", "loss",       "dataset",      "noise",   "samples",
    "batch",    "optimizer",  "lr",         "momentum",     "beta1",   "beta2",
    "epsilon",  "seed",       "bias",       "residual",     "norm",    "layer_norms",
    "norm_eps", "clip_norm",  "clip_value", "weight_decay", "classes", "data"};

[[noreturn]] void fail(const std::string& field, const std::string& why) {
  throw ConfigError(field + ": " + why);
}

// Cuts s to at most n bytes (plus a note of its size) without splitting a UTF-8 sequence.
std::string clip(const std::string& s, std::size_t n) {
  if (s.size() <= n) return s;
  std::size_t end = n;
  while (end > 0 && (static_cast<unsigned char>(s[end]) & 0xC0) == 0x80) --end;
  return s.substr(0, end) + "… (" + std::to_string(s.size()) + " bytes)";
}

// A key as a message shows it: plain when printable, else quoted and escaped — a key "\u0000x"
// printed raw would end the message at its first byte (what() is a C string).
std::string keyForMessage(const std::string& k) {
  const bool plain = !k.empty() && std::none_of(k.begin(), k.end(), [](char ch) {
    return static_cast<unsigned char>(ch) < 0x20 || ch == 0x7f;
  });
  return clip(plain ? k : json(k).dump(-1, ' ', false, json::error_handler_t::replace), 60);
}

// Deepest [ / { nesting outside strings. Checked before parsing, so that no deeply nested value
// reaches code that recurses once per level (json::dump, json copies): 1 MiB of "[" is 10⁶
// levels, far more than the stack holds.
std::size_t nestingDepth(const std::string& text) {
  std::size_t depth = 0, deepest = 0;
  bool inString = false, escaped = false;
  for (const char ch : text) {
    if (inString) {
      if (escaped)
        escaped = false;
      else if (ch == '\\')
        escaped = true;
      else if (ch == '"')
        inString = false;
    } else if (ch == '"') {
      inString = true;
    } else if (ch == '[' || ch == '{') {
      deepest = std::max(deepest, ++depth);
    } else if ((ch == ']' || ch == '}') && depth > 0) {
      --depth;
    }
  }
  return deepest;
}

double getNumber(const json& j, const std::string& key) {
  const json& v = j.at(key);
  if (!v.is_number()) fail(key, "expected a number, got " + jsonForMessage(v));
  return v.get<double>();
}

// A whole number in [lo, hi]; the message says the range, also for 2147483648 or 2.5.
int getInt(const json& j, const std::string& key, int lo, int hi) {
  const double d = getNumber(j, key);
  const std::string allowed =
      "allowed: a whole number from " + std::to_string(lo) + " to " + std::to_string(hi);
  if (d != std::floor(d))
    fail(key, "expected a whole number, got " + jsonForMessage(j.at(key)) + "; " + allowed);
  if (d < lo || d > hi) fail(key, jsonForMessage(j.at(key)) + " is out of range; " + allowed);
  return static_cast<int>(d);
}

// The seed as the CLI takes it: a JSON integer 0 … 2^53. A float is refused, since 2^53 + 1
// written as 9007199254740993.0 (or 1e16) has already been rounded by the time it is read.
std::uint64_t getSeed(const json& j) {
  const json& v = j.at("seed");
  const std::string allowed = "; allowed: a whole number from 0 to 2^53 (" +
                              std::to_string(Limits::kSeedMax) + "), without a point or exponent";
  if (v.is_number_unsigned() && v.get<std::uint64_t>() <= Limits::kSeedMax)
    return v.get<std::uint64_t>();
  if (v.is_number_integer() && !v.is_number_unsigned())  // a negative integer
    fail("seed", jsonForMessage(v) + " is out of range" + allowed);
  if (v.is_number_unsigned()) fail("seed", jsonForMessage(v) + " is too large" + allowed);
  fail("seed", "expected a whole number, got " + jsonForMessage(v) + allowed);
}

// α must be given as a value ≥ 0: a negative one would read as "the default" (kAlphaDefault).
double getAlpha(const json& j) {
  const double a = getNumber(j, "alpha");
  if (!(a >= 0))
    fail("alpha", jsonForMessage(j.at("alpha")) +
                      " is not allowed; allowed: 0 to 1 for leaky_relu, > 0 and ≤ 10 for elu");
  return a;
}

bool getBool(const json& j, const std::string& key) {
  const json& v = j.at(key);
  if (!v.is_boolean()) fail(key, "expected true or false, got " + jsonForMessage(v));
  return v.get<bool>();
}

template <class Kind, class Parse>
Kind getKind(const json& j, const std::string& key, Parse parse, const std::string& allowed) {
  const json& v = j.at(key);
  if (!v.is_string())
    fail(key, "expected a string, got " + jsonForMessage(v) + "; allowed: " + allowed);
  const auto k = parse(v.get<std::string>());
  if (!k) fail(key, "unknown value " + jsonForMessage(v) + "; allowed: " + allowed);
  return *k;
}

// A per-hidden-layer list of kind names, null meaning "the network's default".
template <class Kind, class Parse>
std::vector<std::optional<Kind>> getKindList(const json& j, const std::string& key,
                                             const std::string& what, Parse parse,
                                             const std::string& allowed) {
  const json& list = j.at(key);
  if (!list.is_array()) fail(key, "expected a list of " + allowed + " or null per hidden layer");
  std::vector<std::optional<Kind>> out;
  for (std::size_t i = 0; i < list.size(); ++i) {
    if (list[i].is_null()) {
      out.emplace_back();
      continue;
    }
    const std::string field = key + "[" + std::to_string(i) + "]";
    if (!list[i].is_string())
      fail(field, "expected " + what + " or null, got " + jsonForMessage(list[i]));
    const auto k = parse(list[i].get<std::string>());
    if (!k) fail(field, "unknown value " + jsonForMessage(list[i]) + "; allowed: " + allowed);
    out.emplace_back(*k);
  }
  return out;
}

}  // namespace

std::string readSmallRegularFile(const std::string& path, std::size_t maxBytes,
                                 const std::string& kind) {
  // O_NONBLOCK: opening a FIFO must not wait for a writer; fstat then refuses it.
  const int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
  if (fd < 0) throw ConfigError(path + ": cannot open (" + std::strerror(errno) + ")");
  struct stat st {};
  std::string problem;
  if (::fstat(fd, &st) != 0)
    problem = std::string("cannot read its size (") + std::strerror(errno) + ")";
  else if (S_ISDIR(st.st_mode))
    problem = "is a folder; allowed: " + kind;
  else if (!S_ISREG(st.st_mode))
    problem = "is not a regular file (a FIFO, socket or device); allowed: " + kind;
  else if (static_cast<std::size_t>(st.st_size) > maxBytes)
    problem = "the file is " + std::to_string(st.st_size) + " bytes; allowed: at most " +
              std::to_string(maxBytes) + " bytes";
  std::string text;
  if (problem.empty()) {
    text.resize(static_cast<std::size_t>(st.st_size));
    std::size_t got = 0;
    while (got < text.size()) {
      const ssize_t n = ::read(fd, text.data() + got, text.size() - got);
      if (n < 0 && errno == EINTR) continue;
      if (n < 0) problem = std::string("cannot read (") + std::strerror(errno) + ")";
      if (n <= 0) break;
      got += static_cast<std::size_t>(n);
    }
    text.resize(got);
  }
  ::close(fd);
  if (!problem.empty()) throw ConfigError(path + ": " + problem);
  return text;
}

json parseStrictJson(const std::string& text) {
  // One set of keys per open object: a key seen twice in the same object is refused ("depth":
  // 500, "depth": 3 would otherwise silently become 3).
  std::vector<std::vector<std::string>> open;
  const json::parser_callback_t noDuplicates = [&open](int, json::parse_event_t event,
                                                       json& parsed) {
    if (event == json::parse_event_t::object_start) open.emplace_back();
    if (event == json::parse_event_t::object_end && !open.empty()) open.pop_back();
    if (event == json::parse_event_t::key && !open.empty()) {
      const std::string& key = parsed.get_ref<const std::string&>();
      std::vector<std::string>& keys = open.back();
      if (std::find(keys.begin(), keys.end(), key) != keys.end())
        throw ConfigError(keyForMessage(key) +
                          ": given twice in the same object; allowed: each field once");
      keys.push_back(key);
    }
    return true;
  };
  return json::parse(text, noDuplicates);
}

std::string jsonForMessage(const json& v) {
  if (v.is_array()) return v.empty() ? "[]" : "a list of " + std::to_string(v.size()) + " items";
  if (v.is_object())
    return v.empty() ? "{}" : "an object with " + std::to_string(v.size()) + " fields";
  return clip(v.dump(-1, ' ', false, json::error_handler_t::replace), 80);
}

json configToJson(const Config& c, const std::string& baseDir) {
  json j;
  j["format"] = kConfigFormat;
  j["depth"] = c.depth;
  j["width"] = c.width;
  j["activation"] = activationId(c.activation);
  // Only a set α, or the α of an activation that has one: writing sigmoid's "0" would turn a later
  // switch to leaky_relu into a plain ReLU.
  if (c.alpha >= 0 || c.hiddenActivation().hasAlpha()) j["alpha"] = c.effectiveAlpha();
  if (!c.layerActivations.empty()) {
    json list = json::array();
    for (const auto& a : c.layerActivations)
      list.push_back(a ? json(activationId(*a)) : json(nullptr));
    j["layer_activations"] = list;
  }
  j["init"] = initId(c.init);
  j["init_scale"] = c.initScale;
  j["loss"] = lossId(c.loss);
  j["dataset"] = datasetId(c.dataset);
  j["noise"] = c.noise;
  j["samples"] = c.samples;
  j["batch"] = c.batch;
  j["optimizer"] = optimizerId(c.optimizer.kind);
  j["lr"] = c.optimizer.lr;
  j["momentum"] = c.optimizer.momentum;
  j["beta1"] = c.optimizer.beta1;
  j["beta2"] = c.optimizer.beta2;
  j["epsilon"] = c.optimizer.epsilon;
  j["seed"] = c.seed;
  j["bias"] = c.bias;
  j["residual"] = c.residual;
  j["norm"] = normId(c.norm);
  if (!c.layerNorms.empty()) {
    json list = json::array();
    for (const auto& n : c.layerNorms) list.push_back(n ? json(normId(*n)) : json(nullptr));
    j["layer_norms"] = list;
  }
  j["norm_eps"] = c.normEps;
  j["clip_norm"] = c.clipNorm;
  j["clip_value"] = c.clipValue;
  j["weight_decay"] = c.weightDecay;
  j["classes"] = c.classes;
  if (c.data) j["data"] = pointsToJson(*c.data, baseDir);
  return j;
}

std::string configFileText(const Config& c, const std::string& baseDir) {
  json j = configToJson(c, baseDir);
  if (!c.data || !j["data"].contains("points")) return j.dump(2) + "\n";
  j.erase("data");
  std::string text = j.dump(2);  // ends with "\n}"
  text.erase(text.size() - 2);
  return text + ",\n  \"data\": {\n    \"points\": " + compactPointsText(*c.data) + "\n  }\n}\n";
}

Config configFromJson(const json& j, const std::vector<std::string>& extraKeys,
                      const std::string& baseDir) {
  if (!j.is_object())
    throw ConfigError("the configuration must be a JSON object {…}, got " +
                      std::string(j.type_name()));
  for (const auto& item : j.items()) {
    const std::string& k = item.key();
    if (std::find(kFields.begin(), kFields.end(), k) == kFields.end() &&
        std::find(extraKeys.begin(), extraKeys.end(), k) == extraKeys.end()) {
      std::string allowed;
      for (const auto& f : kFields) allowed += (allowed.empty() ? "" : ", ") + f;
      fail(keyForMessage(k), "unknown field; allowed: " + allowed);
    }
  }
  Config c;
  if (j.contains("format")) {
    if (!j["format"].is_string() || j["format"] != kConfigFormat)
      fail("format",
           "expected \"" + std::string(kConfigFormat) + "\", got " + jsonForMessage(j["format"]));
  }
  if (j.contains("depth")) c.depth = getInt(j, "depth", 1, Limits::kDepthMax);
  if (j.contains("width")) c.width = getInt(j, "width", 1, Limits::kWidthMax);
  if (j.contains("activation"))
    c.activation = getKind<ActivationKind>(j, "activation", activationFromId, activationIdList());
  if (j.contains("alpha")) c.alpha = getAlpha(j);
  if (j.contains("layer_activations")) {
    const json& list = j["layer_activations"];
    if (!list.is_array()) fail("layer_activations", "expected a list of activation names or null");
    for (std::size_t i = 0; i < list.size(); ++i) {
      if (list[i].is_null()) {
        c.layerActivations.emplace_back();
        continue;
      }
      const std::string field = "layer_activations[" + std::to_string(i) + "]";
      if (!list[i].is_string())
        fail(field, "expected an activation name or null, got " + jsonForMessage(list[i]));
      const auto k = activationFromId(list[i].get<std::string>());
      if (!k)
        fail(field,
             "unknown value " + jsonForMessage(list[i]) + "; allowed: " + activationIdList());
      c.layerActivations.emplace_back(*k);
    }
  }
  if (j.contains("init")) c.init = getKind<InitKind>(j, "init", initFromId, initIdList());
  if (j.contains("init_scale")) c.initScale = getNumber(j, "init_scale");
  if (j.contains("loss")) c.loss = getKind<LossKind>(j, "loss", lossFromId, lossIdList());
  if (j.contains("dataset"))
    c.dataset = getKind<DatasetKind>(j, "dataset", datasetFromId, datasetIdList());
  if (j.contains("noise")) c.noise = getNumber(j, "noise");
  if (j.contains("samples"))
    c.samples = getInt(j, "samples", Limits::kSamplesMin, Limits::kSamplesMax);
  if (j.contains("batch")) c.batch = getInt(j, "batch", 1, Limits::kBatchMax);
  if (j.contains("optimizer"))
    c.optimizer.kind = getKind<OptimizerKind>(j, "optimizer", optimizerFromId, optimizerIdList());
  if (j.contains("lr")) c.optimizer.lr = getNumber(j, "lr");
  if (j.contains("momentum")) c.optimizer.momentum = getNumber(j, "momentum");
  if (j.contains("beta1")) c.optimizer.beta1 = getNumber(j, "beta1");
  if (j.contains("beta2")) c.optimizer.beta2 = getNumber(j, "beta2");
  if (j.contains("epsilon")) c.optimizer.epsilon = getNumber(j, "epsilon");
  if (j.contains("seed")) c.seed = getSeed(j);
  if (j.contains("bias")) c.bias = getBool(j, "bias");
  if (j.contains("residual")) c.residual = getBool(j, "residual");
  if (j.contains("norm")) c.norm = getKind<NormKind>(j, "norm", normFromId, normIdList());
  if (j.contains("layer_norms"))
    c.layerNorms =
        getKindList<NormKind>(j, "layer_norms", "a normalisation", normFromId, normIdList());
  if (j.contains("norm_eps")) c.normEps = getNumber(j, "norm_eps");
  if (j.contains("clip_norm")) c.clipNorm = getNumber(j, "clip_norm");
  if (j.contains("clip_value")) c.clipValue = getNumber(j, "clip_value");
  if (j.contains("weight_decay")) c.weightDecay = getNumber(j, "weight_decay");
  if (j.contains("data")) c.useData(pointsFromJson(j["data"], baseDir));
  if (j.contains("classes"))
    c.classes = getInt(j, "classes", PointLimits::kClassesMin, PointLimits::kClassesMax);
  requireValid(c);
  return c;
}

json readJsonFile(const std::string& path, std::size_t maxBytes) {
  const std::string text = readSmallRegularFile(path, maxBytes);
  const std::size_t depth = nestingDepth(text);
  if (depth > kJsonNestingMax)
    throw ConfigError(path + ": brackets are nested " + std::to_string(depth) +
                      " levels deep; allowed: at most " + std::to_string(kJsonNestingMax));
  const std::size_t nul = text.find('\0');
  if (nul != std::string::npos)  // never valid JSON (a string holds one as \u0000)
    throw ConfigError(path + ": a NUL byte at offset " + std::to_string(nul) +
                      "; allowed: JSON text only (nothing after the closing brace)");
  try {
    return parseStrictJson(text);
  } catch (const ConfigError& e) {
    throw ConfigError(path + ": " + e.what());
  } catch (const json::exception& e) {
    // parse_error, and out_of_range for a number like 1e999 that overflows a double.
    throw ConfigError(path + ": not valid JSON (" + clip(e.what(), 300) + ")");
  }
}

Config loadConfigFile(const std::string& path, const std::vector<std::string>& extraKeys) {
  const json j = readJsonFile(path);
  try {
    const std::string dir = std::filesystem::path(path).parent_path().string();
    return configFromJson(j, extraKeys, dir);
  } catch (const ConfigError& e) {
    throw ConfigError(path + ": " + e.what());
  }
}

void saveConfigFile(const std::string& path, const Config& config) {
  const std::string dir = std::filesystem::path(path).parent_path().string();
  writeFileAtomically(path, configFileText(config, dir.empty() ? "." : dir));
}

}  // namespace gs
