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

struct SampleCache {
  std::vector<std::vector<double>> a;   // a[0] = input, a[l+1] = output of layer l
  std::vector<std::vector<double>> df;  // f'(z) of layer l
};

SampleCache forward(const RefSnapshot& s, const std::vector<double>& x) {
  SampleCache c;
  c.a.push_back(x);
  for (const RefLayer& L : s.layers) {
    const std::vector<double>& in = c.a.back();
    std::vector<double> out(L.W.size()), d(L.W.size());
    for (std::size_t i = 0; i < L.W.size(); ++i) {
      double z = L.b.empty() ? 0.0 : L.b[i];
      for (std::size_t k = 0; k < in.size(); ++k) z += L.W[i][k] * in[k];
      activate(L, z, out[i], d[i]);
      if (L.residual) out[i] += in[i];  // a = a_prev + f(z)
    }
    c.a.push_back(out);
    c.df.push_back(d);
  }
  return c;
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
    s.layers.push_back(L);
  }
  s.x = readMatrix(j.at("batch").at("x"), "batch.x");
  s.y = readMatrix(j.at("batch").at("y"), "batch.y");
  s.fileLoss = j.at("loss").get<double>();
  for (const json& g : j.at("gradients")) {
    RefGradient G;
    G.dW = readMatrix(g.at("dW"), "dW");
    if (g.contains("db")) G.db = g.at("db").get<std::vector<double>>();
    s.gradients.push_back(G);
  }
  return s;
}

double referenceLoss(const RefSnapshot& s) {
  double sum = 0;
  std::vector<double> unused;
  for (std::size_t n = 0; n < s.x.size(); ++n)
    sum += sampleLoss(s.loss, forward(s, s.x[n]).a.back(), s.y[n], unused);
  return sum / normaliser(s);
}

std::vector<RefGradient> referenceGradients(const RefSnapshot& s) {
  std::vector<RefGradient> g(s.layers.size());
  for (std::size_t l = 0; l < s.layers.size(); ++l) {
    const RefLayer& L = s.layers[l];
    g[l].dW.assign(L.W.size(), std::vector<double>(L.W.front().size(), 0.0));
    if (!L.b.empty()) g[l].db.assign(L.b.size(), 0.0);
  }
  const double norm = normaliser(s);
  for (std::size_t n = 0; n < s.x.size(); ++n) {
    const SampleCache c = forward(s, s.x[n]);
    std::vector<double> dA;  // ∂L/∂a of the layer being processed
    sampleLoss(s.loss, c.a.back(), s.y[n], dA);
    for (double& v : dA) v /= norm;
    for (std::size_t l = s.layers.size(); l-- > 0;) {
      const RefLayer& L = s.layers[l];
      const std::vector<double>& in = c.a[l];
      // δ = ∂L/∂a ⊙ f'(z); ∂L/∂a_prev = Wᵀδ (+ ∂L/∂a through the skip connection)
      std::vector<double> dPrev(in.size(), 0.0);
      if (L.residual) dPrev = dA;
      for (std::size_t i = 0; i < L.W.size(); ++i) {
        const double delta = dA[i] * c.df[l][i];
        for (std::size_t k = 0; k < in.size(); ++k) {
          g[l].dW[i][k] += delta * in[k];
          dPrev[k] += L.W[i][k] * delta;
        }
        if (!g[l].db.empty()) g[l].db[i] += delta;
      }
      dA = dPrev;
    }
  }
  return g;
}

}  // namespace gs::test
