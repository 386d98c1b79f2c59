// The walk-through table's column headers at three lengths (whole; wrapped onto two lines at a
// space; short, without the layer superscripts) and, for every length, the same tooltip saying
// what the column holds: the panel takes the longest headers that let its dock show every column.
#pragma once

#include <QString>

namespace gs {

enum class HeaderLength { kWhole, kWrapped, kShort };

struct WalkthroughHeader {
  QString text;
  QString toolTip;
};

// The texts themselves: WalkthroughPanel::columnHeader (walkthrough_headers.cpp, in the panel's
// translation context).

// "mean f′(z⁽ˡ⁾)" → "mean\nf′(z⁽ˡ⁾)": breaks at the space nearest the middle, unless a part would
// be a lone sign ("× w⁽ˡ⁺¹⁾" stays whole).
QString wrapHeader(const QString& text);

}  // namespace gs
