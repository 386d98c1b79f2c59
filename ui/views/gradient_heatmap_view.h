// The whole run in one figure: layer × training step, colour = log₁₀ of the chosen per-layer
// measure (the dead / saturated shares are drawn linearly, 0 … 1), with a colour scale. Fed a
// gs::GradientHistory; a zero on the log scale (e.g. a dead layer's gradient) is drawn grey.
#pragma once

#include <QWidget>

#include "history.h"

class QCustomPlot;
class QCPColorMap;
class QCPColorScale;
class QCPTextElement;

namespace gs {

struct PlotTheme;

class GradientHeatmapView : public QWidget {
  Q_OBJECT

 public:
  explicit GradientHeatmapView(QWidget* parent = nullptr);

  void setHistory(const GradientHistory& history);  // copies it
  void setMeasure(Measure measure);
  Measure measure() const { return measure_; }
  // Whether the colour is log₁₀ of the measure (all but the shares and the means, which can be <
  // 0).
  static bool isLogMeasure(Measure measure);

  QCustomPlot* plot() const { return plot_; }
  QCPColorMap* colorMap() const { return map_; }
  QCPColorScale* colorScale() const { return scale_; }
  int cellCount() const;  // steps × layers drawn
  // The key under the plot when some cells are grey (an exact 0 on the log scale), else "".
  QString zeroNote() const;

 private:
  void applyTheme(const PlotTheme& theme);
  void rebuild();
  void showZeroNote(bool show);

  QCustomPlot* plot_;
  QCPColorMap* map_;
  QCPColorScale* scale_;
  QCPTextElement* zeroNote_;  // in the layout only while there are grey cells
  GradientHistory history_;
  Measure measure_ = Measure::WeightGradNorm;
};

}  // namespace gs
