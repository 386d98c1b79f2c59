#include "compare_window.h"

#include <QCloseEvent>
#include <QComboBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include "compare_choice.h"
#include "compare_view.h"
#include "kind_names.h"
#include "remedy_controls.h"

namespace gs {

CompareWindow::CompareWindow(QWidget* parent)
    : QWidget(parent, Qt::Window),
      view_(new CompareView(this)),
      choice_(new CompareChoice(this)),
      readout_{new QLabel(this), new QLabel(this)},
      remediesB_(new RemedyControls(RemedyControls::Arrangement::Row, "compare_", this)),
      playButton_(new QPushButton(tr("Play"), this)),
      note_(new QLabel(this)),
      worker_(new CompareWorker) {
  setObjectName("compareWindow");
  setWindowTitle(tr("GradScope — compare two networks"));
  buildControls();
  frameTimer_.setSingleShot(true);
  frameTimer_.setInterval(25);
  connect(&frameTimer_, &QTimer::timeout, this, &CompareWindow::showFrame);

  thread_.setObjectName("compare");
  worker_->moveToThread(&thread_);
  connect(&thread_, &QThread::finished, worker_, &QObject::deleteLater);
  connect(this, &CompareWindow::resetRequested, worker_, &CompareWorker::reset);
  connect(this, &CompareWindow::playRequested, worker_, &CompareWorker::play);
  connect(this, &CompareWindow::pauseRequested, worker_, &CompareWorker::pause);
  connect(this, &CompareWindow::stepRequested, worker_, &CompareWorker::step);
  connect(worker_, &CompareWorker::resetDone, this, &CompareWindow::onResetDone);
  connect(worker_, &CompareWorker::configRejected, this, [this](const QString& message) {
    note_->setText(tr("These settings cannot be compared: %1").arg(message));
  });
  connect(worker_, &CompareWorker::runningChanged, this, [this](bool running) {
    running_ = running;
    playButton_->setText(running ? tr("Pause") : tr("Play"));
  });
  connect(worker_, &CompareWorker::runReady, this,
          [this](int run, const Snapshot& s, const GradientHistory& h) {
            if (run < 0 || run > 1) return;
            pendingSnapshot_[run] = s;
            pendingHistory_[run] = h;
            pending_[run] = true;
            if (!frameTimer_.isActive()) frameTimer_.start();
          });
  thread_.start();
  resize(1100, 560);
}

CompareWindow::~CompareWindow() {
  thread_.requestInterruption();
  thread_.quit();
  thread_.wait();
}

void CompareWindow::buildControls() {
  auto* step = new QPushButton(tr("Step"), this);
  auto* reset = new QPushButton(tr("Reset"), this);
  playButton_->setObjectName("comparePlay");
  note_->setWordWrap(true);
  auto* row = new QHBoxLayout;
  row->addWidget(playButton_);
  row->addWidget(step);
  row->addWidget(reset);
  row->addSpacing(16);
  for (int r = 0; r < 2; ++r) {
    readout_[r]->setObjectName(r == 0 ? "compareReadoutA" : "compareReadoutB");
    row->addWidget(readout_[r]);
    row->addSpacing(12);
  }
  row->addStretch(1);
  // B = A with these choices: activation and initialiser above, the remedies below.
  auto* remedies = new QHBoxLayout;
  remedies->addWidget(new QLabel(tr("B:"), this));
  remedies->addWidget(remediesB_);
  remedies->addStretch(1);
  auto* layout = new QVBoxLayout(this);
  layout->addWidget(choice_);
  layout->addLayout(row);
  layout->addLayout(remedies);
  layout->addWidget(note_);
  layout->addWidget(view_, 1);
  connect(playButton_, &QPushButton::clicked, this, [this] { running_ ? pause() : play(); });
  connect(step, &QPushButton::clicked, this, &CompareWindow::stepOnce);
  connect(reset, &QPushButton::clicked, this, &CompareWindow::restart);
  connect(choice_, &CompareChoice::changed, this, &CompareWindow::restart);
  connect(remediesB_, &RemedyControls::changed, this, &CompareWindow::restart);
}

Config CompareWindow::configB() const {
  Config b = choice_->configB(a_);
  remediesB_->applyTo(b);
  b.layerNorms.clear();  // B's normalisation is the one chosen here, on every hidden layer
  return b;
}

void CompareWindow::setBaseConfig(const Config& base) {
  a_ = base;
  choice_->followA(base);
  restart();
}

void CompareWindow::followBase(const Config& base) {
  if (isVisible())
    setBaseConfig(base);
  else
    a_ = base, choice_->followA(base);
}

void CompareWindow::setChoiceB(ActivationKind activation, InitKind init) {
  choice_->setChoice(compareConfigB(configB(), activation, init));
  restart();
}

QString CompareWindow::readout(int run) const { return readout_[run]->text(); }

void CompareWindow::play() { emit playRequested(); }
void CompareWindow::pause() { emit pauseRequested(); }
void CompareWindow::stepOnce() { emit stepRequested(); }
void CompareWindow::restart() { emit resetRequested(a_, configB()); }

void CompareWindow::onResetDone(const Config& a, const Config& b, bool same) {
  frameTimer_.stop();
  sameData_ = same;
  pending_[0] = pending_[1] = false;
  for (int r = 0; r < 2; ++r) {
    shown_[r] = Snapshot();
    view_->clearRun(CompareView::Run(r));
    readout_[r]->setText(tr("%1: step 0").arg(r == 0 ? "A" : "B"));
  }
  view_->setRunLabel(CompareView::kRunA, CompareView::describeAgainst(a, b));
  view_->setRunLabel(CompareView::kRunB, CompareView::describeAgainst(b, a));
  note_->setText(same ? tr("Both runs: the same %1 data points, batches of %2, seed %3.")
                            .arg(a.samples)
                            .arg(a.batch)
                            .arg(a.seed)
                      : tr("Warning: the two runs do not train on the same data."));
}

void CompareWindow::showFrame() {
  for (int r = 0; r < 2; ++r) {
    if (!pending_[r]) continue;
    pending_[r] = false;
    shown_[r] = pendingSnapshot_[r];
    view_->setRun(CompareView::Run(r), shown_[r], pendingHistory_[r]);
    readout_[r]->setText(tr("%1: step %2, loss %3")
                             .arg(r == 0 ? "A" : "B")
                             .arg(shown_[r].step)
                             .arg(shown_[r].loss, 0, 'g', 4));
  }
  emit framesShown();
}

void CompareWindow::closeEvent(QCloseEvent* event) {
  pause();
  event->accept();
}

void CompareWindow::keyPressEvent(QKeyEvent* event) {
  if (event->key() == Qt::Key_Escape || event->matches(QKeySequence::Close)) {
    close();
    return;
  }
  QWidget::keyPressEvent(event);
}

}  // namespace gs
