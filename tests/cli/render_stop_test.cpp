// `render` stopped while it draws: five 8000 × 8000 figures took ~12 s and were all written with
// exit 0 after a SIGINT. Now the run ends within about a second with 130, and no figure and no
// temporary is left.
#include <gtest/gtest.h>
#include <unistd.h>

#include <csignal>

#include "run_process.h"

namespace {

TEST(RenderStop, SigintWhileDrawingLeavesNothing) {
  gs::test::ScratchDir dir("render-stop");
  const gs::test::Child child =
      gs::test::startCli({"render", "--steps", "10", "--figure", "all", "--width", "8000",
                          "--height", "8000", "--out", "r.png"},
                         dir.path());
  // The first figure's temporary appears once it is drawn: the run is between figures now.
  bool drawing = false;
  for (int waited = 0; waited < 120000 && !drawing; waited += 5) {
    for (const std::string& name : dir.entries())
      drawing = drawing || name.find(".tmp-") != std::string::npos;
    if (!drawing) ::usleep(5000);
  }
  ASSERT_TRUE(drawing) << "no figure was ever drawn";
  ::kill(child.pid, SIGINT);
  const gs::test::Ended e = gs::test::waitCli(child, 20000);
  EXPECT_FALSE(e.timedOut);
  EXPECT_EQ(e.result.exitStatus, 130) << e.result.err;
  EXPECT_LT(e.seconds, 1.5);
  EXPECT_TRUE(dir.entries().empty()) << dir.entries().front();
}

}  // namespace
