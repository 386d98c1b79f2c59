#include "live_temporaries.h"

#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <mutex>

namespace gs {
namespace {

struct Registry {
  std::mutex lock;
  std::vector<std::string> paths;
  std::atomic<bool (*)() noexcept> stopped{nullptr};
};

Registry& registry() {
  static Registry* r = new Registry;  // never destroyed: a watchdog may use it during exit
  return *r;
}

void forgetLocked(const std::string& path) {
  auto& paths = registry().paths;
  paths.erase(std::remove(paths.begin(), paths.end(), path), paths.end());
}

bool exists(const std::string& path) {
  struct stat st {};
  return ::lstat(path.c_str(), &st) == 0;
}

void removeFromDisk(const std::string& path) {
  if (::unlink(path.c_str()) == 0) return;
  std::error_code ec;  // a folder (a PNG sequence): everything in it
  std::filesystem::remove_all(path, ec);
}

}  // namespace

const char* const kStoppedBeforeCommit = "stopped by a signal before the file was moved into place";

bool createTemporary(const std::string& path, const std::function<bool()>& create) {
  std::lock_guard<std::mutex> hold(registry().lock);
  if (!create()) return false;
  registry().paths.push_back(path);
  return true;
}

void removeTemporary(const std::string& path) {
  std::lock_guard<std::mutex> hold(registry().lock);
  removeFromDisk(path);
  forgetLocked(path);
}

std::string commitTemporaries(const std::vector<std::string>& paths,
                              const std::function<std::string()>& moveIntoPlace,
                              bool refuseAfterStop) {
  Registry& r = registry();
  std::lock_guard<std::mutex> hold(r.lock);
  bool (*stopped)() noexcept = r.stopped.load();
  if (refuseAfterStop && stopped && stopped()) return kStoppedBeforeCommit;
  std::string error = moveIntoPlace();
  for (const std::string& p : paths)
    if (!exists(p)) forgetLocked(p);
  return error;
}

void setCommitStopCheck(bool (*stopRequested)() noexcept) { registry().stopped = stopRequested; }

void removeLiveTemporaries() noexcept {
  Registry& r = registry();
  r.lock.lock();  // kept: no commit may rename after this
  try {
    for (const std::string& p : r.paths) removeFromDisk(p);
  } catch (...) {  // remove_all may allocate; the files removed so far stay removed
  }
  r.paths.clear();
}

}  // namespace gs
