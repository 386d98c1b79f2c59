#include "snapshot_json.h"

#include <charconv>
#include <cmath>

namespace gs {
namespace {

using nlohmann::json;

// Writes the snapshot piece by piece through a small buffer: memory stays at the network's own
// size plus SnapshotWriter::kFlushBytes, whatever the file's size (1.9 GB at depth 200 × width
// 512). Numbers are shortest round-trip decimals, as nlohmann::json writes them.
class SnapshotWriter {
 public:
  static constexpr std::size_t kFlushBytes = 1 << 16;
  SnapshotWriter(const SnapshotSink& sink, const std::function<bool()>& stop)
      : sink_(sink), stop_(stop) {
    text_.reserve(kFlushBytes + 64);
  }

  void raw(const std::string& s) { text_ += s; }
  void number(double v) {
    char buf[32];
    const auto r = std::to_chars(buf, buf + sizeof buf, v);
    std::string n(buf, r.ptr);
    if (n.find_first_of(".e") == std::string::npos) n += ".0";  // stays a float, as json writes
    text_ += n;
  }
  void rows(const Eigen::MatrixXd& m) {  // a list of rows
    text_ += '[';
    for (Eigen::Index r = 0; r < m.rows() && ok(); ++r) {
      text_ += r ? ",[" : "[";
      for (Eigen::Index c = 0; c < m.cols(); ++c) {
        if (c) text_ += ',';
        number(m(r, c));
      }
      text_ += ']';
      if (text_.size() >= kFlushBytes) flush();
    }
    text_ += ']';
  }
  void list(const Eigen::VectorXd& v) {
    text_ += '[';
    for (Eigen::Index i = 0; i < v.size(); ++i) {
      if (i) text_ += ',';
      number(v(i));
    }
    text_ += ']';
    if (text_.size() >= kFlushBytes) flush();
  }
  // Hands the text so far to the sink; false once a write failed or a stop was asked for.
  bool flush() {
    if (state_ == SnapshotStatus::Written && stop_ && stop_()) state_ = SnapshotStatus::Stopped;
    if (state_ == SnapshotStatus::Written && !sink_(text_.data(), text_.size()))
      state_ = SnapshotStatus::WriteFailed;
    text_.clear();
    return ok();
  }
  bool ok() const { return state_ == SnapshotStatus::Written; }
  SnapshotStatus status() const { return state_; }

 private:
  const SnapshotSink& sink_;
  const std::function<bool()>& stop_;
  std::string text_;
  SnapshotStatus state_ = SnapshotStatus::Written;
};

bool gradientsFinite(const Mlp& net) {
  bool finite = true;
  for (const DenseLayer& L : net.layers())
    forEachParameter(L,
                     [&](const auto&, const auto& g, bool) { finite = finite && g.allFinite(); });
  return finite;
}

// "norm": {"kind", "eps", "gamma", "beta"} and, for batch norm, the running averages that
// evaluation mode (the decision map, whole-data-set loss) uses; the batch's gradients are taken
// in training mode.
void writeNorm(SnapshotWriter& w, const Normalization& n) {
  w.raw(",\"norm\":{\"kind\":" + json(normId(n.kind)).dump() + ",\"eps\":");
  w.number(n.eps);
  w.raw(",\"gamma\":"), w.list(n.gamma);
  w.raw(",\"beta\":"), w.list(n.beta);
  if (n.kind == NormKind::Batch) {
    w.raw(",\"running_mean\":"), w.list(n.runningMean);
    w.raw(",\"running_var\":"), w.list(n.runningVar);
  }
  w.raw("}");
}

void writeLayers(SnapshotWriter& w, const Mlp& net, bool gradients) {
  w.raw("[");
  bool first = true;
  for (const DenseLayer& L : net.layers()) {
    if (!w.ok()) return;
    w.raw(first ? "{" : ",{");
    first = false;
    if (gradients) {
      w.raw("\"dW\":");
      w.rows(L.dW);
      if (L.bias) w.raw(",\"db\":"), w.list(L.db);
      if (L.norm.on()) {
        w.raw(",\"dgamma\":"), w.list(L.norm.dgamma);
        w.raw(",\"dbeta\":"), w.list(L.norm.dbeta);
      }
    } else {
      w.raw("\"activation\":" + json(L.activation.id()).dump());
      if (L.activation.hasAlpha()) w.raw(",\"alpha\":"), w.number(L.activation.alpha());
      w.raw(",\"W\":");
      w.rows(L.W);
      if (L.bias) w.raw(",\"b\":"), w.list(L.b);  // none with bias off or on a BatchNorm layer
      w.raw(std::string(",\"residual\":") + (L.residual ? "true" : "false"));
      if (L.norm.on()) writeNorm(w, L.norm);
    }
    w.raw("}");
  }
  w.raw("]");
}

}  // namespace

SnapshotStatus writeGradientSnapshot(Trainer& trainer, const SnapshotSink& sink,
                                     const std::function<bool()>& stop) {
  // Weights are recorded before probe(): probe() does not update, but reads the same weights.
  Batch batch;
  const double loss = trainer.probe(batch);
  const Mlp& net = trainer.network();
  if (!std::isfinite(loss) || !gradientsFinite(net)) return SnapshotStatus::NonFinite;
  SnapshotWriter w(sink, stop);
  w.raw("{\"format\":" + json(kSnapshotFormat).dump() + ",\"step\":" +
        std::to_string(trainer.steps()) + ",\"config\":" + configToJson(trainer.config()).dump() +
        ",\"network\":{\"loss\":" + json(lossId(trainer.config().loss)).dump() + ",\"layers\":");
  writeLayers(w, net, false);
  w.raw("},\"batch\":{\"x\":");
  w.rows(batch.X.transpose());
  w.raw(",\"y\":");
  w.rows(batch.Y.transpose());
  w.raw("},\"loss\":");
  w.number(loss);
  w.raw(",\"gradients\":");
  writeLayers(w, net, true);
  w.raw("}\n");
  w.flush();
  return w.status();
}

json statsToJson(const Snapshot& s) {
  json j;
  j["step"] = s.step;
  j["loss"] = s.loss;
  if (s.hasAccuracy) j["accuracy"] = s.accuracy;
  j["learning_rate"] = s.learningRate;
  j["finite"] = s.finite;
  if (!s.finite) j["problem"] = s.problem;
  j["grad_norm_total"] = s.gradNormTotal;
  j["clipped"] = s.clipped;
  j["clip_factor"] = s.clipFactor;
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
                      {"w_norm", L.weightNorm},
                      {"norm", L.norm},
                      {"update_ratio", L.updateRatio},
                      {"grad_data_ratio", L.gradDataRatio},
                      {"act_mean", L.activationMean},
                      {"act_std", L.activationStd},
                      {"preact_mean", L.preActivationMean},
                      {"preact_std", L.preActivationStd}});
  }
  j["layers"] = layers;
  return j;
}

}  // namespace gs
