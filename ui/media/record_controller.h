// Training → Record… and its toolbar button: opens the RecordDialog, runs a media::Recorder, shows
// a red dot with the elapsed time in the status bar while recording, and a progress dialog (with
// Cancel, which keeps nothing) while the file is finished off the GUI thread. The same action
// stops the recording. MainWindow only adds action() to its menu and toolbar and forwards steps.
#pragma once

#include <QAction>
#include <QObject>
#include <QPointer>

#include "record_dialog.h"
#include "recorder.h"

class QLabel;
class QMainWindow;
class QProgressDialog;

namespace gs {

class RecordController : public QObject {
  Q_OBJECT

 public:
  explicit RecordController(QMainWindow* window);

  QAction* action() const { return action_; }
  media::Recorder& recorder() { return recorder_; }
  void observeStep(long step) { recorder_.observeStep(step); }
  // Starts without the dialog (scripted runs, tests). Returns an error or empty.
  QString startRecording(const media::RecordSettings& settings);
  // The whole window, then every visible plot by its title.
  QList<RecordDialog::Source> sources() const;

 private:
  void toggle();
  void onRecordingChanged(bool recording);
  void onProgress(int encoded, int total);
  void onFinished(const QString& path, const QString& error, bool cancelled);
  void retranslate();

  QMainWindow* window_;
  QAction* action_;
  QLabel* indicator_;
  QPointer<QProgressDialog> progress_;
  media::Recorder recorder_;
  media::RecordSettings last_;
};

}  // namespace gs
