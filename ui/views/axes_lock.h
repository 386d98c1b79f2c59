// "Lock axes" in a plot view's right-click menu, one wording and one behaviour for every plot that
// has it (the loss curve, the gradient bars): a checkable action, a direct child of the view marked
// with the property "plotMenu", which PlotContextMenus adds to the plot's menu. Ticked, the view
// keeps its ranges (to compare two lessons on one scale); unticked, the view fits its data again.
#pragma once

#include <functional>

class QAction;
class QWidget;

namespace gs {

// The action, owned by view. locked runs when the user ticks it (the view keeps what it shows),
// unlocked when the user unticks it (the view fits its data again); either may be empty.
QAction* addLockAxesAction(QWidget* view, std::function<void()> locked,
                           std::function<void()> unlocked);

// Ticks or unticks lock without running its callbacks: the view has set its ranges itself (a
// lesson's fixed axes, Reset axes).
void setLockedQuietly(QAction* lock, bool on);

}  // namespace gs
