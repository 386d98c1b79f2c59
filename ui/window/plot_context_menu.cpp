#include "plot_context_menu.h"

#include <qcustomplot.h>

#include <QApplication>
#include <QClipboard>
#include <QMenu>
#include <QTimer>

#include "file_actions.h"
#include "main_window.h"

namespace gs {

PlotContextMenus::PlotContextMenus(MainWindow& window, FileActions& actions)
    : QObject(&window), window_(window), actions_(actions) {
  setObjectName("plotContextMenus");
  attachAll();
  // Teaching docks and the compare window build their plots after the window: look again once
  // the event loop runs.
  QTimer::singleShot(0, this, &PlotContextMenus::attachAll);
}

void PlotContextMenus::attachAll() {
  for (QCustomPlot* plot : window_.findChildren<QCustomPlot*>()) {
    if (plot->property("gsContextMenu").toBool()) continue;
    plot->setProperty("gsContextMenu", true);
    plot->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(plot, &QWidget::customContextMenuRequested, this, [this, plot](const QPoint& at) {
      QMenu* menu = menuFor(plot);
      menu->setAttribute(Qt::WA_DeleteOnClose);
      menu->popup(plot->mapToGlobal(at));
    });
  }
}

QString PlotContextMenus::titleOf(QCustomPlot* plot) const {
  for (const ExportablePlot& p : actions_.plots())
    if (p.plot == plot) return p.title;
  return tr("Figure");
}

QMenu* PlotContextMenus::menuFor(QCustomPlot* plot) {
  auto* menu = new QMenu(plot);
  QAction* copy = menu->addAction(tr("&Copy image"), plot, [plot] { copyImage(plot); });
  copy->setObjectName("copyImage");
  const QString title = titleOf(plot);
  QAction* exportAction = menu->addAction(
      tr("&Export…"), this, [this, plot, title] { actions_.exportPlot(plot, title); });
  exportAction->setObjectName("exportPlot");
  menu->addSeparator();
  QAction* reset = menu->addAction(tr("&Reset axes"), plot, [plot] { resetAxes(plot); });
  reset->setObjectName("resetAxes");
  // The view's own entries (Lock axes on the loss and bars plots, axes_lock.h), marked with the
  // property "plotMenu".
  if (QObject* view = plot->parent())
    for (QAction* a : view->findChildren<QAction*>(QString(), Qt::FindDirectChildrenOnly))
      if (a->property("plotMenu").toBool()) menu->addAction(a);
  return menu;
}

// Twice the screen's pixels: sharp on a projector and in slides.
void PlotContextMenus::copyImage(QCustomPlot* plot) {
  const QPixmap pixmap = plot->toPixmap(plot->width(), plot->height(), 2.0);
  QApplication::clipboard()->setImage(pixmap.toImage());
}

void PlotContextMenus::resetAxes(QCustomPlot* plot) {
  for (QObject* owner = plot->parent(); owner; owner = owner->parent())
    if (owner->metaObject()->indexOfMethod("resetAxes()") >= 0) {
      QMetaObject::invokeMethod(owner, "resetAxes");
      return;
    }
  plot->rescaleAxes();
  plot->replot();
}

}  // namespace gs
