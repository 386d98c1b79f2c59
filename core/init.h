// Weight initialisers, seeded and deterministic.
#pragma once

#include <Eigen/Core>
#include <cstdint>
#include <optional>
#include <random>
#include <string>
#include <vector>

namespace gs {

enum class InitKind {
  XavierUniform,  // U(±√(6/(in+out)))·scale
  XavierNormal,   // N(0, 2/(in+out))·scale
  HeUniform,      // U(±√(6/in))·scale
  HeNormal,       // N(0, 2/in)·scale
  LecunNormal,    // N(0, 1/in)·scale
  Normal,         // N(0, scale²)
  Uniform,        // U(±scale)
  Constant        // every weight = scale (0 allowed)
};

std::vector<InitKind> allInitKinds();
std::string initId(InitKind kind);
std::optional<InitKind> initFromId(const std::string& id);
std::string initDisplayName(InitKind kind);  // English; the window translates it
std::string initIdList();                    // "xavier_uniform, …", from the table
// What "scale" means for this initialiser, for help texts and messages.
std::string initScaleMeaning(InitKind kind);

// Fills W (out x in) from rng. Biases are always started at zero by the network.
void initialiseWeights(Eigen::MatrixXd& W, InitKind kind, double scale, std::mt19937_64& rng);

}  // namespace gs
