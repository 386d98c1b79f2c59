// Encodes frames off the GUI thread: lives on its own QThread, receives frames over queued calls
// and feeds an AnimationWriter (each picture fitted into the frame without distortion). Cancel is a
// flag the GUI thread may set at any time; the writer is then dropped, which removes everything it
// wrote.
#pragma once

#include <QColor>
#include <QImage>
#include <QObject>
#include <QString>
#include <atomic>
#include <memory>

#include "animation_writer.h"

namespace gs::media {

class FrameEncoderWorker : public QObject {
  Q_OBJECT

 public:
  // margin: the colour around a picture of another aspect (the window's, so a dark theme stays
  // dark).
  FrameEncoderWorker(const AnimationSpec& spec, const QColor& margin);
  ~FrameEncoderWorker() override;

  // Any thread.
  void requestCancel() { cancelled_ = true; }
  int pendingFrames() const { return pending_; }
  void frameQueued() { ++pending_; }

  // Worker thread (queued calls).
  void open();
  void addFrame(const QImage& frame);
  void finish();

 signals:
  void opened(const QString& error);
  void progress(int framesEncoded);
  void finished(const QString& error, bool cancelled, int frames);

 private:
  void fail(const std::string& error);

  AnimationSpec spec_;
  QColor margin_;
  std::unique_ptr<AnimationWriter> writer_;
  std::atomic<bool> cancelled_{false};
  std::atomic<int> pending_{0};
  bool done_ = false;
  QString error_;
};

}  // namespace gs::media
