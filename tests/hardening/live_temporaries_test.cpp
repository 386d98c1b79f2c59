// The one registry of live temporaries (core/live_temporaries.h): a registered folder (a PNG
// sequence being written) is removed with everything in it, by its owner or by a stop-signal
// watchdog; a commit that refuses after a stop moves nothing once the stop check says so, and
// forgets only what is gone.
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "live_temporaries.h"
#include "temp_folder.h"

namespace gs {
namespace {

using testing::TempFolder;
using testing::writePlain;

bool makeFolderWithFrames(const std::string& path) {
  if (::mkdir(path.c_str(), 0755) != 0) return false;
  writePlain(path + "/frame-0000.png", "a");
  writePlain(path + "/frame-0001.png", "b");
  return true;
}

bool stopped() noexcept { return true; }
bool running() noexcept { return false; }

TEST(LiveTemporaries, RemoveTakesAFolderWithItsFiles) {
  TempFolder dir;
  ASSERT_TRUE(createTemporary(dir.file("x.tmp-1"),
                              [&] { return makeFolderWithFrames(dir.file("x.tmp-1")); }));
  removeTemporary(dir.file("x.tmp-1"));
  EXPECT_TRUE(dir.entries().empty());
}

TEST(LiveTemporaries, NothingIsMovedAfterAStop) {
  TempFolder dir;
  const std::string tmp = dir.file("out.tmp-2.gif");
  ASSERT_TRUE(createTemporary(tmp, [&] { return writePlain(tmp, "GIF89a"), true; }));
  bool moved = false;
  const auto move = [&]() -> std::string {
    moved = true;
    return ::rename(tmp.c_str(), dir.file("out.gif").c_str()) == 0 ? "" : "rename failed";
  };
  setCommitStopCheck(stopped);
  EXPECT_EQ(commitTemporaries({tmp}, move, true), kStoppedBeforeCommit);
  EXPECT_FALSE(moved);
  // A CSV of the steps done is still written after Ctrl-C: it does not ask.
  EXPECT_EQ(commitTemporaries({tmp}, move, false), "");
  EXPECT_TRUE(moved);
  EXPECT_EQ(dir.entries(), std::vector<std::string>{"out.gif"});
  setCommitStopCheck(running);
  moved = false;
  ASSERT_TRUE(createTemporary(tmp, [&] { return writePlain(tmp, "GIF89a"), true; }));
  EXPECT_EQ(commitTemporaries({tmp}, move, true), "");
  EXPECT_TRUE(moved);
  setCommitStopCheck(nullptr);
}

// The watchdog's call, in a child (it keeps the registry locked for good): the folder of a PNG
// sequence and a file both go; what was committed before stays.
TEST(LiveTemporaries, TheWatchdogRemovesFoldersAndFiles) {
  TempFolder dir;
  const pid_t pid = ::fork();
  ASSERT_GE(pid, 0);
  if (pid == 0) {
    const std::string kept = dir.file("kept.tmp-3");
    if (!createTemporary(kept, [&] { return writePlain(kept, "k"), true; })) ::_exit(2);
    const std::string moved = commitTemporaries(
        {kept}, [&] { return ::rename(kept.c_str(), dir.file("kept").c_str()) == 0 ? "" : "no"; },
        true);
    if (!moved.empty()) ::_exit(3);
    const std::string frames = dir.file("frames.tmp-3"), gif = dir.file("x.tmp-3.gif");
    if (!createTemporary(frames, [&] { return makeFolderWithFrames(frames); })) ::_exit(4);
    if (!createTemporary(gif, [&] { return writePlain(gif, "GIF"), true; })) ::_exit(5);
    removeLiveTemporaries();
    ::_exit(0);
  }
  int status = 0;
  ::waitpid(pid, &status, 0);
  ASSERT_TRUE(WIFEXITED(status)) << status;
  ASSERT_EQ(WEXITSTATUS(status), 0);
  EXPECT_EQ(dir.entries(), std::vector<std::string>{"kept"});
}

}  // namespace
}  // namespace gs
