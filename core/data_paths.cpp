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

bool holdsCompiledTranslations(const std::string& dir) {
  if (!isDir(dir)) return false;
  std::error_code ec;
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec))
    if (it->path().extension() == ".qm") return true;
  return false;
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

std::string pickTranslationsDir(const std::vector<std::string>& candidates) {
  for (const std::string& c : candidates)
    if (holdsCompiledTranslations(c)) return c;
  return candidates.empty() ? std::string() : candidates.front();
}

// From a build tree dataDir() is the source resources/, whose translations/ holds only the .ts
// sources: the .qm files the build compiled are in the build tree.
std::string translationsDir() {
  const DataDirInputs in = dataDirInputs();
  const std::string d = findDataDir(in);
  std::vector<std::string> candidates{d.empty() ? d : (fs::path(d) / "translations").string(),
                                      GRADSCOPE_BUILD_TRANSLATIONS_DIR};
  if (!in.executablePath.empty())
    candidates.push_back(
        (fs::path(in.executablePath).parent_path().parent_path() / "share/gradscope/translations")
            .lexically_normal()
            .string());
  return pickTranslationsDir(candidates);
}

}  // namespace gs
