// The window's figures drawn without a window: each view class gets the data of a finished
// training run and is exported with gs::exportPlot (PNG, SVG or PDF by the file's extension).
#pragma once

#include <QByteArray>
#include <QSize>
#include <QVector>
#include <string>
#include <vector>

#include "chain_walk.h"
#include "config.h"
#include "history.h"
#include "snapshot.h"
#include "worker_payloads.h"

class QCustomPlot;

namespace gs::cli {

// What a training run leaves for the figures.
struct RunRecord {
  Config config;
  bool haveSnapshot = false;
  Snapshot snapshot;  // the last step whose numbers were all finite
  GradientHistory history;
  QVector<LossPoint> loss;  // every finite step
  Prediction prediction;    // of the network as it was after the last finite step
  bool haveWalk = false;
  ChainWalk walk;  // the backprop walk-through of one more batch after the last step (no update)
  // The compare figure's run B (compare_choice.h's default B for this config), when drawn.
  bool haveB = false;
  Config configB;
  Snapshot snapshotB;
  GradientHistory historyB;
};

// Lays plot out at `logical` (the figure's size ÷ zoom) and replots, so what a view fits to its
// plot's width before a replot — its legend's rows — fits the figure, not the hidden widget's
// default size (a long run-B label was cut at the figure's edge).
void layOutForFigure(QCustomPlot* plot, const QSize& logical);

// The figures that need run B trained too.
bool needsRunB(const std::string& figure);

// The single figures, in the order `--figure all` writes them.
const std::vector<std::string>& singleFigures();

// Draws one of singleFigures() from `run` as the bytes of the file `path` (PNG, SVG or PDF by its
// extension) at width × height pixels (points for PDF), laid out at width/zoom × height/zoom (see
// gs::FigureSize::zoom). Returns an empty string, or one line naming the file and what went wrong.
// A QApplication must exist. Nothing is written.
std::string drawFigure(const std::string& figure, const RunRecord& run, const std::string& path,
                       int width, int height, double zoom, QByteArray* bytes);

}  // namespace gs::cli
