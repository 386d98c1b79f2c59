// One full training step — forward, MSE loss, backward, SGD update — for the networks of the
// README's table: sigmoid hidden layers, a linear output, 2 inputs, 1 output, batch 64.
// scripts/bench_pytorch.py times the same step in PyTorch.
#include <benchmark/benchmark.h>

#include <random>

#include "loss.h"
#include "network.h"
#include "optimizer.h"
#include "trainer.h"

namespace {

struct Problem {
  gs::Mlp net;
  gs::Optimizer sgd{gs::OptimizerSettings{gs::OptimizerKind::Sgd, 1e-3}};
  Eigen::MatrixXd X, Y, grad;
};

Problem makeProblem(int depth, int width, int batch, gs::NormKind norm = gs::NormKind::None) {
  gs::MlpShape shape;
  shape.inputs = 2;
  shape.outputs = 1;
  shape.depth = depth;
  shape.width = width;
  shape.activation = gs::Activation(gs::ActivationKind::Sigmoid);
  shape.init = gs::InitKind::XavierNormal;
  shape.norm = norm;
  std::mt19937_64 rng(1);
  Problem p;
  p.net = gs::Mlp(shape, rng);
  std::normal_distribution<double> normal(0.0, 1.0);
  p.X = Eigen::MatrixXd::NullaryExpr(2, batch, [&] { return normal(rng); });
  p.Y = Eigen::MatrixXd::NullaryExpr(1, batch, [&] { return normal(rng); });
  return p;
}

void trainingStep(Problem& p) {
  const Eigen::MatrixXd& out = p.net.forward(p.X);
  const double loss = gs::lossAndGradient(gs::LossKind::Mse, out, p.Y, p.grad);
  p.net.backward(p.grad);
  p.sgd.step(p.net);
  benchmark::DoNotOptimize(loss);
}

// Multiply-adds of the three products per layer (W·A, δ·Aᵀ, Wᵀ·δ), 2 flops each.
double flopsPerStep(const gs::Mlp& net, int batch) {
  double macs = 0;
  for (const gs::DenseLayer& L : net.layers()) macs += 3.0 * double(L.W.size()) * batch;
  return 2.0 * macs;
}

// Arguments: depth, width, batch.
void BM_TrainingStep(benchmark::State& state) {
  const int depth = int(state.range(0)), width = int(state.range(1)), batch = int(state.range(2));
  Problem p = makeProblem(depth, width, batch);
  trainingStep(p);  // warm-up: buffers take their shapes here
  for (auto _ : state) trainingStep(p);
  state.counters["flops"] = benchmark::Counter(flopsPerStep(p.net, batch) * state.iterations(),
                                               benchmark::Counter::kIsRate);
}
BENCHMARK(BM_TrainingStep)
    ->ArgNames({"depth", "width", "batch"})
    ->Args({10, 8, 64})
    ->Args({50, 32, 64})
    ->Args({10, 128, 64})
    ->Unit(benchmark::kMicrosecond);

// Issue 11: the same step with every hidden layer normalised (BatchNorm: no b, batch statistics
// and running averages; LayerNorm: per-sample statistics), against the plain step above at
// d10 w128 b64. Arguments: norm (0 none, 1 batch, 2 layer), depth, width, batch.
void BM_NormalisedStep(benchmark::State& state) {
  const auto norm = static_cast<gs::NormKind>(state.range(0));
  const int depth = int(state.range(1)), width = int(state.range(2)), batch = int(state.range(3));
  Problem p = makeProblem(depth, width, batch, norm);
  trainingStep(p);
  for (auto _ : state) {
    trainingStep(p);
    p.net.updateRunningStatistics();
  }
  state.SetLabel(gs::normId(norm));
}
BENCHMARK(BM_NormalisedStep)
    ->ArgNames({"norm", "depth", "width", "batch"})
    ->Args({0, 10, 128, 64})
    ->Args({1, 10, 128, 64})
    ->Args({2, 10, 128, 64})
    ->Unit(benchmark::kMicrosecond);

// What the GUI's worker runs per step: the same plus batch sampling and per-layer statistics.
// Arguments: depth, width, histograms (1: every step bins every layer's z, as the CLI and
// Trainer's default do; 0: as the window's worker runs, which bins only the snapshots it shows).
void BM_TrainerStep(benchmark::State& state) {
  gs::Config c;
  c.depth = int(state.range(0));
  c.width = int(state.range(1));
  gs::Trainer trainer(c);
  trainer.setLayerHistograms(state.range(2) != 0);
  trainer.step();
  for (auto _ : state) benchmark::DoNotOptimize(trainer.step());
}
BENCHMARK(BM_TrainerStep)
    ->ArgNames({"depth", "width", "histograms"})
    ->Args({10, 16, 1})
    ->Args({10, 16, 0})
    ->Args({50, 32, 1})
    ->Args({50, 32, 0})
    ->Unit(benchmark::kMicrosecond);

}  // namespace
