#include "init.h"

#include <cmath>

#include "kind_table.h"

namespace gs {
namespace {

using Normal = std::normal_distribution<double>;
using Uniform = std::uniform_real_distribution<double>;

template <class Dist>
void fill(Eigen::MatrixXd& W, Dist dist, std::mt19937_64& rng) {
  // Fill row by row so the result does not depend on Eigen's storage order.
  for (Eigen::Index r = 0; r < W.rows(); ++r)
    for (Eigen::Index c = 0; c < W.cols(); ++c) W(r, c) = dist(rng);
}

double fanIn(const Eigen::MatrixXd& W) { return static_cast<double>(W.cols()); }
double fanSum(const Eigen::MatrixXd& W) { return static_cast<double>(W.cols() + W.rows()); }

constexpr const char* kGain = "gain multiplying the initialiser's spread";

struct InitRow {
  InitKind kind;
  const char* id;
  const char* name;
  const char* scaleMeaning;  // what "scale" means, for help texts and messages
  void (*fill)(Eigen::MatrixXd& W, double scale, std::mt19937_64& rng);
};

// clang-format off
constexpr InitRow kInits[] = {
    {InitKind::XavierUniform, "xavier_uniform", "Xavier/Glorot uniform", kGain,
     [](Eigen::MatrixXd& W, double s, std::mt19937_64& rng) {  // U(±s·√(6/(in+out)))
       const double a = s * std::sqrt(6.0 / fanSum(W));
       fill(W, Uniform(-a, a), rng);
     }},
    {InitKind::XavierNormal, "xavier_normal", "Xavier/Glorot normal", kGain,
     [](Eigen::MatrixXd& W, double s, std::mt19937_64& rng) {  // N(0, s²·2/(in+out))
       fill(W, Normal(0.0, s * std::sqrt(2.0 / fanSum(W))), rng);
     }},
    {InitKind::HeUniform, "he_uniform", "He/Kaiming uniform", kGain,
     [](Eigen::MatrixXd& W, double s, std::mt19937_64& rng) {  // U(±s·√(6/in))
       const double a = s * std::sqrt(6.0 / fanIn(W));
       fill(W, Uniform(-a, a), rng);
     }},
    {InitKind::HeNormal, "he_normal", "He/Kaiming normal", kGain,
     [](Eigen::MatrixXd& W, double s, std::mt19937_64& rng) {  // N(0, s²·2/in)
       fill(W, Normal(0.0, s * std::sqrt(2.0 / fanIn(W))), rng);
     }},
    {InitKind::LecunNormal, "lecun_normal", "LeCun normal", kGain,
     [](Eigen::MatrixXd& W, double s, std::mt19937_64& rng) {  // N(0, s²/in)
       fill(W, Normal(0.0, s * std::sqrt(1.0 / fanIn(W))), rng);
     }},
    {InitKind::Normal, "normal", "Normal (σ = scale)", "standard deviation σ",
     [](Eigen::MatrixXd& W, double s, std::mt19937_64& rng) { fill(W, Normal(0.0, s), rng); }},
    {InitKind::Uniform, "uniform", "Uniform (± scale)", "half-width a of U(−a, a)",
     [](Eigen::MatrixXd& W, double s, std::mt19937_64& rng) { fill(W, Uniform(-s, s), rng); }},
    {InitKind::Constant, "constant", "Constant (= scale)", "the value of every weight",
     [](Eigen::MatrixXd& W, double s, std::mt19937_64&) { W.setConstant(s); }},
};
// clang-format on
static_assert(table::inEnumOrder(kInits), "one row per InitKind, in enum order");

const InitRow& row(InitKind kind) { return table::rowOf(kInits, kind); }

}  // namespace

std::vector<InitKind> allInitKinds() { return table::kinds(kInits); }
std::string initId(InitKind kind) { return row(kind).id; }
std::string initDisplayName(InitKind kind) { return row(kind).name; }
std::optional<InitKind> initFromId(const std::string& id) { return table::fromId(kInits, id); }
std::string initIdList() { return table::idList(kInits); }
std::string initScaleMeaning(InitKind kind) { return row(kind).scaleMeaning; }

void initialiseWeights(Eigen::MatrixXd& W, InitKind kind, double scale, std::mt19937_64& rng) {
  // The distributions need a strictly positive spread; a zero scale means all-zero weights.
  if (kind != InitKind::Constant && !(scale > 0)) {
    W.setZero();
    return;
  }
  row(kind).fill(W, scale, rng);
}

}  // namespace gs
