#include "cli_values.h"

#include <cctype>
#include <charconv>
#include <cmath>
#include <system_error>

#include "atomic_file.h"

namespace gs::cli {

namespace {

// The largest cut ≤ n that does not split a UTF-8 sequence.
std::size_t utf8Cut(const std::string& s, std::size_t n) {
  if (n >= s.size()) return s.size();
  while (n > 0 && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80) --n;
  return n;
}

}  // namespace

std::string oneLine(std::string s, std::size_t bytes) {
  for (char& c : s)
    if (c == '\n' || c == '\r') c = ' ';
  if (s.size() <= bytes) return s;
  return s.substr(0, utf8Cut(s, bytes)) + "…";
}

std::string shortPath(const std::string& path) {
  constexpr std::size_t kHead = 40, kTail = 60;
  if (path.size() <= kHead + kTail + 3) return path;
  std::size_t tail = path.size() - kTail;
  while (tail < path.size() && (static_cast<unsigned char>(path[tail]) & 0xC0) == 0x80) ++tail;
  return path.substr(0, utf8Cut(path, kHead)) + "…" + path.substr(tail);
}

std::string fileMessage(const std::string& flag, const std::string& path, const std::string& what) {
  std::string rest = what;
  if (rest.compare(0, path.size(), path) == 0) rest = rest.substr(path.size());
  return oneLine(flag + " " + shortPath(path) + rest, kMessageMax);
}

std::string quoted(const std::string& value) {
  constexpr std::size_t kMax = 60;
  const std::size_t end = utf8Cut(value, kMax);
  std::string out = "'";
  for (std::size_t i = 0; i < end; ++i) {
    const auto c = static_cast<unsigned char>(value[i]);
    out += (c < 0x20 || c == 0x7f) ? '?' : value[i];
  }
  if (end < value.size()) out += "…";
  return out + "'";
}

std::string badValue(const std::string& flag, const std::string& value, const std::string& why) {
  return flag + " " + quoted(value) + ": " + why;
}

std::string parseWhole(const std::string& flag, const std::string& value, long long lo,
                       long long hi, const std::string& allowed, long long& out) {
  const char* first = value.data();
  const char* last = first + value.size();
  long long v = 0;
  const auto [end, ec] = std::from_chars(first, last, v);
  if (value.empty() || ec == std::errc::invalid_argument || end != last)
    return badValue(flag, value, "expected " + allowed);
  if (ec == std::errc::result_out_of_range || v < lo || v > hi)
    return badValue(flag, value, "out of range; allowed: " + allowed);
  out = v;
  return {};
}

std::string parseFinite(const std::string& flag, const std::string& value,
                        const std::string& allowed, double& out) {
  const char* first = value.data();
  const char* last = first + value.size();
  // from_chars also reads "inf", "nan" and "1p3"-style hex only when asked; refuse letters other
  // than the exponent so "nan"/"inf" get the same message as any other non-number.
  for (char c : value)
    if (std::isalpha(static_cast<unsigned char>(c)) && c != 'e' && c != 'E')
      return badValue(flag, value, "expected a number; allowed: " + allowed);
  double v = 0;
  const auto [end, ec] = std::from_chars(first, last, v, std::chars_format::general);
  if (value.empty() || ec == std::errc::invalid_argument || end != last)
    return badValue(flag, value, "expected a number; allowed: " + allowed);
  if (ec == std::errc::result_out_of_range || !std::isfinite(v))
    return badValue(flag, value, "not a finite number in range; allowed: " + allowed);
  out = v;
  return {};
}

std::string outputProblem(const std::string& flag, const std::string& path,
                          const std::vector<std::string>& inputs) {
  const std::string problem = outputPathProblem(path, inputs);
  return problem.empty() ? problem : flag + " " + quoted(path) + ": " + problem;
}

}  // namespace gs::cli
