#include "record_controller.h"

#include <qcustomplot.h>

#include <QDockWidget>
#include <QLabel>
#include <QMainWindow>
#include <QMessageBox>
#include <QPainter>
#include <QProgressDialog>
#include <QStatusBar>

namespace gs {
namespace {

QIcon recordIcon(bool recording) {
  QPixmap pixmap(32, 32);
  pixmap.fill(Qt::transparent);
  QPainter p(&pixmap);
  p.setRenderHint(QPainter::Antialiasing);
  p.setPen(Qt::NoPen);
  p.setBrush(QColor(0xd3, 0x2f, 0x2f));
  if (recording)
    p.drawRoundedRect(QRectF(7, 7, 18, 18), 3, 3);  // a stop square
  else
    p.drawEllipse(QRectF(5, 5, 22, 22));
  return QIcon(pixmap);
}

// A plot's name: its title element, else its dock's title.
QString plotName(QCustomPlot* plot) {
  for (int i = 0; i < plot->plotLayout()->elementCount(); ++i)
    if (auto* t = qobject_cast<QCPTextElement*>(plot->plotLayout()->elementAt(i)))
      if (!t->text().isEmpty()) return t->text().section('\n', 0, 0);
  for (QWidget* w = plot; w; w = w->parentWidget())
    if (auto* dock = qobject_cast<QDockWidget*>(w)) return dock->windowTitle();
  return plot->objectName();
}

QString clock(qint64 ms) {
  const qint64 s = ms / 1000;
  return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

}  // namespace

RecordController::RecordController(QMainWindow* window)
    : QObject(window), window_(window), action_(new QAction(window)), indicator_(new QLabel) {
  action_->setObjectName(QStringLiteral("recordAction"));
  action_->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
  indicator_->setStyleSheet(QStringLiteral("color: #d32f2f; font-weight: bold"));
  indicator_->hide();
  window->statusBar()->addPermanentWidget(indicator_);
  retranslate();
  connect(action_, &QAction::triggered, this, &RecordController::toggle);
  connect(&recorder_, &media::Recorder::recordingChanged, this,
          &RecordController::onRecordingChanged);
  connect(&recorder_, &media::Recorder::frameCaptured, this, [this](int frames) {
    indicator_->setText(tr("● REC %1  %2 frames").arg(clock(recorder_.elapsedMs())).arg(frames));
  });
  connect(&recorder_, &media::Recorder::encodingProgress, this, &RecordController::onProgress);
  connect(&recorder_, &media::Recorder::finished, this, &RecordController::onFinished);
}

void RecordController::retranslate() {
  const bool recording = recorder_.isRecording();
  action_->setText(recording ? tr("Stop recording") : tr("Record…"));
  action_->setToolTip(recording ? tr("Stop recording and write the file")
                                : tr("Record the window or one plot as GIF, MP4, WebM or PNGs"));
  action_->setIcon(recordIcon(recording));
}

QList<RecordDialog::Source> RecordController::sources() const {
  QList<RecordDialog::Source> out{{tr("Whole window"), window_}};
  for (QCustomPlot* plot : window_->findChildren<QCustomPlot*>())
    if (plot->isVisible()) out.append({plotName(plot), plot});
  return out;
}

void RecordController::toggle() {
  if (recorder_.isRecording()) return recorder_.stop();
  if (recorder_.isBusy()) return;  // still encoding the last one
  if (!last_.source) last_.source = window_;
  RecordDialog dialog(sources(), last_, window_);
  if (dialog.exec() != QDialog::Accepted) return;
  last_ = dialog.settings();
  const QString error = startRecording(last_);
  if (!error.isEmpty()) QMessageBox::warning(window_, tr("Record"), error);
}

QString RecordController::startRecording(const media::RecordSettings& settings) {
  return recorder_.start(settings);
}

void RecordController::onRecordingChanged(bool recording) {
  retranslate();
  indicator_->setVisible(recording);
  if (recording) indicator_->setText(tr("● REC"));
}

void RecordController::onProgress(int encoded, int total) {
  if (recorder_.isRecording()) return;  // frames are encoded as they come; the bar is for the rest
  if (!progress_) {
    progress_ = new QProgressDialog(tr("Writing the recording…"), tr("Cancel"), 0, total, window_);
    progress_->setWindowTitle(tr("Record"));
    progress_->setMinimumDuration(300);  // short encodes finish without a flash
    progress_->setAutoClose(false);
    progress_->setAutoReset(false);
    connect(progress_, &QProgressDialog::canceled, &recorder_, &media::Recorder::cancel);
  }
  progress_->setMaximum(total);
  progress_->setValue(encoded);
}

void RecordController::onFinished(const QString& path, const QString& error, bool cancelled) {
  if (progress_) progress_->deleteLater();
  action_->setEnabled(true);
  if (cancelled) {
    window_->statusBar()->showMessage(tr("Recording cancelled; nothing was written"), 5000);
  } else if (!error.isEmpty()) {
    QMessageBox::warning(window_, tr("Record"), error);
  } else {
    window_->statusBar()->showMessage(
        tr("Recorded %1 frames to %2").arg(recorder_.framesCaptured()).arg(path), 8000);
  }
}

}  // namespace gs
