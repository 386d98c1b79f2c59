#include "layer_activations_edit.h"

#include <QStringList>

namespace gs {

LayerActivationsEdit::LayerActivationsEdit(QWidget* parent) : QLineEdit(parent) {
  setObjectName("layerActivations");
  setPlaceholderText(tr("all layers the same"));
  setClearButtonEnabled(true);
  setToolTip(
      tr("One activation per hidden layer, from the input: e.g. \"sigmoid, relu, -, tanh\". "
         "\"-\" or a layer left out keeps the activation above."));
  connect(this, &QLineEdit::editingFinished, this, &LayerActivationsEdit::onEdited);
}

QString LayerActivationsEdit::parse(const QString& text, LayerActivations* out) {
  LayerActivations layers;
  if (!text.trimmed().isEmpty()) {
    const QStringList entries = text.split(',');
    for (int i = 0; i < entries.size(); ++i) {
      const QString entry = entries[i].trimmed().toLower();
      if (entry.isEmpty() || entry == QLatin1String("-")) {
        layers.emplace_back();
        continue;
      }
      const std::optional<ActivationKind> kind = activationFromId(entry.toStdString());
      if (!kind) {
        QStringList ids;
        for (ActivationKind k : allActivationKinds())
          ids << QString::fromStdString(activationId(k));
        return tr("layer %1: \"%2\" is not an activation; allowed: %3, or - for the default")
            .arg(i + 1)
            .arg(entries[i].trimmed(), ids.join(QStringLiteral(", ")));
      }
      layers.emplace_back(*kind);
    }
  }
  while (!layers.empty() && !layers.back()) layers.pop_back();
  if (out) *out = layers;
  return {};
}

QString LayerActivationsEdit::format(const LayerActivations& layers) {
  QStringList entries;
  for (const auto& k : layers)
    entries << (k ? QString::fromStdString(activationId(*k)) : QStringLiteral("-"));
  return entries.join(QStringLiteral(", "));
}

void LayerActivationsEdit::setLayers(const LayerActivations& layers) {
  layers_ = layers;
  problem_.clear();
  setStyleSheet(QString());
  const QSignalBlocker block(this);
  setText(format(layers));
}

void LayerActivationsEdit::onEdited() {
  LayerActivations parsed;
  problem_ = parse(text(), &parsed);
  setStyleSheet(problem_.isEmpty() ? QString()
                                   : QStringLiteral("QLineEdit { border: 2px solid #d62728; }"));
  if (!problem_.isEmpty()) {
    setToolTip(problem_);
    return;
  }
  if (parsed == layers_) return;
  layers_ = parsed;
  emit layersChanged();
}

}  // namespace gs
