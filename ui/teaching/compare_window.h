// Compare mode: the main window's configuration (A, followed live) and the same network with B's
// choices (compare_choice.h: activation, α, initialiser, scale, optimiser, learning rate,
// residual) trained side by side on the same data and seed, each with its step and loss shown.
// A separate window with its own worker thread, so the main run is untouched and the GUI stays
// responsive; it repaints at most every 25 ms. Esc and Ctrl+W close it.
#pragma once

#include <QThread>
#include <QTimer>
#include <QWidget>

#include "compare_worker.h"
#include "config.h"

class QComboBox;
class QKeyEvent;
class QLabel;
class QPushButton;

namespace gs {

class CompareChoice;
class CompareView;
class RemedyControls;

class CompareWindow : public QWidget {
  Q_OBJECT

 public:
  explicit CompareWindow(QWidget* parent = nullptr);
  ~CompareWindow() override;

  // A is base; B is base with B's choices. Starts both runs afresh.
  void setBaseConfig(const Config& base);
  // The main window's new settings: taken at once while this window is open, else on opening.
  void followBase(const Config& base);
  void setChoiceB(ActivationKind activation, InitKind init);  // and restarts
  CompareChoice* choiceB() const { return choice_; }
  QString readout(int run) const;  // "A: step 120, loss 0.693"
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
  void keyPressEvent(QKeyEvent* event) override;

 private:
  void buildControls();
  void onResetDone(const Config& a, const Config& b, bool same);
  void showFrame();

  CompareView* view_;
  CompareChoice* choice_;
  QLabel* readout_[2];
  RemedyControls* remediesB_;
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
