// A small, seeded mutation fuzzer shared by the harnesses in tests/fuzz: a time/iteration budget,
// a memory cap, random and "nasty" JSON values, byte-level text mutations and a tally of findings.
//
// Every input i is generated from its own generator seeded by (seed, i), so `--only i` replays
// exactly the input that a run reported, without replaying the ones before it.
#pragma once

#include <chrono>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <random>
#include <string>
#include <vector>

namespace gsfuzz {

using nlohmann::json;

struct Options {
  std::uint64_t seed = 1;
  double seconds = 20;        // stop after this long…
  long maxInputs = 1000000;   // …or after this many inputs, whichever comes first
  long only = -1;             // replay one input index and print it
  long memoryMb = 3072;       // RLIMIT_AS cap (not applied under AddressSanitizer)
  std::string workDir = ".";  // where temporary files are written
  double slowSeconds = 5.0;   // an input taking longer is a finding (kSlowSeconds by default)
};

// --seed N --seconds S --inputs N --only I --memory-mb M --work-dir DIR --slow-seconds T; exits 2
// with a message
// on anything else.
Options parseOptions(int argc, char** argv);

// Caps the address space so that an unbounded allocation fails with std::bad_alloc (reported as
// a finding) instead of swapping the machine. AddressSanitizer reserves terabytes of address
// space, so under ASan this is a no-op and ASAN_OPTIONS=hard_rss_limit_mb does the job instead.
void capMemory(long megabytes);

// Bytes in the process's peak resident set (ru_maxrss), for the report.
long peakRssMb();

class Rng {
 public:
  explicit Rng(std::uint64_t seed) : gen_(seed) {}
  long below(long n);  // uniform in [0, n); n > 0
  bool chance(double p);
  template <class T>
  const T& pick(const std::vector<T>& v) {
    return v[static_cast<std::size_t>(below(static_cast<long>(v.size())))];
  }
  std::mt19937_64& engine() { return gen_; }

 private:
  std::mt19937_64 gen_;
};

// Per-input seed: a SplitMix64 step, so neighbouring indices give unrelated streams.
std::uint64_t inputSeed(std::uint64_t seed, long index);

// Values that break naive loaders: huge, negative, NaN/∞, denormal, off-by-one around limits.
json nastyNumber(Rng& rng);
// A short or giant string, possibly with control characters, quotes or multi-byte UTF-8.
std::string nastyString(Rng& rng);
// Any JSON value; structured ones nest at most depthLeft levels.
json randomValue(Rng& rng, int depthLeft);
// [[[…]]] or {"a":{"a":…}} nested `levels` deep, built without recursion.
json deepNesting(long levels, bool objects);
// Byte-level damage to JSON text: flips, deletions, duplicated chunks, stray brackets, truncation.
std::string mutateText(Rng& rng, std::string text);

// Applies 1–4 structural mutations to a JSON object: type swaps, nasty numbers, unknown keys,
// removed keys, deep nesting, giant strings, a non-object root. fields are the known keys.
// What was done is appended to log (never a dump of a huge or deeply nested value).
json mutateObject(Rng& rng, json j, const std::vector<std::string>& fields, std::string& log);
// A one-line, bounded rendering of a value: scalars as JSON, lists/objects/long strings by size.
std::string shortDump(const json& v);

// Counts inputs and collects findings; report() prints the figures and returns the exit code.
class Tally {
 public:
  explicit Tally(std::string name) : name_(std::move(name)) {}
  void accepted() { ++tried_, ++accepted_; }
  void rejected() { ++tried_, ++rejected_; }
  void finding(long index, const std::string& what, const std::string& input);
  void slowInput(long index, double seconds, const std::string& input);
  int report(const Options& o, double elapsedSeconds) const;
  long tried() const { return tried_; }

 private:
  std::string name_;
  long tried_ = 0, accepted_ = 0, rejected_ = 0;
  std::vector<std::string> findings_;
};

// Runs body(index, rng) for every input index the options allow, timing each one; an input that
// takes longer than kSlowSeconds is a finding (a hang, as far as a classroom is concerned).
class Driver {
 public:
  Driver(const Options& o, Tally& tally) : options_(o), tally_(tally) {}
  template <class Body>
  double run(Body body);

 private:
  bool budgetLeft(long index, std::chrono::steady_clock::time_point start) const;
  const Options& options_;
  Tally& tally_;
};

// Sanitizers make everything 2–10× slower; the bar stays far above any legitimate input.
constexpr double kSlowSeconds = 5.0;
// Longer messages are a finding: a message must name the problem, not echo a megabyte of input.
constexpr std::size_t kMessageMaxBytes = 4096;

// CPU seconds this process has used (all threads).
double processCpuSeconds();

// Shortens an input for printing.
std::string preview(const std::string& input, std::size_t maxBytes = 300);

template <class Body>
double Driver::run(Body body) {
  using Clock = std::chrono::steady_clock;
  const auto start = Clock::now();
  const long first = options_.only >= 0 ? options_.only : 0;
  for (long i = first; budgetLeft(i, start); ++i) {
    Rng rng(inputSeed(options_.seed, i));
    const auto t0 = Clock::now();
    const double cpu0 = processCpuSeconds();
    std::string shown = body(i, rng);
    // CPU time is the work an input costs, whatever else the machine runs (a niced fuzzer on a
    // busy machine saw 0.15 s inputs take 2 s of wall time); the wall clock still catches an
    // input that blocks without computing.
    const double cpu = processCpuSeconds() - cpu0;
    const double wall = std::chrono::duration<double>(Clock::now() - t0).count();
    if (cpu > options_.slowSeconds || wall > 10 * options_.slowSeconds)
      tally_.slowInput(i, cpu > options_.slowSeconds ? cpu : wall, shown);
    if (options_.only >= 0) break;
  }
  return std::chrono::duration<double>(Clock::now() - start).count();
}

}  // namespace gsfuzz
