// A choice of activation per hidden layer (the config's layer_activations): a comma-separated
// list typed left to right from the input, e.g. "sigmoid, relu, -, tanh", where "-" or an empty
// entry keeps the network's activation and layers after the list keep it too. A bad entry turns
// the field red and names it; the run keeps its layers until the list is right.
#pragma once

#include <QLineEdit>
#include <optional>
#include <vector>

#include "activation.h"

namespace gs {

using LayerActivations = std::vector<std::optional<ActivationKind>>;

class LayerActivationsEdit : public QLineEdit {
  Q_OBJECT

 public:
  explicit LayerActivationsEdit(QWidget* parent = nullptr);

  // "" when text is a valid list (its layers in *out), else a message naming the bad entry.
  static QString parse(const QString& text, LayerActivations* out);
  static QString format(const LayerActivations& layers);

  void setLayers(const LayerActivations& layers);  // no signal
  LayerActivations layers() const { return layers_; }
  QString problem() const { return problem_; }

 signals:
  void layersChanged();  // a new valid list was entered

 private:
  void onEdited();

  LayerActivations layers_;
  QString problem_;
};

}  // namespace gs
