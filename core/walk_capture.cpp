#include "walk_capture.h"

#include <algorithm>

namespace gs {

void WalkCapture::capture(const Mlp& netBeforeUpdate, long step) {
  net_ = netBeforeUpdate;  // same shapes as last time: Eigen reuses the buffers
  step_ = step;
}

ChainWalk WalkCapture::walk(int sample) const {
  if (!hasCapture()) return ChainWalk();
  const auto batch = static_cast<int>(net_.layers().back().delta.cols());
  return chainWalk(net_, std::clamp(sample, 0, std::max(0, batch - 1)));
}

void WalkCapture::clear() {
  net_ = Mlp();
  step_ = -1;
}

}  // namespace gs
