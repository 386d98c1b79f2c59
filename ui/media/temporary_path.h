// A temporary name next to a target ("out.tmp-<pid>-<n>.gif", the extension kept so libraries
// that look at it still see it), removed on destruction unless commit() renamed it into place.
#pragma once

#include <string>

namespace gs::media {

class TemporaryPath {
 public:
  explicit TemporaryPath(std::string target);
  ~TemporaryPath();
  TemporaryPath(const TemporaryPath&) = delete;
  TemporaryPath& operator=(const TemporaryPath&) = delete;

  const std::string& path() const { return tmp_; }
  const std::string& target() const { return target_; }
  // Renames the temporary (a file or a folder) to the target. Returns an empty string or why not.
  std::string commit();

 private:
  std::string target_, tmp_;
  bool committed_ = false;
};

}  // namespace gs::media
