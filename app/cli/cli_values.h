// Strict parsing of flag values, with one-line messages that name the flag and what is allowed.
#pragma once

#include <string>
#include <vector>

namespace gs::cli {

// The value as it may appear in a one-line message: quoted, control characters replaced, long
// values cut (a fuzzer or a pasted file must not flood the terminal).
std::string quoted(const std::string& value);

constexpr std::size_t kMessageMax = 600;  // bytes of a message that quotes a file's content

// s cut to at most `bytes` bytes at a character boundary (never inside a UTF-8 sequence), with
// "…" when cut; newlines become spaces.
std::string oneLine(std::string s, std::size_t bytes);

// A long path shortened in the middle ("/very/long…/name.json"), so a message keeps its reason.
std::string shortPath(const std::string& path);

// A file's error for `flag`: what() starts with the path; the path is shortened, the rest kept
// on one line and cut to kMessageMax ("--config a.json: depth: …").
std::string fileMessage(const std::string& flag, const std::string& path, const std::string& what);

// "--depth 'abc': expected a whole number from 1 to 200"
std::string badValue(const std::string& flag, const std::string& value, const std::string& why);

// Whole numbers in [lo, hi]: digits with an optional leading '-', nothing else.
// Returns an empty string and sets out, or a message built with `allowed`.
std::string parseWhole(const std::string& flag, const std::string& value, long long lo,
                       long long hi, const std::string& allowed, long long& out);

// A finite decimal number ("0.1", "1e-3"); "nan", "inf", hex and trailing text are refused.
std::string parseFinite(const std::string& flag, const std::string& value,
                        const std::string& allowed, double& out);

// "" when `path` may be written as the output of `flag`, else one line: the flag, the path and
// why not (gs::outputPathProblem: a folder, a device node or FIFO, read-only, one of `inputs`).
std::string outputProblem(const std::string& flag, const std::string& path,
                          const std::vector<std::string>& inputs);

}  // namespace gs::cli
