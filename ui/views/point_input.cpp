#include "point_input.h"

#include <qcustomplot.h>

#include <QKeyEvent>
#include <QMouseEvent>

#include "point_set.h"

namespace gs {

PointInput::PointInput(QCustomPlot* plot) : QObject(plot), plot_(plot) {
  plot_->installEventFilter(this);
  plot_->setFocusPolicy(Qt::StrongFocus);  // keys 0–7 reach it once it was clicked
}

void PointInput::setDrawClass(int label) {
  if (label < 0 || label >= PointLimits::kClassesMax || label == drawClass_) return;
  drawClass_ = label;
  emit drawClassChanged(label);
}

bool PointInput::insideBox(const QPoint& pos) const {
  return plot_->axisRect() && plot_->axisRect()->rect().contains(pos);
}

bool PointInput::mousePressed(QMouseEvent* event) {
  const QPoint pos = event->position().toPoint();
  if (!insideBox(pos)) return false;
  const Qt::MouseButton button = event->button();
  if (button != Qt::LeftButton && button != Qt::RightButton) return false;
  plot_->setFocus(Qt::MouseFocusReason);
  const double a = plot_->xAxis->pixelToCoord(pos.x());
  const double b = plot_->yAxis->pixelToCoord(pos.y());
  if (event->modifiers() & Qt::ShiftModifier)
    emit removeRequested(a, b);
  else if (mode_ == Mode::Values)
    emit addRequested(a, b, 0);
  else
    emit addRequested(a, b, button == Qt::LeftButton ? drawClass_ : 1);
  return true;
}

bool PointInput::eventFilter(QObject* watched, QEvent* event) {
  if (watched != plot_ || mode_ == Mode::Off) return QObject::eventFilter(watched, event);
  switch (event->type()) {
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonDblClick:
      return mousePressed(static_cast<QMouseEvent*>(event));
    case QEvent::MouseButtonRelease:
    case QEvent::MouseMove:  // no dragging of the axes while drawing
      return insideBox(static_cast<QMouseEvent*>(event)->position().toPoint());
    case QEvent::ContextMenu:  // right click inside the box adds class 1 instead
      return insideBox(static_cast<QContextMenuEvent*>(event)->pos());
    case QEvent::KeyPress: {
      const int key = static_cast<QKeyEvent*>(event)->key();
      if (mode_ != Mode::Classes || key < Qt::Key_0 || key > Qt::Key_7) break;
      setDrawClass(key - Qt::Key_0);
      return true;
    }
    default:
      break;
  }
  return QObject::eventFilter(watched, event);
}

}  // namespace gs
