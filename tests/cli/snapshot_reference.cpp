#include "snapshot_reference.h"

#include <cmath>
#include <stdexcept>

namespace gs::test {
namespace {

using nlohmann::json;

Matrix readMatrix(const json& j, const std::string& what) {
  if (!j.is_array()) throw std::runtime_error(what + ": expected a list of rows");
  Matrix m;
  for (const json& row : j) {
    if (!row.is_array()) throw std::runtime_error(what + ": a row is not a list");
    m.push_back(row.get<std::vector<double>>());
    if (m.back().size() != m.front().size()) throw std::runtime_error(what + ": ragged rows");
  }
  return m;
}

double sigmoid(double z) { return 1.0 / (1.0 + std::exp(-z)); }

// f(z) and f'(z) per activation, written from the textbook definitions.
void activate(const RefLayer& L, double z, double& f, double& df) {
  const std::string& a = L.activation;
  if (a == "sigmoid") {
    f = sigmoid(z);
    df = f * (1 - f);
  } else if (a == "tanh") {
    f = std::tanh(z);
    df = 1 - f * f;
  } else if (a == "relu") {
    f = z > 0 ? z : 0;
    df = z > 0 ? 1 : 0;
  } else if (a == "leaky_relu") {
    f = z > 0 ? z : L.alpha * z;
    df = z > 0 ? 1 : L.alpha;
  } else if (a == "elu") {
    f = z > 0 ? z : L.alpha * (std::exp(z) - 1);
    df = z > 0 ? 1 : L.alpha * std::exp(z);
  } else if (a == "gelu") {  // zΦ(z), Φ(z) = (1 + erf(z/√2))/2
    const double cdf = 0.5 * (1 + std::erf(z / std::sqrt(2.0)));
    const double pdf = std::exp(-0.5 * z * z) / std::sqrt(2 * M_PI);
    f = z * cdf;
    df = cdf + z * pdf;
  } else if (a == "silu") {
    const double s = sigmoid(z);
    f = z * s;
    df = s + z * s * (1 - s);
  } else if (a == "softplus") {  // log(1 + e^z), written to avoid overflow
    f = std::max(z, 0.0) + std::log1p(std::exp(-std::abs(z)));
    df = sigmoid(z);
  } else if (a == "linear") {
    f = z;
    df = 1;
  } else {
    throw std::runtime_error("unknown activation " + a);
  }
}

// One layer's values for the whole batch, indexed [sample][unit].
struct LayerCache {
  Matrix z, n, df, xhat;       // n = z without a normalisation; f′ at n
  std::vector<double> invStd;  // per unit (batch) or per sample (layer)
};

struct BatchCache {
  std::vector<Matrix> a;  // a[0] = input, a[l + 1] = output of layer l
  std::vector<LayerCache> layers;
};

// n = γ x̂ + β, x̂ = (z − μ)/√(σ² + ε) over the group: a unit's column of samples (batch) or a
// sample's row of units (layer); biased variance.
void normalize(const RefLayer& L, LayerCache& c) {
  const bool batch = L.norm == "batch";
  const std::size_t samples = c.z.size(), units = c.z.front().size();
  const std::size_t groups = batch ? units : samples, size = batch ? samples : units;
  c.xhat = c.n = c.z;
  c.invStd.assign(groups, 0.0);
  for (std::size_t g = 0; g < groups; ++g) {
    const auto z = [&](std::size_t k) -> double& { return batch ? c.z[k][g] : c.z[g][k]; };
    double mean = 0, var = 0;
    for (std::size_t k = 0; k < size; ++k) mean += z(k);
    mean /= double(size);
    for (std::size_t k = 0; k < size; ++k) var += (z(k) - mean) * (z(k) - mean);
    var /= double(size);
    c.invStd[g] = 1.0 / std::sqrt(var + L.eps);
    for (std::size_t k = 0; k < size; ++k) {
      const std::size_t n = batch ? k : g, u = batch ? g : k;
      c.xhat[n][u] = (z(k) - mean) * c.invStd[g];
      c.n[n][u] = L.gamma[u] * c.xhat[n][u] + L.beta[u];
    }
  }
}

BatchCache forward(const RefSnapshot& s) {
  BatchCache c;
  c.a.push_back(s.x);
  for (const RefLayer& L : s.layers) {
    const Matrix& in = c.a.back();
    LayerCache lc;
    lc.z.assign(in.size(), std::vector<double>(L.W.size(), 0.0));
    for (std::size_t n = 0; n < in.size(); ++n)
      for (std::size_t i = 0; i < L.W.size(); ++i) {
        double z = L.b.empty() ? 0.0 : L.b[i];
        for (std::size_t k = 0; k < in[n].size(); ++k) z += L.W[i][k] * in[n][k];
        lc.z[n][i] = z;
      }
    if (L.norm != "none")
      normalize(L, lc);
    else
      lc.n = lc.z;
    Matrix out = lc.n;
    lc.df = lc.n;
    for (std::size_t n = 0; n < in.size(); ++n)
      for (std::size_t i = 0; i < L.W.size(); ++i) {
        activate(L, lc.n[n][i], out[n][i], lc.df[n][i]);
        if (L.residual) out[n][i] += in[n][i];  // a = a_prev + f(n)
      }
    c.a.push_back(out);
    c.layers.push_back(lc);
  }
  return c;
}

// ∂L/∂n → ∂L/∂z through the normalisation, and ∂L/∂γ, ∂L/∂β. With g = γ·∂L/∂n and m the group
// size: ∂L/∂z = (1/√(σ² + ε))·(g − Σg/m − x̂·Σ(g·x̂)/m), sums over the group.
Matrix normalizeBackward(const RefLayer& L, const LayerCache& c, const Matrix& dN,
                         RefGradient& grad) {
  const bool batch = L.norm == "batch";
  const std::size_t samples = dN.size(), units = dN.front().size();
  grad.dgamma.assign(units, 0.0);
  grad.dbeta.assign(units, 0.0);
  Matrix g = dN, dZ = dN;
  for (std::size_t n = 0; n < samples; ++n)
    for (std::size_t u = 0; u < units; ++u) {
      grad.dgamma[u] += dN[n][u] * c.xhat[n][u];
      grad.dbeta[u] += dN[n][u];
      g[n][u] = L.gamma[u] * dN[n][u];
    }
  const std::size_t groups = batch ? units : samples, size = batch ? samples : units;
  for (std::size_t grp = 0; grp < groups; ++grp) {
    const auto at = [&](const Matrix& m, std::size_t k) { return batch ? m[k][grp] : m[grp][k]; };
    double sumG = 0, sumGX = 0;
    for (std::size_t k = 0; k < size; ++k) {
      sumG += at(g, k);
      sumGX += at(g, k) * at(c.xhat, k);
    }
    for (std::size_t k = 0; k < size; ++k) {
      const std::size_t n = batch ? k : grp, u = batch ? grp : k;
      dZ[n][u] =
          c.invStd[grp] * (g[n][u] - sumG / double(size) - c.xhat[n][u] * sumGX / double(size));
    }
  }
  return dZ;
}

// Loss of one sample's output, summed so that dividing by `norm` gives the batch mean; and
// ∂(that sum)/∂out.
double sampleLoss(const std::string& loss, const std::vector<double>& out,
                  const std::vector<double>& y, std::vector<double>& grad) {
  grad.assign(out.size(), 0.0);
  double sum = 0;
  if (loss == "mse") {
    for (std::size_t i = 0; i < out.size(); ++i) {
      sum += (out[i] - y[i]) * (out[i] - y[i]);
      grad[i] = 2 * (out[i] - y[i]);
    }
  } else if (loss == "bce_logits") {  // −y log σ(z) − (1−y) log(1−σ(z))
    for (std::size_t i = 0; i < out.size(); ++i) {
      const double p = sigmoid(out[i]);
      sum += -(y[i] * std::log(p) + (1 - y[i]) * std::log1p(-p));
      grad[i] = p - y[i];
    }
  } else if (loss == "softmax_ce") {  // −Σ y log softmax(z)
    double m = out[0], total = 0;
    for (double v : out) m = std::max(m, v);
    for (double v : out) total += std::exp(v - m);
    for (std::size_t i = 0; i < out.size(); ++i) {
      const double p = std::exp(out[i] - m) / total;
      sum += -y[i] * std::log(p);
      grad[i] = p;
    }
    double ySum = 0;
    for (double v : y) ySum += v;
    for (std::size_t i = 0; i < out.size(); ++i) grad[i] = grad[i] * ySum - y[i];
  } else {
    throw std::runtime_error("unknown loss " + loss);
  }
  return sum;
}

// Means: mse and bce_logits over all elements, softmax_ce over samples (as in PyTorch).
double normaliser(const RefSnapshot& s) {
  const double batch = static_cast<double>(s.x.size());
  return s.loss == "softmax_ce" ? batch : batch * static_cast<double>(s.y.front().size());
}

}  // namespace

RefSnapshot readSnapshot(const json& j) {
  if (j.value("format", "") != "gradscope-snapshot/1")
    throw std::runtime_error("format: expected gradscope-snapshot/1");
  RefSnapshot s;
  s.loss = j.at("network").at("loss").get<std::string>();
  for (const json& l : j.at("network").at("layers")) {
    RefLayer L;
    L.activation = l.at("activation").get<std::string>();
    L.alpha = l.value("alpha", 0.0);
    L.W = readMatrix(l.at("W"), "W");
    if (l.contains("b")) L.b = l.at("b").get<std::vector<double>>();
    L.residual = l.at("residual").get<bool>();
    if (l.contains("norm")) {
      const json& n = l.at("norm");
      L.norm = n.at("kind").get<std::string>();
      if (L.norm != "batch" && L.norm != "layer")
        throw std::runtime_error("norm.kind: unknown value " + L.norm);
      L.eps = n.at("eps").get<double>();
      L.gamma = n.at("gamma").get<std::vector<double>>();
      L.beta = n.at("beta").get<std::vector<double>>();
    }
    s.layers.push_back(L);
  }
  s.x = readMatrix(j.at("batch").at("x"), "batch.x");
  s.y = readMatrix(j.at("batch").at("y"), "batch.y");
  s.fileLoss = j.at("loss").get<double>();
  for (const json& g : j.at("gradients")) {
    RefGradient G;
    G.dW = readMatrix(g.at("dW"), "dW");
    if (g.contains("db")) G.db = g.at("db").get<std::vector<double>>();
    if (g.contains("dgamma")) G.dgamma = g.at("dgamma").get<std::vector<double>>();
    if (g.contains("dbeta")) G.dbeta = g.at("dbeta").get<std::vector<double>>();
    s.gradients.push_back(G);
  }
  return s;
}

double referenceLoss(const RefSnapshot& s) {
  const Matrix out = forward(s).a.back();
  double sum = 0;
  std::vector<double> unused;
  for (std::size_t n = 0; n < s.x.size(); ++n) sum += sampleLoss(s.loss, out[n], s.y[n], unused);
  return sum / normaliser(s);
}

std::vector<RefGradient> referenceGradients(const RefSnapshot& s) {
  std::vector<RefGradient> g(s.layers.size());
  const BatchCache c = forward(s);
  const double norm = normaliser(s);
  Matrix dA(s.x.size());  // ∂L/∂a of the layer being processed, per sample
  for (std::size_t n = 0; n < s.x.size(); ++n) {
    sampleLoss(s.loss, c.a.back()[n], s.y[n], dA[n]);
    for (double& v : dA[n]) v /= norm;
  }
  for (std::size_t l = s.layers.size(); l-- > 0;) {
    const RefLayer& L = s.layers[l];
    const Matrix& in = c.a[l];
    // ∂L/∂n = ∂L/∂a ⊙ f′(n); δ = ∂L/∂z (through the normalisation when there is one)
    Matrix delta = dA;
    for (std::size_t n = 0; n < in.size(); ++n)
      for (std::size_t i = 0; i < L.W.size(); ++i) delta[n][i] = dA[n][i] * c.layers[l].df[n][i];
    if (L.norm != "none") delta = normalizeBackward(L, c.layers[l], delta, g[l]);
    g[l].dW.assign(L.W.size(), std::vector<double>(in.front().size(), 0.0));
    if (!L.b.empty()) g[l].db.assign(L.b.size(), 0.0);
    // ∂L/∂W = Σₙ δₙ aₙᵀ; ∂L/∂a_prev = Wᵀδ (+ ∂L/∂a through the skip connection)
    Matrix dPrev = L.residual ? dA : Matrix(in.size(), std::vector<double>(in.front().size(), 0.0));
    for (std::size_t n = 0; n < in.size(); ++n)
      for (std::size_t i = 0; i < L.W.size(); ++i) {
        for (std::size_t k = 0; k < in[n].size(); ++k) {
          g[l].dW[i][k] += delta[n][i] * in[n][k];
          dPrev[n][k] += L.W[i][k] * delta[n][i];
        }
        if (!g[l].db.empty()) g[l].db[i] += delta[n][i];
      }
    dA = dPrev;
  }
  return g;
}

}  // namespace gs::test
