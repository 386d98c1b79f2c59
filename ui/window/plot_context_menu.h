// A right-click menu on every plot of the window (main views, teaching docks, compare window):
//   Copy image  — the plot at twice its pixels on the clipboard, to paste into slides
//   Export…     — the File ▸ Export dialog for this plot (size, format, optional caption)
//   Reset axes  — the view's own automatic ranges (its resetAxes() slot), else fit the data
//   and the view's own actions marked with the property "plotMenu" (Lock axes, axes_lock.h, on
//   the loss and the gradient-bars plots)
#pragma once

#include <QObject>

class QCustomPlot;
class QMenu;
class QPoint;

namespace gs {

class FileActions;
class MainWindow;

class PlotContextMenus : public QObject {
  Q_OBJECT

 public:
  PlotContextMenus(MainWindow& window, FileActions& actions);

  // Gives every plot in the window (and its child windows) the menu; plots added later too,
  // when called again (it skips plots that have it).
  void attachAll();
  // The menu for plot, built fresh (for tests: its actions are named copyImage, exportPlot,
  // resetAxes).
  QMenu* menuFor(QCustomPlot* plot);

  static void copyImage(QCustomPlot* plot);
  static void resetAxes(QCustomPlot* plot);

 private:
  QString titleOf(QCustomPlot* plot) const;

  MainWindow& window_;
  FileActions& actions_;
};

}  // namespace gs
