#include "config_json.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace gs {
namespace {

using nlohmann::json;

const std::vector<std::string> kFields = {
    "format",  "depth",      "width", "activation", "alpha", "layer_activations",
    "init",    "init_scale", "loss",  "dataset",    "noise", "samples",
    "batch",   "optimizer",  "lr",    "momentum",   "beta1", "beta2",
    "epsilon", "seed",       "bias",  "residual"};

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

int getInt(const json& j, const std::string& key) {
  const double d = getNumber(j, key);
  if (d != std::floor(d) || std::abs(d) > 1e9)
    fail(key, "expected a whole number, got " + jsonForMessage(j.at(key)));
  return static_cast<int>(d);
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

// write() until everything is written; "" on success, else the reason.
std::string writeAll(int fd, const std::string& text) {
  const char* p = text.data();
  std::size_t left = text.size();
  while (left > 0) {
    const ssize_t n = ::write(fd, p, left);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return std::strerror(errno);
    p += n;
    left -= static_cast<std::size_t>(n);
  }
  return {};
}

}  // namespace

std::string jsonForMessage(const json& v) {
  if (v.is_array()) return v.empty() ? "[]" : "a list of " + std::to_string(v.size()) + " items";
  if (v.is_object())
    return v.empty() ? "{}" : "an object with " + std::to_string(v.size()) + " fields";
  return clip(v.dump(-1, ' ', false, json::error_handler_t::replace), 80);
}

json configToJson(const Config& c) {
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
  return j;
}

Config configFromJson(const json& j, const std::vector<std::string>& extraKeys) {
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
  if (j.contains("depth")) c.depth = getInt(j, "depth");
  if (j.contains("width")) c.width = getInt(j, "width");
  if (j.contains("activation"))
    c.activation = getKind<ActivationKind>(j, "activation", activationFromId, activationIdList());
  if (j.contains("alpha")) c.alpha = getNumber(j, "alpha");
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
  if (j.contains("samples")) c.samples = getInt(j, "samples");
  if (j.contains("batch")) c.batch = getInt(j, "batch");
  if (j.contains("optimizer"))
    c.optimizer.kind = getKind<OptimizerKind>(j, "optimizer", optimizerFromId, optimizerIdList());
  if (j.contains("lr")) c.optimizer.lr = getNumber(j, "lr");
  if (j.contains("momentum")) c.optimizer.momentum = getNumber(j, "momentum");
  if (j.contains("beta1")) c.optimizer.beta1 = getNumber(j, "beta1");
  if (j.contains("beta2")) c.optimizer.beta2 = getNumber(j, "beta2");
  if (j.contains("epsilon")) c.optimizer.epsilon = getNumber(j, "epsilon");
  if (j.contains("seed")) {
    const double s = getNumber(j, "seed");
    if (s < 0 || s != std::floor(s) || s > double(Limits::kSeedMax))
      fail("seed", "expected a whole number from 0 to 2^53, got " + jsonForMessage(j["seed"]));
    c.seed = static_cast<std::uint64_t>(s);
  }
  if (j.contains("bias")) c.bias = getBool(j, "bias");
  if (j.contains("residual")) c.residual = getBool(j, "residual");
  requireValid(c);
  return c;
}

json readJsonFile(const std::string& path, std::size_t maxBytes) {
  std::error_code ec;
  if (!std::filesystem::is_regular_file(path, ec))
    throw ConfigError(path + ": not a readable file");
  const auto size = std::filesystem::file_size(path, ec);
  if (ec) throw ConfigError(path + ": cannot read its size (" + ec.message() + ")");
  if (size > maxBytes)
    throw ConfigError(path + ": the file is " + std::to_string(size) + " bytes; allowed: at most " +
                      std::to_string(maxBytes) + " bytes");
  std::ifstream in(path, std::ios::binary);
  if (!in) throw ConfigError(path + ": cannot open (" + std::strerror(errno) + ")");
  std::string text(size, '\0');
  in.read(text.data(), static_cast<std::streamsize>(size));
  text.resize(static_cast<std::size_t>(in.gcount()));
  const std::size_t depth = nestingDepth(text);
  if (depth > kJsonNestingMax)
    throw ConfigError(path + ": brackets are nested " + std::to_string(depth) +
                      " levels deep; allowed: at most " + std::to_string(kJsonNestingMax));
  try {
    return json::parse(text);
  } catch (const json::exception& e) {
    // parse_error, and out_of_range for a number like 1e999 that overflows a double.
    throw ConfigError(path + ": not valid JSON (" + clip(e.what(), 300) + ")");
  }
}

Config loadConfigFile(const std::string& path, const std::vector<std::string>& extraKeys) {
  const json j = readJsonFile(path);
  try {
    return configFromJson(j, extraKeys);
  } catch (const ConfigError& e) {
    throw ConfigError(path + ": " + e.what());
  }
}

void writeFileAtomically(const std::string& path, const std::string& text) {
  // A temporary in the same folder (rename is atomic only within one file system), unique per
  // call so that concurrent saves never write into each other's, written and fsync'ed in full
  // before it replaces the target: a reader sees the old file or the new one, never a cut or a
  // mix, and a crash right after the rename cannot leave an empty file.
  static std::atomic<unsigned long> counter{0};
  std::string tmp;
  int fd = -1;
  for (int attempt = 0; fd < 0 && attempt < 100; ++attempt) {
    tmp = path + ".tmp-" + std::to_string(::getpid()) + "-" + std::to_string(counter++);
    fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
    if (fd < 0 && errno != EEXIST) break;
  }
  if (fd < 0) throw std::runtime_error(path + ": cannot write (" + std::strerror(errno) + ")");
  struct stat old {};
  if (::stat(path.c_str(), &old) == 0 && S_ISREG(old.st_mode))
    ::fchmod(fd, old.st_mode & 07777);  // keep the permissions of the file being replaced
  std::string error = writeAll(fd, text);
  if (error.empty() && ::fsync(fd) != 0) error = std::strerror(errno);
  if (::close(fd) != 0 && error.empty()) error = std::strerror(errno);
  if (error.empty() && ::rename(tmp.c_str(), path.c_str()) != 0)
    error = std::string("cannot replace the file: ") + std::strerror(errno);
  if (!error.empty()) {
    ::unlink(tmp.c_str());
    throw std::runtime_error(path + ": save failed (" + error + "); the old file is unchanged");
  }
}

void saveConfigFile(const std::string& path, const Config& config) {
  writeFileAtomically(path, configToJson(config).dump(2) + "\n");
}

}  // namespace gs
