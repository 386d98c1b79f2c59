// The gradient history keeps its bounds, keeps real steps evenly spaced, and writes its CSV.
#include <gtest/gtest.h>

#include <sstream>

#include "history.h"

namespace {

gs::Snapshot snapshot(long step, int layers) {
  gs::Snapshot s;
  s.step = step;
  s.loss = 1.0 / static_cast<double>(step + 1);
  for (int l = 0; l < layers; ++l) {
    gs::LayerStats st;
    st.index = l;
    st.activation = l + 1 == layers ? gs::ActivationKind::Linear : gs::ActivationKind::Sigmoid;
    st.weightGradNorm = static_cast<double>(step) * 100 + l;  // encodes step and layer
    st.deadFraction = 0.25;
    s.layers.push_back(st);
  }
  return s;
}

TEST(History, KeepsEveryStepUntilFull) {
  gs::GradientHistory h(10);
  for (long s = 1; s <= 9; ++s) h.add(snapshot(s, 3));
  EXPECT_EQ(h.columns(), 9);
  EXPECT_EQ(h.layers(), 3);
  EXPECT_EQ(h.stride(), 1);
  EXPECT_EQ(h.step(4), 5);
  EXPECT_EQ(h.value(2, 4, gs::Measure::WeightGradNorm), 502);
  EXPECT_EQ(h.value(1, 0, gs::Measure::DeadFraction), 0.25);
}

TEST(History, DecimationKeepsBoundsAndEvenSpacing) {
  for (int max : {2, 3, 7, 64}) {
    SCOPED_TRACE(max);
    gs::GradientHistory h(max);
    for (long s = 0; s < 5000; ++s) {
      h.add(snapshot(s, 4));
      ASSERT_LE(h.columns(), max);
    }
    ASSERT_GE(h.columns(), max / 2);
    EXPECT_EQ(h.step(0), 0);  // the start of the run is always kept
    for (int c = 0; c < h.columns(); ++c) {
      if (c > 0) {
        EXPECT_EQ(h.step(c) - h.step(c - 1), h.stride());
      }
      // Values still belong to their step: decimation moves whole columns.
      EXPECT_EQ(h.value(3, c, gs::Measure::WeightGradNorm), h.step(c) * 100.0 + 3);
    }
    // The newest kept step is at most one stride behind the last one offered.
    EXPECT_GT(h.step(h.columns() - 1), 4999 - h.stride());
  }
}

TEST(History, ANewNetworkShapeStartsANewHistory) {
  gs::GradientHistory h(8);
  for (long s = 0; s < 20; ++s) h.add(snapshot(s, 3));
  h.add(snapshot(0, 5));
  EXPECT_EQ(h.columns(), 1);
  EXPECT_EQ(h.layers(), 5);
  EXPECT_EQ(h.stride(), 1);
}

TEST(History, RejectsAnUnusableSize) {
  try {
    gs::GradientHistory h(1);
    FAIL() << "a history of one column was made";
  } catch (const std::invalid_argument& e) {
    EXPECT_NE(std::string(e.what()).find("maxColumns = 1"), std::string::npos) << e.what();
  }
}

TEST(History, CsvHasOneLinePerStepAndLayer) {
  gs::GradientHistory h(100);
  for (long s = 1; s <= 3; ++s) h.add(snapshot(s, 2));
  const std::string csv = gs::historyCsv(h);
  std::istringstream in(csv);
  std::string line;
  std::getline(in, line);
  EXPECT_EQ(line.rfind("step,loss,layer,activation,weight_grad_norm,", 0), 0u) << line;
  int rows = 0;
  while (std::getline(in, line)) ++rows;
  EXPECT_EQ(rows, 3 * 2);
  EXPECT_NE(csv.find("\n2,0.3333333333,2,linear,201,"), std::string::npos) << csv;
  const std::string wide = gs::historyCsvWide(h, gs::Measure::WeightGradNorm);
  EXPECT_EQ(wide,
            "step,loss,layer_1,layer_2\n1,0.5,100,101\n2,0.3333333333,200,201\n"
            "3,0.25,300,301\n");
}

TEST(History, MeasureIdsRoundTrip) {
  for (gs::Measure m : gs::allMeasures()) EXPECT_EQ(gs::measureFromId(gs::measureId(m)), m);
  EXPECT_FALSE(gs::measureFromId("gradient"));
  EXPECT_NE(gs::measureIdList().find("delta_rms"), std::string::npos);
}

}  // namespace
