// Owns network, data and optimiser; step() runs one mini-batch and returns a Snapshot.
#pragma once

#include <Eigen/Core>
#include <functional>
#include <random>
#include <string>
#include <vector>

#include "config.h"
#include "dataset.h"
#include "network.h"
#include "optimizer.h"
#include "snapshot.h"

namespace gs {

// One mini-batch with the loss and the gradients left in the network (no update applied).
struct Batch {
  Eigen::MatrixXd X;  // inputs x B
  Eigen::MatrixXd Y;  // targets x B: 0/1 or a value, one-hot for softmax_ce
};

struct Evaluation {
  double loss = 0;
  bool hasAccuracy = false;
  double accuracy = 0;
  int samplesUsed = 0;       // evenly spaced samples evaluated; < samplesTotal when the budget cut
  int samplesTotal = 0;      // the data set's size
  bool interrupted = false;  // stop() said so between two chunks; loss and accuracy are not set
  bool sampled() const { return samplesUsed < samplesTotal; }
};

// The evaluation is bounded like a step: at most kEvaluationCostMax forward multiply-adds in all
// (4 × the largest step's forward pass, ~1 s at depth 200 × width 512), in chunks of at most
// kEvaluationChunkCostMax (~0.1 s) and 4096 samples, with a stop check between chunks. A data set
// larger than the budget is evaluated on evenly spaced samples.
constexpr double kEvaluationCostMax = 4.0 * Limits::kStepCostMax;
constexpr double kEvaluationChunkCostMax = Limits::kStepCostMax / 4.0;

// The data a Trainer of this config trains on: the config's points, or its built-in data set drawn
// with the config's seed (the same points every time).
Dataset trainingData(const Config& config);

class Trainer {
 public:
  // Throws ConfigError when the config is not valid.
  explicit Trainer(const Config& config);

  // Forward, loss, backward, statistics, the before-update hook, and — when everything is
  // finite — clipping, weight decay and the update. The gradients left in the network stay the
  // raw ones.
  Snapshot step();
  // Called by every step() between its backward pass and its update, with the network as the
  // gradients were computed: weights, forward caches, δ, ∂L/∂W. What reads the step's chain rule
  // (the walk-through) takes it there, instead of copying the weights before every step.
  // The step number passed is the one the coming snapshot will carry.
  using BeforeUpdate = std::function<void(const Mlp& net, long step)>;
  void setBeforeUpdate(BeforeUpdate hook) { beforeUpdate_ = std::move(hook); }
  // Forward and backward on the next mini-batch without updating; the gradients stay in
  // network().layers()[i].dW / db. Advances the batch sampler like step() does.
  double probe(Batch& batch);

  // Whether step() bins every layer's z, ∂L/∂W and a into LayerStats' histograms (on by default).
  // A caller that shows them only at display rate turns it off and, for the snapshot it shows,
  // calls addLayerHistograms() (core/stats.h) with network(), which still holds that step's
  // caches.
  void setLayerHistograms(bool on) { histograms_ = on; }
  bool layerHistograms() const { return histograms_; }

  // Throws ConfigError (and changes nothing) outside validate()'s range.
  void setLearningRate(double lr);
  // Loss and accuracy over the data set (or evenly spaced samples of it, see Evaluation).
  Evaluation evaluate(const std::function<bool()>& stop = {}) const;
  // "" while every weight and bias is finite, else what happened in which update: the statistics
  // of a step are taken before its update, so only this sees a last update that blew up.
  std::string weightsProblem() const;
  // Network outputs mapped for display: probability of class 1 (classification) or the value.
  Eigen::RowVectorXd predictDisplay(const Eigen::MatrixXd& X) const;
  // Classification: K x n, column i the probability of each class at X.col(i) (softmax for
  // softmax_ce; 1 − p, p for bce_logits; 1 − ŷ, ŷ for mse on 0/1 labels).
  Eigen::MatrixXd predictProbabilities(const Eigen::MatrixXd& X) const;

  const Config& config() const { return config_; }
  const Mlp& network() const { return net_; }
  const Dataset& data() const { return data_; }
  const Snapshot& last() const { return last_; }
  long steps() const { return steps_; }
  bool diverged() const { return !last_.finite; }

 private:
  void nextBatch(Batch& batch);
  Eigen::MatrixXd targets(const Eigen::RowVectorXd& y) const;
  double accuracy(const Eigen::MatrixXd& out, const Eigen::MatrixXd& y) const;
  bool gradientsFinite() const;
  void update(Snapshot& s);

  Config config_;
  Dataset data_;
  Mlp net_;
  Optimizer optimizer_;
  std::mt19937_64 batchRng_;
  std::vector<int> order_;
  std::size_t cursor_ = 0;
  Batch batch_;
  Eigen::MatrixXd grad_;
  Snapshot last_;
  long steps_ = 0;
  long clippedSteps_ = 0;
  BeforeUpdate beforeUpdate_;
  bool histograms_ = true;
};

}  // namespace gs
