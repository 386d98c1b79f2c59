// The File menu's configuration and export entries, which the MainWindow puts in its File menu:
//   Open configuration… / Save configuration… / Recent files ▸
//   Export ▸ each plot (PNG with a size dialog, SVG, PDF), the whole window, the per-step,
//            per-layer history (CSV), the configuration (JSON)
// Every write is atomic (QSaveFile); every failure is a message naming the file and the reason.
// The *To/*From functions do the work without dialogs, so tests can drive them.
#pragma once

#include <QObject>
#include <QString>
#include <QVector>

#include "figure_export.h"

class QAction;
class QCustomPlot;
class QMenu;

namespace gs {

class MainWindow;
class RecentFiles;

struct ExportablePlot {
  QString title;  // shown in the menu and used for the suggested file name
  QCustomPlot* plot = nullptr;
};

class FileActions : public QObject {
  Q_OBJECT

 public:
  explicit FileActions(MainWindow& window);

  QAction* openAction() const { return open_; }  // Ctrl+O
  QAction* saveAction() const { return save_; }  // Ctrl+S
  QMenu* recentMenu() const { return recentMenu_; }
  QMenu* exportMenu() const { return exportMenu_; }

  // The plots the window shows (the four views, the teaching docks' plots, the compare plot).
  QVector<ExportablePlot> plots() const;
  RecentFiles* recentFiles() const { return recent_; }

  bool saveConfigTo(const QString& path, QString* error);
  bool openConfigFrom(const QString& path, QString* error);
  // Each emits saved(path) on success.
  bool exportHistoryTo(const QString& path, QString* error);
  bool exportWindowTo(const QString& path, const FigureSize& size, QString* error);
  bool exportPlotTo(QCustomPlot* plot, const QString& path, const FigureSize& size, QString* error);
  // The caption offered under an exported figure: the current settings and step.
  QString suggestedCaption() const;

  // With dialogs (file chooser, figure size, error message).
  void openConfig();
  void saveConfig();
  void exportPlot(QCustomPlot* plot, const QString& title);
  void exportWindow();
  void exportHistory();

 signals:
  void saved(const QString& path);  // every file written (the status bar says "Saved to …")

 private:
  void fillExportMenu();
  QString askSavePath(const QString& title, const QString& suggestedName, const QString& filters);
  bool askFigureSize(const QString& path, const QSize& current, FigureSize* size,
                     bool caption = false);
  void report(const QString& title, const QString& error);

  MainWindow& window_;
  QAction* open_;
  QAction* save_;
  QMenu* recentMenu_;
  RecentFiles* recent_;
  QMenu* exportMenu_;
};

}  // namespace gs
