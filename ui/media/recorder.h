// Records a widget (the whole window or one plot) while it trains: a timer on the GUI thread grabs
// it at the chosen frame rate and hands each picture to a FrameEncoderWorker on its own thread, so
// the GUI thread only pays for the grab. Stops on stop(), after N training steps, or when the
// widget goes away; the worker then finishes the file (progress signals), or cancel() drops it.
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QThread>
#include <QTimer>
#include <QWidget>

#include "animation_writer.h"

namespace gs::media {

class FrameEncoderWorker;

struct RecordSettings {
  QPointer<QWidget> source;
  QString path;  // .gif, .mp4, .webm or a folder ending in /
  int width = 800, height = 500;
  int fps = 10;
  long stopAfterSteps = 0;  // 0: until stop()
};

class Recorder : public QObject {
  Q_OBJECT

 public:
  static constexpr int kPendingFramesMax = 90;  // frames waiting for the encoder before dropping

  explicit Recorder(QObject* parent = nullptr);
  ~Recorder() override;  // cancels what is unfinished

  // Empty, or one line naming the field (fps, width, height, path) and what is allowed.
  QString start(const RecordSettings& settings);
  void stop();                  // capture ends; the file is finished off the GUI thread
  void cancel();                // nothing is kept
  void observeStep(long step);  // the training step on screen, for "stop after N steps"

  bool isRecording() const { return timer_.isActive(); }
  bool isBusy() const { return thread_ != nullptr; }  // recording or encoding
  int framesCaptured() const { return captured_; }
  int framesDropped() const { return dropped_; }
  qint64 elapsedMs() const { return clock_.isValid() ? clock_.elapsed() : 0; }
  double longestGrabMs() const { return longestGrabNs_ / 1e6; }
  double meanGrabMs() const { return captured_ ? totalGrabNs_ / 1e6 / captured_ : 0; }

 signals:
  void recordingChanged(bool recording);
  void frameCaptured(int frames);
  void encodingProgress(int encoded, int total);
  // error empty and !cancelled: the file is complete at path.
  void finished(const QString& path, const QString& error, bool cancelled);

 private:
  void capture();
  void onEncoderFinished(const QString& error, bool cancelled);
  void tearDown();

  RecordSettings settings_;
  QTimer timer_;
  QElapsedTimer clock_;
  QThread* thread_ = nullptr;
  FrameEncoderWorker* worker_ = nullptr;
  int captured_ = 0, dropped_ = 0;
  long firstStep_ = -1;
  qint64 longestGrabNs_ = 0, totalGrabNs_ = 0;
};

}  // namespace gs::media
