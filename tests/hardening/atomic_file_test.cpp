// gs::AtomicFile, the one write policy of core and the CLI: targets a rename would destroy are
// refused, modes follow the umask or the replaced file, each write is checked as it happens, and a
// stop-signal watchdog's removeLiveTemporaries leaves no temporary behind.
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "atomic_file.h"
#include "temp_folder.h"

namespace gs {
namespace {

using testing::readAll;
using testing::TempFolder;
using testing::writePlain;

bool has(const std::string& s, const std::string& part) {
  return s.find(part) != std::string::npos;
}

TEST(AtomicFile, NewFilesFollowTheUmask) {
  TempFolder dir;
  const mode_t old = ::umask(027);
  writeFileAtomically(dir.file("a.csv"), "x");
  ::umask(old);
  struct stat st {};
  ASSERT_EQ(::stat(dir.file("a.csv").c_str(), &st), 0);
  EXPECT_EQ(st.st_mode & 0777, 0640u);  // 0666 & ~027, not mkstemp's 0600
}

TEST(AtomicFile, ReplacedFilesKeepTheirMode) {
  TempFolder dir;
  writePlain(dir.file("a.csv"), "old");
  ::chmod(dir.file("a.csv").c_str(), 0604);
  writeFileAtomically(dir.file("a.csv"), "new");
  struct stat st {};
  ASSERT_EQ(::stat(dir.file("a.csv").c_str(), &st), 0);
  EXPECT_EQ(st.st_mode & 0777, 0604u);
  EXPECT_EQ(readAll(dir.file("a.csv")), "new");
}

TEST(AtomicFile, NonRegularTargetsAreRefusedAndKept) {
  TempFolder dir;
  ASSERT_EQ(::mkfifo(dir.file("fifo").c_str(), 0644), 0);
  EXPECT_TRUE(has(outputPathProblem(dir.file("fifo")), "FIFO"));
  EXPECT_THROW(writeFileAtomically(dir.file("fifo"), "x"), std::runtime_error);
  struct stat st {};
  ASSERT_EQ(::stat(dir.file("fifo").c_str(), &st), 0);
  EXPECT_TRUE(S_ISFIFO(st.st_mode));
  EXPECT_TRUE(has(outputPathProblem("/dev/null"), "character device"));
  EXPECT_EQ(dir.entries(), std::vector<std::string>{"fifo"});
}

TEST(AtomicFile, ReadOnlyTargetsAreRefused) {
  TempFolder dir;
  writePlain(dir.file("ro"), "keep");
  ::chmod(dir.file("ro").c_str(), 0444);
  EXPECT_TRUE(has(outputPathProblem(dir.file("ro")), "read-only"));
  EXPECT_THROW(writeFileAtomically(dir.file("ro"), "x"), std::runtime_error);
  EXPECT_EQ(readAll(dir.file("ro")), "keep");
}

TEST(AtomicFile, AnInputUnderAnotherSpellingIsRefused) {
  TempFolder dir;
  writePlain(dir.file("in.json"), "{}");
  std::filesystem::create_directory(dir.file("sub"));
  const std::string other = dir.file("sub/../in.json");
  EXPECT_TRUE(has(outputPathProblem(other, {dir.file("in.json")}), "input file"));
  ::symlink(dir.file("in.json").c_str(), dir.file("link.json").c_str());
  EXPECT_TRUE(has(outputPathProblem(dir.file("link.json"), {dir.file("in.json")}), "input file"));
  EXPECT_EQ(outputPathProblem(dir.file("out.json"), {dir.file("in.json")}), "");
}

TEST(AtomicFile, ASymlinkStaysALinkToTheNewFile) {
  TempFolder dir;
  writePlain(dir.file("real.csv"), "old");
  ::symlink("real.csv", dir.file("link.csv").c_str());
  writeFileAtomically(dir.file("link.csv"), "new");
  struct stat st {};
  ASSERT_EQ(::lstat(dir.file("link.csv").c_str(), &st), 0);
  EXPECT_TRUE(S_ISLNK(st.st_mode));
  EXPECT_EQ(readAll(dir.file("real.csv")), "new");
}

// `ulimit -f`: the failing write itself reports it, long before the end, naming the limit.
TEST(AtomicFile, AFileSizeLimitFailsTheWriteThatCrossesIt) {
  TempFolder dir;
  const pid_t pid = ::fork();
  ASSERT_GE(pid, 0);
  if (pid == 0) {
    ::signal(SIGXFSZ, SIG_IGN);
    const rlimit limit{100000, 100000};
    ::setrlimit(RLIMIT_FSIZE, &limit);
    AtomicFile file(dir.file("big"));
    const std::string block(AtomicFile::kBufferBytes, 'x');
    int writes = 0;
    while (file.write(block) && writes < 100) ++writes;
    const bool ok = writes == 1 && has(file.error(), "file size limit");
    ::_exit(ok ? 0 : 1);
  }
  int status = 0;
  ::waitpid(pid, &status, 0);
  EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0);
  EXPECT_TRUE(dir.entries().empty());
}

// What the CLI's watchdog does before _exit: every open temporary goes, committed files stay.
TEST(AtomicFile, RemoveLiveTemporariesLeavesOnlyCommittedFiles) {
  TempFolder dir;
  const pid_t pid = ::fork();
  ASSERT_GE(pid, 0);
  if (pid == 0) {  // in a child: the registry stays locked afterwards
    AtomicFile done(dir.file("done"));
    done.write("1");
    if (!done.commit().empty()) ::_exit(2);
    AtomicFile open1(dir.file("a")), open2(dir.file("b"));
    open1.write("x");
    removeLiveTemporaries();
    ::_exit(0);
  }
  int status = 0;
  ::waitpid(pid, &status, 0);
  ASSERT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0);
  EXPECT_EQ(dir.entries(), std::vector<std::string>{"done"});
}

TEST(AtomicFile, CommitAllRenamesEveryFile) {
  TempFolder dir;
  AtomicFile a(dir.file("a")), b(dir.file("b"));
  a.write("A");
  b.write("B");
  EXPECT_EQ(commitAll({&a, &b}), "");
  EXPECT_EQ(readAll(dir.file("a")), "A");
  EXPECT_EQ(readAll(dir.file("b")), "B");
  EXPECT_EQ(dir.entries(), (std::vector<std::string>{"a", "b"}));
}

TEST(AtomicFile, WriteErrorsNameTheLimit) {
  EXPECT_TRUE(has(writeErrorText(EFBIG), "file size limit"));
  EXPECT_TRUE(has(writeErrorText(ENOSPC), "no space left"));
}

}  // namespace
}  // namespace gs
