// Reads the backprop walk-through of a training step from the network as it was between the
// backward pass and the optimiser's update. Trainer::step() applies the update at once, so the
// pre-step weights are kept (cheap: W is out × in, the step's work is out × in × batch) and put
// back into a copy of the network when a walk is wanted; the copy's buffers are reused between
// walks.
#pragma once

#include <Eigen/Core>
#include <vector>

#include "chain_walk.h"
#include "network.h"

namespace gs {

class WalkCapture {
 public:
  // Call right before Trainer::step(): remembers the weights the coming backward pass uses.
  void rememberWeights(const Mlp& net);
  // Drops the remembered weights (keeps the last capture): capture() fails until the next
  // rememberWeights().
  void forgetWeights() {
    W_.clear();
    b_.clear();
  }
  // Call right after a step: the network as it was after backward, before the update. False when
  // no weights were remembered for this network's shape.
  bool capture(const Mlp& netAfterStep);
  bool hasCapture() const { return captured_; }
  // The walk of the captured step for one sample of its batch (clamped into the batch).
  ChainWalk walk(int sample) const;
  void clear();

 private:
  std::vector<Eigen::MatrixXd> W_;
  std::vector<Eigen::VectorXd> b_;
  Mlp net_;
  bool captured_ = false;
};

}  // namespace gs
