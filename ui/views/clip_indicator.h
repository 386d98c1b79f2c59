// How often and by how much gradient clipping fired, in one line beside the gradient bars:
// "clipping: 37 of 120 steps (31 %) · last step ×0.42". Hidden while the run does not clip.
#pragma once

#include <QLabel>

#include "snapshot.h"

namespace gs {

class ClipIndicator : public QLabel {
  Q_OBJECT

 public:
  explicit ClipIndicator(QWidget* parent = nullptr);
  void setSnapshot(const Snapshot& snapshot);
  // The line for a snapshot ("" when the run does not clip).
  static QString describe(const Snapshot& snapshot);
  bool firing() const { return clipped_; }  // the last step was clipped: shown in orange

 private:
  void restyle();

  bool clipped_ = false;
};

}  // namespace gs
