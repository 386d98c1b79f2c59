#include "main_window.h"

#include <qcustomplot.h>

#include <QAction>
#include <QCloseEvent>
#include <QComboBox>
#include <QDockWidget>
#include <QGridLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QStatusBar>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

#include "activation_curve_view.h"
#include "classroom_docks.h"
#include "compare_window.h"
#include "config_json.h"
#include "control_panel.h"
#include "data_actions.h"
#include "data_paths.h"
#include "experiment_file.h"
#include "file_actions.h"
#include "file_drop.h"
#include "gradient_bars_view.h"
#include "lesson_menu.h"
#include "loss_curve_view.h"
#include "measure.h"
#include "pace_box.h"
#include "plot_context_menu.h"
#include "plot_notice.h"
#include "prediction_view.h"
#include "presenter_keys.h"
#include "run_model.h"
#include "window_settings.h"

namespace gs {

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent), run_(new RunModel(this)) {
  setWindowTitle(tr("GradScope — see the vanishing gradient"));
  createViews();
  createControls();
  createClassroom();
  createActions();
  createToolBar();
  createMenus();
  createStatusBar();
  // Right-click on every plot (Copy image, Export…, Reset axes) and the presenter-remote keys,
  // once every plot and menu exists.
  parts_.plotMenus = new PlotContextMenus(*this, *parts_.files);
  parts_.presenterKeys = new PresenterKeys(*this);
  connectRun();
  run_->setPace(parts_.pace->pace());
  applyConfig(parts_.controls->config());
}

MainWindow::~MainWindow() {
  run_->stop();
  // ~QWidget hides the docks after this object is no longer a MainWindow; their visibility
  // signals must not reach its slots then (UBSan: downcast of a half-destroyed MainWindow).
  for (QObject* child : findChildren<QObject*>()) disconnect(child, nullptr, this, nullptr);
}

void MainWindow::createViews() {
  auto* central = new QWidget(this);
  central->setFocusPolicy(Qt::StrongFocus);  // so Space, S and R reach the window's actions
  banner_ = new QLabel(central);
  banner_->setObjectName("problemBanner");
  banner_->setWordWrap(true);
  banner_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  banner_->setStyleSheet(
      "QLabel { background: #fde2e1; color: #7a1212; border: 1px solid #d9534f;"
      " border-radius: 4px; padding: 8px; font-weight: bold; }");
  banner_->hide();
  parts_.activation = new ActivationCurveView(central);
  parts_.bars = new GradientBarsView(central);
  parts_.loss = new LossCurveView(central);
  parts_.prediction = new PredictionView(central);
  endNotice_ = new PlotNotice(parts_.bars->plot());
  auto* grid = new QGridLayout;
  grid->addWidget(parts_.bars, 0, 0);
  grid->addWidget(parts_.activation, 0, 1);
  grid->addWidget(parts_.loss, 1, 0);
  grid->addWidget(parts_.prediction, 1, 1);
  for (QWidget* view : std::initializer_list<QWidget*>{parts_.bars, parts_.activation, parts_.loss,
                                                       parts_.prediction})
    view->setMinimumSize(300, 220);  // smaller than this, axis labels collide
  grid->setColumnStretch(0, 3);
  grid->setColumnStretch(1, 2);
  auto* layout = new QVBoxLayout(central);
  layout->addWidget(banner_);
  layout->addLayout(grid, 1);
  setCentralWidget(central);
  central->setFocus();
}

void MainWindow::createControls() {
  auto* controls = new ControlPanel(this);
  parts_.controls = controls;
  auto* scroll = new QScrollArea(this);
  scroll->setWidget(controls);
  scroll->setWidgetResizable(true);
  scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
  scroll->setMinimumWidth(controls->minimumSizeHint().width() + 24);
  auto* dock = new QDockWidget(tr("Settings"), this);
  dock->setObjectName("settingsDock");  // saveState() keys docks by name
  dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable);
  dock->setWidget(scroll);
  addDockWidget(Qt::LeftDockWidgetArea, dock);
  parts_.settingsDock = dock;
  connect(controls, &ControlPanel::configChanged, this, [this](const Config& c) {
    parts_.activation->setActivation(c.hiddenActivation());  // at once, before the worker answers
    lessonStop_ = -1;
    parts_.compare->followBase(c);  // A follows the main window (live while it is open)
    run_->reset(c);
  });
  connect(controls, &ControlPanel::learningRateChanged, run_, &RunModel::setLearningRate);
}

void MainWindow::createClassroom() {
  auto* classroom = new ClassroomDocks(this, *run_);
  parts_.classroom = classroom;
  if (QGuiApplication::primaryScreen()->availableGeometry().width() < kWideScreen)
    classroom->tabifyWith(parts_.settingsDock);
  connect(classroom, &ClassroomDocks::layerHighlighted, parts_.bars,
          &GradientBarsView::setHighlightedLayer);
  auto* lessons = new LessonMenu(this);
  parts_.lessons = lessons;
  connect(lessons, &LessonMenu::lessonChosen, this, &MainWindow::openLesson);
  connect(lessons, &LessonMenu::openFileRequested, this, &MainWindow::openDroppedFile);
  connect(lessons, &LessonMenu::problemsFound, this, [this](const QString& message) {
    qWarning("%s", qPrintable(message));
    statusBar()->showMessage(message.section('\n', 0, 1).replace('\n', ' '), 30000);
  });
  lessons->reload(QString::fromStdString(lessonsDir()));
  auto* drop = new FileDrop(this);
  connect(drop, &FileDrop::fileDropped, this, &MainWindow::openDroppedFile);
  parts_.compare = new CompareWindow(this);
}

// The run model says what changed; the views here redraw (each queues one replot), the teaching
// docks follow the same frame on their own.
void MainWindow::connectRun() {
  connect(run_, &RunModel::runReset, this, &MainWindow::onRunReset);
  connect(run_, &RunModel::frameReady, this, &MainWindow::showFrame);
  connect(run_, &RunModel::runningChanged, this, &MainWindow::onRunningChanged);
  connect(run_, &RunModel::stepsPerSecondChanged, this, [this](double rate) {
    rateLabel_->setText(tr("%1 steps/s").arg(rate, 0, 'f', rate < 100 ? 1 : 0));
  });
  connect(run_, &RunModel::diverged, this, &MainWindow::onDiverged);
  connect(run_, &RunModel::configRejected, this, [this](const QString& message) {
    showProblem(tr("These settings cannot be used, so the previous run is kept:\n%1").arg(message));
  });
}

void MainWindow::showFrame(const RunFrame& frame) {
  if (!frame.loss.isEmpty()) parts_.loss->addPoints(frame.loss);
  if (frame.prediction) parts_.prediction->setPrediction(run_->prediction());
  if (!frame.snapshot) return;
  const Snapshot& shown = run_->snapshot();
  parts_.bars->setSnapshot(shown);
  stepLabel_->setText(tr("step %1").arg(shown.step));
  if (std::isfinite(shown.loss)) lossLabel_->setText(tr("loss %1").arg(shown.loss, 0, 'g', 4));
  accuracyLabel_->setText(
      shown.hasAccuracy ? tr("accuracy %1%").arg(100.0 * shown.accuracy, 0, 'f', 1) : QString());
  noteLessonStepsReached();
}

void MainWindow::onRunReset(const Config& config) {
  banner_->hide();
  endNotice_->hide();
  parts_.activation->setActivation(config.hiddenActivation());
  parts_.bars->clear();
  parts_.loss->clear();
  parts_.prediction->clear();
  parts_.data->followRun(config);
  stepLabel_->setText(tr("step 0"));
  lossLabel_->setText(tr("loss —"));
  accuracyLabel_->clear();
}

void MainWindow::onDiverged(const Snapshot& snapshot) {
  showProblem(tr("Training paused at step %1: the loss or a gradient became NaN or infinite, so "
                 "the numbers can no longer be drawn. Try a lower learning rate (now %2), a "
                 "smaller init scale, or another initialiser, then press Reset.")
                  .arg(snapshot.step + 1)
                  .arg(snapshot.learningRate));
}

void MainWindow::showProblem(const QString& text) {
  banner_->setText(text);
  banner_->show();
  statusBar()->showMessage(text.section('\n', 0, 0), 10000);
}

QString MainWindow::lessonEndNotice() const { return endNotice_->notice(); }

QString MainWindow::problemMessage() const {
  return banner_->isVisibleTo(const_cast<MainWindow*>(this)) ? banner_->text() : QString();
}

void MainWindow::applyConfig(const Config& config) {
  parts_.controls->setConfig(config);
  parts_.activation->setActivation(config.hiddenActivation());
  lessonStop_ = -1;                    // a new run ends the run to the lesson's steps
  parts_.compare->followBase(config);  // A follows the main window (live while it is open)
  run_->reset(config);
}

Config MainWindow::config() const { return parts_.controls->config(); }

bool MainWindow::openFile(const QString& path, QString* error) {
  ExperimentFile file;
  if (!readExperimentFile(path, &file, error)) return false;
  if (file.isLesson) {
    openLesson(file.lesson);
  } else {
    parts_.classroom->clearLesson();
    setWindowTitle(tr("GradScope — see the vanishing gradient"));
    applyConfig(file.config);
  }
  return true;
}

void MainWindow::openDroppedFile(const QString& path) {
  QString error;
  if (!openFile(path, &error))
    showProblem(tr("Cannot open this file, so the current run is kept:\n%1").arg(error));
}

void MainWindow::openLesson(const Lesson& lesson) {
  if (lesson.pace > 0) parts_.pace->setPace(lesson.pace);
  if (lesson.hasLossAxis())
    parts_.loss->setFixedRanges(std::max(lesson.steps, 1), lesson.lossAxisLo, lesson.lossAxisHi);
  if (lesson.hasBarsAxis()) parts_.bars->setFixedRange(lesson.barsAxisLo, lesson.barsAxisHi);
  applyConfig(lesson.config);
  parts_.classroom->setLesson(lesson);
  showLessonTitle();
}

void MainWindow::showLessonTitle() {
  setWindowTitle(tr("GradScope — %1")
                     .arg(QString::fromStdString(lesson()->title.text(language().toStdString()))));
}

const Lesson* MainWindow::lesson() const {
  return parts_.classroom->hasLesson() ? &parts_.classroom->lesson() : nullptr;
}

void MainWindow::setLanguage(const QString& language) {
  parts_.classroom->setLanguage(language);
  parts_.lessons->setLanguage(language);
  if (lesson()) showLessonTitle();
  // Texts built with numbers (status fields, bar names) are rebuilt in the new language.
  RunFrame again;
  again.snapshot = true;
  showFrame(again);
  onRunningChanged(run_->isRunning());
}

QString MainWindow::language() const { return parts_.classroom->language(); }

void MainWindow::showCompare() {
  parts_.compare->setBaseConfig(config());
  parts_.compare->show();
  parts_.compare->raise();
  parts_.compare->activateWindow();
}

void MainWindow::restoreSettings() {
  QSettings settings;
  const WindowSettings w = WindowSettings::load(settings);
  // A geometry saved on a larger screen (a laptop moved to a 1024×768 projector) is refitted.
  if (!restoreGeometry(w.geometry) ||
      !QGuiApplication::primaryScreen()->availableGeometry().contains(geometry()))
    fitToScreen();
  restoreState(w.state);
  parts_.pace->setPace(w.pace);
  parts_.bars->setMeasure(measureFromId(w.measure.toStdString()).value_or(Measure::WeightGradNorm));
  parts_.bars->setLogScale(w.barsLog);
  parts_.loss->setLogScale(w.lossLog);
  applyConfig(w.config);
  rememberSettings_ = true;
}

// First start: 90% of the screen (at most 1600×1000), centred.
void MainWindow::fitToScreen() {
  layout()->activate();  // the minimum size the window has now, not the one of its first layout
  const QRect screen = QGuiApplication::primaryScreen()->availableGeometry();
  resize(std::min(1600, int(screen.width() * 0.9)), std::min(1000, int(screen.height() * 0.9)));
  move(screen.topLeft() + QPoint(screen.width() - width(), screen.height() - height()) / 2);
}

void MainWindow::saveSettings() {
  WindowSettings w;
  w.config = config();
  w.geometry = saveGeometry();
  w.state = saveState();
  w.pace = parts_.pace->pace();
  w.measure = QString::fromStdString(measureId(parts_.bars->measure()));
  w.barsLog = parts_.bars->logScale();
  w.lossLog = parts_.loss->logScale();
  QSettings settings;
  w.save(settings);
}

void MainWindow::closeEvent(QCloseEvent* event) {
  if (rememberSettings_) saveSettings();
  run_->stop();
  event->accept();
}

}  // namespace gs
