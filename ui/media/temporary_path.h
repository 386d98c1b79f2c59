// A temporary name next to a target ("out.tmp-<pid>-<n>.gif", the extension kept so libraries
// that look at it still see it), removed on destruction unless commit() renamed it into place.
// Registered with the process's live temporaries (core/live_temporaries.h): a stop-signal watchdog
// removes it, and no commit moves it into place once a stop was requested.
#pragma once

#include <functional>
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
  // Creates the temporary with create(path) (a file or a folder) and registers it; false when
  // create fails or the process is stopping.
  bool create(const std::function<bool(const std::string& path)>& create);
  // Renames the temporary (a file or a folder) to the target. Returns an empty string or why not.
  std::string commit();
  // Runs moveIntoPlace instead of the rename, with the same guarantees (a PNG folder's frames
  // moved into an existing folder).
  std::string commit(const std::function<std::string()>& moveIntoPlace);

 private:
  std::string target_, tmp_;
  bool committed_ = false;
};

}  // namespace gs::media
