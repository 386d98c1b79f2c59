#include "cli_values.h"

#include <cctype>
#include <charconv>
#include <cmath>
#include <system_error>

namespace gs::cli {

std::string quoted(const std::string& value) {
  constexpr std::size_t kMax = 60;
  std::string out = "'";
  for (std::size_t i = 0; i < value.size() && i < kMax; ++i) {
    const auto c = static_cast<unsigned char>(value[i]);
    out += (c < 0x20 || c == 0x7f) ? '?' : value[i];
  }
  if (value.size() > kMax) out += "…";
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

}  // namespace gs::cli
