#include "snapshot_json.h"

namespace gs {
namespace {

using nlohmann::json;

json rows(const Eigen::MatrixXd& m) {  // a list of rows
  json out = json::array();
  for (Eigen::Index r = 0; r < m.rows(); ++r) {
    json row = json::array();
    for (Eigen::Index c = 0; c < m.cols(); ++c) row.push_back(m(r, c));
    out.push_back(row);
  }
  return out;
}

json list(const Eigen::VectorXd& v) {
  json out = json::array();
  for (Eigen::Index i = 0; i < v.size(); ++i) out.push_back(v(i));
  return out;
}

}  // namespace

json gradientSnapshotJson(Trainer& trainer) {
  // Weights are recorded before probe(): probe() does not update, but reads the same weights.
  Batch batch;
  const double loss = trainer.probe(batch);
  const Mlp& net = trainer.network();
  json j;
  j["format"] = kSnapshotFormat;
  j["step"] = trainer.steps();
  j["config"] = configToJson(trainer.config());
  json layers = json::array();
  json grads = json::array();
  for (const DenseLayer& L : net.layers()) {
    json layer;
    layer["activation"] = L.activation.id();
    if (L.activation.hasAlpha()) layer["alpha"] = L.activation.alpha();
    layer["W"] = rows(L.W);
    if (net.hasBias()) layer["b"] = list(L.b);
    layer["residual"] = L.residual;
    layers.push_back(layer);
    json g;
    g["dW"] = rows(L.dW);
    if (net.hasBias()) g["db"] = list(L.db);
    grads.push_back(g);
  }
  j["network"] = {{"loss", lossId(trainer.config().loss)}, {"layers", layers}};
  j["batch"] = {{"x", rows(batch.X.transpose())}, {"y", rows(batch.Y.transpose())}};
  j["loss"] = loss;
  j["gradients"] = grads;
  return j;
}

json statsToJson(const Snapshot& s) {
  json j;
  j["step"] = s.step;
  j["loss"] = s.loss;
  if (s.hasAccuracy) j["accuracy"] = s.accuracy;
  j["learning_rate"] = s.learningRate;
  j["finite"] = s.finite;
  if (!s.finite) j["problem"] = s.problem;
  json layers = json::array();
  for (const LayerStats& L : s.layers) {
    layers.push_back({{"layer", L.index},
                      {"fan_in", L.fanIn},
                      {"fan_out", L.fanOut},
                      {"activation", activationId(L.activation)},
                      {"residual", L.residual},
                      {"grad_w_norm", L.weightGradNorm},
                      {"grad_w_mean_abs", L.weightGradMeanAbs},
                      {"grad_b_norm", L.biasGradNorm},
                      {"delta_rms", L.deltaRms},
                      {"mean_fprime", L.meanDerivative},
                      {"dead_fraction", L.deadFraction},
                      {"saturated_fraction", L.saturatedFraction},
                      {"w_norm", L.weightNorm}});
  }
  j["layers"] = layers;
  return j;
}

}  // namespace gs
