// Drawing points on the decision map with the mouse: left click adds a point of the chosen class
// (keys 0–7 choose it; 0 at first), right click adds class 1, Shift+click removes the nearest
// point; on a regression plot either click adds the point (x, y). Only clicks inside the plot's
// box count, so the context menu of the title and axes stays. The input reports requests; the
// window edits the points (PointEditor).
#pragma once

#include <QObject>

class QCustomPlot;
class QMouseEvent;

namespace gs {

class PointInput : public QObject {
  Q_OBJECT

 public:
  enum class Mode { Off, Classes, Values };

  explicit PointInput(QCustomPlot* plot);

  void setMode(Mode mode) { mode_ = mode; }
  Mode mode() const { return mode_; }
  int drawClass() const { return drawClass_; }  // what a left click adds, 0 … 7
  void setDrawClass(int label);                 // emits drawClassChanged when it changes

 signals:
  void addRequested(double a, double b, int label);
  void removeRequested(double a, double b);
  void drawClassChanged(int label);

 protected:
  bool eventFilter(QObject* watched, QEvent* event) override;

 private:
  bool insideBox(const QPoint& pos) const;
  bool mousePressed(QMouseEvent* event);

  QCustomPlot* plot_;
  Mode mode_ = Mode::Off;
  int drawClass_ = 0;
};

}  // namespace gs
