// A notice drawn over a plot (top centre, large, on a panel in the plot theme's colours): what a
// class must not miss, such as "the lesson's steps are done". It follows the plot's size and passes
// mouse events on.
#pragma once

#include <QLabel>

namespace gs {

struct PlotTheme;

class PlotNotice : public QLabel {
  Q_OBJECT

 public:
  explicit PlotNotice(QWidget* plot);

  void showNotice(const QString& text);
  QString notice() const { return isVisibleTo(parentWidget()) ? text() : QString(); }

 protected:
  bool eventFilter(QObject* watched, QEvent* event) override;

 private:
  void place();
  void applyTheme(const PlotTheme& theme);
};

}  // namespace gs
