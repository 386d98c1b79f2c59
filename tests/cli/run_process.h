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
