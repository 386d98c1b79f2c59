#include "output_file.h"

#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>

#include "cli_values.h"

namespace gs::cli {

namespace fs = std::filesystem;

std::string checkOutputPath(const std::string& flag, const std::string& path) {
  std::error_code ec;
  if (fs::is_directory(path, ec))
    return flag + " " + quoted(path) + ": is a folder; allowed: a file path";
  fs::path folder = fs::path(path).parent_path();
  if (folder.empty()) folder = ".";
  if (!fs::is_directory(folder, ec))
    return flag + " " + quoted(path) + ": the folder " + quoted(folder.string()) +
           " does not exist; allowed: a path in an existing, writable folder";
  if (::access(folder.c_str(), W_OK) != 0)
    return flag + " " + quoted(path) + ": the folder " + quoted(folder.string()) +
           " is not writable (" + std::strerror(errno) + ")";
  return {};
}

AtomicOutputFile::AtomicOutputFile(std::string path) : path_(std::move(path)) {
  // A unique temporary (mkstemp), so two runs writing the same path never share one.
  std::string name = path_ + ".tmp-XXXXXX";
  const int fd = ::mkstemp(name.data());
  if (fd < 0) return;  // commit() reports it
  ::close(fd);
  tmp_ = name;
  stream_.open(tmp_, std::ios::binary | std::ios::trunc);
}

AtomicOutputFile::~AtomicOutputFile() {
  if (committed_ || tmp_.empty()) return;
  stream_.close();
  std::error_code ec;
  fs::remove(tmp_, ec);
}

std::string AtomicOutputFile::commit() {
  if (!stream_.is_open())
    return path_ + ": cannot create a temporary file next to it (" + std::strerror(errno) + ")";
  stream_.flush();
  const bool written = static_cast<bool>(stream_);
  stream_.close();
  if (!written || stream_.fail()) return path_ + ": write failed (disk full?)";
  std::error_code ec;
  fs::rename(tmp_, path_, ec);
  if (ec) return path_ + ": cannot replace the file (" + ec.message() + ")";
  committed_ = true;
  return {};
}

}  // namespace gs::cli
