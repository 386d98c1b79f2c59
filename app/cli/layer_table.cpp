#include "layer_table.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>
#include <string>

namespace gs::cli {
namespace {

// Terminal columns of a UTF-8 string: continuation bytes (‖, ′) take no column.
std::size_t columnsOf(const std::string& s) {
  std::size_t columns = 0;
  for (unsigned char c : s) columns += (c & 0xC0) != 0x80;
  return columns;
}

std::string pad(const std::string& s, std::size_t width, bool right = false) {
  const std::size_t columns = columnsOf(s);
  const std::string fill(columns < width ? width - columns : 0, ' ');
  return right ? fill + s : s + fill;
}

// "sigmoid", "relu+batchnorm+skip", …: the activation column's text for a layer.
std::string activationLabel(const LayerStats& L) {
  return activationId(L.activation) + (L.norm == "none" ? "" : "+" + L.norm + "norm") +
         (L.residual ? "+skip" : "");
}

std::string num(const char* format, double v) {
  char text[48];
  std::snprintf(text, sizeof text, format, v);
  return text;
}

}  // namespace

double firstToOutputRatio(const Snapshot& s) {
  if (s.layers.empty()) return std::numeric_limits<double>::quiet_NaN();
  const double out = s.layers.back().weightGradNorm;
  return out > 0 ? s.layers.front().weightGradNorm / out : std::numeric_limits<double>::quiet_NaN();
}

void printLayerTable(std::ostream& os, const Snapshot& s) {
  if (s.layers.empty()) return;
  const double outNorm = s.layers.back().weightGradNorm;
  // Wide enough for the longest label and two spaces, so the numbers stay in their columns.
  std::size_t actWidth = 12;
  for (const LayerStats& L : s.layers)
    actWidth = std::max(actWidth, columnsOf(activationLabel(L)) + 2);
  os << pad("layer", 7, true) << "  " << pad("activation", actWidth) << pad("‖dW‖", 12, true)
     << pad("ratio to out", 14, true) << pad("mean f′", 10, true) << pad("dead %", 9, true)
     << pad("saturated %", 13, true) << pad("update/data", 13, true) << pad("act std", 11, true)
     << '\n';
  for (const LayerStats& L : s.layers) {
    const bool output = L.index + 1 == static_cast<int>(s.layers.size());
    const std::string name = output ? "out" : std::to_string(L.index);
    const std::string act = activationLabel(L);
    const std::string ratio = outNorm > 0 ? num("%.3e", L.weightGradNorm / outNorm) : "-";
    os << pad(name, 7, true) << "  " << pad(act, actWidth)
       << pad(num("%.3e", L.weightGradNorm), 12, true) << pad(ratio, 14, true)
       << pad(num("%.4f", L.meanDerivative), 10, true)
       << pad(num("%.1f", 100.0 * L.deadFraction), 9, true)
       << pad(std::isnan(L.saturatedFraction) ? "-" : num("%.1f", 100.0 * L.saturatedFraction), 13,
              true)
       << pad(std::isnan(L.updateRatio) ? "-" : num("%.2e", L.updateRatio), 13, true)
       << pad(num("%.3g", L.activationStd), 11, true) << '\n';
  }
  const double ratio = firstToOutputRatio(s);
  const int hops = static_cast<int>(s.layers.size()) - 1;
  if (outNorm == 0) {  // 0/0 or x/0: say why instead of printing nan or inf
    bool allZero = true;
    for (const LayerStats& L : s.layers) allZero = allZero && L.weightGradNorm == 0;
    os << "layer 0 / output ‖dW‖ ratio: undefined — "
       << (allZero ? "every ‖dW‖ is exactly 0: no layer can learn any more (see dead %)\n"
                   : "the output layer's ‖dW‖ is exactly 0\n");
    return;
  }
  os << "layer 0 / output ‖dW‖ ratio: " << num("%.3e", ratio);
  if (hops > 0 && ratio > 0 && std::isfinite(ratio))
    os << " (about ×" << num("%.3g", std::pow(ratio, 1.0 / hops)) << " per layer)";
  os << '\n';
}

}  // namespace gs::cli
