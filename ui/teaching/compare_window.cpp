#include "compare_window.h"

#include <QCloseEvent>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include "compare_view.h"
#include "kind_names.h"

namespace gs {

CompareWindow::CompareWindow(QWidget* parent)
    : QWidget(parent, Qt::Window),
      view_(new CompareView(this)),
      activationB_(new QComboBox(this)),
      initB_(new QComboBox(this)),
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
  for (ActivationKind k : allActivationKinds())
    activationB_->addItem(QString::fromStdString(Activation(k).displayName()), int(k));
  for (InitKind k : allInitKinds()) initB_->addItem(initName(k), int(k));
  activationB_->setObjectName("compareActivationB");
  initB_->setObjectName("compareInitB");
  activationB_->setCurrentIndex(activationB_->findData(int(ActivationKind::Relu)));
  initB_->setCurrentIndex(initB_->findData(int(InitKind::HeNormal)));
  auto* step = new QPushButton(tr("Step"), this);
  auto* reset = new QPushButton(tr("Reset"), this);
  playButton_->setObjectName("comparePlay");
  note_->setWordWrap(true);
  auto* row = new QHBoxLayout;
  row->addWidget(new QLabel(tr("B: activation"), this));
  row->addWidget(activationB_);
  row->addWidget(new QLabel(tr("init"), this));
  row->addWidget(initB_);
  row->addSpacing(16);
  row->addWidget(playButton_);
  row->addWidget(step);
  row->addWidget(reset);
  row->addStretch(1);
  auto* layout = new QVBoxLayout(this);
  layout->addLayout(row);
  layout->addWidget(note_);
  layout->addWidget(view_, 1);
  connect(playButton_, &QPushButton::clicked, this, [this] { running_ ? pause() : play(); });
  connect(step, &QPushButton::clicked, this, &CompareWindow::stepOnce);
  connect(reset, &QPushButton::clicked, this, &CompareWindow::restart);
  connect(activationB_, &QComboBox::currentIndexChanged, this, &CompareWindow::restart);
  connect(initB_, &QComboBox::currentIndexChanged, this, &CompareWindow::restart);
}

Config CompareWindow::configB() const {
  return compareConfigB(a_, ActivationKind(activationB_->currentData().toInt()),
                        InitKind(initB_->currentData().toInt()));
}

void CompareWindow::setBaseConfig(const Config& base) {
  a_ = base;
  restart();
}

void CompareWindow::setChoiceB(ActivationKind activation, InitKind init) {
  const QSignalBlocker blockA(activationB_), blockI(initB_);
  activationB_->setCurrentIndex(activationB_->findData(int(activation)));
  initB_->setCurrentIndex(initB_->findData(int(init)));
  restart();
}

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
  }
  view_->setRunLabel(CompareView::kRunA, CompareView::describeConfig(a));
  view_->setRunLabel(CompareView::kRunB, CompareView::describeConfig(b));
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
  }
  emit framesShown();
}

void CompareWindow::closeEvent(QCloseEvent* event) {
  pause();
  event->accept();
}

}  // namespace gs
