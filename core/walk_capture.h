// Keeps the network of one training step as it was between its backward pass and its update, so
// the backprop walk-through of that step can be read for any sample of its batch, now or later.
// Filled from Trainer::setBeforeUpdate's hook only for the steps a walk is wanted for; the copy's
// buffers are reused between captures.
#pragma once

#include "chain_walk.h"
#include "network.h"

namespace gs {

class WalkCapture {
 public:
  // Copies the network handed to Trainer's before-update hook, for the snapshot of step `step`.
  void capture(const Mlp& netBeforeUpdate, long step);
  bool hasCapture() const { return step_ >= 0; }
  long step() const { return step_; }  // the captured step; −1 when none
  // The walk of the captured step for one sample of its batch (clamped into the batch); an empty
  // walk when nothing is captured.
  ChainWalk walk(int sample) const;
  void clear();

 private:
  Mlp net_;
  long step_ = -1;
};

}  // namespace gs
