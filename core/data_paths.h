// Where GradScope's read-only data (lessons, translations) lives, so that both programs find it
// when installed (/usr/bin/gradscope → /usr/share/gradscope) and when run from the build tree.
#pragma once

#include <string>
#include <vector>

namespace gs {

// The name of the environment variable that overrides the data folder.
constexpr const char* kDataDirEnv = "GRADSCOPE_DATA_DIR";

// What the search looks at; filled from the process by dataDirInputs(), or by a test.
struct DataDirInputs {
  std::string envValue;        // $GRADSCOPE_DATA_DIR, empty when unset
  std::string executablePath;  // /proc/self/exe resolved, empty when unknown
  std::string sourceDataDir;   // the source tree's resources/, baked in at build time
};

// The candidates, in the order they are tried:
//   1. $GRADSCOPE_DATA_DIR when set (even when it does not exist: the user asked for it),
//   2. <folder of the executable>/../share/gradscope (an installed copy, in any prefix),
//   3. the source tree's resources/ folder (running from a build tree).
std::vector<std::string> dataDirCandidates(const DataDirInputs& in);
// The first candidate that is a folder; with $GRADSCOPE_DATA_DIR set, always that value.
// Empty when none exists.
std::string findDataDir(const DataDirInputs& in);

DataDirInputs dataDirInputs();  // from this process
std::string dataDir();          // findDataDir(dataDirInputs())
std::string lessonsDir();       // dataDir()/lessons
// The first candidate folder that holds a compiled translation (*.qm); the first candidate when
// none does, empty when there are none.
std::string pickTranslationsDir(const std::vector<std::string>& candidates);
// pickTranslationsDir of: dataDir()/translations, the build tree's translations/ folder (where
// the .qm files are generated before they are installed), <exe>/../share/gradscope/translations.
std::string translationsDir();

}  // namespace gs
