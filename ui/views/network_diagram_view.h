// The network as TensorFlow Playground draws it — units in columns, links as lines — with the
// links' width and opacity showing |∂L/∂w| on a log scale (or |w| by sign), unit fill the mean
// activation, a red ring for a dead unit and a hatch for a saturated one (see
// network_diagram_layout.h), in the plot theme's colours. Hover a unit or a link for its numbers;
// right-click to export.
#pragma once

#include <QImage>
#include <QWidget>

#include "network_diagram_layout.h"
#include "snapshot.h"

class QComboBox;

namespace gs {

class NetworkDiagramView : public QWidget {
  Q_OBJECT

 public:
  explicit NetworkDiagramView(QWidget* parent = nullptr);

  void setSnapshot(const Snapshot& snapshot);
  void clear();
  void setMode(LinkMode mode);
  LinkMode mode() const { return mode_; }
  // The shapes of the last layout at the current size (tests, hover).
  const DiagramLayout& currentLayout();
  // Draws the diagram at `size` (logical units) with `painter` — the screen, a PNG, SVG or PDF.
  void drawTo(QPainter& painter, const QSizeF& size);
  // The colours it draws in, made from the plot theme it follows.
  const DiagramColours& colours() const { return colours_; }
  // The link-mode chooser in the corner; hidden for exported figures.
  void setControlsVisible(bool visible);

  QSize sizeHint() const override { return {520, 360}; }
  QSize minimumSizeHint() const override { return {300, 220}; }

 protected:
  void paintEvent(QPaintEvent* event) override;
  void resizeEvent(QResizeEvent* event) override;
  bool event(QEvent* event) override;
  void contextMenuEvent(QContextMenuEvent* event) override;
  void changeEvent(QEvent* event) override;

 private:
  QString tipAt(const QPointF& at);
  void exportFigure();
  void retranslate();
  void placeModeBox();

  Snapshot snapshot_;
  bool haveSnapshot_ = false;
  LinkMode mode_ = LinkMode::Gradient;
  QComboBox* modeBox_;
  DiagramLayout layout_;
  bool layoutValid_ = false;
  DiagramColours colours_;  // from the plot theme
  QImage diagramImage_;     // links and units are drawn into it (paintDiagramAsImage), kept
};

}  // namespace gs
