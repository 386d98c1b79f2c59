// MainWindow's transport: the Play/Step/Reset actions and speed on the Training toolbar, the
// window's own menus, the status bar fields, and Play stopping at a lesson's suggested steps.
#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QMenuBar>
#include <QStatusBar>
#include <QToolBar>
#include <algorithm>

#include "control_panel.h"
#include "lesson_menu.h"
#include "main_window.h"

namespace gs {
namespace {

// Steps per 16 ms frame for each speed choice; 0 = as fast as the CPU allows.
const int kSpeedSteps[] = {0, 100, 20, 5, 1};

QLabel* statusField(QWidget* parent) {
  auto* label = new QLabel(parent);
  label->setMinimumWidth(
      label->fontMetrics().horizontalAdvance(QStringLiteral("accuracy: 100.0%")));
  return label;
}

}  // namespace

void MainWindow::buildTransport() {
  playAction_ = new QAction(tr("&Play"), this);
  playAction_->setShortcut(Qt::Key_Space);
  playAction_->setToolTip(tr("Start or pause training (Space)."));
  stepAction_ = new QAction(tr("&Step"), this);
  stepAction_->setShortcut(Qt::Key_S);
  stepAction_->setToolTip(tr("Train exactly one mini-batch and show the result (S)."));
  resetAction_ = new QAction(tr("&Reset"), this);
  resetAction_->setShortcut(Qt::Key_R);
  resetAction_->setToolTip(tr("Start again from fresh random weights with the same settings (R)."));
  connect(playAction_, &QAction::triggered, this, [this] { running_ ? pause() : onPlayPressed(); });
  connect(stepAction_, &QAction::triggered, this, &MainWindow::stepOnce);
  connect(resetAction_, &QAction::triggered, this, &MainWindow::resetRun);

  speed_ = new QComboBox(this);
  speed_->setObjectName("speed");
  speed_->addItems({tr("Fastest"), tr("100 steps/frame"), tr("20 steps/frame"), tr("5 steps/frame"),
                    tr("1 step/frame")});
  speed_->setToolTip(tr("How many training steps run between two screen refreshes."));
  connect(speed_, &QComboBox::currentIndexChanged, this,
          [this](int i) { emit stepsPerFrameRequested(kSpeedSteps[std::max(0, i)]); });

  toolbar_ = addToolBar(tr("Training"));
  toolbar_->setObjectName("trainingToolbar");
  toolbar_->addActions({playAction_, stepAction_, resetAction_});
  toolbar_->addSeparator();
  toolbar_->addWidget(new QLabel(tr("Speed: "), this));
  toolbar_->addWidget(speed_);
}

void MainWindow::buildMenus() {
  fileMenu_ = menuBar()->addMenu(tr("&File"));
  fileMenu_->setObjectName("fileMenu");
  QAction* open =
      fileMenu_->addAction(tr("&Open configuration…"), this, &MainWindow::openConfigDialog);
  open->setShortcut(QKeySequence::Open);
  fileMenu_->addSeparator();
  QAction* quit = fileMenu_->addAction(tr("&Quit"), this, &QWidget::close);
  quit->setShortcut(QKeySequence::Quit);
  trainingMenu_ = menuBar()->addMenu(tr("&Training"));
  trainingMenu_->setObjectName("trainingMenu");
  trainingMenu_->addActions({playAction_, stepAction_, resetAction_});
  compareAction_ =
      trainingMenu_->addAction(tr("&Compare two networks…"), this, &MainWindow::showCompare);
  compareAction_->setObjectName("compareAction");
  compareAction_->setShortcut(Qt::CTRL | Qt::Key_K);
  compareAction_->setToolTip(
      tr("Train this network and one with another activation and init side by side (Ctrl+K)."));
  lessonsMenu_ = new LessonMenu(this);
  menuBar()->addMenu(lessonsMenu_);
  viewMenu_ = menuBar()->addMenu(tr("&View"));
  viewMenu_->setObjectName("viewMenu");
  viewMenu_->addAction(findChild<QDockWidget*>("settingsDock")->toggleViewAction());
  viewMenu_->addAction(toolbar_->toggleViewAction());
  helpMenu_ = menuBar()->addMenu(tr("&Help"));
  helpMenu_->setObjectName("helpMenu");
}

void MainWindow::buildStatusBar() {
  stepLabel_ = statusField(this);
  lossLabel_ = statusField(this);
  accuracyLabel_ = statusField(this);
  rateLabel_ = statusField(this);
  for (QLabel* l : {stepLabel_, lossLabel_, accuracyLabel_, rateLabel_})
    statusBar()->addPermanentWidget(l);
}

void MainWindow::play() { emit playRequested(); }
void MainWindow::pause() { emit pauseRequested(); }
void MainWindow::stepOnce() { emit stepRequested(); }
void MainWindow::resetRun() { emit resetRequested(controls_->config()); }
void MainWindow::runUntil(long step) { emit runUntilRequested(step); }

// With a lesson open, the first Play runs to the lesson's suggested step count and pauses there,
// so the numbers on screen match the lesson's text; Play from there on trains on.
void MainWindow::onPlayPressed() {
  statusBar()->clearMessage();
  const long stop = hasLesson() ? lesson().steps : 0;
  if (stop > shown_.step) {
    lessonStop_ = stop;
    runUntil(stop);
  } else {
    lessonStop_ = -1;
    play();
  }
}

// Called with every shown frame.
void MainWindow::noteLessonStepsReached() {
  if (lessonStop_ < 0 || shown_.step < lessonStop_) return;
  statusBar()->showMessage(
      tr("Lesson's %1 steps reached — press Play to continue.").arg(lessonStop_));
  lessonStop_ = -1;
}

void MainWindow::onRunningChanged(bool running) {
  running_ = running;
  playAction_->setText(running ? tr("&Pause") : tr("&Play"));
  if (!running) {
    stepsPerSecond_ = 0;
    rateLabel_->setText(tr("paused"));
  }
}

}  // namespace gs
