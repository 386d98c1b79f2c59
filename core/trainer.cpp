#include "trainer.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <sstream>

#include "loss.h"
#include "stats.h"

namespace gs {
namespace {

MlpShape shapeOf(const Config& c) {
  MlpShape s;
  s.inputs = c.inputs();
  s.outputs = c.outputs();
  s.depth = c.depth;
  s.width = c.width;
  s.activation = c.hiddenActivation();
  for (const auto& k : c.layerActivations)
    s.overrides.push_back(k ? std::optional<Activation>(Activation(*k, c.alpha)) : std::nullopt);
  s.bias = c.bias;
  s.residual = c.residual;
  s.norm = c.norm;
  s.normOverrides = c.layerNorms;
  s.normEps = c.normEps;
  s.init = c.init;
  s.initScale = c.initScale;
  return s;
}

// Separate, fixed streams for data, weights and batches, so changing one does not move another.
std::uint64_t stream(std::uint64_t seed, std::uint64_t k) {
  return seed * 0x9E3779B97F4A7C15ull + k;
}

}  // namespace

Dataset trainingData(const Config& c) {
  const std::uint64_t seed = stream(c.seed, 1);
  if (!c.data) return makeDataset(c.dataset, c.samples, c.noise, seed, c.classes);
  Dataset d;
  d.X = c.data->X;
  d.y = c.data->y;
  d.classes = c.numClasses();
  return d;
}

namespace {

// Index of the largest entry of column i (the first on a tie).
Eigen::Index argmax(const Eigen::MatrixXd& m, Eigen::Index i) {
  Eigen::Index best = 0;
  m.col(i).maxCoeff(&best);
  return best;
}

}  // namespace

Trainer::Trainer(const Config& config) : config_(config) {
  requireValid(config_);
  data_ = trainingData(config_);
  std::mt19937_64 weightRng(stream(config_.seed, 2));
  net_ = Mlp(shapeOf(config_), weightRng);
  optimizer_ = Optimizer(config_.optimizer);
  batchRng_.seed(stream(config_.seed, 3));
  order_.resize(static_cast<std::size_t>(data_.size()));
  std::iota(order_.begin(), order_.end(), 0);
  cursor_ = order_.size();  // shuffle before the first batch
  last_.learningRate = config_.optimizer.lr;
}

void Trainer::setLearningRate(double lr) {
  // Same rule as validate(): a live change must not slip past it.
  if (!(std::isfinite(lr) && lr > 0 && lr <= Limits::kLrMax))
    throw ConfigError("lr = " + exactNumber(lr) +
                      " is not allowed; allowed: a finite number > 0 and ≤ 1000");
  config_.optimizer.lr = lr;
  optimizer_.setLearningRate(lr);
}

Eigen::MatrixXd Trainer::targets(const Eigen::RowVectorXd& y) const {
  if (config_.loss != LossKind::SoftmaxCe) return y;
  const int K = config_.outputs();
  Eigen::MatrixXd oneHot = Eigen::MatrixXd::Zero(K, y.size());
  for (Eigen::Index i = 0; i < y.size(); ++i)
    oneHot(std::clamp(static_cast<int>(std::lround(y(i))), 0, K - 1), i) = 1.0;
  return oneHot;
}

void Trainer::nextBatch(Batch& batch) {
  // Epochs of a shuffled order; a batch larger than the dataset wraps into the next epoch.
  const int B = config_.batch;
  batch.X.resize(data_.inputs(), B);
  Eigen::RowVectorXd y(B);
  for (int i = 0; i < B; ++i) {
    if (cursor_ >= order_.size()) {
      std::shuffle(order_.begin(), order_.end(), batchRng_);
      cursor_ = 0;
    }
    const int idx = order_[cursor_++];
    batch.X.col(i) = data_.X.col(idx);
    y(i) = data_.y(idx);
  }
  batch.Y = targets(y);
}

double Trainer::accuracy(const Eigen::MatrixXd& out, const Eigen::MatrixXd& y) const {
  Eigen::Index right = 0;
  for (Eigen::Index i = 0; i < out.cols(); ++i) {
    bool predicted, truth;
    switch (config_.loss) {
      case LossKind::SoftmaxCe:  // any K: the largest logit names the class
        predicted = argmax(out, i) == argmax(y, i);
        truth = true;
        break;
      case LossKind::BceLogits:
        predicted = out(0, i) > 0.0;
        truth = y(0, i) > 0.5;
        break;
      default:
        predicted = out(0, i) > 0.5;
        truth = y(0, i) > 0.5;
        break;
    }
    right += predicted == truth;
  }
  return out.cols() ? double(right) / double(out.cols()) : 0.0;
}

bool Trainer::gradientsFinite() const {
  bool finite = true;
  for (const DenseLayer& L : net_.layers())
    forEachParameter(L,
                     [&](const auto&, const auto& g, bool) { finite = finite && g.allFinite(); });
  return finite;
}

// Clipping and weight decay, the update, and what it did: ‖ΔW‖/‖W‖ per layer (‖W‖ before the
// update, as in the statistics) and the BatchNorm running averages of this batch.
void Trainer::update(Snapshot& s) {
  ClipReport clip;
  const GradientAdjustment adjust = planAdjustment(net_, config_.clipSettings(), clip);
  s.gradNormTotal = clip.totalNorm;
  s.clipped = clip.clipped;
  s.clipFactor = clip.factor;
  clippedSteps_ += clip.clipped;
  const std::vector<double> changes = optimizer_.step(net_, adjust);
  for (std::size_t i = 0; i < s.layers.size() && i < changes.size(); ++i) {
    const double w = s.layers[i].weightNorm;
    s.layers[i].updateRatio = w > 0 ? changes[i] / w : std::numeric_limits<double>::quiet_NaN();
  }
  net_.updateRunningStatistics();
}

double Trainer::probe(Batch& batch) {
  nextBatch(batch);
  const Eigen::MatrixXd& out = net_.forward(batch.X);
  const double loss = lossAndGradient(config_.loss, out, batch.Y, grad_);
  net_.backward(grad_);
  return loss;
}

Snapshot Trainer::step() {
  if (diverged()) return last_;  // stays stopped until a new Trainer is made
  Snapshot s;
  s.loss = probe(batch_);
  s.learningRate = config_.optimizer.lr;
  if (data_.classification()) {
    s.hasAccuracy = true;
    s.accuracy = accuracy(net_.layers().back().Z, batch_.Y);
  }
  s.layers = networkStats(net_, histograms_);
  const bool lossOk = std::isfinite(s.loss);
  const bool finite = lossOk && gradientsFinite();
  if (beforeUpdate_) beforeUpdate_(net_, finite ? steps_ + 1 : steps_);
  if (!finite) {
    std::ostringstream msg;
    msg << (lossOk ? "a gradient" : "the loss") << " became "
        << (lossOk               ? "NaN or infinite"
            : std::isnan(s.loss) ? "NaN"
                                 : "infinite")
        << " at step " << steps_ + 1 << "; training stopped. Try a lower learning rate (now "
        << config_.optimizer.lr << ") or a smaller initial scale / another initialiser.";
    s.finite = false;
    s.problem = msg.str();
  } else {
    update(s);
    ++steps_;
  }
  s.step = steps_;
  s.clippedSteps = clippedSteps_;
  s.clipping = config_.clipNorm > 0 || config_.clipValue > 0;
  last_ = s;
  return s;
}

Evaluation Trainer::evaluate(const std::function<bool()>& stop) const {
  Evaluation e;
  const int n = data_.size();
  e.samplesTotal = n;
  // Forward multiply-adds per sample: Σ fan_in · fan_out over the layers.
  double perSample = 1.0;
  for (const DenseLayer& L : net_.layers()) perSample += double(L.W.size());
  const int used =
      static_cast<int>(std::min<double>(n, std::max(1.0, kEvaluationCostMax / perSample)));
  const int chunk = static_cast<int>(
      std::clamp(kEvaluationChunkCostMax / perSample, 1.0, double(Limits::kBatchMax)));
  double lossSum = 0;
  double right = 0;
  for (int first = 0; first < used; first += chunk) {
    if (stop && stop()) {
      e.interrupted = true;
      return e;
    }
    const int count = std::min(chunk, used - first);
    Eigen::MatrixXd X(data_.inputs(), count);
    Eigen::RowVectorXd y(count);
    for (int i = 0; i < count; ++i) {  // sample k of `used` is data point ⌊k·n/used⌋
      const auto idx = static_cast<Eigen::Index>((long long)(first + i) * n / used);
      X.col(i) = data_.X.col(idx);
      y(i) = data_.y(idx);
    }
    const Eigen::MatrixXd out = net_.predict(X);
    const Eigen::MatrixXd t = targets(y);
    lossSum += lossValue(config_.loss, out, t) * count;  // every loss is a mean over samples
    right += accuracy(out, t) * count;
  }
  e.samplesUsed = used;
  e.loss = lossSum / used;
  if (data_.classification()) {
    e.hasAccuracy = true;
    e.accuracy = right / used;
  }
  return e;
}

std::string Trainer::weightsProblem() const {
  for (const DenseLayer& L : net_.layers())
    if (!L.W.allFinite() || !L.b.allFinite()) {
      std::ostringstream msg;
      msg << "the weights became NaN or infinite in the update of step " << steps_
          << "; training stopped. Try a lower learning rate (now " << config_.optimizer.lr
          << ") or a smaller initial scale / another initialiser.";
      return msg.str();
    }
  return {};
}

Eigen::MatrixXd Trainer::predictProbabilities(const Eigen::MatrixXd& X) const {
  const Eigen::MatrixXd out = net_.predict(X);
  if (config_.loss == LossKind::SoftmaxCe) {
    const Eigen::RowVectorXd colMax = out.colwise().maxCoeff();
    Eigen::MatrixXd e = (out.rowwise() - colMax).array().exp().matrix();
    const Eigen::RowVectorXd sum = e.colwise().sum();
    return e.array().rowwise() / sum.array();
  }
  Eigen::RowVectorXd p1 = out.row(0);
  if (config_.loss == LossKind::BceLogits)
    p1 = (1.0 / (1.0 + (-out.row(0).array()).exp())).matrix();
  Eigen::MatrixXd p(2, X.cols());
  p.row(0) = (1.0 - p1.array()).matrix();
  p.row(1) = p1;
  return p;
}

Eigen::RowVectorXd Trainer::predictDisplay(const Eigen::MatrixXd& X) const {
  const Eigen::MatrixXd out = net_.predict(X);
  switch (config_.loss) {
    case LossKind::BceLogits:
      return (1.0 / (1.0 + (-out.row(0).array()).exp())).matrix();
    case LossKind::SoftmaxCe:  // p(class 1) = σ(z₁ − z₀)
      return (1.0 / (1.0 + (out.row(0) - out.row(1)).array().exp())).matrix();
    default:
      return out.row(0);
  }
}

}  // namespace gs
