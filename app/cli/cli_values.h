// Strict parsing of flag values, with one-line messages that name the flag and what is allowed.
#pragma once

#include <string>

namespace gs::cli {

// The value as it may appear in a one-line message: quoted, control characters replaced, long
// values cut (a fuzzer or a pasted file must not flood the terminal).
std::string quoted(const std::string& value);

// "--depth 'abc': expected a whole number from 1 to 200"
std::string badValue(const std::string& flag, const std::string& value, const std::string& why);

// Whole numbers in [lo, hi]: digits with an optional leading '-', nothing else.
// Returns an empty string and sets out, or a message built with `allowed`.
std::string parseWhole(const std::string& flag, const std::string& value, long long lo,
                       long long hi, const std::string& allowed, long long& out);

// A finite decimal number ("0.1", "1e-3"); "nan", "inf", hex and trailing text are refused.
std::string parseFinite(const std::string& flag, const std::string& value,
                        const std::string& allowed, double& out);

}  // namespace gs::cli
