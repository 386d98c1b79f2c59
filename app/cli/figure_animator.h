// The frames of `render --animate`: one view of the chosen figure, fed every training step and
// drawn at the steps that become frames, each stamped with its step number.
#pragma once

#include <QImage>
#include <QVector>
#include <memory>
#include <string>

#include "config.h"
#include "history.h"
#include "snapshot.h"
#include "trainer.h"
#include "worker_payloads.h"

class QCustomPlot;

namespace gs::cli {

class FigureAnimator {
 public:
  // figure: one of singleFigures() but walkthrough and compare (cli_args refuses them).
  FigureAnimator(const std::string& figure, const Config& config);
  ~FigureAnimator();

  // Every finite step, in order: the loss curve and the heatmap need the whole run.
  void observe(const Snapshot& s);
  // The figure as it stands after step s.step, width × height pixels laid out at ÷ zoom.
  QImage frame(const Snapshot& s, const Trainer& trainer, int width, int height, double zoom);

 private:
  struct Views;
  QImage networkFrame(const Snapshot& s, const Trainer& trainer, int width, int height,
                      double zoom);
  std::string figure_;
  double alpha_;  // the hidden activation's α, for the pre-activation histogram's curves
  std::unique_ptr<Views> views_;
  QVector<LossPoint> pendingLoss_;  // steps since the last frame
  GradientHistory history_;
};

// The step frame k (0 … frames−1) shows: steps 1 … total spread evenly, the first and the last
// included; frames ≤ total keeps them distinct.
long frameStep(long k, long frames, long total);

}  // namespace gs::cli
