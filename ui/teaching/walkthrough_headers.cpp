#include "walkthrough_headers.h"

#include "walkthrough_panel.h"

namespace gs {

QString wrapHeader(const QString& text) {
  int best = -1;
  for (int i = 0; i < text.size(); ++i) {
    if (text[i] != ' ' || i < 2 || text.size() - i - 1 < 2) continue;  // no lone "×" or "="
    if (best < 0 || std::abs(2 * i - text.size()) < std::abs(2 * best - text.size())) best = i;
  }
  if (best < 0) return text;
  QString wrapped = text;
  wrapped[best] = '\n';
  return wrapped;
}

// The whole headers carry the layer superscripts; the short ones leave them to the layer column
// and to the tooltip, which is the same at every length. ⟨·⟩ is the mean over a layer's units.
WalkthroughHeader WalkthroughPanel::columnHeader(int column, bool one, HeaderLength length) {
  const bool brief = length == HeaderLength::kShort;
  WalkthroughHeader h;
  switch (column) {
    case kLayer:
      h = {brief ? QStringLiteral("#") : tr("layer"),
           tr("Layer l, from the output (top row) down to layer 1 next to the input; +skip (⊕ "
              "when short): the layer has a residual skip connection")};
      break;
    case kActivation:
      h = {tr("f"), tr("The layer's activation function f")};
      break;
    case kWeightAbove:
      h.text = one ? (brief ? tr("× w") : tr("× w⁽ˡ⁺¹⁾")) : (brief ? tr("‖W‖₂") : tr("‖W⁽ˡ⁺¹⁾‖₂"));
      h.toolTip = one ? tr("w⁽ˡ⁺¹⁾: the weight between this layer and the one above (— on the "
                           "output row: there is none)")
                      : tr("‖W⁽ˡ⁺¹⁾‖₂, the largest singular value of the weights above: the most "
                           "they can stretch δ on its way down (—: none above, or too many "
                           "weights to compute it)");
      break;
    case kFprime:
      h.text = one ? (brief ? tr("× f′") : tr("× f′(z⁽ˡ⁾)"))
                   : (brief ? QStringLiteral("⟨f′⟩") : tr("mean f′(z⁽ˡ⁾)"));
      h.toolTip = one ? tr("f′(z⁽ˡ⁾): the slope of this layer's activation at its pre-activation "
                           "(at the normalised value when the layer is normalised)")
                      : tr("⟨f′⟩: the mean over the layer's units of f′(z⁽ˡ⁾), the slope of "
                           "the activation (at the normalised value when the layer is "
                           "normalised)");
      break;
    case kNormScale:
      h.text = one ? (brief ? tr("× γ/σ") : tr("× γ/√(σ²+ε)"))
                   : (brief ? QStringLiteral("⟨γ/σ⟩") : tr("mean γ/√(σ²+ε)"));
      h.toolTip =
          tr("The normalisation's factor γ/√(σ² + ε): it rescales the gradient on its "
             "way back (less the part the batch or layer shares), so δ is no longer "
             "only the product of w and f′");
      if (!one) h.toolTip += tr(" (⟨·⟩: the mean over the layer's units)");
      break;
    case kDelta:  // the running product
      h.text = one ? (brief ? tr("= δ") : tr("= δ⁽ˡ⁾")) : (brief ? tr("‖δ‖") : tr("‖δ⁽ˡ⁾‖"));
      h.toolTip =
          one ? tr("δ⁽ˡ⁾ = ∂J/∂z⁽ˡ⁾: the product of every factor from the output down to this "
                   "layer")
              : tr("‖δ⁽ˡ⁾‖: the size of δ⁽ˡ⁾ = ∂J/∂z⁽ˡ⁾, the running product passed down to this "
                   "layer");
      break;
    case kAPrev:
      h.text = one ? (brief ? tr("× a") : tr("× a⁽ˡ⁻¹⁾")) : (brief ? tr("‖a‖") : tr("‖a⁽ˡ⁻¹⁾‖"));
      h.toolTip = one ? tr("a⁽ˡ⁻¹⁾: this layer's input (the layer below's output; the sample at "
                           "layer 1)")
                      : tr("‖a⁽ˡ⁻¹⁾‖: the size of this layer's input vector (the sample at layer "
                           "1)");
      break;
    case kGradient:
      h.text = one ? (brief ? tr("= ∂J/∂w") : tr("= ∂J/∂w⁽ˡ⁾"))
                   : (brief ? tr("‖∂J/∂W‖") : tr("‖∂J/∂W⁽ˡ⁾‖"));
      h.toolTip = one ? tr("∂J/∂w⁽ˡ⁾ = δ⁽ˡ⁾ · a⁽ˡ⁻¹⁾: this sample's share of the weight's gradient")
                      : tr("‖∂J/∂W⁽ˡ⁾‖ = ‖δ⁽ˡ⁾‖ · ‖a⁽ˡ⁻¹⁾‖: the size of this sample's share of the "
                           "weights' gradient");
      break;
    case kZ:
      h.text = one ? tr("z⁽ˡ⁾") : tr("‖z⁽ˡ⁾‖");
      h.toolTip = one ? tr("z⁽ˡ⁾: this layer's pre-activation")
                      : tr("‖z⁽ˡ⁾‖: the size of this "
                           "layer's pre-activations");
      break;
    case kUpstream:
      h.text = one ? tr("dJ/da⁽ˡ⁾") : tr("‖dJ/da⁽ˡ⁾‖");
      h.toolTip =
          tr("dJ/da⁽ˡ⁾: the gradient arriving from above, w⁽ˡ⁺¹⁾·δ⁽ˡ⁺¹⁾ (+ the skip path's in "
             "a residual layer; dJ/da⁽ᴸ⁾ on the output row)");
      if (!one) h.toolTip += tr(" (its size ‖·‖)");
      break;
    case kFprimeProduct:
      h.text = tr("∏ f′  (≤ bound)");
      h.toolTip =
          tr("The product of f′ from the output down to this layer and, in brackets, the "
             "most it can be: the product of each activation's largest slope (0.25ᵏ for "
             "k sigmoid layers)");
      if (!one) h.toolTip += tr(" (of the means over the units)");
      break;
    case kGradientBatch:
      h.text = one ? tr("batch Σ ∂J/∂w⁽ˡ⁾") : tr("batch ‖∂J/∂W⁽ˡ⁾‖");
      h.toolTip = tr("Summed over the mini-batch: what the optimiser uses (core's dW)");
      break;
    default:
      break;
  }
  if (length != HeaderLength::kWhole) h.text = wrapHeader(h.text);
  return h;
}

}  // namespace gs
