// The pace of training in steps per second (core/pace.h's choices, slowest first, then "as fast
// as possible"), with + and − actions that step through them from anywhere in the window.
#pragma once

#include <QComboBox>

class QAction;

namespace gs {

class PaceBox : public QComboBox {
  Q_OBJECT

 public:
  static constexpr double kDefaultPace = 30;

  explicit PaceBox(QWidget* parent = nullptr);

  double pace() const;        // steps per second; 0 = as fast as possible
  void setPace(double pace);  // the nearest choice; 0 (or less) = as fast as possible
  QAction* fasterAction() const { return faster_; }  // + (and =, the unshifted + key)
  QAction* slowerAction() const { return slower_; }  // −
  static QString paceText(double pace);              // "10 steps/s", "as fast as possible"

 signals:
  void paceChanged(double pace);

 protected:
  void changeEvent(QEvent* event) override;

 private:
  void fillItems();

  QAction* faster_;
  QAction* slower_;
};

}  // namespace gs
