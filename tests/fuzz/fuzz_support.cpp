#include "fuzz_support.h"

#include <sys/resource.h>

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <iostream>
#include <limits>

#if defined(__SANITIZE_ADDRESS__)
#define GSFUZZ_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define GSFUZZ_ASAN 1
#endif
#endif

namespace gsfuzz {
namespace {

[[noreturn]] void usage(const std::string& why) {
  std::cerr << "fuzz: " << why
            << "\nusage: --seed N (0 to 2^64-1) --seconds S (> 0) --inputs N (>= 1) --only I"
               " (>= 0) --memory-mb M (>= 64) --work-dir DIR --slow-seconds T (> 0)\n";
  std::exit(2);
}

double number(const std::string& flag, const char* text, double lo) {
  char* end = nullptr;
  const double v = std::strtod(text, &end);
  if (end == text || *end != '\0' || !std::isfinite(v) || v < lo)
    usage(flag + " = " + text + " is not allowed");
  return v;
}

}  // namespace

Options parseOptions(int argc, char** argv) {
  Options o;
  for (int i = 1; i < argc; ++i) {
    const std::string flag = argv[i];
    if (i + 1 >= argc) usage(flag + " needs a value");
    const char* v = argv[++i];
    if (flag == "--seed")
      o.seed = static_cast<std::uint64_t>(number(flag, v, 0));
    else if (flag == "--seconds")
      o.seconds = number(flag, v, 1e-3);
    else if (flag == "--inputs")
      o.maxInputs = static_cast<long>(number(flag, v, 1));
    else if (flag == "--only")
      o.only = static_cast<long>(number(flag, v, 0));
    else if (flag == "--memory-mb")
      o.memoryMb = static_cast<long>(number(flag, v, 64));
    else if (flag == "--work-dir")
      o.workDir = v;
    else if (flag == "--slow-seconds")
      o.slowSeconds = number(flag, v, 1e-3);
    else
      usage("unknown flag " + flag);
  }
  return o;
}

void capMemory(long megabytes) {
#ifndef GSFUZZ_ASAN
  rlimit lim{};
  lim.rlim_cur = lim.rlim_max = static_cast<rlim_t>(megabytes) << 20;
  if (setrlimit(RLIMIT_AS, &lim) != 0) std::perror("fuzz: setrlimit(RLIMIT_AS)");
#else
  (void)megabytes;
#endif
}

double processCpuSeconds() {
  timespec t{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
  return double(t.tv_sec) + 1e-9 * double(t.tv_nsec);
}

long peakRssMb() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return u.ru_maxrss / 1024;  // ru_maxrss is in KiB on Linux
}

long Rng::below(long n) { return std::uniform_int_distribution<long>(0, n - 1)(gen_); }
bool Rng::chance(double p) { return std::bernoulli_distribution(p)(gen_); }

std::uint64_t inputSeed(std::uint64_t seed, long index) {
  std::uint64_t z = seed + 0x9E3779B97F4A7C15ull * (static_cast<std::uint64_t>(index) + 1);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
  return z ^ (z >> 31);
}

json nastyNumber(Rng& rng) {
  const double inf = std::numeric_limits<double>::infinity();
  static const std::vector<double> reals = {
      0.0,     -0.0,  -1.0,    0.5,     1e-320, 1e-308, 1e308,    -1e308,    1e9,     1e10,
      2.5e7,   1e300, inf,     -inf,    NAN,    0.999,  0.999999, 1.0000001, 999.999, 1000.0,
      1000.01, 100.0, 100.001, 2.00001, 10.0,   10.001, 1e-9,     3.5,       -3.5,    4096.5};
  static const std::vector<std::int64_t> ints = {0,
                                                 1,
                                                 -1,
                                                 2,
                                                 7,
                                                 8,
                                                 199,
                                                 200,
                                                 201,
                                                 511,
                                                 512,
                                                 513,
                                                 4095,
                                                 4096,
                                                 4097,
                                                 99999,
                                                 100000,
                                                 100001,
                                                 1000,
                                                 244,
                                                 245,
                                                 65536,
                                                 -200,
                                                 2147483647,
                                                 2147483648,
                                                 -2147483648,
                                                 -2147483649,
                                                 (std::int64_t{1} << 53),
                                                 (std::int64_t{1} << 53) + 1,
                                                 std::numeric_limits<std::int64_t>::min()};
  switch (rng.below(4)) {
    case 0:
      return rng.pick(reals);
    case 1:
      return rng.pick(ints);
    case 2:
      return std::numeric_limits<std::uint64_t>::max() - static_cast<std::uint64_t>(rng.below(3));
    default:
      return static_cast<double>(rng.below(2000000)) / 1000.0 - 1000.0;
  }
}

std::string nastyString(Rng& rng) {
  static const std::vector<std::string> pieces = {"sigmoid", "relu",
                                                  "tanh",    "adam",
                                                  "circles", "xavier_normal",
                                                  "mse",     "gradscope-config/1",
                                                  "",        "\"",
                                                  "\\",      "\n",
                                                  "\t",      std::string(1, '\0'),
                                                  "\x7f",    "σ′",
                                                  "日本語",  "\xF0\x9F\x98\x80",
                                                  "%s%n",    "../../etc/passwd",
                                                  " ",       "null"};
  std::string s;
  const long parts = rng.below(6);
  for (long i = 0; i < parts; ++i) s += rng.pick(pieces);
  if (rng.chance(0.05)) s += std::string(static_cast<std::size_t>(rng.below(1 << 20)), 'x');
  return s;
}

json randomValue(Rng& rng, int depthLeft) {
  const long kind = rng.below(depthLeft > 0 ? 8 : 6);
  switch (kind) {
    case 0:
      return nullptr;
    case 1:
      return rng.chance(0.5);
    case 2:
    case 3:
      return nastyNumber(rng);
    case 4:
    case 5:
      return nastyString(rng);
    case 6: {
      json a = json::array();
      for (long n = rng.below(5); n > 0; --n) a.push_back(randomValue(rng, depthLeft - 1));
      return a;
    }
    default: {
      json o = json::object();
      for (long n = rng.below(4); n > 0; --n) o[nastyString(rng)] = randomValue(rng, depthLeft - 1);
      return o;
    }
  }
}

json deepNesting(long levels, bool objects) {
  json root = objects ? json::object() : json::array();
  json* cur = &root;
  for (long i = 1; i < levels; ++i) {
    json child = objects ? json::object() : json::array();
    cur = objects ? &((*cur)["a"] = std::move(child)) : &(cur->emplace_back(std::move(child)));
  }
  return root;
}

std::string mutateText(Rng& rng, std::string t) {
  static const std::vector<std::string> junk = {"[",    "]",    "{",     "}", "\"",  ",",
                                                ":",    "\\",   "1e999", "-", "NaN", "null",
                                                "\xff", "\xc3", "/*",    "\n"};
  for (long n = 1 + rng.below(4); n > 0; --n) {
    const std::size_t pos = t.empty() ? 0 : static_cast<std::size_t>(rng.below(long(t.size())));
    switch (rng.below(6)) {
      case 0:
        if (!t.empty()) t[pos] = static_cast<char>(t[pos] ^ (1 << rng.below(8)));
        break;
      case 1:
        t.erase(pos, static_cast<std::size_t>(rng.below(16)));
        break;
      case 2:
        t.insert(pos, rng.pick(junk));
        break;
      case 3:
        t.insert(pos, t.substr(pos, static_cast<std::size_t>(rng.below(64))));
        break;
      case 4:
        t.insert(pos, std::string(static_cast<std::size_t>(rng.below(200000)), '['));
        break;
      default:
        t.resize(pos);
    }
  }
  return t;
}

std::string shortDump(const json& v) {
  if (v.is_array()) return "<list of " + std::to_string(v.size()) + ">";
  if (v.is_object()) return "<object of " + std::to_string(v.size()) + ">";
  if (v.is_string() && v.get_ref<const std::string&>().size() > 80)
    return "<string of " + std::to_string(v.get_ref<const std::string&>().size()) + " bytes>";
  return v.dump(-1, ' ', false, json::error_handler_t::replace);
}

json mutateObject(Rng& rng, json j, const std::vector<std::string>& fields, std::string& log) {
  for (long n = 1 + rng.below(4); n > 0; --n) {
    std::string key = rng.pick(fields);
    json value;
    switch (rng.below(9)) {
      case 0:
        value = randomValue(rng, 3);
        break;
      case 1:
      case 2:
        value = nastyNumber(rng);
        break;
      case 3:
        key = nastyString(rng);
        value = randomValue(rng, 2);
        break;
      case 4:
        j.erase(key);
        log += "-" + key + "; ";
        continue;
      case 5: {
        const long levels = 1 + rng.below(rng.chance(0.3) ? 300000 : 64);
        log += key + "=<nested " + std::to_string(levels) + " deep>; ";
        j[key] = deepNesting(levels, rng.chance(0.5));
        continue;
      }
      case 6:
        value = std::string(static_cast<std::size_t>(rng.below(2 << 20)), 'x');
        break;
      case 7:
        if (rng.chance(0.8)) continue;
        j = randomValue(rng, 2);
        log += "root=" + shortDump(j) + "; ";
        return j;
      default:
        value = nastyString(rng);
    }
    log += shortDump(json(key)) + "=" + shortDump(value) + "; ";
    j[key] = std::move(value);
  }
  return j;
}

void Tally::finding(long index, const std::string& what, const std::string& input) {
  ++tried_;
  findings_.push_back("input " + std::to_string(index) + ": " + what + "\n    " + preview(input));
  std::cerr << "FINDING " << findings_.back() << "\n";
}

void Tally::slowInput(long index, double seconds, const std::string& input) {
  findings_.push_back("input " + std::to_string(index) + ": took " + std::to_string(seconds) +
                      " s\n    " + preview(input));
  std::cerr << "FINDING " << findings_.back() << "\n";
}

int Tally::report(const Options& o, double elapsed) const {
  std::cout << name_ << ": seed " << o.seed << ", " << tried_ << " inputs in " << elapsed << " s ("
            << static_cast<long>(tried_ / std::max(elapsed, 1e-9)) << "/s): " << accepted_
            << " accepted, " << rejected_ << " rejected with a message, " << findings_.size()
            << " findings; peak RSS " << peakRssMb() << " MB\n";
  for (const std::string& f : findings_) std::cout << "  " << f << "\n";
  return findings_.empty() ? 0 : 1;
}

bool Driver::budgetLeft(long index, std::chrono::steady_clock::time_point start) const {
  if (index >= options_.maxInputs && options_.only < 0) return false;
  const double elapsed =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return elapsed < options_.seconds;
}

std::string preview(const std::string& input, std::size_t maxBytes) {
  std::string out;
  for (const char ch : input.substr(0, maxBytes)) {
    const auto u = static_cast<unsigned char>(ch);
    if (u < 0x20 || u == 0x7f) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\x%02x", u);
      out += buf;
    } else {
      out += ch;
    }
  }
  if (input.size() > maxBytes) out += "… (" + std::to_string(input.size()) + " bytes)";
  return out;
}

}  // namespace gsfuzz
