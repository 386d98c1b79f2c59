// One per-layer measure of a gs::GradientHistory over the training steps: a line per layer,
// coloured by depth (the theme's layer colours, viridis' hues from purple next to the input to
// gold at the output layer, with a colour scale naming the layers), on a log or linear axis, with
// an optional dashed reference line.
// The update-to-data ratio view (log, 10⁻³ line) and the activation mean / std views are this.
#pragma once

#include <QString>
#include <QWidget>

#include "history.h"

class QCustomPlot;
class QCPColorScale;
class QCPItemStraightLine;
class QCPItemText;
class QCPTextElement;

namespace gs {

struct PlotTheme;

class LayerSeriesView : public QWidget {
  Q_OBJECT

 public:
  LayerSeriesView(Measure measure, bool logScale, QWidget* parent = nullptr);
  // The update-to-data ratio view of the window's dock and of `render --figure ratios`: ‖ΔW‖/‖W‖
  // on a log axis with the dashed 10⁻³ line, and its title.
  static LayerSeriesView* updateRatios(QWidget* parent = nullptr);

  void setTitle(const QString& title);  // a bold line above the plot; none by default
  QString title() const;

  // A dashed horizontal line at `value` (in the measure's units) with `label` at its right end.
  void setReference(double value, const QString& label);
  void setHistory(const GradientHistory& history);  // copies it
  void setAxisLabel(const QString& label);          // default: the measure's display name

  QCustomPlot* plot() const { return plot_; }
  QCPColorScale* colorScale() const { return scale_; }
  Measure measure() const { return measure_; }
  bool logScale() const { return log_; }
  int lineCount() const;   // one per layer of the history
  int pointCount() const;  // drawn points over every line (gaps not counted)
  double referenceValue() const { return reference_; }  // NaN when there is none

 private:
  void applyTheme(const PlotTheme& theme);
  void rebuild();

  QCustomPlot* plot_;
  QCPColorScale* scale_;
  QCPItemStraightLine* referenceLine_ = nullptr;
  QCPItemText* referenceText_ = nullptr;
  QCPTextElement* title_ = nullptr;
  GradientHistory history_;
  Measure measure_;
  bool log_;
  double reference_;
};

}  // namespace gs
