// Owns network, data and optimiser; step() runs one mini-batch and returns a Snapshot.
#pragma once

#include <Eigen/Core>
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

  // Forward, loss, backward, statistics, and — when everything is finite — clipping, weight
  // decay and the update. The gradients left in the network stay the raw ones.
  Snapshot step();
  // Forward and backward on the next mini-batch without updating; the gradients stay in
  // network().layers()[i].dW / db. Advances the batch sampler like step() does.
  double probe(Batch& batch);

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
};

}  // namespace gs
