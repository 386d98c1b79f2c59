#include "walk_capture.h"

#include <algorithm>

namespace gs {

void WalkCapture::rememberWeights(const Mlp& net) {
  const auto& layers = net.layers();
  W_.resize(layers.size());
  b_.resize(layers.size());
  for (std::size_t i = 0; i < layers.size(); ++i) {
    W_[i] = layers[i].W;  // same shape as last time: Eigen reuses the buffer
    b_[i] = layers[i].b;
  }
}

bool WalkCapture::capture(const Mlp& netAfterStep) {
  const auto& layers = netAfterStep.layers();
  captured_ = false;
  if (layers.empty() || W_.size() != layers.size()) return false;
  for (std::size_t i = 0; i < layers.size(); ++i)
    if (W_[i].rows() != layers[i].W.rows() || W_[i].cols() != layers[i].W.cols()) return false;
  net_ = netAfterStep;
  for (std::size_t i = 0; i < layers.size(); ++i) {
    net_.layers()[i].W = W_[i];
    net_.layers()[i].b = b_[i];
  }
  captured_ = true;
  return true;
}

ChainWalk WalkCapture::walk(int sample) const {
  if (!captured_) return ChainWalk();
  const auto batch = static_cast<int>(net_.layers().back().delta.cols());
  return chainWalk(net_, std::clamp(sample, 0, std::max(0, batch - 1)));
}

void WalkCapture::clear() {
  W_.clear();
  b_.clear();
  net_ = Mlp();
  captured_ = false;
}

}  // namespace gs
