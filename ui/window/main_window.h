// The window: the four main views, the control panel, the teaching docks, the menus and their
// helpers (file actions, presentation mode, languages, help, lessons), all built here as members
// in the constructor. The run itself lives in the RunModel (run()); the window sends it commands
// and redraws when it says a frame is ready.
#pragma once

#include <QMainWindow>

#include "config.h"
#include "lesson.h"
#include "snapshot.h"

class QAction;
class QComboBox;
class QDockWidget;
class QLabel;
class QMenu;
class QToolBar;

namespace gs {

class ActivationCurveView;
class ClassroomDocks;
class CompareWindow;
class ControlPanel;
class DataActions;
class FileActions;
class GradientBarsView;
class LanguageMenu;
class LessonMenu;
class LossCurveView;
class PaceBox;
class PlotContextMenus;
class PlotNotice;
class PredictionView;
class PresentationMode;
class PresenterKeys;
class RecordController;
class RunModel;
struct RunFrame;

// The window's parts, for the helpers it builds and for tests (read-only pointers; the window
// owns every one of them).
struct WindowParts {
  ControlPanel* controls = nullptr;
  QDockWidget* settingsDock = nullptr;
  GradientBarsView* bars = nullptr;
  ActivationCurveView* activation = nullptr;
  LossCurveView* loss = nullptr;
  PredictionView* prediction = nullptr;
  ClassroomDocks* classroom = nullptr;
  CompareWindow* compare = nullptr;
  LessonMenu* lessons = nullptr;
  FileActions* files = nullptr;
  DataActions* data = nullptr;  // Open data…, drawing points, Undo / Redo / Clear points
  PresentationMode* presentation = nullptr;
  LanguageMenu* languages = nullptr;
  PaceBox* pace = nullptr;               // steps per second, + and −
  RecordController* recorder = nullptr;  // Training → Record…
  PresenterKeys* presenterKeys = nullptr;
  PlotContextMenus* plotMenus = nullptr;  // right-click on every plot
  QAction* play = nullptr;                // Play / Pause (Space)
  QAction* step = nullptr;
  QAction* reset = nullptr;
  QAction* compareAction = nullptr;
};

class MainWindow : public QMainWindow {
  Q_OBJECT

 public:
  // Narrower screens get the teaching docks as tabs beside the settings, wider ones a column.
  static constexpr int kWideScreen = 1500;

  explicit MainWindow(QWidget* parent = nullptr);
  ~MainWindow() override;

  // Reads geometry, view choices and the last config (QSettings) and starts from that config;
  // from then on the window saves them when it closes.
  void restoreSettings();

  // Shows config in the controls and starts a fresh run from it.
  void applyConfig(const Config& config);
  Config config() const;  // as the controls show it
  // A lesson (the file has a "title") or a configuration; false with the message in *error, and
  // the current run and lesson untouched, when the file is bad.
  bool openFile(const QString& path, QString* error);
  // Applies the lesson's config (a fresh run) and shows its explanation.
  void openLesson(const Lesson& lesson);
  const Lesson* lesson() const;  // the open lesson, null when none
  // "en" or "vi": the explanation and the Lessons menu follow (the Language menu calls this).
  void setLanguage(const QString& language);
  QString language() const;
  // Opens the compare window with A = the current config.
  void showCompare();
  // Play, or with a lesson open the first time, run to its suggested steps (the Play action).
  void playOrRunLesson();

  RunModel& run() const { return *run_; }
  const WindowParts& parts() const { return parts_; }
  QString problemMessage() const;   // the divergence / bad-setting banner, empty when hidden
  QString lessonEndNotice() const;  // the notice over the bars at a lesson's end, or ""

 protected:
  void closeEvent(QCloseEvent* event) override;

 private:
  void createViews();
  void createControls();
  // In main_window_menus.cpp: the actions, the menus, the toolbar and the status bar.
  void createActions();
  void createMenus();
  void createToolBar();
  void createStatusBar();
  void createClassroom();
  void connectRun();
  void showFrame(const RunFrame& frame);
  void onRunReset(const Config& config);
  void onRunningChanged(bool running);
  void noteLessonStepsReached();
  void onDiverged(const Snapshot& snapshot);
  void showProblem(const QString& text);
  void openDroppedFile(const QString& path);
  void showLessonTitle();
  void saveSettings();
  void fitToScreen();

  RunModel* run_ = nullptr;
  WindowParts parts_;
  QLabel* banner_ = nullptr;
  QLabel* stepLabel_ = nullptr;
  QLabel* lossLabel_ = nullptr;
  QLabel* accuracyLabel_ = nullptr;
  QLabel* rateLabel_ = nullptr;
  PlotNotice* endNotice_ = nullptr;  // "the lesson's steps are done", over the bars
  QToolBar* toolbar_ = nullptr;
  QMenu* viewMenu_ = nullptr;
  long lessonStop_ = -1;  // the lesson's step count Play is running to; −1 when none
  bool rememberSettings_ = false;
};

}  // namespace gs
