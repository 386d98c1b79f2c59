#include "pace.h"

#include <algorithm>

namespace gs {

const std::vector<double>& paceChoices() {
  static const std::vector<double> paces = {1, 2, 5, 10, 30, 100, 1000};
  return paces;
}

std::string paceChoicesText() {
  std::string text;
  for (double p : paceChoices()) {
    if (!text.empty()) text += ", ";
    text += std::to_string(static_cast<int>(p));
  }
  return text;
}

bool isPaceChoice(double pace) {
  const auto& paces = paceChoices();
  return std::find(paces.begin(), paces.end(), pace) != paces.end();
}

}  // namespace gs
