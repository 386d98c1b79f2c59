// Where and how the network diagram draws each unit and link, computed from a Snapshot and the
// widget's size; the view paints it and answers hovers from it, tests read it. TensorFlow
// Playground's picture (units as circles in columns, links as lines) coloured by what this app is
// about: link width and opacity show |∂L/∂w| on a log scale (or |w|, blue positive / orange
// negative, as Playground does), unit fill the mean activation, a red ring a dead unit, a hatch a
// saturated one. Past kMaxUnits units or kMaxLayers layers, a sample of units with an ellipsis,
// and one band per layer whose width shows ‖∂L/∂W‖.
#pragma once

#include <QColor>
#include <QLineF>
#include <QPointF>
#include <QPolygonF>
#include <QSizeF>
#include <QString>
#include <vector>

#include "snapshot.h"

namespace gs {

enum class LinkMode { Gradient, Weight };

struct UnitShape {
  QPointF centre;
  double radius = 0;
  QColor fill;
  bool dead = false, saturated = false;
  QString tip;
};

struct LinkShape {
  QLineF line;
  double width = 0;  // pixels
  QColor colour;     // opaque: the link colour mixed with the background by its strength
  int layer = 0, from = 0, to = 0;  // 0-based layer, its input unit and its output unit
  double weight = 0, grad = 0;
};

// What hovering a link says (made on demand: a 10 × 16 network has 2,352 links).
QString linkTip(const LinkShape& link);

struct BandShape {
  QPolygonF polygon;  // between two columns
  QColor colour;
  QString tip;
};

struct DiagramLabel {
  QPointF at;
  QString text;
  int align = 0;  // Qt::Alignment flags around `at`
};

struct DiagramLayout {
  std::vector<UnitShape> units;
  std::vector<LinkShape> links;
  std::vector<BandShape> bands;
  std::vector<DiagramLabel> labels;
  std::vector<QPointF> unitEllipses;   // "⋮": units left out of a column
  std::vector<QPointF> layerEllipses;  // "⋯": layers left out
  bool sampled = false;                // units or layers were left out: bands instead of links
  QString scaleText;                   // what the thickest and the thinnest link mean
  QString fillText;                    // what a unit's fill, ring and hatch mean
};

// Strength in [0, 1] of a value on the diagram's log scale: decades below the largest value,
// kDecades decades and more below show as 0.
struct LogScale {
  static constexpr double kDecades = 6.0;
  double maxLog = 0;  // log10 of the largest value
  double strength(double value) const;
};

constexpr int kMaxUnits = 16;   // per column before sampling
constexpr int kMaxLayers = 12;  // hidden layers before sampling
constexpr double kMaxLinkWidth = 6.0, kMinLinkWidth = 0.4;
constexpr int kStrengthLevels = 24;

// The colours the diagram is drawn in (the view makes them from the plot theme); the defaults are
// the light theme's.
struct DiagramColours {
  QColor background = Qt::white;  // what the links are mixed with for their opacity (drawn opaque)
  QColor ink = Qt::black;         // text, unit outlines
  QColor neutral{235, 235, 235};  // a unit without a value, and the fill at activation 0
  QColor positive{8, 119, 189};   // Playground's blue: activation or weight > 0
  QColor negative{245, 147, 34};  // Playground's orange: < 0
  QColor gradient{60, 40, 110};  // links by |∂L/∂w|: one dark violet, strength in width/opacity
  QColor dead{211, 47, 47};      // the ring of a dead unit
  QColor hatch{60, 60, 60};      // the hatch of a saturated unit
  double faintest = 0.05;        // the opacity of the weakest link
  double outline = 1.0;          // unit outline width in pixels
};

DiagramLayout layoutDiagram(const Snapshot& snapshot, const QSizeF& size, LinkMode mode,
                            double fontHeight, const DiagramColours& colours = {});

}  // namespace gs
