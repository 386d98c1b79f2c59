#include "pace_box.h"

#include <QAction>
#include <QEvent>
#include <cmath>

#include "pace.h"

namespace gs {

PaceBox::PaceBox(QWidget* parent)
    : QComboBox(parent), faster_(new QAction(this)), slower_(new QAction(this)) {
  setObjectName("pace");
  fillItems();
  setPace(kDefaultPace);
  faster_->setShortcuts({QKeySequence(Qt::Key_Plus), QKeySequence(Qt::Key_Equal)});
  slower_->setShortcuts({QKeySequence(Qt::Key_Minus), QKeySequence(Qt::Key_Underscore)});
  for (QAction* a : {faster_, slower_}) a->setShortcutContext(Qt::WindowShortcut);
  connect(faster_, &QAction::triggered, this,
          [this] { setCurrentIndex(std::min(currentIndex() + 1, count() - 1)); });
  connect(slower_, &QAction::triggered, this,
          [this] { setCurrentIndex(std::max(currentIndex() - 1, 0)); });
  connect(this, &QComboBox::currentIndexChanged, this, [this] { emit paceChanged(pace()); });
}

QString PaceBox::paceText(double pace) {
  if (pace <= 0) return tr("as fast as possible");
  return pace == 1 ? tr("1 step/s") : tr("%1 steps/s").arg(pace);
}

void PaceBox::fillItems() {
  const double current = count() ? pace() : kDefaultPace;
  const QSignalBlocker block(this);
  clear();
  for (double p : paceChoices()) addItem(paceText(p), p);
  addItem(paceText(0), 0.0);
  setToolTip(tr("Training steps per second. Slow paces show every step; + and − change it."));
  faster_->setText(tr("Faster pace"));
  slower_->setText(tr("Slower pace"));
  setCurrentIndex(findData(current));
}

double PaceBox::pace() const { return currentData().toDouble(); }

void PaceBox::setPace(double pace) {
  int best = count() - 1;  // as fast as possible
  if (pace > 0) {
    double bestDistance = HUGE_VAL;
    for (int i = 0; i + 1 < count(); ++i) {
      const double d = std::abs(std::log(itemData(i).toDouble() / pace));
      if (d < bestDistance) bestDistance = d, best = i;
    }
  }
  setCurrentIndex(best);
}

void PaceBox::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) fillItems();
  QComboBox::changeEvent(event);
}

}  // namespace gs
