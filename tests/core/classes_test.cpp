// More than two classes: softmax_ce with K outputs checked by finite differences through the
// trainer's own batch, spiral/gauss with K labels, accuracy over all K, the K-class map, and
// "classes" validated.
#include <gtest/gtest.h>

#include <cmath>
#include <set>

#include "config_json.h"
#include "finite_difference.h"
#include "prediction_sampler.h"
#include "trainer.h"

namespace gs {
namespace {

constexpr double kPi = 3.14159265358979323846;

Config kClassConfig(DatasetKind kind, int K) {
  Config c;
  c.dataset = kind;
  c.classes = K;
  c.loss = LossKind::SoftmaxCe;
  c.depth = 2;
  c.width = 6;
  c.batch = 16;
  c.samples = 96;
  c.activation = ActivationKind::Tanh;
  return c;
}

void expectClose(double analytic, double numeric, const std::string& what) {
  if (std::max(std::abs(analytic), std::abs(numeric)) > 1e-5)
    EXPECT_LT(test::relativeError(analytic, numeric), 1e-6) << what;
  else
    EXPECT_LT(std::abs(analytic - numeric), 1e-10) << what;
}

TEST(KClasses, SoftmaxLossGradientMatchesFiniteDifferencesForFiveClasses) {
  Eigen::MatrixXd out(5, 4);
  out << 0.3, -1.2, 2.0, 0.7, 0.1, -0.4, 1.5, -2.2, 0.9, 0.0, -0.6, 1.1, -1.0, 0.4, 0.2, 0.8, 2.5,
      -0.3, 0.6, -1.4;
  Eigen::MatrixXd y = Eigen::MatrixXd::Zero(5, 4);
  y(4, 0) = y(0, 1) = y(2, 2) = y(3, 3) = 1;
  Eigen::MatrixXd grad;
  const double loss = lossAndGradient(LossKind::SoftmaxCe, out, y, grad);
  // Hand reference: −(1/B) Σ log softmax(z)_label.
  double expected = 0;
  const int labels[] = {4, 0, 2, 3};
  for (int j = 0; j < 4; ++j)
    expected -= out(labels[j], j) - std::log(out.col(j).array().exp().sum());
  EXPECT_NEAR(loss, expected / 4, 1e-14);
  for (Eigen::Index i = 0; i < out.size(); ++i) {
    const double numeric =
        test::numericPartial(out(i), [&] { return lossValue(LossKind::SoftmaxCe, out, y); });
    EXPECT_LT(test::relativeError(grad(i), numeric), 1e-8) << "element " << i;
  }
}

// The trainer's whole K-class path: one-hot targets with K rows, the loss and backpropagation,
// against finite differences of the loss on the same batch through a copy of the network.
TEST(KClasses, TrainerGradientsMatchFiniteDifferences) {
  for (int K : {3, 5, 8}) {
    Trainer t(kClassConfig(DatasetKind::Spiral, K));
    Batch b;
    t.probe(b);
    ASSERT_EQ(b.Y.rows(), K);
    ASSERT_EQ(t.network().layers().back().W.rows(), K);
    EXPECT_EQ(b.Y.colwise().sum(), Eigen::RowVectorXd::Ones(b.Y.cols()));
    Mlp net = t.network();
    double largest = 0;
    for (std::size_t l = 0; l < net.layers().size(); ++l) {
      Eigen::MatrixXd& W = net.layers()[l].W;
      for (Eigen::Index i = 0; i < W.size(); ++i) {
        const double numeric = test::numericPartial(
            W(i), [&] { return lossValue(LossKind::SoftmaxCe, net.predict(b.X), b.Y); });
        largest = std::max(largest, std::abs(numeric));
        expectClose(
            t.network().layers()[l].dW(i), numeric,
            "K " + std::to_string(K) + " dW[" + std::to_string(l) + "](" + std::to_string(i) + ")");
      }
    }
    EXPECT_GT(largest, 1e-5) << "every gradient tiny: the check would prove nothing";
  }
}

TEST(KClasses, SpiralAndGaussMakeKBalancedLabels) {
  for (DatasetKind kind : {DatasetKind::Spiral, DatasetKind::Gauss})
    for (int K = 2; K <= 8; ++K) {
      const Dataset d = makeDataset(kind, 8 * 50, 0.0, 5, K);
      EXPECT_EQ(d.classes, K);
      std::vector<int> count(std::size_t(K), 0);
      for (Eigen::Index i = 0; i < d.y.size(); ++i) {
        ASSERT_EQ(d.y(i), std::floor(d.y(i)));
        ASSERT_GE(d.y(i), 0);
        ASSERT_LT(d.y(i), K);
        ++count[std::size_t(d.y(i))];
      }
      for (int k = 0; k < K; ++k) EXPECT_EQ(count[std::size_t(k)], 400 / K + (k < 400 % K));
    }
}

// Gauss with K > 2: blob k is centred at 0.9·(cos θ, sin θ), θ = 2πk/K + π/2 (dataset.h).
TEST(KClasses, GaussBlobsSitOnTheCircle) {
  const int K = 5;
  const Dataset d = makeDataset(DatasetKind::Gauss, 5000, 0.0, 11, K);
  for (int k = 0; k < K; ++k) {
    Eigen::Vector2d sum = Eigen::Vector2d::Zero();
    int n = 0;
    for (Eigen::Index i = 0; i < d.size(); ++i)
      if (d.y(i) == k) sum += d.X.col(i), ++n;
    const double theta = 2 * kPi * k / K + kPi / 2;
    EXPECT_NEAR(sum.x() / n, 0.9 * std::cos(theta), 0.03) << k;
    EXPECT_NEAR(sum.y() / n, 0.9 * std::sin(theta), 0.03) << k;
  }
}

// Spiral arm k is the two-arm spiral turned by 2πk/K: noiseless points of arm k have angle
// 1.75·2π·r + 2πk/K (mod 2π) at radius r.
TEST(KClasses, SpiralArmsAreTurnedCopies) {
  const int K = 3;
  const Dataset d = makeDataset(DatasetKind::Spiral, 300, 0.0, 2, K);
  for (Eigen::Index i = 0; i < d.size(); ++i) {
    const double r = d.X.col(i).norm();
    const double want = 1.75 * 2 * kPi * r + 2 * kPi * d.y(i) / K;
    const double diff = std::remainder(std::atan2(d.X(1, i), d.X(0, i)) - want, 2 * kPi);
    ASSERT_NEAR(diff, 0.0, 1e-9) << i;
  }
}

// Accuracy counts every class: the trainer's figure equals an independent count of
// argmax(network output) == label over the whole data set.
TEST(KClasses, AccuracyCountsAllClasses) {
  Config c = kClassConfig(DatasetKind::Gauss, 4);
  c.optimizer.lr = 0.5;
  Trainer t(c);
  for (int i = 0; i < 150; ++i) t.step();
  const Evaluation e = t.evaluate();
  const Eigen::MatrixXd out = t.network().predict(t.data().X);
  int right = 0;
  std::set<Eigen::Index> predicted;
  for (Eigen::Index i = 0; i < out.cols(); ++i) {
    Eigen::Index k = 0;
    out.col(i).maxCoeff(&k);
    predicted.insert(k);
    right += k == static_cast<Eigen::Index>(t.data().y(i));
  }
  ASSERT_TRUE(e.hasAccuracy);
  EXPECT_DOUBLE_EQ(e.accuracy, double(right) / out.cols());
  EXPECT_GT(predicted.size(), 2u) << "the check needs more than two predicted classes";
  EXPECT_GT(e.accuracy, 0.5);  // four separated blobs are learnt
}

TEST(KClasses, MapShowsTheMostLikelyClassAndItsProbability) {
  Trainer t(kClassConfig(DatasetKind::Spiral, 3));
  for (int i = 0; i < 20; ++i) t.step();
  const Prediction p = samplePrediction(t, 12);
  ASSERT_EQ(p.classes, 3);
  ASSERT_EQ(p.cellClass.size(), 144u);
  Eigen::MatrixXd X(2, 144);
  const double dx = (p.xMax - p.xMin) / 12, dy = (p.yMax - p.yMin) / 12;
  for (int iy = 0; iy < 12; ++iy)
    for (int ix = 0; ix < 12; ++ix)
      X.col(iy * 12 + ix) << p.xMin + (ix + 0.5) * dx, p.yMin + (iy + 0.5) * dy;
  const Eigen::MatrixXd out = t.network().predict(X);
  for (Eigen::Index c = 0; c < 144; ++c) {
    Eigen::Index k = 0;
    out.col(c).maxCoeff(&k);
    const double prob = 1.0 / (out.col(c).array() - out(k, c)).exp().sum();
    EXPECT_EQ(p.cellClass[std::size_t(c)], k);
    EXPECT_NEAR(p.values[std::size_t(c)], prob, 1e-12);
  }
  for (double label : p.pointLabel) EXPECT_TRUE(label == 0 || label == 1 || label == 2);
}

std::string problems(const Config& c) {
  std::string all;
  for (const std::string& m : validate(c)) all += m + "\n";
  return all;
}

TEST(KClasses, ClassesAreValidated) {
  Config c = kClassConfig(DatasetKind::Spiral, 9);
  EXPECT_NE(problems(c).find("classes = 9 is out of range; allowed: 2 to 8"), std::string::npos)
      << problems(c);
  c.classes = 1;
  EXPECT_NE(problems(c).find("classes = 1 is out of range"), std::string::npos);
  c = kClassConfig(DatasetKind::Circles, 3);
  EXPECT_NE(problems(c).find("classes = 3 is not allowed for dataset = circles"),
            std::string::npos);
  c = kClassConfig(DatasetKind::Gauss, 3);
  c.loss = LossKind::BceLogits;
  EXPECT_NE(problems(c).find("loss = bce_logits handles 2 classes; classes = 3 needs softmax_ce"),
            std::string::npos);
  c.loss = LossKind::SoftmaxCe;
  EXPECT_EQ(problems(c), "");
  c.dataset = DatasetKind::Sine;
  c.loss = LossKind::Mse;
  EXPECT_NE(problems(c).find("classes = 3 is not allowed for regression"), std::string::npos);
}

TEST(KClasses, ClassesInConfigJson) {
  const Config c = kClassConfig(DatasetKind::Spiral, 6);
  EXPECT_EQ(configFromJson(configToJson(c)).classes, 6);
  for (const auto& [value, want] : std::vector<std::pair<std::string, std::string>>{
           {"9", "classes: 9 is out of range; allowed: a whole number from 2 to 8"},
           {"2.5", "classes: expected a whole number, got 2.5"},
           {"\"3\"", "classes: expected a number"}}) {
    try {
      configFromJson(nlohmann::json::parse(R"({"dataset": "spiral", "loss": "softmax_ce",
                                                "classes": )" +
                                           value + "}"));
      ADD_FAILURE() << value << " accepted";
    } catch (const ConfigError& e) {
      EXPECT_NE(std::string(e.what()).find(want), std::string::npos) << e.what();
    }
  }
}

}  // namespace
}  // namespace gs
