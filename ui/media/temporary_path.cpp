#include "temporary_path.h"

#include <unistd.h>

#include <atomic>
#include <filesystem>

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
  if (committed_) return;
  std::error_code ec;
  fs::remove_all(tmp_, ec);
}

std::string TemporaryPath::commit() {
  std::error_code ec;
  fs::rename(tmp_, target_, ec);
  if (ec) return target_ + ": cannot move the finished file into place (" + ec.message() + ")";
  committed_ = true;
  return {};
}

}  // namespace gs::media
