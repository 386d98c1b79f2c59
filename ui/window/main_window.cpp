#include "main_window.h"

#include <QAction>
#include <QCloseEvent>
#include <QComboBox>
#include <QDockWidget>
#include <QFileDialog>
#include <QGridLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QMessageBox>
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
#include "data_paths.h"
#include "experiment_file.h"
#include "file_drop.h"
#include "gradient_bars_view.h"
#include "lesson_menu.h"
#include "loss_curve_view.h"
#include "measure.h"
#include "prediction_view.h"
#include "training_worker.h"
#include "window_menus.h"
#include "window_settings.h"

namespace gs {

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent) {
  registerWorkerMetaTypes();
  setWindowTitle(tr("GradScope — see the vanishing gradient"));
  buildViews();
  buildControls();
  buildTransport();
  buildMenus();
  buildStatusBar();
  buildClassroom();
  frameTimer_.setSingleShot(true);
  frameTimer_.setInterval(kFrameMs);
  connect(&frameTimer_, &QTimer::timeout, this, &MainWindow::showFrame);
  startWorker();
  installWindowMenus(*this);  // File, presentation mode, language, Help (after the worker exists)
  applyConfig(controls_->config());
}

MainWindow::~MainWindow() {
  stopWorker();
  // ~QWidget hides the docks after this object is no longer a MainWindow; their visibility
  // signals must not reach its slots then (UBSan: downcast of a half-destroyed MainWindow).
  for (QObject* child : findChildren<QObject*>()) disconnect(child, nullptr, this, nullptr);
}

void MainWindow::buildViews() {
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
  activationView_ = new ActivationCurveView(central);
  barsView_ = new GradientBarsView(central);
  lossView_ = new LossCurveView(central);
  predictionView_ = new PredictionView(central);
  auto* grid = new QGridLayout;
  grid->addWidget(barsView_, 0, 0);
  grid->addWidget(activationView_, 0, 1);
  grid->addWidget(lossView_, 1, 0);
  grid->addWidget(predictionView_, 1, 1);
  for (QWidget* view : {static_cast<QWidget*>(barsView_), static_cast<QWidget*>(activationView_),
                        static_cast<QWidget*>(lossView_), static_cast<QWidget*>(predictionView_)})
    view->setMinimumSize(300, 220);  // smaller than this, axis labels collide
  grid->setColumnStretch(0, 3);
  grid->setColumnStretch(1, 2);
  auto* layout = new QVBoxLayout(central);
  layout->addWidget(banner_);
  layout->addLayout(grid, 1);
  setCentralWidget(central);
  central->setFocus();
}

void MainWindow::buildControls() {
  controls_ = new ControlPanel(this);
  auto* scroll = new QScrollArea(this);
  scroll->setWidget(controls_);
  scroll->setWidgetResizable(true);
  scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
  scroll->setMinimumWidth(controls_->sizeHint().width() + 24);
  auto* dock = new QDockWidget(tr("Settings"), this);
  dock->setObjectName("settingsDock");
  dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable);
  dock->setWidget(scroll);
  addDockWidget(Qt::LeftDockWidgetArea, dock);
  connect(controls_, &ControlPanel::configChanged, this, [this](const Config& c) {
    activationView_->setActivation(c.hiddenActivation());  // at once, before the worker answers
    emit resetRequested(c);
  });
  connect(controls_, &ControlPanel::learningRateChanged, this, &MainWindow::learningRateRequested);
}

void MainWindow::buildClassroom() {
  classroom_ = new ClassroomDocks(this, viewMenu_);
  if (QGuiApplication::primaryScreen()->availableGeometry().width() < kWideScreen)
    classroom_->tabifyWith(findChild<QDockWidget*>("settingsDock"));
  connect(classroom_, &ClassroomDocks::layerHighlighted, barsView_,
          &GradientBarsView::setHighlightedLayer);
  connect(classroom_, &ClassroomDocks::walkWanted, this, &MainWindow::walkEnabledRequested);
  connect(classroom_, &ClassroomDocks::walkSampleRequested, this, &MainWindow::walkSampleRequested);
  connect(lessonsMenu_, &LessonMenu::lessonChosen, this, &MainWindow::openLesson);
  connect(lessonsMenu_, &LessonMenu::openFileRequested, this, &MainWindow::openDroppedFile);
  connect(lessonsMenu_, &LessonMenu::problemsFound, this, [this](const QString& message) {
    qWarning("%s", qPrintable(message));
    statusBar()->showMessage(message.section('\n', 0, 1).replace('\n', ' '), 30000);
  });
  lessonsMenu_->reload(QString::fromStdString(lessonsDir()));
  auto* drop = new FileDrop(this);
  connect(drop, &FileDrop::fileDropped, this, &MainWindow::openDroppedFile);
  compare_ = new CompareWindow(this);
}

void MainWindow::startWorker() {
  thread_.setObjectName("training");
  worker_ = new TrainingWorker;
  worker_->moveToThread(&thread_);
  connect(&thread_, &QThread::finished, worker_, &QObject::deleteLater);
  connectWorker();
  thread_.start();
}

// Interrupt stops a run between two steps; quit ends the worker's event loop after that.
void MainWindow::stopWorker() {
  if (!thread_.isRunning()) return;
  thread_.requestInterruption();
  thread_.quit();
  thread_.wait();
}

void MainWindow::connectWorker() {
  TrainingWorker* w = worker_;
  connect(this, &MainWindow::resetRequested, w, &TrainingWorker::reset);
  // A reset sent after Play ends the run to the lesson's steps (the worker drops its target).
  connect(this, &MainWindow::resetRequested, this, [this] { lessonStop_ = -1; });
  connect(this, &MainWindow::playRequested, w, &TrainingWorker::play);
  connect(this, &MainWindow::pauseRequested, w, &TrainingWorker::pause);
  connect(this, &MainWindow::stepRequested, w, &TrainingWorker::step);
  connect(this, &MainWindow::runUntilRequested, w, &TrainingWorker::runUntil);
  connect(this, &MainWindow::learningRateRequested, w, &TrainingWorker::setLearningRate);
  connect(this, &MainWindow::stepsPerFrameRequested, w, &TrainingWorker::setStepsPerFrame);
  connect(w, &TrainingWorker::resetDone, this, &MainWindow::onResetDone);
  connect(w, &TrainingWorker::configRejected, this, [this](const QString& message) {
    showProblem(tr("These settings cannot be used, so the previous run is kept:\n%1").arg(message));
  });
  connect(w, &TrainingWorker::snapshotReady, this, [this](const Snapshot& s) {
    pendingSnapshot_ = s;
    haveSnapshot_ = true;
    scheduleFrame();
  });
  connect(w, &TrainingWorker::lossPointsReady, this, [this](const QVector<LossPoint>& p) {
    pendingPoints_ += p;
    scheduleFrame();
  });
  connect(w, &TrainingWorker::predictionReady, this, [this](const Prediction& p) {
    pendingPrediction_ = p;
    havePrediction_ = true;
    scheduleFrame();
  });
  connect(w, &TrainingWorker::runningChanged, this, &MainWindow::onRunningChanged);
  connect(w, &TrainingWorker::stepsPerSecondChanged, this, [this](double rate) {
    stepsPerSecond_ = rate;
    rateLabel_->setText(tr("%1 steps/s").arg(rate, 0, 'f', rate < 100 ? 1 : 0));
  });
  connect(w, &TrainingWorker::diverged, this, &MainWindow::onDiverged);
  connect(this, &MainWindow::walkEnabledRequested, w, &TrainingWorker::setWalkEnabled);
  connect(this, &MainWindow::walkSampleRequested, w, &TrainingWorker::setWalkSample);
  connect(w, &TrainingWorker::walkReady, this, [this](const WalkPayload& walk) {
    classroom_->walkArrived(walk);
    scheduleFrame();
  });
  connect(w, &TrainingWorker::historyReady, this, [this](const GradientHistory& history) {
    classroom_->historyArrived(history);
    scheduleFrame();
  });
}

void MainWindow::scheduleFrame() {
  if (!frameTimer_.isActive()) frameTimer_.start();
}

// One frame: hand everything that arrived to the views; each queues a single replot.
void MainWindow::showFrame() {
  if (!pendingPoints_.isEmpty()) {
    lossView_->addPoints(pendingPoints_);
    pendingPoints_.clear();
  }
  if (havePrediction_) predictionView_->setPrediction(pendingPrediction_);
  havePrediction_ = false;
  if (!haveSnapshot_) {
    classroom_->showFrame(nullptr);
    return;
  }
  haveSnapshot_ = false;
  shown_ = pendingSnapshot_;
  barsView_->setSnapshot(shown_);
  classroom_->showFrame(&shown_);
  stepLabel_->setText(tr("step %1").arg(shown_.step));
  if (std::isfinite(shown_.loss)) lossLabel_->setText(tr("loss %1").arg(shown_.loss, 0, 'g', 4));
  accuracyLabel_->setText(
      shown_.hasAccuracy ? tr("accuracy %1%").arg(100.0 * shown_.accuracy, 0, 'f', 1) : QString());
  noteLessonStepsReached();
  emit snapshotShown(shown_);
}

void MainWindow::onResetDone(const Config& config) {
  frameTimer_.stop();
  haveSnapshot_ = havePrediction_ = false;
  pendingPoints_.clear();
  shown_ = Snapshot();
  banner_->hide();
  activationView_->setActivation(config.hiddenActivation());
  barsView_->clear();
  lossView_->clear();
  predictionView_->clear();
  classroom_->clearRun(config);
  stepLabel_->setText(tr("step 0"));
  lossLabel_->setText(tr("loss —"));
  accuracyLabel_->clear();
  emit snapshotShown(shown_);
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

QString MainWindow::problemMessage() const {
  return banner_->isVisibleTo(const_cast<MainWindow*>(this)) ? banner_->text() : QString();
}

void MainWindow::applyConfig(const Config& config) {
  controls_->setConfig(config);
  activationView_->setActivation(config.hiddenActivation());
  emit resetRequested(config);
}

Config MainWindow::config() const { return controls_->config(); }

bool MainWindow::loadConfig(const QString& path, QString* error) { return openFile(path, error); }

bool MainWindow::openFile(const QString& path, QString* error) {
  ExperimentFile file;
  if (!readExperimentFile(path, &file, error)) return false;
  if (file.isLesson) {
    openLesson(file.lesson);
  } else {
    classroom_->clearLesson();
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
  applyConfig(lesson.config);
  classroom_->setLesson(lesson);
  showLessonTitle();
}

void MainWindow::showLessonTitle() {
  setWindowTitle(tr("GradScope — %1")
                     .arg(QString::fromStdString(
                         lesson().title.text(classroom_->language().toStdString()))));
}

bool MainWindow::hasLesson() const { return classroom_->hasLesson(); }
const Lesson& MainWindow::lesson() const { return classroom_->lesson(); }

void MainWindow::setLanguage(const QString& language) {
  classroom_->setLanguage(language);
  lessonsMenu_->setLanguage(language);
  if (hasLesson()) showLessonTitle();
}

QString MainWindow::language() const { return classroom_->language(); }

ExplanationPanel* MainWindow::explanationPanel() const { return classroom_->explanation(); }
WalkthroughPanel* MainWindow::walkthroughPanel() const { return classroom_->walkthrough(); }
GradientHeatmapView* MainWindow::heatmapView() const { return classroom_->heatmap(); }
PreActivationView* MainWindow::preActivationView() const { return classroom_->preActivation(); }

void MainWindow::showCompare() {
  compare_->setBaseConfig(controls_->config());
  compare_->show();
  compare_->raise();
  compare_->activateWindow();
}

void MainWindow::openConfigDialog() {
  const QString path = QFileDialog::getOpenFileName(this, tr("Open configuration"), QString(),
                                                    tr("GradScope configuration (*.json)"));
  QString error;
  if (!path.isEmpty() && !loadConfig(path, &error))
    QMessageBox::critical(this, tr("Cannot open configuration"), error);
}

void MainWindow::restoreSettings() {
  QSettings settings;
  const WindowSettings w = WindowSettings::load(settings);
  if (!restoreGeometry(w.geometry)) fitToScreen();
  restoreState(w.state);
  speed_->setCurrentIndex(std::clamp(w.speed, 0, speed_->count() - 1));
  barsView_->setMeasure(measureFromId(w.measure.toStdString()).value_or(Measure::WeightGradNorm));
  barsView_->setLogScale(w.barsLog);
  lossView_->setLogScale(w.lossLog);
  applyConfig(w.config);
  rememberSettings_ = true;
}

// First start: 90% of the screen (at most 1600×1000), centred.
void MainWindow::fitToScreen() {
  const QRect screen = QGuiApplication::primaryScreen()->availableGeometry();
  resize(std::min(1600, int(screen.width() * 0.9)), std::min(1000, int(screen.height() * 0.9)));
  move(screen.topLeft() + QPoint(screen.width() - width(), screen.height() - height()) / 2);
}

void MainWindow::saveSettings() {
  WindowSettings w;
  w.config = controls_->config();
  w.geometry = saveGeometry();
  w.state = saveState();
  w.speed = speed_->currentIndex();
  w.measure = QString::fromStdString(measureId(barsView_->measure()));
  w.barsLog = barsView_->logScale();
  w.lossLog = lossView_->logScale();
  QSettings settings;
  w.save(settings);
}

void MainWindow::closeEvent(QCloseEvent* event) {
  if (rememberSettings_) saveSettings();
  stopWorker();
  event->accept();
}

}  // namespace gs
