#include "csv_history.h"

#include <cmath>
#include <cstdio>

namespace gs::cli {
namespace {

// 10 significant digits: enough to plot and to compare, a third of the size of round-trip output.
// NaN prints as "nan" (never "-nan") so that every CSV reader understands it.
void put(std::string& os, double v) {
  if (std::isnan(v)) {
    os += ",nan";
    return;
  }
  char text[32];
  std::snprintf(text, sizeof text, ",%.10g", v);
  os += text;
}

}  // namespace

std::string csvHeader() {
  return "step,layer,activation,residual,fan_in,fan_out,grad_w_norm,grad_w_mean_abs,grad_b_norm,"
         "delta_rms,mean_fprime,dead_fraction,saturated_fraction,w_norm,loss,accuracy,norm,"
         "update_ratio,grad_data_ratio,act_mean,act_std,preact_mean,preact_std,clipped,"
         "grad_norm_total\n";
}

void appendCsvRows(std::string& os, long step, const Snapshot& s) {
  for (const LayerStats& L : s.layers) {
    os += std::to_string(step) + ',' + std::to_string(L.index) + ',' + activationId(L.activation) +
          ',' + (L.residual ? '1' : '0') + ',' + std::to_string(L.fanIn) + ',' +
          std::to_string(L.fanOut);
    put(os, L.weightGradNorm);
    put(os, L.weightGradMeanAbs);
    put(os, L.biasGradNorm);
    put(os, L.deltaRms);
    put(os, L.meanDerivative);
    put(os, L.deadFraction);
    put(os, L.saturatedFraction);
    put(os, L.weightNorm);
    put(os, s.loss);
    if (s.hasAccuracy)
      put(os, s.accuracy);
    else
      os += ',';
    os += ',' + L.norm;
    put(os, L.updateRatio);
    put(os, L.gradDataRatio);
    put(os, L.activationMean);
    put(os, L.activationStd);
    put(os, L.preActivationMean);
    put(os, L.preActivationStd);
    os += s.clipped ? ",1" : ",0";
    put(os, s.gradNormTotal);
    os += '\n';
  }
}

}  // namespace gs::cli
