// Owns network, data and optimiser; step() runs one mini-batch and returns a Snapshot.
#pragma once

#include <Eigen/Core>
#include <functional>
#include <random>
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
};

class Trainer {
 public:
  // Throws ConfigError when the config is not valid.
  explicit Trainer(const Config& config);

  // Forward, loss, backward, statistics, the before-update hook, and — when everything is
  // finite — the update.
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

  // Whether step() bins every layer's z into LayerStats::preActivation (on by default). A caller
  // that shows the histogram only at display rate turns it off and, for the snapshot it shows,
  // calls addPreActivationHistograms() (core/stats.h) with network(), which still holds that
  // step's z.
  void setPreActivationHistograms(bool on) { histograms_ = on; }
  bool preActivationHistograms() const { return histograms_; }

  // Throws ConfigError (and changes nothing) outside validate()'s range.
  void setLearningRate(double lr);
  // Loss and accuracy over the whole dataset.
  Evaluation evaluate() const;
  // Network outputs mapped for display: probability of class 1 (classification) or the value.
  Eigen::RowVectorXd predictDisplay(const Eigen::MatrixXd& X) const;

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
  BeforeUpdate beforeUpdate_;
  bool histograms_ = true;
};

}  // namespace gs
