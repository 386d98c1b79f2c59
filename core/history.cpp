#include "history.h"

#include <iomanip>
#include <sstream>
#include <stdexcept>

namespace gs {
namespace {

std::size_t slot(Measure m) { return static_cast<std::size_t>(m); }

std::string number(double v) {
  std::ostringstream os;
  os << std::setprecision(10) << v;
  return os.str();
}

int checkedMaxColumns(int maxColumns) {
  if (maxColumns < GradientHistory::kMinColumns || maxColumns > GradientHistory::kMaxColumns)
    throw std::invalid_argument(
        "history: maxColumns = " + std::to_string(maxColumns) +
        " is out of range; allowed: " + std::to_string(GradientHistory::kMinColumns) + " to " +
        std::to_string(GradientHistory::kMaxColumns));
  return maxColumns;
}

}  // namespace

GradientHistory::GradientHistory(int maxColumns)
    : maxColumns_(checkedMaxColumns(maxColumns)),
      columns_(static_cast<std::size_t>(maxColumns_ - 1)) {}

void GradientHistory::clear() {
  columns_.clear();
  activations_.clear();
  offered_ = 0;
}

void GradientHistory::add(const Snapshot& s) {
  if (s.layers.empty()) return;
  if (s.layers.size() != activations_.size()) {
    clear();
    for (const LayerStats& l : s.layers) activations_.push_back(l.activation);
  }
  const long position = offered_++;
  if (position % columns_.stride() != 0) return;  // off the grid: skip the copying below
  Column c;
  c.step = s.step;
  c.loss = s.loss;
  c.layers.reserve(s.layers.size());
  for (const LayerStats& l : s.layers) {
    Values v;
    for (Measure m : allMeasures()) v[slot(m)] = measureOf(l, m);
    c.layers.push_back(v);
  }
  columns_.add(position, std::move(c));
}

double GradientHistory::value(int layer, int column, Measure m) const {
  return at(column).layers.at(static_cast<std::size_t>(layer))[slot(m)];
}

std::vector<double> GradientHistory::series(int layer, Measure m) const {
  std::vector<double> out;
  out.reserve(columns_.size());
  for (int c = 0; c < columns(); ++c) out.push_back(value(layer, c, m));
  return out;
}

std::string historyCsv(const GradientHistory& h) {
  std::ostringstream os;
  os << "step,loss,layer,activation";
  for (Measure m : allMeasures()) os << ',' << measureId(m);
  os << '\n';
  for (int c = 0; c < h.columns(); ++c)
    for (int l = 0; l < h.layers(); ++l) {
      os << h.step(c) << ',' << number(h.loss(c)) << ',' << l + 1 << ','
         << activationId(h.activations()[static_cast<std::size_t>(l)]);
      for (Measure m : allMeasures()) os << ',' << number(h.value(l, c, m));
      os << '\n';
    }
  return os.str();
}

std::string historyCsvWide(const GradientHistory& h, Measure m) {
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
