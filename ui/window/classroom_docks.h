// The teaching panels of the main window, each in its own dock and tabified on the right:
// the lesson's explanation, the backprop walk-through, the gradient-flow heatmap (with a measure
// selector) and the pre-activation histograms. They follow the RunModel's frames, like the window's
// own views, and tell it when the walk-through is worth computing (its dock is visible).
#pragma once

#include <QList>
#include <QObject>
#include <QString>

#include "config.h"
#include "lesson.h"

class QAction;
class QComboBox;
class QDockWidget;
class QMainWindow;
class QMenu;

namespace gs {

class DiagnosticsDocks;
class ExplanationPanel;
class GradientHeatmapView;
class NetworkDiagramView;
class PreActivationView;
class RunModel;
struct RunFrame;
class WalkthroughPanel;

class ClassroomDocks : public QObject {
  Q_OBJECT

 public:
  // Adds the docks to window (right area, tabified); they follow run's frames.
  ClassroomDocks(QMainWindow* window, RunModel& run);

  QList<QAction*> toggleActions() const;  // show / hide each dock (the View menu)
  QList<QDockWidget*> docks() const;      // explanation, walk-through, heatmap, pre-activations

  // On a narrow screen (1280 wide) three columns of docks leave the plots too little room: the
  // teaching docks become tabs next to `dock` (the settings) instead of a column of their own.
  void tabifyWith(QDockWidget* dock);

  void setLesson(const Lesson& lesson);
  void clearLesson();
  bool hasLesson() const { return hasLesson_; }
  const Lesson& lesson() const { return lesson_; }
  void setLanguage(const QString& language);  // "vi": the lesson's Vietnamese variant
  QString language() const { return language_; }

  ExplanationPanel* explanation() const { return explanation_; }
  WalkthroughPanel* walkthrough() const { return walkthrough_; }
  GradientHeatmapView* heatmap() const { return heatmap_; }
  QComboBox* heatmapMeasureBox() const { return measureBox_; }
  PreActivationView* preActivation() const { return preActivation_; }
  DiagnosticsDocks* diagnostics() const { return diagnostics_; }
  QDockWidget* explanationDock() const { return explanationDock_; }
  QDockWidget* walkthroughDock() const { return walkthroughDock_; }
  QDockWidget* heatmapDock() const { return heatmapDock_; }
  QDockWidget* preActivationDock() const { return preActivationDock_; }
  NetworkDiagramView* network() const { return network_; }
  QDockWidget* networkDock() const { return networkDock_; }
  long walkStep() const { return walkStep_; }  // step of the walk shown, −1 when none

 signals:
  void layerHighlighted(int layer);  // core index to highlight in the bars, −1 for none

 private:
  QDockWidget* addDock(const QString& title, const QString& name, QWidget* content);
  QWidget* buildHeatmap();
  void showFrame(const RunFrame& frame);  // hands what changed to the views
  void clearRun(const Config& config);    // a new run: empties the walk, heatmap and histograms

  QMainWindow* window_;
  RunModel& run_;
  ExplanationPanel* explanation_ = nullptr;
  WalkthroughPanel* walkthrough_ = nullptr;
  GradientHeatmapView* heatmap_ = nullptr;
  QComboBox* measureBox_ = nullptr;
  PreActivationView* preActivation_ = nullptr;
  DiagnosticsDocks* diagnostics_ = nullptr;  // update ratios, gradient histograms, activations
  QDockWidget* explanationDock_ = nullptr;
  QDockWidget* walkthroughDock_ = nullptr;
  QDockWidget* heatmapDock_ = nullptr;
  QDockWidget* preActivationDock_ = nullptr;
  NetworkDiagramView* network_ = nullptr;
  QDockWidget* networkDock_ = nullptr;
  Lesson lesson_;
  bool hasLesson_ = false;
  QString language_ = QStringLiteral("en");
  double alpha_ = -1.0;
  long walkStep_ = -1;
  bool walkVisible_ = false;
};

}  // namespace gs
