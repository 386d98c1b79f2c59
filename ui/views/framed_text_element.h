// A line of text in a plot's layout, on a panel with a frame: the decision map's "Click adds
// class N" under its legend, where it covers no data point (inside the plot's box it hid the top
// points). The frame takes the colour of what a click adds.
#pragma once

#include <qcustomplot.h>

namespace gs {

class FramedTextElement : public QCPTextElement {
  Q_OBJECT

 public:
  explicit FramedTextElement(QCustomPlot* plot);

  void setFrame(const QPen& pen, const QBrush& brush);
  QPen framePen() const { return pen_; }
  // Where the panel was last drawn, in the plot's pixels (tests).
  QRectF frameRect() const { return frame_; }

 protected:
  void draw(QCPPainter* painter) override;

 private:
  QPen pen_;
  QBrush brush_;
  QRectF frame_;
};

}  // namespace gs
