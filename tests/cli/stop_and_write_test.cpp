// gradscope-cli stopped by SIGINT/SIGTERM/SIGHUP in each phase (training, evaluation,
// serialising and writing), and the other ways a write can end: `ulimit -f`, a full standard
// output, a FIFO or the input file as the target. Each run must end quickly with the documented
// status and a message, and leave no temporary and no half-written output.
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <csignal>
#include <functional>

#include "run_process.h"

namespace {

using gs::test::Child;
using gs::test::ChildOptions;
using gs::test::ScratchDir;

bool contains(const std::string& s, const std::string& part) {
  return s.find(part) != std::string::npos;
}

// Polls (every 5 ms) until pred() holds or timeoutMs pass: waits for a phase to be reached.
bool waitFor(const std::function<bool()>& pred, int timeoutMs) {
  for (int waited = 0; waited < timeoutMs; waited += 5) {
    if (pred()) return true;
    ::usleep(5000);
  }
  return pred();
}

// Size of the first temporary ("….tmp-…") in the folder, or -1 when there is none.
long temporarySize(const ScratchDir& dir) {
  for (const std::string& name : dir.entries())
    if (contains(name, ".tmp-")) {
      struct stat st {};
      return ::stat(dir.file(name).c_str(), &st) == 0 ? long(st.st_size) : 0;
    }
  return -1;
}

bool anyTemporary(const ScratchDir& dir) { return temporarySize(dir) >= 0; }

struct Stopped {
  gs::test::Ended ended;
  double afterSignal = 0;  // seconds from the signal to the exit
};

// Starts args, waits until reached() (the phase under test), sends the signal, waits for the end.
Stopped stopDuring(const ScratchDir& dir, const std::vector<std::string>& args,
                   const std::function<bool()>& reached, int signal) {
  const Child child = gs::test::startCli(args, dir.path());
  const bool inPhase = waitFor(reached, 120000);
  EXPECT_TRUE(inPhase) << "the run never reached the phase under test";
  ::kill(child.pid, signal);
  Stopped s;
  s.ended = gs::test::waitCli(child, 20000);
  s.afterSignal = s.ended.seconds;
  return s;
}

void expectQuickStop(const Stopped& s, int signal) {
  EXPECT_FALSE(s.ended.timedOut) << "still running 20 s after the signal";
  EXPECT_EQ(s.ended.result.exitStatus, 128 + signal) << s.ended.result.err;
  EXPECT_LT(s.afterSignal, 1.5) << "stopping took " << s.afterSignal << " s";
  EXPECT_FALSE(s.ended.result.err.empty()) << "no message";
}

class TrainingPhase : public ::testing::TestWithParam<int> {};

// During training the run stops after the current step with the table so far and a complete CSV
// of the steps done (the documented Ctrl-C behaviour), for every stop signal.
TEST_P(TrainingPhase, StopsAfterTheStepWithACompleteCsv) {
  ScratchDir dir("stop-train-" + std::to_string(GetParam()));
  const Stopped s = stopDuring(
      dir, {"train", "--steps", "10000000", "--csv", "h.csv"},
      [&] { return temporarySize(dir) > 0; }, GetParam());
  expectQuickStop(s, GetParam());
  EXPECT_FALSE(anyTemporary(dir));
  const std::string csv = gs::test::readFile(dir.file("h.csv"));
  ASSERT_FALSE(csv.empty());
  EXPECT_EQ(csv.back(), '\n');
  EXPECT_TRUE(contains(s.ended.result.out, "per-layer gradients at step"));
}

INSTANTIATE_TEST_SUITE_P(EverySignal, TrainingPhase, ::testing::Values(SIGINT, SIGTERM, SIGHUP));

// The evaluation after training is bounded like a step: 100,000 samples at depth 200 × width 512
// were 14 minutes and ignored SIGTERM; now a sample of them, said so, and a stop is honoured.
TEST(EvaluationPhase, IsBoundedAndSaysItIsSampled) {
  ScratchDir dir("eval-bounded");
  const auto r = gs::test::runCliWith({"train", "--depth", "200", "--width", "512", "--batch", "1",
                                       "--samples", "100000", "--steps", "1"},
                                      dir.path(), {});
  EXPECT_EQ(r.exitStatus, 0) << r.err;
  EXPECT_TRUE(contains(r.out, "evenly spaced of 100000 samples")) << r.out;
}

TEST(EvaluationPhase, StopsOnSigterm) {
  ScratchDir dir("stop-eval");
  // The progress line of step 1 is printed before the evaluation starts.
  const Stopped s = stopDuring(
      dir,
      {"train", "--depth", "200", "--width", "512", "--batch", "1", "--samples", "100000",
       "--steps", "1"},
      [&] { return contains(gs::test::readFile(dir.file(".stderr")), "step 1/1"); }, SIGTERM);
  expectQuickStop(s, SIGTERM);
}

class SerialisingPhase : public ::testing::TestWithParam<int> {};

// The largest snapshot (1.9 GB) is streamed; a stop while it is written leaves nothing.
TEST_P(SerialisingPhase, LeavesNoFileAndNoTemporary) {
  ScratchDir dir("stop-snapshot-" + std::to_string(GetParam()));
  const Stopped s = stopDuring(
      dir,
      {"snapshot", "--depth", "200", "--width", "512", "--batch", "20", "--steps", "0", "--out",
       "s.json"},
      [&] { return temporarySize(dir) > (1 << 20); }, GetParam());
  expectQuickStop(s, GetParam());
  EXPECT_TRUE(dir.entries().empty()) << dir.entries().front();
}

INSTANTIATE_TEST_SUITE_P(TermAndHup, SerialisingPhase, ::testing::Values(SIGTERM, SIGHUP));

// `ulimit -f 64`: SIGXFSZ no longer kills silently; the write fails with a message at once
// (10⁷ steps would take minutes), and no temporary is left.
TEST(FileSizeLimit, TrainCsvFailsAtOnceWithAMessage) {
  ScratchDir dir("fsize-csv");
  ChildOptions o;
  o.fileSizeLimit = 64 * 1024;
  const auto e = gs::test::waitCli(
      gs::test::startCli({"train", "--steps", "10000000", "--csv", "fsz.csv"}, dir.path(), o),
      60000);
  EXPECT_FALSE(e.timedOut);
  EXPECT_EQ(e.result.exitStatus, 2) << e.result.err;
  EXPECT_TRUE(contains(e.result.err, "file size limit")) << e.result.err;
  EXPECT_TRUE(dir.entries().empty());
}

TEST(FileSizeLimit, SnapshotFailsWithAMessage) {
  ScratchDir dir("fsize-snapshot");
  ChildOptions o;
  o.fileSizeLimit = 64 * 1024;
  const auto r = gs::test::runCliWith(
      {"snapshot", "--depth", "20", "--width", "64", "--out", "s.json"}, dir.path(), o);
  EXPECT_EQ(r.exitStatus, 2) << r.err;
  EXPECT_TRUE(contains(r.err, "file size limit")) << r.err;
  EXPECT_TRUE(dir.entries().empty());
}

// `train >/dev/full` and `snapshot --out - >/dev/full`: a message and status 2, not a silent 1.
TEST(StandardOutput, AFullDeviceIsReported) {
  ScratchDir dir("dev-full");
  ChildOptions o;
  o.stdoutPath = "/dev/full";
  for (const std::vector<std::string>& args :
       {std::vector<std::string>{"train", "--steps", "5"},
        std::vector<std::string>{"snapshot", "--out", "-"}}) {
    const auto r = gs::test::runCliWith(args, dir.path(), o);
    EXPECT_EQ(r.exitStatus, 2) << args[0] << ": " << r.err;
    EXPECT_TRUE(contains(r.err, "standard output")) << args[0] << ": " << r.err;
    EXPECT_TRUE(contains(r.err, "no space left")) << args[0] << ": " << r.err;
  }
}

// A FIFO (a device node would do the same) is refused, not replaced by a regular file.
TEST(OutputTargets, AFifoIsRefusedAndStaysAFifo) {
  ScratchDir dir("fifo-target");
  ASSERT_EQ(::mkfifo(dir.file("pipe").c_str(), 0644), 0);
  for (const std::vector<std::string>& args :
       {std::vector<std::string>{"train", "--steps", "5", "--csv", "pipe"},
        std::vector<std::string>{"snapshot", "--out", "pipe"}}) {
    const auto e = gs::test::waitCli(gs::test::startCli(args, dir.path()), 20000);
    EXPECT_FALSE(e.timedOut) << args[0];
    EXPECT_EQ(e.result.exitStatus, 2) << args[0] << ": " << e.result.err;
    EXPECT_TRUE(contains(e.result.err, "FIFO")) << e.result.err;
    struct stat st {};
    ASSERT_EQ(::stat(dir.file("pipe").c_str(), &st), 0);
    EXPECT_TRUE(S_ISFIFO(st.st_mode)) << args[0] << " replaced the FIFO";
  }
  EXPECT_EQ(dir.entries(), std::vector<std::string>{"pipe"});
}

// --csv / --out naming the --config file (under any spelling) is refused; the input survives.
TEST(OutputTargets, TheInputFileIsNeverAnOutput) {
  ScratchDir dir("out-is-in");
  const std::string config = R"({"depth": 3, "width": 4})";
  gs::test::writeFile(dir.file("c.json"), config);
  ::mkdir(dir.file("sub").c_str(), 0755);
  for (const std::vector<std::string>& args :
       {std::vector<std::string>{"train", "--config", "c.json", "--steps", "3", "--csv",
                                 "sub/../c.json"},
        std::vector<std::string>{"snapshot", "--config", "c.json", "--out", "./c.json"}}) {
    const auto r = gs::test::runCliWith(args, dir.path(), {});
    EXPECT_EQ(r.exitStatus, 2) << args[0] << ": " << r.err;
    EXPECT_TRUE(contains(r.err, "input file")) << r.err;
    EXPECT_EQ(gs::test::readFile(dir.file("c.json")), config) << args[0];
  }
}

// New files follow the umask (0644 under 022, not 0600); a replaced file keeps its mode; a
// read-only one is refused (also for root).
TEST(OutputTargets, ModesAreKeptAndReadOnlyIsRefused) {
  ScratchDir dir("modes");
  ChildOptions o;
  o.umask = 022;
  auto r = gs::test::runCliWith({"train", "--steps", "2", "--csv", "new.csv"}, dir.path(), o);
  ASSERT_EQ(r.exitStatus, 0) << r.err;
  struct stat st {};
  ASSERT_EQ(::stat(dir.file("new.csv").c_str(), &st), 0);
  EXPECT_EQ(st.st_mode & 0777, 0644u);

  gs::test::writeFile(dir.file("old.csv"), "old");
  ::chmod(dir.file("old.csv").c_str(), 0640);
  r = gs::test::runCliWith({"train", "--steps", "2", "--csv", "old.csv"}, dir.path(), o);
  ASSERT_EQ(r.exitStatus, 0) << r.err;
  ASSERT_EQ(::stat(dir.file("old.csv").c_str(), &st), 0);
  EXPECT_EQ(st.st_mode & 0777, 0640u);
  EXPECT_NE(gs::test::readFile(dir.file("old.csv")), "old");

  gs::test::writeFile(dir.file("ro.csv"), "keep");
  ::chmod(dir.file("ro.csv").c_str(), 0444);
  r = gs::test::runCliWith({"train", "--steps", "2", "--csv", "ro.csv"}, dir.path(), o);
  EXPECT_EQ(r.exitStatus, 2) << r.err;
  EXPECT_TRUE(contains(r.err, "read-only")) << r.err;
  EXPECT_EQ(gs::test::readFile(dir.file("ro.csv")), "keep");
}

// The statistics of a step are taken before its update: an update that blows the weights up in
// the last step is still reported (it used to print "loss nan" and exit 0).
TEST(Divergence, InTheLastUpdateIsReported) {
  ScratchDir dir("last-update");
  const auto r = gs::test::runCliWith(
      {"train", "--steps", "5", "--activation", "elu", "--alpha", "10", "--quiet"}, dir.path(), {});
  EXPECT_EQ(r.exitStatus, 3) << r.out << r.err;
  EXPECT_TRUE(contains(r.err, "step 5")) << r.err;
}

// α is checked wherever it applies; a negative α is never read as "the default".
TEST(Alpha, IsRefusedWhereverItApplies) {
  ScratchDir dir("alpha");
  for (const std::vector<std::string>& args :
       {std::vector<std::string>{"train", "--activation", "leaky_relu", "--alpha", "-5"},
        std::vector<std::string>{"train", "--activation", "elu", "--alpha", "-1e300"},
        std::vector<std::string>{"train", "--activation", "leaky_relu", "--alpha", "-1"},
        std::vector<std::string>{"train", "--activation", "elu", "--alpha", "10.000000001"}}) {
    const auto r = gs::test::runCliWith(args, dir.path(), {});
    EXPECT_EQ(r.exitStatus, 2) << args[4] << ": " << r.out;
    EXPECT_TRUE(contains(r.err, "--alpha")) << r.err;
  }
  gs::test::writeFile(
      dir.file("c.json"),
      R"({"activation":"sigmoid","alpha":1e300,"layer_activations":["elu","elu"]})");
  const auto r = gs::test::runCliWith({"train", "--config", "c.json"}, dir.path(), {});
  EXPECT_EQ(r.exitStatus, 2) << r.out;
  EXPECT_TRUE(contains(r.err, "alpha = 1e+300")) << r.err;
  EXPECT_TRUE(contains(r.err, "elu")) << r.err;
}

}  // namespace

namespace {

bool validUtf8(const std::string& s) {
  for (std::size_t i = 0; i < s.size();) {
    const auto b = static_cast<unsigned char>(s[i]);
    const std::size_t n = b < 0x80         ? 1
                          : (b >> 5) == 6  ? 2
                          : (b >> 4) == 14 ? 3
                          : (b >> 3) == 30 ? 4
                                           : 0;
    if (n == 0 || i + n > s.size()) return false;
    for (std::size_t k = 1; k < n; ++k)
      if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return false;
    i += n;
  }
  return true;
}

// A 3,000-byte --config path is shortened in the middle, so the reason at the end survives; a cut
// never splits a UTF-8 character.
TEST(Messages, ALongConfigPathKeepsTheReasonAndUtf8StaysWhole) {
  ScratchDir dir("long-path");
  std::string path;
  while (path.size() < 3000) path += "dossier-é/";
  path += "c.json";
  auto r = gs::test::runCliWith({"train", "--config", path}, dir.path(), {});
  EXPECT_EQ(r.exitStatus, 2);
  EXPECT_TRUE(contains(r.err, "cannot open (No such file or directory)")) << r.err;
  EXPECT_LT(r.err.size(), 700u);
  EXPECT_TRUE(validUtf8(r.err)) << r.err;
  for (const std::string& value : {std::string(59, 'x') + "éééé", std::string(58, 'x') + "€€€"}) {
    r = gs::test::runCliWith({"train", "--activation", value}, dir.path(), {});
    EXPECT_EQ(r.exitStatus, 2);
    EXPECT_TRUE(validUtf8(r.err)) << r.err;
  }
}

}  // namespace
