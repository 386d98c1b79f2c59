// Runs the built gradscope-cli as a child process and captures what it prints.
#pragma once

#include <string>
#include <vector>

namespace gs::test {

struct ProcessResult {
  int exitStatus = -1;  // -1 when it did not exit normally (a crash or a signal)
  std::string out, err;
};

// Runs GRADSCOPE_CLI_EXE with args; stdout and stderr go to files in workDir, then are read back.
// The language variables (LANGUAGE, LC_ALL, LC_MESSAGES, LANG) are cleared so every run speaks
// English unless env ("NAME=value" each) sets them.
ProcessResult runCli(const std::vector<std::string>& args, const std::string& workDir,
                     const std::vector<std::string>& env = {});

// A gradscope-cli started in the background, to be stopped with a signal mid-run.
struct ChildOptions {
  long fileSizeLimit = -1;  // RLIMIT_FSIZE in bytes (`ulimit -f`); -1 = none
  std::string stdoutPath;   // empty: workDir/.stdout; e.g. "/dev/full"
  int umask = 022;
};
struct Child {
  int pid = -1;
  std::string workDir;
};
Child startCli(const std::vector<std::string>& args, const std::string& workDir,
               const ChildOptions& options = {});
// Waits for the child; exitStatus is 128 + n when a signal n killed it. timedOut when it had not
// ended after timeoutMs (it is then killed with SIGKILL).
struct Ended {
  ProcessResult result;
  bool timedOut = false;
  double seconds = 0;  // from the call to the end
};
Ended waitCli(const Child& child, int timeoutMs);
// Runs to the end with options (a file-size limit, stdout to /dev/full).
ProcessResult runCliWith(const std::vector<std::string>& args, const std::string& workDir,
                         const ChildOptions& options);

// A fresh, empty folder for one test, removed by its destructor.
class ScratchDir {
 public:
  explicit ScratchDir(const std::string& name);
  ~ScratchDir();
  ScratchDir(const ScratchDir&) = delete;
  ScratchDir& operator=(const ScratchDir&) = delete;
  const std::string& path() const { return path_; }
  std::string file(const std::string& name) const { return path_ + "/" + name; }
  // Names of the entries in the folder (to check that nothing was left behind).
  std::vector<std::string> entries() const;

 private:
  std::string path_;
};

std::string readFile(const std::string& path);
void writeFile(const std::string& path, const std::string& text);

}  // namespace gs::test
