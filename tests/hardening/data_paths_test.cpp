// gs::findDataDir: $GRADSCOPE_DATA_DIR first, then <exe>/../share/gradscope, then the source tree.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>

#include "data_paths.h"
#include "lesson.h"
#include "temp_folder.h"

namespace gs {
namespace {

namespace fs = std::filesystem;
using testing::TempFolder;

TEST(DataPaths, EnvironmentWinsEvenWhenTheFolderIsMissing) {
  TempFolder prefix;
  fs::create_directories(prefix.file("share/gradscope"));
  DataDirInputs in{"/no/such/folder", prefix.file("bin/gradscope"), prefix.path()};
  EXPECT_EQ(findDataDir(in), "/no/such/folder");
}

TEST(DataPaths, InstalledCopyNextToTheExecutableBeatsTheSourceTree) {
  TempFolder prefix, source;
  fs::create_directories(prefix.file("share/gradscope/lessons"));
  DataDirInputs in{"", prefix.file("bin/gradscope-cli"), source.path()};
  EXPECT_EQ(findDataDir(in), prefix.file("share/gradscope"));
  EXPECT_EQ(dataDirCandidates(in),
            (std::vector<std::string>{prefix.file("share/gradscope"), source.path()}));
}

TEST(DataPaths, BuildTreeFallsBackToTheSourceTree) {
  TempFolder build, source;
  DataDirInputs in{"", build.file("app/gradscope"), source.path()};
  EXPECT_EQ(findDataDir(in), source.path());
}

TEST(DataPaths, NothingFoundIsEmpty) {
  DataDirInputs in{"", "/no/such/prefix/bin/gradscope", "/no/such/source"};
  EXPECT_EQ(findDataDir(in), "");
  EXPECT_EQ(findDataDir(DataDirInputs{}), "");
}

// From a build tree the data folder's translations/ holds only the .ts sources; the build's
// folder with the compiled .qm files must win, and an installed copy after that.
TEST(DataPaths, TranslationsComeFromTheFirstFolderWithCompiledFiles) {
  TempFolder source, build, installed;
  fs::create_directories(source.file("translations"));
  testing::writePlain(source.file("translations/gradscope_vi.ts"), "<TS/>");
  fs::create_directories(installed.file("translations"));
  testing::writePlain(installed.file("translations/gradscope_vi.qm"), "qm");
  const std::vector<std::string> candidates{source.file("translations"), build.path(),
                                            installed.file("translations")};
  EXPECT_EQ(pickTranslationsDir(candidates), installed.file("translations"));
  testing::writePlain(build.file("gradscope_vi.qm"), "qm");
  EXPECT_EQ(pickTranslationsDir(candidates), build.path());
  EXPECT_EQ(pickTranslationsDir({source.file("translations")}), source.file("translations"));
  EXPECT_EQ(pickTranslationsDir({}), "");
}

// This test binary runs from the build tree, so the shipped lessons come from resources/.
TEST(DataPaths, ThisProcessFindsTheShippedLessons) {
  ::unsetenv(kDataDirEnv);
  EXPECT_FALSE(dataDirInputs().executablePath.empty());
  const LessonSet set = loadLessonDirectory(lessonsDir());
  EXPECT_GE(set.lessons.size(), 1u) << lessonsDir();
  EXPECT_TRUE(set.errors.empty()) << set.errors.front();
}

}  // namespace
}  // namespace gs
