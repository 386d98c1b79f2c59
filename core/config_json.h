// Reading and writing a Config as JSON, with messages that name the bad field.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "atomic_file.h"
#include "config.h"

namespace gs {

constexpr const char* kConfigFormat = "gradscope-config/1";
// 8 MiB: a config with 100,000 embedded points ("data") of ~50 bytes each fits; without points a
// config is under 2 KB.
constexpr std::size_t kConfigFileMaxBytes = 8u << 20;
// Lists and objects nested deeper than this are refused before parsing (configs and lessons use 2).
constexpr std::size_t kJsonNestingMax = 32;

// "data" is written as data_json.h's pointsToJson(…, baseDir): a CSV path relative to baseDir
// ("" = absolute), or the points.
nlohmann::json configToJson(const Config& config, const std::string& baseDir = "");
// The text of a config file in folder baseDir: configToJson indented, the points one to a line.
std::string configFileText(const Config& config, const std::string& baseDir = "");

// A value as an error message shows it: scalars as JSON cut to ~80 bytes, lists and objects by
// their size. Never dumps a list or object (json::dump recurses once per nesting level).
std::string jsonForMessage(const nlohmann::json& value);

// Fields absent from the JSON keep their defaults. An unknown field, a wrong type or an
// out-of-range value throws ConfigError naming the field. extraKeys are accepted and ignored
// (a lesson file adds "title", "text", …). A "data" CSV path is relative to baseDir ("" = the
// current folder); "classes" defaults to the data's K.
Config configFromJson(const nlohmann::json& j, const std::vector<std::string>& extraKeys = {},
                      const std::string& baseDir = "");

// The whole file, refused (ConfigError with the path) when it is not a regular file (a FIFO never
// blocks the caller: it is opened without waiting) or is larger than maxBytes. `kind` names what
// is allowed instead ("a JSON file", "a CSV file").
std::string readSmallRegularFile(const std::string& path, std::size_t maxBytes,
                                 const std::string& kind = "a JSON file");

// json::parse that also refuses a key given twice in one object (ConfigError naming the key);
// syntax errors throw nlohmann::json::parse_error as json::parse does.
nlohmann::json parseStrictJson(const std::string& text);

// Reads a file (refused before reading when larger than maxBytes or not a regular file: a FIFO
// would block), parses it strictly (no NUL byte, nothing after the value, no duplicate key) and
// validates it.
// Throws ConfigError with the path in the message.
nlohmann::json readJsonFile(const std::string& path, std::size_t maxBytes = kConfigFileMaxBytes);
// extraKeys as in configFromJson (a lesson's keys, to read a lesson file as a config).
Config loadConfigFile(const std::string& path, const std::vector<std::string>& extraKeys = {});

// configFileText written with writeFileAtomically (atomic_file.h); throws std::runtime_error
// naming path and reason.
void saveConfigFile(const std::string& path, const Config& config);

}  // namespace gs
