// The File menu's configuration and export entries, installed into a MainWindow:
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

class QCustomPlot;
class QMenu;

namespace gs {

class HistoryRecorder;
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

  // The plots the window shows right now (the four views, then any classroom views it holds).
  QVector<ExportablePlot> plots() const;
  const HistoryRecorder& recorder() const { return *recorder_; }
  RecentFiles* recentFiles() const { return recent_; }

  bool saveConfigTo(const QString& path, QString* error);
  bool openConfigFrom(const QString& path, QString* error);
  bool exportHistoryTo(const QString& path, QString* error) const;
  bool exportWindowTo(const QString& path, const FigureSize& size, QString* error) const;

  // With dialogs (file chooser, figure size, error message).
  void openConfig();
  void saveConfig();
  void exportPlot(QCustomPlot* plot, const QString& title);
  void exportWindow();
  void exportHistory();

 private:
  void buildMenus();
  void fillExportMenu();
  void rewireOpenAction();
  QString askSavePath(const QString& title, const QString& suggestedName, const QString& filters);
  bool askFigureSize(const QString& path, const QSize& current, FigureSize* size);
  void report(const QString& title, const QString& error);

  MainWindow& window_;
  HistoryRecorder* recorder_;
  RecentFiles* recent_ = nullptr;
  QMenu* exportMenu_ = nullptr;
};

// Creates the FileActions (a child of window, found again with findChild<FileActions*>()).
FileActions* installFileActions(MainWindow& window);

}  // namespace gs
