// `render --animate` stopped by SIGINT/SIGTERM/SIGHUP while it encodes: the run ends within about
// a second with 128 + the signal and leaves neither the animation nor a temporary. The video
// encoders' last flush cannot be cut, so this relies on their temporaries being registered with
// the stop watchdog: an MP4 stopped in its flush used to exit 143 and leave "x.tmp-….mp4" behind,
// or exit 0 with the file written. A PNG folder that exists keeps exactly what it held.
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <csignal>
#include <filesystem>
#include <functional>

#include "run_process.h"

namespace gs::test {
namespace {

bool contains(const std::string& s, const std::string& part) {
  return s.find(part) != std::string::npos;
}

bool anyTemporary(const std::vector<std::string>& names) {
  for (const std::string& n : names)
    if (contains(n, ".tmp-")) return true;
  return false;
}

// Frames of 3840 × 2160: each takes a while to draw and to encode, and x264 keeps a dozen of them
// for its final flush (a second or more).
std::vector<std::string> animate(const std::string& out, int frames) {
  return {"render",   "--depth",  "4",         "--steps",  std::to_string(frames),
          "--figure", "boundary", "--animate", "--frames", std::to_string(frames),
          "--fps",    "10",       "--width",   "3840",     "--height",
          "2160",     "--out",    out};
}

// Starts args, waits (polling every 5 ms) until reached(), sends signal, waits for the end.
Ended stopWhen(const ScratchDir& dir, const std::vector<std::string>& args,
               const std::function<bool()>& reached, int signal) {
  const Child child = startCli(args, dir.path());
  bool inPhase = false;
  for (int waited = 0; waited < 120000 && !(inPhase = reached()); waited += 5) ::usleep(5000);
  EXPECT_TRUE(inPhase) << "the run never reached the phase under test";
  ::kill(child.pid, signal);
  return waitCli(child, 20000);
}

void expectQuickStop(const Ended& e, int signal) {
  EXPECT_FALSE(e.timedOut) << "still running 20 s after the signal";
  EXPECT_EQ(e.result.exitStatus, 128 + signal) << e.result.err;
  EXPECT_LT(e.seconds, 1.5) << "stopping took " << e.seconds << " s";
  EXPECT_TRUE(contains(e.result.err, "nothing was written") ||
              contains(e.result.err, "no animation written"))
      << e.result.err;
}

class VideoFlush : public ::testing::TestWithParam<int> {};

// Every frame is handed to the encoder ("step 12/12"), the file is still a temporary: the stop
// lands in the encoder's flush.
TEST_P(VideoFlush, LeavesNoVideoAndNoTemporary) {
  ScratchDir dir("anim-stop-flush-" + std::to_string(GetParam()));
  const Ended e = stopWhen(
      dir, animate("x.mp4", 12),
      [&] {
        return contains(readFile(dir.file(".stderr")), "step 12/12") && anyTemporary(dir.entries());
      },
      GetParam());
  expectQuickStop(e, GetParam());
  EXPECT_TRUE(dir.entries().empty()) << dir.entries().front();
}

INSTANTIATE_TEST_SUITE_P(EverySignal, VideoFlush, ::testing::Values(SIGINT, SIGTERM, SIGHUP));

class WhileFramesAreWritten : public ::testing::TestWithParam<const char*> {};

// Stopped once the temporary holds frames, for each format.
TEST_P(WhileFramesAreWritten, LeavesNoAnimationAndNoTemporary) {
  ScratchDir dir("anim-stop-frames");
  const Ended e = stopWhen(
      dir, animate(GetParam(), 30), [&] { return anyTemporary(dir.entries()); }, SIGTERM);
  expectQuickStop(e, SIGTERM);
  EXPECT_TRUE(dir.entries().empty()) << dir.entries().front();
}

INSTANTIATE_TEST_SUITE_P(EveryFormat, WhileFramesAreWritten,
                         ::testing::Values("x.gif", "x.mp4", "x.webm", "frames/"));

// An existing folder: the earlier sequence and the user's own file stay as they were.
TEST(PngFolderStop, KeepsWhatTheFolderHeld) {
  ScratchDir dir("anim-stop-png");
  ASSERT_EQ(::mkdir(dir.file("slides").c_str(), 0755), 0);
  writeFile(dir.file("slides/frame-0000.png"), "an earlier frame");
  writeFile(dir.file("slides/notes.txt"), "mine");
  const Ended e = stopWhen(
      dir, animate("slides/", 30), [&] { return anyTemporary(dir.entries()); }, SIGHUP);
  expectQuickStop(e, SIGHUP);
  EXPECT_EQ(dir.entries(), std::vector<std::string>{"slides"});
  EXPECT_EQ(readFile(dir.file("slides/frame-0000.png")), "an earlier frame");
  EXPECT_EQ(readFile(dir.file("slides/notes.txt")), "mine");
  std::vector<std::string> names;
  for (const auto& entry : std::filesystem::directory_iterator(dir.file("slides")))
    names.push_back(entry.path().filename().string());
  std::sort(names.begin(), names.end());
  EXPECT_EQ(names, (std::vector<std::string>{"frame-0000.png", "notes.txt"}));
}

}  // namespace
}  // namespace gs::test
