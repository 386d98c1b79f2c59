// The one-row-per-value tables behind every enum: each id parses back to its value, ids are
// unique, and the allowed-value text that messages and --help show lists exactly every id, in
// order. (Each activation's f′ against finite differences of its f is in activation_test.cpp,
// each loss's gradient in loss_test.cpp.)
#include <gtest/gtest.h>

#include <set>

#include "config.h"
#include "measure.h"

namespace gs {
namespace {

template <class Kind>
void expectTable(const std::vector<Kind>& kinds, std::string (*id)(Kind),
                 std::optional<Kind> (*fromId)(const std::string&), std::string (*idList)(),
                 std::string (*name)(Kind)) {
  ASSERT_FALSE(kinds.empty());
  std::set<std::string> ids;
  std::string joined;
  for (std::size_t i = 0; i < kinds.size(); ++i) {
    const Kind k = kinds[i];
    EXPECT_EQ(static_cast<std::size_t>(k), i);  // every value once, in enum order
    EXPECT_TRUE(ids.insert(id(k)).second) << "duplicate id " << id(k);
    EXPECT_EQ(fromId(id(k)), k) << id(k);
    EXPECT_FALSE(name(k).empty()) << id(k);
    joined += (i ? ", " : "") + id(k);
  }
  EXPECT_EQ(idList(), joined);
  EXPECT_FALSE(fromId("").has_value());
  EXPECT_FALSE(fromId("no_such_kind").has_value());
  EXPECT_FALSE(fromId(id(kinds.front()) + " ").has_value());  // exact match only
}

TEST(KindTables, ActivationTable) {
  expectTable<ActivationKind>(allActivationKinds(), activationId, activationFromId,
                              activationIdList, activationDisplayName);
  EXPECT_EQ(allActivationKinds().size(), 9u);
  for (ActivationKind k : allActivationKinds())
    EXPECT_EQ(Activation(k).displayName(), activationDisplayName(k));
}

TEST(KindTables, InitialiserTable) {
  expectTable<InitKind>(allInitKinds(), initId, initFromId, initIdList, initDisplayName);
  EXPECT_EQ(allInitKinds().size(), 8u);
  for (InitKind k : allInitKinds()) EXPECT_FALSE(initScaleMeaning(k).empty());
}

TEST(KindTables, LossTable) {
  expectTable<LossKind>(allLossKinds(), lossId, lossFromId, lossIdList, lossDisplayName);
  for (int k = 2; k <= 8; ++k) {
    EXPECT_EQ(lossOutputs(LossKind::SoftmaxCe, k), k);  // one logit per class
    EXPECT_EQ(lossOutputs(LossKind::BceLogits, k), 1);
    EXPECT_EQ(lossOutputs(LossKind::Mse, k), 1);
  }
  EXPECT_EQ(lossOutputs(LossKind::Mse, 0), 1);  // regression
  EXPECT_EQ(lossClassesMax(LossKind::SoftmaxCe), 8);
  EXPECT_EQ(lossClassesMax(LossKind::BceLogits), 2);
}

TEST(KindTables, OptimiserTable) {
  expectTable<OptimizerKind>(allOptimizerKinds(), optimizerId, optimizerFromId, optimizerIdList,
                             optimizerDisplayName);
  EXPECT_EQ(optimizerIdList(), "sgd, momentum, adam");
}

TEST(KindTables, DatasetTableMatchesTheGeneratedData) {
  expectTable<DatasetKind>(allDatasetKinds(), datasetId, datasetFromId, datasetIdList,
                           datasetDisplayName);
  for (DatasetKind k : allDatasetKinds()) {
    const Dataset d = makeDataset(k, 20, 0.1, 7);
    EXPECT_EQ(d.inputs(), datasetInputs(k)) << datasetId(k);
    bool labels = true;  // classification data carries labels 0 and 1 only
    for (Eigen::Index i = 0; i < d.y.size(); ++i) labels = labels && (d.y(i) == 0 || d.y(i) == 1);
    EXPECT_EQ(labels, isClassification(k)) << datasetId(k);
    EXPECT_EQ(d.classes, isClassification(k) ? 2 : 0) << datasetId(k);
    EXPECT_EQ(datasetClassesMax(k) > 0, isClassification(k)) << datasetId(k);
  }
}

TEST(KindTables, MeasureTableReadsEachItsOwnField) {
  expectTable<Measure>(allMeasures(), measureId, measureFromId, measureIdList, measureDisplayName);
  EXPECT_EQ(allMeasures().size(), static_cast<std::size_t>(kMeasureCount));
  LayerStats s;  // a distinct value in every field
  s.weightGradNorm = 1, s.weightGradMeanAbs = 2, s.biasGradNorm = 3, s.deltaRms = 4;
  s.meanDerivative = 5, s.deadFraction = 0.6, s.saturatedFraction = 0.7, s.weightNorm = 8;
  s.updateRatio = 9, s.gradDataRatio = 10, s.activationMean = 11, s.activationStd = 12;
  s.preActivationMean = 13, s.preActivationStd = 14;
  const std::vector<double> expected = {1, 2, 3, 4, 5, 0.6, 0.7, 8, 9, 10, 11, 12, 13, 14};
  ASSERT_EQ(expected.size(), static_cast<std::size_t>(kMeasureCount));
  for (Measure m : allMeasures()) {
    EXPECT_EQ(measureOf(s, m), expected[static_cast<std::size_t>(m)]) << measureId(m);
    EXPECT_FALSE(measureDescription(m).empty());
    EXPECT_EQ(measureIsFraction(m), m == Measure::DeadFraction || m == Measure::SaturatedFraction);
  }
  EXPECT_EQ(gradientMeasures(),
            (std::vector<Measure>{Measure::WeightGradNorm, Measure::WeightGradMeanAbs,
                                  Measure::DeltaRms}));
  EXPECT_EQ(measureDisplayName(Measure::WeightGradNorm), "‖∂L/∂W‖");
}

}  // namespace
}  // namespace gs
