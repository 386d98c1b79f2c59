// The one way core and the CLI write a file: complete or absent, never half-written.
//
// Policy (the window follows the same with QSaveFile): a unique temporary in the target's own
// folder (rename is atomic only within one file system), every write checked as it happens (a
// full disk or `ulimit -f` is noticed at once, not at the end of a long run), fsync, then rename
// over the target. Any failure, a destructor without commit(), or a stop signal (see
// removeLiveTemporaries) removes the temporary; the old file is untouched. A new file gets
// 0666 & ~umask, a replaced one keeps its mode. Targets that a rename would destroy (device
// nodes, FIFOs, sockets, folders) and read-only files are refused before anything is written.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "live_temporaries.h"  // removeLiveTemporaries: for a stop-signal watchdog

namespace gs {

// Why `path` must not be written as an output, or "" when it may: an existing non-regular file,
// a read-only file, a missing or unwritable folder. `inputs` are files this run reads (a config,
// a lesson): an output naming one of them (same inode, any spelling) is refused too.
std::string outputPathProblem(const std::string& path, const std::vector<std::string>& inputs = {});

class AtomicFile {
 public:
  static constexpr std::size_t kBufferBytes = 1 << 16;  // writes go out in blocks of 64 KiB

  // Creates the temporary. On failure isOpen() is false and error() says why.
  explicit AtomicFile(std::string path);
  ~AtomicFile();  // without a commit(), the temporary is removed
  AtomicFile(const AtomicFile&) = delete;
  AtomicFile& operator=(const AtomicFile&) = delete;

  bool isOpen() const { return fd_ >= 0; }
  bool failed() const { return !error_.empty(); }
  // "<path>: <reason>" after a failure, "" otherwise.
  const std::string& error() const { return error_; }
  const std::string& path() const { return path_; }

  // Appends bytes. Returns false (and error() is set, the temporary removed) when a write fails.
  bool write(const char* data, std::size_t size);
  bool write(const std::string& text) { return write(text.data(), text.size()); }
  // Writes the buffer, fsyncs and renames over the target. Returns "" or error().
  std::string commit();
  // Drops the temporary; the target is untouched.
  void discard();

 private:
  friend std::string commitAll(const std::vector<AtomicFile*>& files);
  bool flushBuffer();
  bool finishWriting();  // last block, fsync, close
  bool fail(const std::string& reason);

  std::string path_, tmp_, error_;
  int fd_ = -1;
  std::string buffer_;
};

// Renames each file's temporary over its target, all or none as seen by a stop signal (the
// renames happen under the lock removeLiveTemporaries takes). Returns "" or the first error;
// on an error the files not yet renamed are discarded.
std::string commitAll(const std::vector<AtomicFile*>& files);

// Writes text to path through an AtomicFile. Throws std::runtime_error (path and reason in the
// message); an existing file is untouched then.
void writeFileAtomically(const std::string& path, const std::string& text);

// The reason text of an errno value, plainer for the two a user can act on.
std::string writeErrorText(int error);

}  // namespace gs
