// Output files that are either complete or absent: checked before training, written to a
// temporary in the same folder, renamed into place at the end.
#pragma once

#include <fstream>
#include <string>

namespace gs::cli {

// Checks, before any work, that `path` can be created: its folder exists and is writable and the
// path is not a folder. Returns an empty string or one line naming flag and path.
std::string checkOutputPath(const std::string& flag, const std::string& path);

// Streams into a unique "<path>.tmp-XXXXXX"; commit() renames it to path. Destroyed without
// commit(), the temporary is removed, so an existing file at path is never damaged.
class AtomicOutputFile {
 public:
  explicit AtomicOutputFile(std::string path);
  ~AtomicOutputFile();
  AtomicOutputFile(const AtomicOutputFile&) = delete;
  AtomicOutputFile& operator=(const AtomicOutputFile&) = delete;

  bool isOpen() const { return stream_.is_open(); }
  std::ostream& stream() { return stream_; }
  // Returns an empty string, or why the file could not be written.
  std::string commit();

 private:
  std::string path_, tmp_;
  std::ofstream stream_;
  bool committed_ = false;
};

}  // namespace gs::cli
