#include "dataset.h"

#include <algorithm>
#include <cmath>
#include <random>

#include "kind_table.h"

namespace gs {
namespace {

constexpr double kPi = 3.14159265358979323846;

struct Sampler {
  std::mt19937_64 rng;
  std::normal_distribution<double> gauss{0.0, 1.0};
  std::uniform_real_distribution<double> unit{0.0, 1.0};
  double u(double lo, double hi) { return lo + (hi - lo) * unit(rng); }
  double n(double sd) { return sd > 0 ? sd * gauss(rng) : 0.0; }
};

// Each generator writes sample i with label i % K (K = d.classes), so the classes are balanced.
void circles(Dataset& d, Sampler& s, double noise) {
  for (int i = 0; i < d.size(); ++i) {
    const int label = i % 2;
    const double r = label ? s.u(0.0, 0.5) : s.u(0.8, 1.2);  // inner disc = class 1
    const double t = s.u(0.0, 2 * kPi);
    d.X(0, i) = r * std::cos(t) + s.n(noise);
    d.X(1, i) = r * std::sin(t) + s.n(noise);
    d.y(i) = label;
  }
}

void xorData(Dataset& d, Sampler& s, double noise) {
  for (int i = 0; i < d.size(); ++i) {
    double x, y;
    do {  // keep a small margin around the axes so the classes are separable without noise
      x = s.u(-1.0, 1.0);
      y = s.u(-1.0, 1.0);
    } while (std::abs(x) < 0.05 || std::abs(y) < 0.05);
    d.X(0, i) = x + s.n(noise);
    d.X(1, i) = y + s.n(noise);
    d.y(i) = (x * y > 0) ? 1.0 : 0.0;
  }
}

// K arms, arm k turned by 2πk/K (K = 2: 0 and π).
void spiral(Dataset& d, Sampler& s, double noise) {
  for (int i = 0; i < d.size(); ++i) {
    const int label = i % d.classes;
    const double r = s.u(0.05, 1.0);
    const double t = 1.75 * 2 * kPi * r + 2 * kPi * label / d.classes;
    d.X(0, i) = r * std::cos(t) + s.n(noise);
    d.X(1, i) = r * std::sin(t) + s.n(noise);
    d.y(i) = label;
  }
}

void moons(Dataset& d, Sampler& s, double noise) {
  for (int i = 0; i < d.size(); ++i) {
    const int label = i % 2;
    const double t = s.u(0.0, kPi);
    const double x = label ? 1.0 - std::cos(t) : std::cos(t);
    const double y = label ? 0.5 - std::sin(t) : std::sin(t);
    d.X(0, i) = 0.75 * (x - 0.5) + s.n(noise);  // centred on the origin, about [−1.1, 1.1]
    d.X(1, i) = 0.75 * (y - 0.25) + s.n(noise);
    d.y(i) = label;
  }
}

// K = 2: blobs at (−0.6, −0.6) and (0.6, 0.6); K > 2: K blobs evenly on a circle of radius 0.9.
void gauss(Dataset& d, Sampler& s, double noise) {
  const int K = d.classes;
  for (int i = 0; i < d.size(); ++i) {
    const int label = i % K;
    const double angle = 2 * kPi * label / K + kPi / 2;
    const double cx = K == 2 ? (label ? 0.6 : -0.6) : 0.9 * std::cos(angle);
    const double cy = K == 2 ? (label ? 0.6 : -0.6) : 0.9 * std::sin(angle);
    const double sd = (K == 2 ? 0.25 : 0.18) + noise;
    d.X(0, i) = cx + sd * s.gauss(s.rng);
    d.X(1, i) = cy + sd * s.gauss(s.rng);
    d.y(i) = label;
  }
}

void sine(Dataset& d, Sampler& s, double noise) {
  for (int i = 0; i < d.size(); ++i) {
    const double x = s.u(-kPi, kPi);
    d.X(0, i) = x;
    d.y(i) = std::sin(x) + s.n(noise);
  }
}

struct DatasetRow {
  DatasetKind kind;
  const char* id;
  const char* name;
  int inputs;      // 2: a point in the plane; 1: x of a regression curve
  int classesMax;  // 0: regression
  void (*generate)(Dataset& d, Sampler& s, double noise);
};

constexpr DatasetRow kDatasets[] = {
    {DatasetKind::Circles, "circles", "Circles", 2, 2, circles},
    {DatasetKind::Xor, "xor", "XOR", 2, 2, xorData},
    {DatasetKind::Spiral, "spiral", "Spiral", 2, 8, spiral},
    {DatasetKind::Moons, "moons", "Moons", 2, 2, moons},
    {DatasetKind::Gauss, "gauss", "Gaussian blobs", 2, 8, gauss},
    {DatasetKind::Sine, "sine", "Sine (regression)", 1, 0, sine},
};
static_assert(table::inEnumOrder(kDatasets), "one row per DatasetKind, in enum order");

const DatasetRow& row(DatasetKind kind) { return table::rowOf(kDatasets, kind); }

}  // namespace

std::vector<DatasetKind> allDatasetKinds() { return table::kinds(kDatasets); }
std::string datasetId(DatasetKind kind) { return row(kind).id; }
std::string datasetDisplayName(DatasetKind kind) { return row(kind).name; }
std::optional<DatasetKind> datasetFromId(const std::string& id) {
  return table::fromId(kDatasets, id);
}
std::string datasetIdList() { return table::idList(kDatasets); }
bool isClassification(DatasetKind kind) { return row(kind).classesMax > 0; }
int datasetInputs(DatasetKind kind) { return row(kind).inputs; }
int datasetClassesMax(DatasetKind kind) { return row(kind).classesMax; }

Dataset makeDataset(DatasetKind kind, int samples, double noise, std::uint64_t seed, int classes) {
  Dataset d;
  d.kind = kind;
  d.classes = isClassification(kind) ? std::clamp(classes, 2, datasetClassesMax(kind)) : 0;
  d.X.resize(datasetInputs(kind), samples);
  d.y.resize(samples);
  Sampler s{std::mt19937_64(seed)};
  row(kind).generate(d, s, noise);
  return d;
}

}  // namespace gs
