// The gradient bars' value axis: the range fitted to what is drawn (bars and the line over them),
// and heights inside a range where the view puts its markers (a layer at exactly 0, a bar outside
// a locked range).
#pragma once

#include <qcustomplot.h>

#include <QVector>

namespace gs {

// Log: the positive finite values widened ×3 each side, two decades at least (logAxisRange);
// 10⁻³ … 1 when there are none. Linear: 0 … 1.1 × the largest, 0 … 1 when nothing is positive.
QCPRange fitBarsRange(const QVector<double>& values, bool log);

// The height `fraction` of the way up range, in decades on a log axis: markers drawn at 0.04
// (just above the floor) or 0.96 (just below the top) are whole, not cut in half by the frame.
double heightInRange(const QCPRange& range, bool log, double fraction);

}  // namespace gs
