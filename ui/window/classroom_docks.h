// The teaching panels of the main window, each in its own dock and tabified on the right:
// the lesson's explanation, the backprop walk-through, the gradient-flow heatmap (with a measure
// selector) and the pre-activation histograms. What the worker sends is kept here until the
// window's next frame (showFrame), so these views repaint at the same throttled rate as the rest.
#pragma once

#include <QObject>
#include <QString>

#include "config.h"
#include "history.h"
#include "lesson.h"
#include "snapshot.h"
#include "worker_payloads.h"

class QComboBox;
class QDockWidget;
class QMainWindow;
class QMenu;

namespace gs {

class ExplanationPanel;
class GradientHeatmapView;
class PreActivationView;
class WalkthroughPanel;

class ClassroomDocks : public QObject {
  Q_OBJECT

 public:
  // Adds the docks to window (right area, tabified) and their toggles to viewMenu.
  ClassroomDocks(QMainWindow* window, QMenu* viewMenu);

  // On a narrow screen (1280 wide) three columns of docks leave the plots too little room: the
  // teaching docks become tabs next to `dock` (the settings) instead of a column of their own.
  void tabifyWith(QDockWidget* dock);

  void setLesson(const Lesson& lesson);
  void clearLesson();
  bool hasLesson() const { return hasLesson_; }
  const Lesson& lesson() const { return lesson_; }
  void setLanguage(const QString& language);  // "vi": the lesson's Vietnamese variant
  QString language() const { return language_; }

  // From the worker, between frames.
  void walkArrived(const WalkPayload& walk);
  void historyArrived(const GradientHistory& history);
  // The window's frame: hands what arrived to the views (each queues one replot); shown is the
  // snapshot the window now draws when a new one arrived, else null.
  void showFrame(const Snapshot* shown);
  // A new run: empties the walk, heatmap and histograms.
  void clearRun(const Config& config);

  ExplanationPanel* explanation() const { return explanation_; }
  WalkthroughPanel* walkthrough() const { return walkthrough_; }
  GradientHeatmapView* heatmap() const { return heatmap_; }
  QComboBox* heatmapMeasureBox() const { return measureBox_; }
  PreActivationView* preActivation() const { return preActivation_; }
  QDockWidget* explanationDock() const { return explanationDock_; }
  QDockWidget* walkthroughDock() const { return walkthroughDock_; }
  QDockWidget* heatmapDock() const { return heatmapDock_; }
  QDockWidget* preActivationDock() const { return preActivationDock_; }
  long walkStep() const { return walkStep_; }  // step of the walk shown, −1 when none

 signals:
  void layerHighlighted(int layer);  // core index to highlight in the bars, −1 for none
  void walkWanted(bool on);          // the walk-through dock became visible / hidden
  void walkSampleRequested(int sample);

 private:
  QDockWidget* addDock(const QString& title, const QString& name, QWidget* content);
  QWidget* buildHeatmap();

  QMainWindow* window_;
  ExplanationPanel* explanation_ = nullptr;
  WalkthroughPanel* walkthrough_ = nullptr;
  GradientHeatmapView* heatmap_ = nullptr;
  QComboBox* measureBox_ = nullptr;
  PreActivationView* preActivation_ = nullptr;
  QDockWidget* explanationDock_ = nullptr;
  QDockWidget* walkthroughDock_ = nullptr;
  QDockWidget* heatmapDock_ = nullptr;
  QDockWidget* preActivationDock_ = nullptr;
  Lesson lesson_;
  bool hasLesson_ = false;
  QString language_ = QStringLiteral("en");
  double alpha_ = -1.0;
  bool haveWalk_ = false, haveHistory_ = false;
  WalkPayload pendingWalk_;
  GradientHistory pendingHistory_;
  long walkStep_ = -1;
  bool walkVisible_ = false;
};

}  // namespace gs
