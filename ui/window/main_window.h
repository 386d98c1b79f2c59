// The window: wires the control panel, the four views, the classroom docks (explanation,
// walk-through, heatmap, pre-activations), the Lessons menu, compare mode and the training worker
// together, and refreshes every view at a steady rate (at most 40 frames a second) however fast
// training runs.
#pragma once

#include <QMainWindow>
#include <QThread>
#include <QTimer>
#include <QVector>

#include "config.h"
#include "lesson.h"
#include "worker_payloads.h"

class QAction;
class QComboBox;
class QLabel;
class QMenu;
class QToolBar;

namespace gs {

class ActivationCurveView;
class ClassroomDocks;
class CompareWindow;
class ControlPanel;
class ExplanationPanel;
class GradientBarsView;
class GradientHeatmapView;
class LessonMenu;
class PreActivationView;
class WalkthroughPanel;
class LossCurveView;
class PredictionView;
class TrainingWorker;

class MainWindow : public QMainWindow {
  Q_OBJECT

 public:
  static constexpr int kFrameMs = 25;
  // Narrower screens get the teaching docks as tabs beside the settings, wider ones a column.
  static constexpr int kWideScreen = 1500;

  explicit MainWindow(QWidget* parent = nullptr);
  ~MainWindow() override;

  // Reads geometry, view choices and the last config (QSettings) and starts from that config.
  void restoreSettings();
  void setRememberSettings(bool on) { rememberSettings_ = on; }

  // Shows config in the controls and starts a fresh run from it.
  void applyConfig(const Config& config);
  Config config() const;
  // Loads a config file (gs::loadConfigFile); false with the message in *error when it is bad.
  bool loadConfig(const QString& path, QString* error);
  // A lesson (the file has a "title") or a configuration; false with the message in *error, and
  // the current run and lesson untouched, when the file is bad.
  bool openFile(const QString& path, QString* error);
  // Applies the lesson's config (a fresh run) and shows its explanation.
  void openLesson(const Lesson& lesson);
  bool hasLesson() const;
  const Lesson& lesson() const;
  // "en" or "vi": the explanation and the Lessons menu follow (the Language menu calls this).
  void setLanguage(const QString& language);
  QString language() const;
  // Opens the compare window with A = the current config.
  void showCompare();

  void play();  // plays on and on (the Play action stops at a lesson's steps, see onPlayPressed)
  void pause();
  void stepOnce();
  void resetRun();
  void runUntil(long step);  // plays until the step count reaches step, then pauses

  bool isTraining() const { return running_; }
  bool isWorkerThreadRunning() const { return thread_.isRunning(); }
  long displayedStep() const { return shown_.step; }
  const Snapshot& lastSnapshot() const { return shown_; }
  double stepsPerSecond() const { return stepsPerSecond_; }
  QString problemMessage() const;  // the divergence / bad-setting banner, empty when hidden

  ControlPanel* controlPanel() const { return controls_; }
  ActivationCurveView* activationView() const { return activationView_; }
  GradientBarsView* barsView() const { return barsView_; }
  LossCurveView* lossView() const { return lossView_; }
  PredictionView* predictionView() const { return predictionView_; }
  TrainingWorker* worker() const { return worker_; }  // lives on its own thread: connect only
  ClassroomDocks* classroom() const { return classroom_; }
  ExplanationPanel* explanationPanel() const;
  WalkthroughPanel* walkthroughPanel() const;
  GradientHeatmapView* heatmapView() const;
  PreActivationView* preActivationView() const;
  CompareWindow* compareWindow() const { return compare_; }
  LessonMenu* lessonsMenu() const { return lessonsMenu_; }
  QAction* compareAction() const { return compareAction_; }
  QAction* playAction() const { return playAction_; }
  QAction* stepAction() const { return stepAction_; }
  QAction* resetAction() const { return resetAction_; }
  QMenu* fileMenu() const { return fileMenu_; }
  QMenu* trainingMenu() const { return trainingMenu_; }
  QMenu* viewMenu() const { return viewMenu_; }
  QMenu* helpMenu() const { return helpMenu_; }

 signals:
  // Commands to the worker (queued across threads).
  void resetRequested(const gs::Config& config);
  void playRequested();
  void pauseRequested();
  void stepRequested();
  void runUntilRequested(long step);
  void learningRateRequested(double lr);
  void stepsPerFrameRequested(int steps);
  void walkEnabledRequested(bool on);
  void walkSampleRequested(int sample);
  // After each refresh of the views: what they now show.
  void snapshotShown(const gs::Snapshot& snapshot);

 protected:
  void closeEvent(QCloseEvent* event) override;

 private:
  void buildViews();
  void buildControls();
  // In main_window_transport.cpp: Play/Step/Reset, the speed, the menus, the status bar.
  void buildTransport();
  void buildMenus();
  void buildStatusBar();
  void onPlayPressed();
  void noteLessonStepsReached();
  void buildClassroom();
  void openDroppedFile(const QString& path);
  void showLessonTitle();
  void startWorker();
  void stopWorker();
  void connectWorker();
  void scheduleFrame();
  void showFrame();
  void onResetDone(const Config& config);
  void onRunningChanged(bool running);
  void onDiverged(const Snapshot& snapshot);
  void showProblem(const QString& text);
  void openConfigDialog();
  void saveSettings();
  void fitToScreen();

  ControlPanel* controls_ = nullptr;
  ActivationCurveView* activationView_ = nullptr;
  GradientBarsView* barsView_ = nullptr;
  LossCurveView* lossView_ = nullptr;
  PredictionView* predictionView_ = nullptr;
  QLabel* banner_ = nullptr;
  QLabel* stepLabel_ = nullptr;
  QLabel* lossLabel_ = nullptr;
  QLabel* accuracyLabel_ = nullptr;
  QLabel* rateLabel_ = nullptr;
  QComboBox* speed_ = nullptr;
  QToolBar* toolbar_ = nullptr;
  QAction* playAction_ = nullptr;
  QAction* stepAction_ = nullptr;
  QAction* resetAction_ = nullptr;
  QMenu* fileMenu_ = nullptr;
  QMenu* trainingMenu_ = nullptr;
  QMenu* viewMenu_ = nullptr;
  QMenu* helpMenu_ = nullptr;
  LessonMenu* lessonsMenu_ = nullptr;
  QAction* compareAction_ = nullptr;
  ClassroomDocks* classroom_ = nullptr;
  CompareWindow* compare_ = nullptr;

  QThread thread_;
  TrainingWorker* worker_ = nullptr;
  QTimer frameTimer_;
  // Arrived from the worker since the last frame.
  bool haveSnapshot_ = false, havePrediction_ = false;
  Snapshot pendingSnapshot_;
  Prediction pendingPrediction_;
  QVector<LossPoint> pendingPoints_;
  Snapshot shown_;
  bool running_ = false;
  long lessonStop_ = -1;  // the lesson's step count Play is running to; −1 when none
  double stepsPerSecond_ = 0;
  bool rememberSettings_ = false;
};

}  // namespace gs
