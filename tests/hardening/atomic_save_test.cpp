// gs::writeFileAtomically: whatever fails mid-save (no space, file too large, read-only folder,
// target is a folder, concurrent saves), the existing file is untouched and no temporary is left.
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/mount.h>
#include <sys/resource.h>
#include <sys/stat.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstring>
#include <stdexcept>
#include <thread>

#include "config_json.h"
#include "temp_folder.h"

namespace gs {
namespace {

using testing::readAll;
using testing::TempFolder;
using testing::writePlain;

const std::string kOld = "{\"depth\": 3}\n";

// Expects writeFileAtomically to throw a message that names the path, then the old content and
// no other file in the folder.
void expectFailureKeepsOld(const TempFolder& dir, const std::string& target,
                           const std::string& text) {
  try {
    writeFileAtomically(target, text);
    FAIL() << "the save succeeded";
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find(target), std::string::npos) << e.what();
  }
  EXPECT_EQ(readAll(target), kOld);
  EXPECT_EQ(dir.entries(), std::vector<std::string>{"config.json"});
}

TEST(AtomicSave, WritesANewFileAndLeavesNoTemporary) {
  TempFolder dir;
  writeFileAtomically(dir.file("config.json"), "abc");
  EXPECT_EQ(readAll(dir.file("config.json")), "abc");
  EXPECT_EQ(dir.entries(), std::vector<std::string>{"config.json"});
}

TEST(AtomicSave, ReplacesAnExistingFileAndKeepsItsPermissions) {
  TempFolder dir;
  const std::string target = dir.file("config.json");
  writePlain(target, kOld);
  ASSERT_EQ(::chmod(target.c_str(), 0600), 0);
  writeFileAtomically(target, "new");
  EXPECT_EQ(readAll(target), "new");
  struct stat st {};
  ASSERT_EQ(::stat(target.c_str(), &st), 0);
  EXPECT_EQ(st.st_mode & 0777, 0600u);
  EXPECT_EQ(dir.entries(), std::vector<std::string>{"config.json"});
}

TEST(AtomicSave, MissingFolderIsAMessageNotACrash) {
  TempFolder dir;
  EXPECT_THROW(writeFileAtomically(dir.file("no/such/folder/config.json"), "x"),
               std::runtime_error);
  EXPECT_TRUE(dir.entries().empty());
}

TEST(AtomicSave, TargetIsAFolderKeepsTheFolder) {
  TempFolder dir;
  const std::string target = dir.file("config.json");
  std::filesystem::create_directory(target);
  writePlain(target + "/inside", kOld);
  EXPECT_THROW(writeFileAtomically(target, "x"), std::runtime_error);
  EXPECT_EQ(readAll(target + "/inside"), kOld);
  EXPECT_EQ(dir.entries(), std::vector<std::string>{"config.json"});
}

// RLIMIT_FSIZE makes write() fail with EFBIG part-way through, like a quota.
TEST(AtomicSave, FileSizeLimitMidWriteKeepsTheOldFile) {
  TempFolder dir;
  const std::string target = dir.file("config.json");
  writePlain(target, kOld);
  rlimit old{};
  ASSERT_EQ(getrlimit(RLIMIT_FSIZE, &old), 0);
  rlimit small = old;
  small.rlim_cur = 4096;
  auto* previous = ::signal(SIGXFSZ, SIG_IGN);  // else the kernel kills the process
  ASSERT_EQ(setrlimit(RLIMIT_FSIZE, &small), 0);
  expectFailureKeepsOld(dir, target, std::string(100000, 'x'));
  setrlimit(RLIMIT_FSIZE, &old);
  ::signal(SIGXFSZ, previous);
}

// A 64 KiB tmpfs fills up mid-write (ENOSPC); remounted read-only, the temporary cannot even be
// created (EROFS). Needs CAP_SYS_ADMIN (root outside a locked-down container); skipped otherwise.
class SmallFileSystem : public ::testing::Test {
 protected:
  void SetUp() override {
    if (::mount("tmpfs", dir_.path().c_str(), "tmpfs", 0, "size=64k") != 0)
      GTEST_SKIP() << "cannot mount a tmpfs here (" << std::strerror(errno) << ")";
    mounted_ = true;
  }
  void TearDown() override {
    if (mounted_) ::umount(dir_.path().c_str());
  }
  TempFolder dir_;
  bool mounted_ = false;
};

TEST_F(SmallFileSystem, DiskFullMidWriteKeepsTheOldFile) {
  const std::string target = dir_.file("config.json");
  writePlain(target, kOld);
  expectFailureKeepsOld(dir_, target, std::string(1 << 20, 'x'));
}

TEST_F(SmallFileSystem, ReadOnlyFolderKeepsTheOldFile) {
  const std::string target = dir_.file("config.json");
  writePlain(target, kOld);
  ASSERT_EQ(::mount("tmpfs", dir_.path().c_str(), "tmpfs", MS_REMOUNT | MS_RDONLY, "size=64k"), 0)
      << std::strerror(errno);
  expectFailureKeepsOld(dir_, target, "new");
}

// Saves of the same path from several threads while another thread keeps reading it: every read
// sees exactly one of the texts (never an empty, cut or mixed file), and no temporary is left.
TEST(AtomicSave, ConcurrentSavesNeverShowAReaderAMixOrACut) {
  TempFolder dir;
  const std::string target = dir.file("config.json");
  const int kThreads = 4, kRounds = 40;
  std::vector<std::string> texts;
  for (int t = 0; t < kThreads; ++t) texts.push_back(std::string(1 << 18, char('a' + t)));
  writeFileAtomically(target, texts[0]);
  std::atomic<bool> done{false};
  std::atomic<int> bad{0};
  std::thread reader([&] {
    while (!done) {
      const std::string now = readAll(target);
      if (std::find(texts.begin(), texts.end(), now) == texts.end()) ++bad;
    }
  });
  for (int round = 0; round < kRounds; ++round) {
    std::vector<std::thread> writers;
    for (int t = 0; t < kThreads; ++t)
      writers.emplace_back([&, t] {
        try {
          writeFileAtomically(target, texts[t]);
        } catch (const std::runtime_error&) {
          // A failed save is allowed; a damaged file is not.
        }
      });
    for (auto& w : writers) w.join();
  }
  done = true;
  reader.join();
  EXPECT_EQ(bad, 0) << "reads that saw an empty, cut or mixed file";
  EXPECT_EQ(dir.entries(), std::vector<std::string>{"config.json"});
}

}  // namespace
}  // namespace gs
