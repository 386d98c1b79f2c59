#include "atomic_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <climits>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <stdexcept>

namespace gs {
namespace {

const char* kindOf(mode_t mode) {
  if (S_ISCHR(mode)) return "a character device";
  if (S_ISBLK(mode)) return "a block device";
  if (S_ISFIFO(mode)) return "a FIFO (named pipe)";
  if (S_ISSOCK(mode)) return "a socket";
  return "not a regular file";
}

// The real file behind a symbolic link, so that the temporary goes next to it and the rename
// replaces the file, not the link.
std::string resolved(const std::string& path) {
  struct stat st {};
  if (::lstat(path.c_str(), &st) != 0 || !S_ISLNK(st.st_mode)) return path;
  char real[PATH_MAX];
  return ::realpath(path.c_str(), real) ? std::string(real) : path;
}

std::string folderOf(const std::string& path) {
  const std::string folder = std::filesystem::path(path).parent_path().string();
  return folder.empty() ? "." : folder;
}

bool readOnly(const struct stat& st, const std::string& path) {
  // root may write anything; a file without any write bit is still meant to stay as it is.
  if (::geteuid() == 0) return (st.st_mode & 0222) == 0;
  return ::access(path.c_str(), W_OK) != 0;
}

}  // namespace

std::string writeErrorText(int error) {
  if (error == EFBIG)
    return "the file size limit (ulimit -f) was reached: " + std::string(std::strerror(error));
  if (error == ENOSPC) return "no space left on the device";
  if (error == EDQUOT) return "the disk quota is exceeded";
  return std::strerror(error);
}

std::string outputPathProblem(const std::string& path, const std::vector<std::string>& inputs) {
  if (path.empty()) return "an empty path; allowed: a file path";
  struct stat st {};
  if (::stat(path.c_str(), &st) == 0) {
    if (S_ISDIR(st.st_mode)) return "is a folder; allowed: a file path";
    if (!S_ISREG(st.st_mode))
      return std::string("is ") + kindOf(st.st_mode) +
             ", which would be replaced by a file; allowed: a regular file or a new path";
    if (readOnly(st, path))
      return "is read-only; allowed: a writable file (chmod u+w) or a new path";
    for (const std::string& in : inputs) {
      struct stat ist {};
      if (!in.empty() && ::stat(in.c_str(), &ist) == 0 && ist.st_dev == st.st_dev &&
          ist.st_ino == st.st_ino)
        return "is the input file '" + in + "' of this run; allowed: a different path";
    }
  }
  const std::string folder = folderOf(resolved(path));
  std::error_code ec;
  if (!std::filesystem::is_directory(folder, ec))
    return "the folder '" + folder +
           "' does not exist; allowed: a path in an existing, writable folder";
  if (::access(folder.c_str(), W_OK | X_OK) != 0)
    return "the folder '" + folder + "' is not writable (" + std::strerror(errno) + ")";
  return {};
}

AtomicFile::AtomicFile(std::string path) : path_(std::move(path)) {
  const std::string target = resolved(path_);
  static std::atomic<unsigned long> counter{0};
  int openError = 0;
  for (int attempt = 0; fd_ < 0 && attempt < 100; ++attempt) {
    tmp_ = target + ".tmp-" + std::to_string(::getpid()) + "-" + std::to_string(counter++);
    createTemporary(tmp_, [&] {
      // 0666 and the umask for a new file, as any program creating it would.
      fd_ = ::open(tmp_.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
      openError = fd_ < 0 ? errno : 0;
      return fd_ >= 0;
    });
    if (fd_ < 0 && openError != EEXIST) break;
  }
  if (fd_ < 0) {
    error_ = path_ + ": cannot create a temporary file next to it (" +
             std::strerror(openError != 0 ? openError : EINTR) + ")";
    tmp_.clear();
    return;
  }
  struct stat old {};
  if (::stat(target.c_str(), &old) == 0 && S_ISREG(old.st_mode))
    ::fchmod(fd_, old.st_mode & 07777);  // keep the permissions of the file being replaced
  buffer_.reserve(kBufferBytes);
}

AtomicFile::~AtomicFile() { discard(); }

void AtomicFile::discard() {
  if (fd_ >= 0) ::close(fd_);
  fd_ = -1;
  if (tmp_.empty()) return;
  removeTemporary(tmp_);
  tmp_.clear();
}

bool AtomicFile::fail(const std::string& reason) {
  if (error_.empty()) error_ = path_ + ": cannot write (" + reason + "); the old file is unchanged";
  discard();
  return false;
}

bool AtomicFile::flushBuffer() {
  const char* p = buffer_.data();
  std::size_t left = buffer_.size();
  while (left > 0) {
    const ssize_t n = ::write(fd_, p, left);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return fail(writeErrorText(n < 0 ? errno : ENOSPC));
    p += n;
    left -= static_cast<std::size_t>(n);
  }
  buffer_.clear();
  return true;
}

bool AtomicFile::write(const char* data, std::size_t size) {
  if (fd_ < 0) return false;
  while (size > 0) {
    const std::size_t room = kBufferBytes - buffer_.size();
    const std::size_t n = std::min(room, size);
    buffer_.append(data, n);
    data += n;
    size -= n;
    if (buffer_.size() >= kBufferBytes && !flushBuffer()) return false;
  }
  return true;
}

std::string AtomicFile::commit() {
  if (fd_ < 0) return error_.empty() ? path_ + ": already written or discarded" : error_;
  return commitAll({this});
}

bool AtomicFile::finishWriting() {
  if (fd_ < 0) return !tmp_.empty();
  if (!flushBuffer()) return false;
  if (::fsync(fd_) != 0) return fail(writeErrorText(errno));
  const int closed = ::close(fd_);
  fd_ = -1;
  return closed == 0 || fail(writeErrorText(errno));
}

std::string commitAll(const std::vector<AtomicFile*>& files) {
  std::string error;
  // The slow part (the last block, fsync) before the lock, so a stop signal is never kept waiting.
  for (AtomicFile* f : files)
    if (error.empty() && !f->finishWriting())
      error = f->error().empty() ? f->path_ + ": not written" : f->error();
  std::vector<std::string> temporaries;
  for (AtomicFile* f : files) temporaries.push_back(f->tmp_);
  if (error.empty())
    error = commitTemporaries(
        temporaries,
        [&files]() -> std::string {
          for (AtomicFile* f : files) {
            if (::rename(f->tmp_.c_str(), resolved(f->path_).c_str()) != 0)
              return f->path_ + ": cannot replace the file (" + std::strerror(errno) + ")";
            f->tmp_.clear();
          }
          return {};
        },
        /*refuseAfterStop=*/false);
  if (!error.empty())
    for (AtomicFile* f : files) f->discard();
  return error;
}

void writeFileAtomically(const std::string& path, const std::string& text) {
  const std::string problem = outputPathProblem(path);
  if (!problem.empty()) throw std::runtime_error(path + ": " + problem);
  AtomicFile file(path);
  if (!file.isOpen()) throw std::runtime_error(file.error());
  file.write(text);
  const std::string error = file.commit();
  if (!error.empty()) throw std::runtime_error(error);
}

}  // namespace gs
