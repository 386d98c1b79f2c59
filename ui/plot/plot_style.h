// Shared look of the classroom plots: a colour-blind-safe palette (Okabe–Ito) and a perceptually
// even colour map for heatmaps, so figures stay readable in print and on a projector.
#pragma once

#include <QColor>
#include <QSharedPointer>

class QCPAxisTickerText;
class QCPColorGradient;
class QCustomPlot;
class QWidget;

namespace gs {

inline QColor runColorA() { return QColor(0x00, 0x72, 0xB2); }       // blue
inline QColor runColorB() { return QColor(0xD5, 0x5E, 0x00); }       // vermillion
inline QColor histogramColor() { return QColor(0x99, 0x99, 0x99); }  // grey bars under curves
inline QColor valueCurveColor() { return QColor(0x00, 0x72, 0xB2); }
inline QColor derivativeCurveColor() { return QColor(0xD5, 0x5E, 0x00); }
inline QColor deadColor() { return QColor(0xCC, 0x79, 0xA7); }       // reddish purple
inline QColor saturatedColor() { return QColor(0xE6, 0x9F, 0x00); }  // orange

// A plot whose tick labels write numbers like the rest of the window (status bar, walk-through,
// lesson texts, max-slope label): "0.25", never "0,25" under a comma-decimal system locale.
QCustomPlot* newPlot(QWidget* parent);

// Layer axis labels shared by every per-layer plot: 1 … n−1 (hidden layers, input side first),
// then "out"; every k-th label only, so at most about 20 are written.
QSharedPointer<QCPAxisTickerText> layerTicker(int layers);

// Viridis sampled at five stops: dark = small, yellow = large; NaN (a zero on a log scale) grey.
QCPColorGradient viridisGradient();

}  // namespace gs
