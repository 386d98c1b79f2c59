// gradscope-cli: GradScope without a window. All the work is in gradscope_cli_lib.
#include <unistd.h>

#include <cerrno>
#include <iostream>
#include <streambuf>
#include <string>
#include <vector>

#include "atomic_file.h"
#include "run_cli.h"
#include "stop_signals.h"

namespace {

// Standard output that remembers why its first write failed (`train >/dev/full`), so that the
// message can say so.
class StdoutBuffer : public std::streambuf {
 public:
  StdoutBuffer() { setp(buffer_, buffer_ + sizeof buffer_); }
  ~StdoutBuffer() override { sync(); }
  int error() const { return error_; }

 protected:
  int overflow(int c) override {
    if (sync() != 0) return traits_type::eof();
    if (c != traits_type::eof()) sputc(static_cast<char>(c));
    return traits_type::not_eof(c);
  }
  int sync() override {
    for (const char* p = pbase(); p < pptr() && error_ == 0;) {
      const ssize_t n = ::write(STDOUT_FILENO, p, static_cast<std::size_t>(pptr() - p));
      if (n < 0 && errno == EINTR) continue;
      if (n <= 0) error_ = n < 0 ? errno : EIO;
      if (n > 0) p += n;
    }
    setp(buffer_, buffer_ + sizeof buffer_);
    return error_ == 0 ? 0 : -1;
  }

 private:
  char buffer_[1 << 14];
  int error_ = 0;
};

}  // namespace

int main(int argc, char** argv) {
  // SIGINT, SIGTERM and SIGHUP stop any phase within about a second, leaving no temporary.
  gs::cli::installStopSignals();
  const std::vector<std::string> args(argv + 1, argv + argc);
  StdoutBuffer buffer;
  std::ostream out(&buffer);
  gs::cli::Console console{out, std::cerr, ::isatty(STDERR_FILENO) == 1};
  const int status = gs::cli::runCli(args, console);
  out.flush();
  if (buffer.error() == 0) return status;
  // `train >/dev/full`: the table never arrived, so say so instead of exiting quietly.
  std::cerr << "gradscope-cli: cannot write to standard output ("
            << gs::writeErrorText(buffer.error()) << ")\n";
  return status != 0 ? status : gs::cli::kExitUsage;
}
