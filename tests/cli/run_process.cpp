#include "run_process.h"

#include <fcntl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <csignal>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace gs::test {

namespace fs = std::filesystem;

ProcessResult runCli(const std::vector<std::string>& args, const std::string& workDir,
                     const std::vector<std::string>& env) {
  const std::string outPath = workDir + "/.stdout", errPath = workDir + "/.stderr";
  std::vector<std::string> argv0 = {GRADSCOPE_CLI_EXE};
  argv0.insert(argv0.end(), args.begin(), args.end());
  std::vector<char*> argv;
  for (std::string& a : argv0) argv.push_back(a.data());
  argv.push_back(nullptr);
  const pid_t pid = ::fork();
  if (pid < 0) throw std::runtime_error("fork failed");
  if (pid == 0) {
    // Child: stdout/stderr to files (not a terminal, so progress comes as plain lines).
    const int out = ::open(outPath.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    const int err = ::open(errPath.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (out < 0 || err < 0 || ::chdir(workDir.c_str()) != 0) ::_exit(127);
    ::dup2(out, STDOUT_FILENO);
    ::dup2(err, STDERR_FILENO);
    for (const char* name : {"LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"}) ::unsetenv(name);
    for (const std::string& entry : env) {
      const auto eq = entry.find('=');
      ::setenv(entry.substr(0, eq).c_str(), entry.substr(eq + 1).c_str(), 1);
    }
    ::execv(argv[0], argv.data());
    ::_exit(127);
  }
  int status = 0;
  ::waitpid(pid, &status, 0);
  ProcessResult r;
  r.exitStatus = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  r.out = readFile(outPath);
  r.err = readFile(errPath);
  fs::remove(outPath);
  fs::remove(errPath);
  return r;
}

Child startCli(const std::vector<std::string>& args, const std::string& workDir,
               const ChildOptions& options) {
  const std::string outPath =
      options.stdoutPath.empty() ? workDir + "/.stdout" : options.stdoutPath;
  const std::string errPath = workDir + "/.stderr";
  std::vector<std::string> argv0 = {GRADSCOPE_CLI_EXE};
  argv0.insert(argv0.end(), args.begin(), args.end());
  std::vector<char*> argv;
  for (std::string& a : argv0) argv.push_back(a.data());
  argv.push_back(nullptr);
  const pid_t pid = ::fork();
  if (pid < 0) throw std::runtime_error("fork failed");
  if (pid == 0) {
    const int out = ::open(outPath.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    const int err = ::open(errPath.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (out < 0 || err < 0 || ::chdir(workDir.c_str()) != 0) ::_exit(127);
    ::dup2(out, STDOUT_FILENO);
    ::dup2(err, STDERR_FILENO);
    ::umask(static_cast<mode_t>(options.umask));
    if (options.fileSizeLimit >= 0) {
      const rlimit limit{static_cast<rlim_t>(options.fileSizeLimit),
                         static_cast<rlim_t>(options.fileSizeLimit)};
      ::setrlimit(RLIMIT_FSIZE, &limit);
    }
    ::signal(SIGXFSZ, SIG_DFL);  // as a shell leaves it: the program must ignore it itself
    ::execv(argv[0], argv.data());
    ::_exit(127);
  }
  return Child{pid, workDir};
}

Ended waitCli(const Child& child, int timeoutMs) {
  Ended e;
  const auto start = std::chrono::steady_clock::now();
  int status = 0;
  for (;;) {
    const pid_t done = ::waitpid(child.pid, &status, WNOHANG);
    e.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    if (done == child.pid) break;
    if (e.seconds * 1000 > timeoutMs) {
      e.timedOut = true;
      ::kill(child.pid, SIGKILL);
      ::waitpid(child.pid, &status, 0);
      break;
    }
    ::usleep(5000);
  }
  e.result.exitStatus = WIFEXITED(status)     ? WEXITSTATUS(status)
                        : WIFSIGNALED(status) ? 128 + WTERMSIG(status)
                                              : -1;
  const std::string outPath = child.workDir + "/.stdout", errPath = child.workDir + "/.stderr";
  e.result.out = readFile(outPath);
  e.result.err = readFile(errPath);
  fs::remove(outPath);
  fs::remove(errPath);
  return e;
}

ProcessResult runCliWith(const std::vector<std::string>& args, const std::string& workDir,
                         const ChildOptions& options) {
  return waitCli(startCli(args, workDir, options), 600000).result;
}

ScratchDir::ScratchDir(const std::string& name) {
  path_ = (fs::temp_directory_path() /
           ("gradscope-cli-test-" + name + "-" + std::to_string(::getpid())))
              .string();
  fs::remove_all(path_);
  fs::create_directories(path_);
}

ScratchDir::~ScratchDir() {
  std::error_code ec;
  fs::remove_all(path_, ec);
}

std::vector<std::string> ScratchDir::entries() const {
  std::vector<std::string> names;
  for (const auto& e : fs::directory_iterator(path_)) {
    const std::string n = e.path().filename().string();
    if (n != ".stdout" && n != ".stderr") names.push_back(n);
  }
  std::sort(names.begin(), names.end());
  return names;
}

std::string readFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream os;
  os << in.rdbuf();
  return os.str();
}

void writeFile(const std::string& path, const std::string& text) {
  std::ofstream(path, std::ios::binary) << text;
}

}  // namespace gs::test
