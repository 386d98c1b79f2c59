#include "data_paths.h"

#include <cstdlib>
#include <filesystem>
#include <system_error>

// Baked in by core/CMakeLists.txt; empty when built some other way.
#ifndef GRADSCOPE_SOURCE_DATA_DIR
#define GRADSCOPE_SOURCE_DATA_DIR ""
#endif
#ifndef GRADSCOPE_BUILD_TRANSLATIONS_DIR
#define GRADSCOPE_BUILD_TRANSLATIONS_DIR ""
#endif

namespace gs {
namespace fs = std::filesystem;

namespace {

bool isDir(const std::string& p) {
  std::error_code ec;
  return !p.empty() && fs::is_directory(p, ec);
}

}  // namespace

std::vector<std::string> dataDirCandidates(const DataDirInputs& in) {
  std::vector<std::string> out;
  if (!in.envValue.empty()) out.push_back(in.envValue);
  if (!in.executablePath.empty()) {
    // <prefix>/bin/gradscope → <prefix>/share/gradscope
    const fs::path bin = fs::path(in.executablePath).parent_path();
    out.push_back((bin.parent_path() / "share" / "gradscope").lexically_normal().string());
  }
  if (!in.sourceDataDir.empty()) out.push_back(in.sourceDataDir);
  return out;
}

std::string findDataDir(const DataDirInputs& in) {
  if (!in.envValue.empty()) return in.envValue;
  for (const std::string& c : dataDirCandidates(in))
    if (isDir(c)) return c;
  return {};
}

DataDirInputs dataDirInputs() {
  DataDirInputs in;
  if (const char* env = std::getenv(kDataDirEnv)) in.envValue = env;
  std::error_code ec;
  const fs::path exe = fs::read_symlink("/proc/self/exe", ec);  // Linux; empty elsewhere
  if (!ec) in.executablePath = exe.string();
  in.sourceDataDir = GRADSCOPE_SOURCE_DATA_DIR;
  return in;
}

std::string dataDir() { return findDataDir(dataDirInputs()); }

std::string lessonsDir() {
  const std::string d = dataDir();
  return d.empty() ? d : (fs::path(d) / "lessons").string();
}

std::string translationsDir() {
  const std::string d = dataDir();
  const std::string installed = d.empty() ? d : (fs::path(d) / "translations").string();
  if (isDir(installed) || !isDir(GRADSCOPE_BUILD_TRANSLATIONS_DIR)) return installed;
  return GRADSCOPE_BUILD_TRANSLATIONS_DIR;
}

}  // namespace gs
