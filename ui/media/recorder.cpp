#include "recorder.h"

#include "frame_encoder_worker.h"

#include <QScreen>

namespace gs::media {

namespace {

// What the window system shows (the window's backing store or its pixels on screen): a copy,
// where QWidget::grab() paints every child again — 200 ms for the whole window against 30 ms under
// load. Platforms that cannot (Wayland) return nothing, and the widget is painted after all.
QImage grabFrame(QWidget* source) {
  QWidget* top = source->window();
  const QPoint at = source->mapTo(top, QPoint(0, 0));
  if (QScreen* screen = top->screen()) {
    const QPixmap shown =
        screen->grabWindow(top->winId(), at.x(), at.y(), source->width(), source->height());
    if (!shown.isNull()) return shown.toImage();
  }
  return source->grab().toImage();
}

}  // namespace

Recorder::Recorder(QObject* parent) : QObject(parent) {
  timer_.setTimerType(Qt::PreciseTimer);
  connect(&timer_, &QTimer::timeout, this, &Recorder::capture);
}

Recorder::~Recorder() {
  if (worker_) worker_->requestCancel();
  tearDown();
}

QString Recorder::start(const RecordSettings& settings) {
  if (isBusy()) return tr("a recording is already running");
  if (!settings.source) return tr("nothing to record");
  const AnimationSpec spec{settings.path.toStdString(), settings.width, settings.height,
                           settings.fps};
  std::string error = animationSpecError(spec);
  if (error.empty()) error = animationPathError(spec.path);
  if (!error.empty()) return QString::fromStdString(error);
  settings_ = settings;
  captured_ = dropped_ = 0;
  firstStep_ = -1;
  longestGrabNs_ = totalGrabNs_ = 0;
  thread_ = new QThread(this);
  worker_ = new FrameEncoderWorker(spec, settings.source->palette().color(QPalette::Window));
  worker_->moveToThread(thread_);
  connect(thread_, &QThread::finished, worker_, &QObject::deleteLater);
  connect(worker_, &FrameEncoderWorker::progress, this,
          [this](int encoded) { emit encodingProgress(encoded, captured_); });
  connect(worker_, &FrameEncoderWorker::finished, this,
          [this](const QString& e, bool cancelled, int) { onEncoderFinished(e, cancelled); });
  thread_->start();
  QMetaObject::invokeMethod(worker_, &FrameEncoderWorker::open, Qt::QueuedConnection);
  clock_.start();
  timer_.start(1000 / settings.fps);
  capture();  // the first frame now
  emit recordingChanged(true);
  return {};
}

void Recorder::capture() {
  if (!settings_.source) return stop();
  if (worker_->pendingFrames() >= kPendingFramesMax) {
    ++dropped_;  // the encoder is behind; memory stays bounded
    return;
  }
  QElapsedTimer grab;
  grab.start();
  const QImage frame = grabFrame(settings_.source);
  longestGrabNs_ = std::max(longestGrabNs_, grab.nsecsElapsed());
  totalGrabNs_ += grab.nsecsElapsed();
  worker_->frameQueued();
  QMetaObject::invokeMethod(
      worker_, [w = worker_, frame] { w->addFrame(frame); }, Qt::QueuedConnection);
  emit frameCaptured(++captured_);
}

void Recorder::observeStep(long step) {
  if (!isRecording() || settings_.stopAfterSteps <= 0) return;
  if (firstStep_ < 0) firstStep_ = step;
  if (step - firstStep_ >= settings_.stopAfterSteps) stop();
}

void Recorder::stop() {
  if (!isRecording()) return;
  timer_.stop();
  emit recordingChanged(false);
  emit encodingProgress(0, captured_);
  QMetaObject::invokeMethod(worker_, &FrameEncoderWorker::finish, Qt::QueuedConnection);
}

void Recorder::cancel() {
  if (!worker_) return;
  const bool wasRecording = isRecording();
  timer_.stop();
  worker_->requestCancel();
  if (wasRecording) emit recordingChanged(false);
  QMetaObject::invokeMethod(worker_, &FrameEncoderWorker::finish, Qt::QueuedConnection);
}

void Recorder::onEncoderFinished(const QString& error, bool cancelled) {
  tearDown();
  emit finished(settings_.path, error, cancelled);
}

void Recorder::tearDown() {
  timer_.stop();
  if (!thread_) return;
  thread_->quit();
  thread_->wait();
  delete thread_;  // its finished() signal deleted the worker (and its writer: nothing kept)
  thread_ = nullptr;
  worker_ = nullptr;
}

}  // namespace gs::media
