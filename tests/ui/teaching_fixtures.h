// Real data for the widget tests: a short training run of a small network.
#pragma once

#include <QString>
#include <QWidget>

#include "chain_walk.h"
#include "history.h"
#include "trainer.h"

namespace gs::testing {

inline Config smallConfig(ActivationKind kind, int depth = 4, int width = 8, int batch = 32) {
  Config c;
  c.depth = depth;
  c.width = width;
  c.batch = batch;
  c.activation = kind;
  c.init = kind == ActivationKind::Relu ? InitKind::HeNormal : InitKind::XavierNormal;
  c.seed = 5;
  return c;
}

struct Run {
  Snapshot last;
  GradientHistory history{400};
  ChainWalk walk;
};

inline Run train(const Config& config, int steps) {
  Trainer t(config);
  Run r;
  for (int i = 0; i < steps; ++i) {
    r.last = t.step();
    r.history.add(r.last);
  }
  Batch batch;
  t.probe(batch);  // the walk needs the forward cache of one batch
  r.walk = chainWalk(t.network(), 0);
  return r;
}

// When GRADSCOPE_SHOT_DIR is set, saves what the widget shows, for looking at it.
inline void saveShot(QWidget& w, const QString& name) {
  const QString dir = qEnvironmentVariable("GRADSCOPE_SHOT_DIR");
  if (!dir.isEmpty()) w.grab().save(dir + "/" + name + ".png");
}

}  // namespace gs::testing
