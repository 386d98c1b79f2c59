#include "compare_default.h"

namespace gs {

Config defaultCompareB(const Config& a) {
  Config b = a;
  b.layerActivations.clear();
  b.alpha = Config::kAlphaDefault;
  switch (a.activation) {
    case ActivationKind::Sigmoid:
    case ActivationKind::Tanh:
      b.activation = ActivationKind::Relu;
      b.init = InitKind::HeNormal;
      break;
    case ActivationKind::Relu:
      b.activation = ActivationKind::LeakyRelu;
      b.alpha = 0.2;  // lesson 5's: keeps lesson 4's network learning at its learning rate
      b.init = InitKind::HeNormal;
      break;
    default:
      b.activation = ActivationKind::Sigmoid;
      b.init = InitKind::XavierNormal;
      break;
  }
  return b;
}

}  // namespace gs
