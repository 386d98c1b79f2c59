// One repaint of the network diagram (the target: a 10 × 16 network in ≤ 5 ms): layout
// and painting into a 600 × 400 image, as the dock repaints on every frame while training.
#include <benchmark/benchmark.h>

#include <QImage>
#include <QPainter>

#include "network_diagram_view.h"
#include "trainer.h"
#include "unit_detail.h"

namespace {

void repaint(benchmark::State& state) {
  gs::Config c;
  c.depth = int(state.range(0));
  c.width = int(state.range(1));
  gs::Trainer trainer(c);
  gs::Snapshot s = trainer.step();
  s.units = gs::unitDetail(trainer.network());
  gs::NetworkDiagramView view;
  view.resize(600, 400);
  QImage image(600, 400, QImage::Format_ARGB32_Premultiplied);
  for (auto _ : state) {
    view.setSnapshot(s);  // a new snapshot: the layout is computed again
    QPainter painter(&image);
    view.drawTo(painter, QSizeF(600, 400));
  }
}

BENCHMARK(repaint)->Args({10, 16})->Args({3, 8})->Args({30, 64})->Unit(benchmark::kMillisecond);

}  // namespace

namespace {
void layoutOnly(benchmark::State& state) {
  gs::Config c;
  gs::Trainer trainer(c);
  gs::Snapshot s = trainer.step();
  s.units = gs::unitDetail(trainer.network());
  for (auto _ : state)
    benchmark::DoNotOptimize(gs::layoutDiagram(s, QSizeF(600, 400), gs::LinkMode::Gradient, 16));
}
BENCHMARK(layoutOnly)->Unit(benchmark::kMillisecond);
}  // namespace
