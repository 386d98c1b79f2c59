// MainWindow's actions and menus, built once in its constructor (as Qt's examples do in
// createActions()/createMenus()): File, Edit, Training, Lessons, View, Help, the Training toolbar
// and the status bar fields; and Play stopping at a lesson's suggested steps.
#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QEvent>
#include <QLabel>
#include <QMenuBar>
#include <QStatusBar>
#include <QToolBar>
#include <algorithm>

#include "classroom_docks.h"
#include "data_actions.h"
#include "dock_view_action.h"
#include "file_actions.h"
#include "help_menu.h"
#include "language_menu.h"
#include "lesson_menu.h"
#include "main_window.h"
#include "pace_box.h"
#include "plot_notice.h"
#include "presentation_mode.h"
#include "presenter_keys.h"
#include "record_controller.h"
#include "run_model.h"

namespace gs {
namespace {

// A status-bar field wide enough for its longest text in the font it has now, so it grows with
// presentation mode's larger font instead of being squeezed into its neighbours.
class StatusField : public QLabel {
 public:
  StatusField(const QString& longest, QWidget* parent) : QLabel(parent), longest_(longest) {
    fit();
  }

 protected:
  void changeEvent(QEvent* event) override {
    QLabel::changeEvent(event);
    if (event->type() == QEvent::FontChange) fit();
  }

 private:
  void fit() { setMinimumWidth(fontMetrics().horizontalAdvance(longest_) + 8); }
  QString longest_;
};

}  // namespace

void MainWindow::createActions() {
  parts_.play = new QAction(tr("&Play"), this);
  parts_.play->setShortcut(Qt::Key_Space);
  parts_.play->setToolTip(tr("Start or pause training (Space)."));
  parts_.step = new QAction(tr("&Step"), this);
  parts_.step->setShortcut(Qt::Key_S);
  parts_.step->setToolTip(tr("Train exactly one mini-batch and show the result (S)."));
  parts_.reset = new QAction(tr("&Reset"), this);
  parts_.reset->setShortcut(Qt::Key_R);
  parts_.reset->setToolTip(tr("Start again from fresh random weights with the same settings (R)."));
  connect(parts_.play, &QAction::triggered, this,
          [this] { run_->isRunning() ? run_->pause() : playOrRunLesson(); });
  connect(parts_.step, &QAction::triggered, this, [this] {
    endNotice_->hide();  // the run goes on past the lesson's end: the notice no longer holds
    run_->step();
  });
  connect(parts_.reset, &QAction::triggered, this, [this] { applyConfig(config()); });
  parts_.compareAction = new QAction(tr("&Compare two networks…"), this);
  parts_.compareAction->setShortcut(Qt::CTRL | Qt::Key_K);
  parts_.compareAction->setToolTip(
      tr("Train this network and one with another activation and init side by side (Ctrl+K)."));
  connect(parts_.compareAction, &QAction::triggered, this, &MainWindow::showCompare);
  parts_.files = new FileActions(*this);
  parts_.data = new DataActions(*this, *parts_.prediction);
  // Ctrl+Z works with the menu bar hidden (presentation mode), too.
  addActions({parts_.data->undoAction(), parts_.data->redoAction()});
  parts_.presentation = new PresentationMode(*this);
  // F11 and E work with the menu bar hidden, too.
  addActions({parts_.presentation->action(), parts_.presentation->drawerAction()});
  parts_.languages = new LanguageMenu(*this);
  parts_.pace = new PaceBox(this);
  addActions({parts_.pace->fasterAction(), parts_.pace->slowerAction()});  // + and −
  connect(parts_.pace, &PaceBox::paceChanged, run_, &RunModel::setPace);
  // Training → Record… and its toolbar button; "stop after N steps" follows the shown steps.
  parts_.recorder = new RecordController(this);
  connect(run_, &RunModel::frameReady, parts_.recorder, [this](const RunFrame& frame) {
    if (frame.snapshot) parts_.recorder->observeStep(run_->shownStep());
  });
}

void MainWindow::createToolBar() {
  toolbar_ = addToolBar(tr("Training"));
  toolbar_->setObjectName("trainingToolbar");
  toolbar_->addActions({parts_.play, parts_.step, parts_.reset});
  toolbar_->addSeparator();
  toolbar_->addWidget(new QLabel(tr("Pace: "), this));
  toolbar_->addWidget(parts_.pace);
  toolbar_->addSeparator();
  toolbar_->addAction(parts_.recorder->action());
}

void MainWindow::createMenus() {
  QMenu* file = menuBar()->addMenu(tr("&File"));
  file->addAction(parts_.files->openAction());
  file->addAction(parts_.files->saveAction());
  file->addAction(parts_.data->openAction());
  file->addMenu(parts_.files->recentMenu());
  file->addMenu(parts_.files->exportMenu());
  file->addSeparator();
  file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

  QMenu* edit = menuBar()->addMenu(tr("&Edit"));
  edit->addActions({parts_.data->undoAction(), parts_.data->redoAction()});
  edit->addSeparator();
  edit->addAction(parts_.data->clearAction());

  QMenu* training = menuBar()->addMenu(tr("&Training"));
  training->addActions({parts_.play, parts_.step, parts_.reset, parts_.compareAction});
  training->addSeparator();
  training->addAction(parts_.recorder->action());

  menuBar()->addMenu(parts_.lessons);

  viewMenu_ = menuBar()->addMenu(tr("&View"));
  viewMenu_->addAction(parts_.settingsDock->toggleViewAction());
  bringToFrontOnView(parts_.settingsDock);  // to the front of its tabs, as the classroom panels
  viewMenu_->addAction(toolbar_->toggleViewAction());
  viewMenu_->addSeparator();
  viewMenu_->addActions(parts_.classroom->toggleActions());
  viewMenu_->addSeparator();
  viewMenu_->addAction(parts_.presentation->action());
  viewMenu_->addAction(parts_.presentation->drawerAction());
  viewMenu_->addMenu(parts_.presentation->themeMenu());
  viewMenu_->addMenu(parts_.languages->menu());

  QMenu* help = menuBar()->addMenu(tr("&Help"));
  QAction* keys = help->addAction(PresenterKeys::tr("&Keyboard shortcuts"), this,
                                  [this] { PresenterKeys::showShortcuts(this); });
  keys->setObjectName("shortcutsAction");
  keys->setShortcut(QKeySequence::HelpContents);
  help->addAction(HelpMenuText::tr("&Lessons…"), this, [this] { showLessonsHelp(this); });
  help->addAction(HelpMenuText::tr("&About GradScope…"), this, [this] { showAboutDialog(this); });
}

void MainWindow::createStatusBar() {
  stepLabel_ = new StatusField(tr("step %1").arg(1000000), this);
  lossLabel_ = new StatusField(tr("loss %1").arg(-1.234e-05, 0, 'g', 4), this);
  accuracyLabel_ = new StatusField(tr("accuracy %1%").arg(100.0, 0, 'f', 1), this);
  rateLabel_ = new StatusField(tr("%1 steps/s").arg(10000.0, 0, 'f', 0), this);
  for (QLabel* l : {stepLabel_, lossLabel_, accuracyLabel_, rateLabel_})
    statusBar()->addPermanentWidget(l);
}

// With a lesson open, the first Play runs to the lesson's suggested step count and pauses there,
// so the numbers on screen match the lesson's text; Play from there on trains on.
void MainWindow::playOrRunLesson() {
  statusBar()->clearMessage();
  endNotice_->hide();
  const long stop = lesson() ? lesson()->steps : 0;
  if (stop > run_->shownStep()) {
    lessonStop_ = stop;
    run_->runUntil(stop);
  } else {
    lessonStop_ = -1;
    run_->play();
  }
}

// Called with every shown frame.
void MainWindow::noteLessonStepsReached() {
  if (lessonStop_ < 0 || run_->shownStep() < lessonStop_) return;
  endNotice_->showNotice(
      tr("Step %1 — the lesson's steps are done; Space continues.").arg(run_->shownStep()));
  lessonStop_ = -1;
}

void MainWindow::onRunningChanged(bool running) {
  parts_.play->setText(running ? tr("&Pause") : tr("&Play"));
  if (!running) rateLabel_->setText(tr("paused"));
}

}  // namespace gs
