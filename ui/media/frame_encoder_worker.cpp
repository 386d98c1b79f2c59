#include "frame_encoder_worker.h"

#include <QPainter>

namespace gs::media {

namespace {

// The picture scaled to fit width × height without distortion, centred on margin.
QImage fitted(const QImage& frame, int width, int height, const QColor& margin) {
  if (frame.size() == QSize(width, height)) return frame;
  QImage out(width, height, QImage::Format_RGB32);
  out.fill(margin);
  const QImage scaled = frame.scaled(width, height, Qt::KeepAspectRatio, Qt::SmoothTransformation);
  QPainter(&out).drawImage((width - scaled.width()) / 2, (height - scaled.height()) / 2, scaled);
  return out;
}

}  // namespace

FrameEncoderWorker::FrameEncoderWorker(const AnimationSpec& spec, const QColor& margin)
    : spec_(spec), margin_(margin) {}

FrameEncoderWorker::~FrameEncoderWorker() = default;

void FrameEncoderWorker::open() {
  std::string error;
  writer_ = openAnimationWriter(spec_, error);
  emit opened(QString::fromStdString(error));
}

void FrameEncoderWorker::fail(const std::string& error) {
  writer_.reset();  // removes the temporary
  error_ = QString::fromStdString(error);
}

void FrameEncoderWorker::addFrame(const QImage& frame) {
  --pending_;
  if (cancelled_ || !writer_ || !error_.isEmpty()) return;
  const std::string error = writer_->addFrame(fitted(frame, spec_.width, spec_.height, margin_));
  if (!error.empty()) return fail(error);
  emit progress(writer_->frameCount());
}

void FrameEncoderWorker::finish() {
  if (done_) return;
  done_ = true;
  if (cancelled_ || !writer_) {
    const int frames = writer_ ? writer_->frameCount() : 0;
    writer_.reset();
    emit finished(error_, cancelled_, frames);
    return;
  }
  const int frames = writer_->frameCount();
  if (error_.isEmpty()) error_ = QString::fromStdString(writer_->finish());
  writer_.reset();
  emit finished(error_, false, frames);
}

}  // namespace gs::media
