// The user's own points in the window: File ▸ Open data… (a CSV, refused with its line and
// reason in a message box, nothing changed), drawing on the decision map (PredictionView's point
// input), Edit ▸ Undo / Redo / Clear points. Every change of the points restarts the run on them
// at once, from step 0 — a running run keeps running, a paused one waits at step 0 with the new
// map — and the status bar says so.
#pragma once

#include <QObject>
#include <QString>
#include <memory>

#include "config.h"

class QAction;

namespace gs {

class MainWindow;
class PointEditor;
class PredictionView;

class DataActions : public QObject {
  Q_OBJECT

 public:
  DataActions(MainWindow& window, PredictionView& view);

  QAction* openAction() const { return open_; }    // File ▸ Open data…
  QAction* undoAction() const { return undo_; }    // Ctrl+Z
  QAction* redoAction() const { return redo_; }    // Ctrl+Shift+Z
  QAction* clearAction() const { return clear_; }  // Edit ▸ Clear points
  PointEditor& editor() const { return *editor_; }

  // Without a dialog (tests): false with "FILE: line N: reason" in *error, nothing changed.
  bool openDataFrom(const QString& path, QString* error);
  // The run restarted on a config: the editor follows its points (none for a built-in set) and
  // the map takes clicks for its kind of data.
  void followRun(const Config& config);

 private:
  void openData();  // with a file dialog and a message box
  void add(double a, double b, int label);
  void remove(double a, double b);
  void apply(std::shared_ptr<const PointSet> points, const QString& what);
  // What the first edit of a built-in data set starts from: its points.
  std::shared_ptr<const PointSet> startingPoints() const;

  MainWindow& window_;
  PredictionView& view_;
  PointEditor* editor_;
  QAction* open_;
  QAction* undo_;
  QAction* redo_;
  QAction* clear_;
  Config builtIn_;  // the built-in set the first edit left, for the undo that returns to it
};

}  // namespace gs
