#include "history.h"

#include <iomanip>
#include <limits>
#include <sstream>
#include <stdexcept>

namespace gs {
namespace {

struct MeasureInfo {
  HistoryMeasure measure;
  const char* id;
  const char* name;
};

const MeasureInfo kMeasures[kHistoryMeasureCount] = {
    {HistoryMeasure::WeightGradNorm, "weight_grad_norm", "‖∂L/∂W‖"},
    {HistoryMeasure::WeightGradMeanAbs, "weight_grad_mean_abs", "mean |∂L/∂W|"},
    {HistoryMeasure::BiasGradNorm, "bias_grad_norm", "‖∂L/∂b‖"},
    {HistoryMeasure::DeltaRms, "delta_rms", "RMS δ"},
    {HistoryMeasure::MeanDerivative, "mean_derivative", "mean f′(z)"},
    {HistoryMeasure::DeadFraction, "dead_fraction", "dead units"},
    {HistoryMeasure::SaturatedFraction, "saturated_fraction", "saturated units"},
    {HistoryMeasure::WeightNorm, "weight_norm", "‖W‖"},
    {HistoryMeasure::UpdateRatio, "update_ratio", "‖ΔW‖/‖W‖"},
    {HistoryMeasure::GradDataRatio, "grad_data_ratio", "‖∂L/∂W‖/‖W‖"},
    {HistoryMeasure::ActivationMean, "act_mean", "mean activation"},
    {HistoryMeasure::ActivationStd, "act_std", "std activation"},
    {HistoryMeasure::PreActivationMean, "preact_mean", "mean pre-activation"},
    {HistoryMeasure::PreActivationStd, "preact_std", "std pre-activation"},
};

std::size_t slot(HistoryMeasure m) { return static_cast<std::size_t>(m); }

std::string number(double v) {
  std::ostringstream os;
  os << std::setprecision(10) << v;
  return os.str();
}

}  // namespace

std::vector<HistoryMeasure> allHistoryMeasures() {
  std::vector<HistoryMeasure> out;
  for (const MeasureInfo& m : kMeasures) out.push_back(m.measure);
  return out;
}

std::string historyMeasureId(HistoryMeasure m) { return kMeasures[slot(m)].id; }
std::string historyMeasureDisplayName(HistoryMeasure m) { return kMeasures[slot(m)].name; }

std::optional<HistoryMeasure> historyMeasureFromId(const std::string& id) {
  for (const MeasureInfo& m : kMeasures)
    if (id == m.id) return m.measure;
  return std::nullopt;
}

std::string historyMeasureIdList() {
  std::string out;
  for (const MeasureInfo& m : kMeasures) out += (out.empty() ? "" : ", ") + std::string(m.id);
  return out;
}

double measureOf(const LayerStats& s, HistoryMeasure m) {
  switch (m) {
    case HistoryMeasure::WeightGradNorm:
      return s.weightGradNorm;
    case HistoryMeasure::WeightGradMeanAbs:
      return s.weightGradMeanAbs;
    case HistoryMeasure::BiasGradNorm:
      return s.biasGradNorm;
    case HistoryMeasure::DeltaRms:
      return s.deltaRms;
    case HistoryMeasure::MeanDerivative:
      return s.meanDerivative;
    case HistoryMeasure::DeadFraction:
      return s.deadFraction;
    case HistoryMeasure::SaturatedFraction:
      return s.saturatedFraction;
    case HistoryMeasure::WeightNorm:
      return s.weightNorm;
    case HistoryMeasure::UpdateRatio:
      return s.updateRatio;
    case HistoryMeasure::GradDataRatio:
      return s.gradDataRatio;
    case HistoryMeasure::ActivationMean:
      return s.activationMean;
    case HistoryMeasure::ActivationStd:
      return s.activationStd;
    case HistoryMeasure::PreActivationMean:
      return s.preActivationMean;
    case HistoryMeasure::PreActivationStd:
      return s.preActivationStd;
  }
  return std::numeric_limits<double>::quiet_NaN();
}

GradientHistory::GradientHistory(int maxColumns) : maxColumns_(maxColumns) {
  if (maxColumns < kMinColumns || maxColumns > kMaxColumns)
    throw std::invalid_argument("history: maxColumns = " + std::to_string(maxColumns) +
                                " is out of range; allowed: " + std::to_string(kMinColumns) +
                                " to " + std::to_string(kMaxColumns));
}

void GradientHistory::clear() {
  columns_.clear();
  activations_.clear();
  stride_ = 1;
  offered_ = 0;
}

void GradientHistory::add(const Snapshot& s) {
  if (s.layers.empty()) return;
  if (s.layers.size() != activations_.size()) {
    clear();
    for (const LayerStats& l : s.layers) activations_.push_back(l.activation);
  }
  if (offered_++ % stride_ != 0) return;
  Column c;
  c.step = s.step;
  c.loss = s.loss;
  c.layers.reserve(s.layers.size());
  for (const LayerStats& l : s.layers) {
    Values v;
    for (const MeasureInfo& m : kMeasures) v[slot(m.measure)] = measureOf(l, m.measure);
    c.layers.push_back(v);
  }
  columns_.push_back(std::move(c));
  if (columns() >= maxColumns_) decimate();
}

// Column k holds offered snapshot k·stride; keeping the even columns leaves multiples of 2·stride,
// which is exactly what the doubled stride records next.
void GradientHistory::decimate() {
  // Column 0 stays where it is (moving it onto itself would empty its vector).
  std::size_t kept = 1;
  for (std::size_t k = 2; k < columns_.size(); k += 2) columns_[kept++] = std::move(columns_[k]);
  columns_.resize(kept);
  stride_ *= 2;
}

double GradientHistory::value(int layer, int column, HistoryMeasure m) const {
  return columns_.at(static_cast<std::size_t>(column))
      .layers.at(static_cast<std::size_t>(layer))[slot(m)];
}

std::vector<double> GradientHistory::series(int layer, HistoryMeasure m) const {
  std::vector<double> out;
  out.reserve(columns_.size());
  for (int c = 0; c < columns(); ++c) out.push_back(value(layer, c, m));
  return out;
}

std::string historyCsv(const GradientHistory& h) {
  std::ostringstream os;
  os << "step,loss,layer,activation";
  for (const MeasureInfo& m : kMeasures) os << ',' << m.id;
  os << '\n';
  for (int c = 0; c < h.columns(); ++c)
    for (int l = 0; l < h.layers(); ++l) {
      os << h.step(c) << ',' << number(h.loss(c)) << ',' << l + 1 << ','
         << h.activations()[static_cast<std::size_t>(l)];
      for (const MeasureInfo& m : kMeasures) os << ',' << number(h.value(l, c, m.measure));
      os << '\n';
    }
  return os.str();
}

std::string historyCsvWide(const GradientHistory& h, HistoryMeasure m) {
  std::ostringstream os;
  os << "step,loss";
  for (int l = 0; l < h.layers(); ++l) os << ",layer_" << l + 1;
  os << '\n';
  for (int c = 0; c < h.columns(); ++c) {
    os << h.step(c) << ',' << number(h.loss(c));
    for (int l = 0; l < h.layers(); ++l) os << ',' << number(h.value(l, c, m));
    os << '\n';
  }
  return os.str();
}

}  // namespace gs
