#include "temporary_path.h"

#include <unistd.h>

#include <atomic>
#include <filesystem>

#include "live_temporaries.h"

namespace gs::media {

namespace fs = std::filesystem;

namespace {

std::string withoutTrailingSlash(std::string path) {
  while (path.size() > 1 && path.back() == '/') path.pop_back();
  return path;
}

}  // namespace

TemporaryPath::TemporaryPath(std::string target)
    : target_(withoutTrailingSlash(std::move(target))) {
  static std::atomic<int> counter{0};
  const fs::path p(target_);
  const std::string ext = p.extension().string();
  const std::string stem = target_.substr(0, target_.size() - ext.size());
  tmp_ = stem + ".tmp-" + std::to_string(::getpid()) + "-" + std::to_string(counter++) + ext;
}

TemporaryPath::~TemporaryPath() {
  if (!committed_) removeTemporary(tmp_);
}

bool TemporaryPath::create(const std::function<bool(const std::string& path)>& create) {
  return createTemporary(tmp_, [&] { return create(tmp_); });
}

std::string TemporaryPath::commit() {
  return commit([this]() -> std::string {
    std::error_code ec;
    fs::rename(tmp_, target_, ec);
    if (ec) return target_ + ": cannot move the finished file into place (" + ec.message() + ")";
    return {};
  });
}

std::string TemporaryPath::commit(const std::function<std::string()>& moveIntoPlace) {
  const std::string error = commitTemporaries({tmp_}, moveIntoPlace, /*refuseAfterStop=*/true);
  if (error == kStoppedBeforeCommit) return target_ + ": not written, " + error;
  committed_ = error.empty() && !fs::exists(tmp_);  // a folder emptied into the target stays
  return error;
}

}  // namespace gs::media
