#include "walkthrough_panel.h"

#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

#include "flow_layout.h"
#include "kind_names.h"

namespace gs {
namespace {

QTableWidgetItem* cell(const QString& text, Qt::Alignment align = Qt::AlignRight) {
  auto* item = new QTableWidgetItem(text);
  item->setTextAlignment(align | Qt::AlignVCenter);
  item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
  return item;
}

}  // namespace

QString WalkthroughPanel::formatNumber(double v) {
  if (!std::isfinite(v)) return std::isnan(v) ? QStringLiteral("NaN") : QStringLiteral("∞");
  if (v == 0.0) return QStringLiteral("0");
  const double mag = std::abs(v);
  const QChar minus(0x2212);  // a real minus sign, as wide as the plus
  if (mag >= 1e-3 && mag < 1e4) return QString::number(v, 'g', 3).replace('-', minus);
  // Two significant digits and a short exponent: "−6.6e−4" keeps the columns narrow.
  int exp = static_cast<int>(std::floor(std::log10(mag)));
  double mant = v / std::pow(10.0, exp);
  if (std::abs(mant) >= 9.95) mant /= 10.0, ++exp;  // 9.99e-5 rounds up to 1.0e-4
  return QStringLiteral("%1e%2")
      .arg(QString::number(mant, 'f', 1), QString::number(exp))
      .replace('-', minus);
}

WalkthroughPanel::WalkthroughPanel(QWidget* parent)
    : QWidget(parent),
      summary_(new QLabel(this)),
      table_(new QTableWidget(this)),
      previous_(new QPushButton(tr("◀ Previous layer"), this)),
      next_(new QPushButton(tr("Next layer ▶"), this)),
      all_(new QPushButton(tr("Show all"), this)),
      sample_(new QSpinBox(this)),
      extra_(new QCheckBox(tr("More columns"), this)) {
  summary_->setWordWrap(true);
  table_->setColumnCount(kColumnCount);
  table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
  table_->setSelectionBehavior(QAbstractItemView::SelectRows);
  table_->setSelectionMode(QAbstractItemView::SingleSelection);
  table_->verticalHeader()->setVisible(false);
  // Widths come from fitColumns(), over every row: ResizeToContents measures only the rows shown,
  // so stepping through would keep the output row's widths and cut the numbers below it.
  table_->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
  sample_->setRange(1, 1);
  sample_->setToolTip(tr("Which sample of the mini-batch the per-sample columns follow"));
  // The buttons wrap onto a second row in a narrow dock instead of being cut.
  auto* buttons = new FlowLayout;
  buttons->addWidget(previous_);
  buttons->addWidget(next_);
  buttons->addWidget(all_);
  auto* sample = new QWidget(this);  // the label stays next to its box
  auto* sampleRow = new QHBoxLayout(sample);
  sampleRow->setContentsMargins(0, 0, 0, 0);
  sampleRow->addWidget(new QLabel(tr("Sample:"), sample));
  sampleRow->addWidget(sample_);
  buttons->addWidget(sample);
  extra_->setToolTip(tr("Also show z, dJ/da, the product of the slopes and the batch gradient"));
  buttons->addWidget(extra_);
  connect(extra_, &QCheckBox::toggled, this, &WalkthroughPanel::setExtraColumns);
  auto* layout = new QVBoxLayout(this);
  layout->addWidget(summary_);
  layout->addLayout(buttons);
  layout->addWidget(table_, 1);
  connect(next_, &QPushButton::clicked, this, &WalkthroughPanel::next);
  connect(previous_, &QPushButton::clicked, this, &WalkthroughPanel::previous);
  connect(all_, &QPushButton::clicked, this, [this] { setShowAll(!showAll_); });
  connect(sample_, qOverload<int>(&QSpinBox::valueChanged), this,
          [this](int shown) { emit sampleRequested(shown - 1); });
  connect(table_, &QTableWidget::cellClicked, this, [this](int row, int) {
    if (row >= 0 && row < static_cast<int>(walk_.rows.size()))
      emit layerSelected(walk_.rows[static_cast<std::size_t>(row)].layer);
  });
  setHeaders();
  setExtraColumns(false);
  applyReveal();
}

void WalkthroughPanel::setExtraColumns(bool on) {
  extra_->setChecked(on);
  for (int c = kZ; c < kColumnCount; ++c) table_->setColumnHidden(c, !on);
  fitColumns();
}

bool WalkthroughPanel::extraColumns() const { return extra_->isChecked(); }

void WalkthroughPanel::setHeaders() {
  const bool one = walk_.oneUnitChain || walk_.rows.empty();
  QStringList headers(kColumnCount);
  headers[kLayer] = tr("layer");
  headers[kActivation] = tr("f");
  headers[kWeightAbove] = one ? tr("× w⁽ˡ⁺¹⁾") : tr("‖W⁽ˡ⁺¹⁾‖₂");
  headers[kFprime] = one ? tr("× f′(z⁽ˡ⁾)") : tr("mean f′(z⁽ˡ⁾)");
  headers[kNormScale] = one ? tr("× γ/√(σ²+ε)") : tr("mean γ/√(σ²+ε)");
  headers[kDelta] = one ? tr("= δ⁽ˡ⁾") : tr("‖δ⁽ˡ⁾‖");  // the running product; see the tooltip
  headers[kAPrev] = one ? tr("× a⁽ˡ⁻¹⁾") : tr("‖a⁽ˡ⁻¹⁾‖");
  headers[kGradient] = one ? tr("= ∂J/∂w⁽ˡ⁾") : tr("‖∂J/∂W⁽ˡ⁾‖");
  headers[kZ] = one ? tr("z⁽ˡ⁾") : tr("‖z⁽ˡ⁾‖");
  headers[kUpstream] = one ? tr("dJ/da⁽ˡ⁾") : tr("‖dJ/da⁽ˡ⁾‖");
  headers[kFprimeProduct] = tr("∏ f′  (≤ bound)");
  headers[kGradientBatch] = one ? tr("batch Σ ∂J/∂w⁽ˡ⁾") : tr("batch ‖∂J/∂W⁽ˡ⁾‖");
  table_->setHorizontalHeaderLabels(headers);
  table_->horizontalHeaderItem(kDelta)->setToolTip(
      tr("δ⁽ˡ⁾ = ∂J/∂z⁽ˡ⁾: the product of every factor from the output down to this layer"));
  table_->horizontalHeaderItem(kGradientBatch)
      ->setToolTip(tr("Summed over the mini-batch: what the optimiser uses (core's dW)"));
  table_->horizontalHeaderItem(kWeightAbove)
      ->setToolTip(one ? tr("The weight between this layer and the one above")
                       : tr("‖W‖₂, the largest singular value of the weights above: the most "
                            "they can stretch δ on its way down"));
  table_->horizontalHeaderItem(kNormScale)
      ->setToolTip(tr("The normalisation's factor γ/√(σ² + ε): it rescales the gradient on its "
                      "way back (less the part the batch or layer shares), so δ is no longer "
                      "only the product of w and f′"));
  const bool normalised = std::any_of(walk_.rows.begin(), walk_.rows.end(),
                                      [](const ChainWalkRow& r) { return r.norm != "none"; });
  table_->setColumnHidden(kNormScale, !normalised);
}

void WalkthroughPanel::setWalk(const ChainWalk& walk) {
  const bool sameShape =
      walk.rows.size() == walk_.rows.size() && walk.oneUnitChain == walk_.oneUnitChain;
  walk_ = walk;
  {
    const QSignalBlocker block(sample_);
    sample_->setRange(1, std::max(1, walk_.batch));
    sample_->setValue(walk_.sample + 1);
  }
  if (!sameShape) {
    revealed_ = walk_.rows.empty() ? 0 : 1;
    table_->horizontalScrollBar()->setValue(0);  // a new lesson starts at the layer column
  }
  setHeaders();
  fillTable();
  fitColumns();  // and shows the rows revealed so far
}

void WalkthroughPanel::fitColumns() {
  for (int r = 0; r < table_->rowCount(); ++r) table_->setRowHidden(r, false);
  table_->resizeColumnsToContents();
  applyReveal();
  table_->horizontalScrollBar()->setValue(0);
}

void WalkthroughPanel::changeEvent(QEvent* event) {
  QWidget::changeEvent(event);
  if (event->type() == QEvent::FontChange) fitColumns();  // presentation mode's larger font
}

void WalkthroughPanel::fillTable() {
  table_->setRowCount(static_cast<int>(walk_.rows.size()));
  for (int r = 0; r < table_->rowCount(); ++r) {
    const ChainWalkRow& w = walk_.rows[static_cast<std::size_t>(r)];
    const bool output = r == 0;
    QString layer = QString::number(w.layer + 1);
    if (output) layer += tr(" (out)");  // as the bars' axis says
    if (w.residual) layer += tr(" +skip");
    table_->setItem(r, kLayer, cell(layer, Qt::AlignLeft));
    table_->setItem(r, kActivation, cell(activationNameForId(w.activation), Qt::AlignLeft));
    table_->setItem(r, kZ, cell(formatNumber(w.z)));
    table_->setItem(r, kUpstream, cell(formatNumber(w.upstream)));
    const bool known = walk_.oneUnitChain || w.weightAboveSpectral >= 0;
    table_->setItem(
        r, kWeightAbove,
        cell(output || !known
                 ? QStringLiteral("—")
                 : formatNumber(walk_.oneUnitChain ? w.weightAbove : w.weightAboveSpectral)));
    table_->setItem(r, kFprime, cell(formatNumber(w.fprime)));
    table_->setItem(r, kNormScale,
                    cell(w.norm == "none" ? QStringLiteral("—") : formatNumber(w.normScale)));
    table_->setItem(r, kDelta, cell(formatNumber(w.delta)));
    table_->setItem(r, kAPrev, cell(formatNumber(w.aPrev)));
    table_->setItem(r, kGradient, cell(formatNumber(w.gradient)));
    table_->setItem(r, kFprimeProduct,
                    cell(QStringLiteral("%1  (≤ %2)")
                             .arg(formatNumber(w.fprimeProduct), formatNumber(w.fprimeBound))));
    table_->setItem(r, kGradientBatch, cell(formatNumber(w.gradientBatch)));
    QFont bold = table_->item(r, kDelta)->font();
    bold.setBold(true);
    table_->item(r, kDelta)->setFont(bold);
  }
  const int n = static_cast<int>(walk_.rows.size());
  QString text;
  if (n == 0) {
    text = tr("No step to walk through yet: press Step (or Play with this panel open).");
  } else {
    text = tr("Sample %1 of %2. ").arg(walk_.sample + 1).arg(walk_.batch);
    if (!walk_.matchesBackward)
      text +=
          tr("(The weights were updated after this backward pass; the numbers are "
             "approximate.) ");
    text += walk_.oneUnitChain
                ? tr("One unit per layer: each row multiplies the running product δ by the weight "
                     "above and by f′(z) of this layer; times a⁽ˡ⁻¹⁾ it is the weight's gradient.")
                : tr("Layers are wider than one unit: the columns show vector norms (‖·‖) and the "
                     "mean of f′; ‖δ‖ is the size of the running product.");
  }
  summary_->setText(text);
}

void WalkthroughPanel::applyReveal() {
  const int n = static_cast<int>(walk_.rows.size());
  const int shown = showAll_ ? n : std::clamp(revealed_, 0, n);
  for (int r = 0; r < n; ++r) table_->setRowHidden(r, r >= shown);
  previous_->setEnabled(!showAll_ && revealed_ > 1);
  next_->setEnabled(!showAll_ && revealed_ < n);
  all_->setText(showAll_ ? tr("Step through") : tr("Show all"));
  if (shown > 0 && !showAll_) table_->selectRow(shown - 1);
}

int WalkthroughPanel::currentLayer() const {
  if (walk_.rows.empty() || revealed_ < 1) return -1;
  const int r = std::min(revealed_, static_cast<int>(walk_.rows.size())) - 1;
  return walk_.rows[static_cast<std::size_t>(r)].layer;
}

void WalkthroughPanel::next() {
  if (revealed_ >= static_cast<int>(walk_.rows.size())) return;
  ++revealed_;
  applyReveal();
  emit layerSelected(currentLayer());
}

void WalkthroughPanel::previous() {
  if (revealed_ <= 1) return;
  --revealed_;
  applyReveal();
  emit layerSelected(currentLayer());
}

void WalkthroughPanel::setShowAll(bool all) {
  showAll_ = all;
  applyReveal();
}

void WalkthroughPanel::restart() {
  showAll_ = false;
  revealed_ = walk_.rows.empty() ? 0 : 1;
  applyReveal();
  emit layerSelected(currentLayer());
}

}  // namespace gs
