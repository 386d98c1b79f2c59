// Compare mode: the current configuration (A) and the same network with another activation and
// initialiser (B, chosen here; sigmoid vs ReLU + He by default) trained side by side on the same
// data and seed. A separate window with its own worker thread, so the main run is untouched and
// the GUI stays responsive; it repaints at most every 25 ms.
#pragma once

#include <QThread>
#include <QTimer>
#include <QWidget>

#include "compare_worker.h"
#include "config.h"

class QComboBox;
class QLabel;
class QPushButton;

namespace gs {

class CompareView;

class CompareWindow : public QWidget {
  Q_OBJECT

 public:
  explicit CompareWindow(QWidget* parent = nullptr);
  ~CompareWindow() override;

  // A is base; B is base with the activation and init chosen here. Starts both runs afresh.
  void setBaseConfig(const Config& base);
  void setChoiceB(ActivationKind activation, InitKind init);  // and restarts
  Config configA() const { return a_; }
  Config configB() const;

  void play();
  void pause();
  void stepOnce();
  void restart();
  bool isTraining() const { return running_; }
  bool sameData() const { return sameData_; }  // as the worker checked at the last reset
  long shownStep(int run) const { return shown_[run].step; }
  const Snapshot& shownSnapshot(int run) const { return shown_[run]; }
  CompareView* view() const { return view_; }
  QLabel* dataNote() const { return note_; }

 signals:
  void resetRequested(const gs::Config& a, const gs::Config& b);
  void playRequested();
  void pauseRequested();
  void stepRequested();
  void framesShown();  // after each repaint; for tests

 protected:
  void closeEvent(QCloseEvent* event) override;

 private:
  void buildControls();
  void onResetDone(const Config& a, const Config& b, bool same);
  void showFrame();

  CompareView* view_;
  QComboBox* activationB_;
  QComboBox* initB_;
  QPushButton* playButton_;
  QLabel* note_;
  Config a_;
  bool running_ = false, sameData_ = false;
  QThread thread_;
  CompareWorker* worker_;
  QTimer frameTimer_;
  bool pending_[2] = {false, false};
  Snapshot pendingSnapshot_[2], shown_[2];
  GradientHistory pendingHistory_[2];
};

}  // namespace gs
