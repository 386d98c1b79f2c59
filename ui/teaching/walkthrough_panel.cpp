#include "walkthrough_panel.h"

#include <QApplication>
#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QResizeEvent>
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

QString WalkthroughPanel::formatNumber(double v, bool compact) {
  if (!std::isfinite(v)) return std::isnan(v) ? QStringLiteral("NaN") : QStringLiteral("∞");
  if (v == 0.0) return QStringLiteral("0");
  const double mag = std::abs(v);
  const QChar minus(0x2212);  // a real minus sign, as wide as the plus
  // Below 999.5 (99.5 compact) 'g' still writes all the digits, not "1e+03".
  if (compact && mag >= 1e-2 && mag < 99.5) return QString::number(v, 'g', 2).replace('-', minus);
  if (!compact && mag >= 1e-3 && mag < 999.5) return QString::number(v, 'g', 3).replace('-', minus);
  // Two significant digits and a short exponent: "−6.6e−4" keeps the columns narrow.
  int exp = static_cast<int>(std::floor(std::log10(mag)));
  double mant = v / std::pow(10.0, exp);
  if (std::abs(mant) >= 9.95) mant /= 10.0, ++exp;  // 9.99e-5 rounds up to 1.0e-4
  return QStringLiteral("%1e%2")
      .arg(QString::number(mant, 'f', 1), QString::number(exp))
      .replace('-', minus);
}

// Compact: the symbol the lesson writes for the activation, σ for the sigmoid.
QString WalkthroughPanel::activationLabel(const std::string& id, bool compact) {
  if (!compact) return activationNameForId(id);
  if (id == "sigmoid") return QStringLiteral("σ");
  if (id == "leaky_relu") return QStringLiteral("LReLU");
  if (id == "softplus") return QStringLiteral("s+");
  if (id == "linear") return tr("lin");
  return activationNameForId(id);  // "Tanh", "ReLU", "ELU", "GELU": short already
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
  // The selected row would set every header in bold, wider than the columns were fitted to.
  table_->horizontalHeader()->setHighlightSections(false);
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
  table_->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
  table_->installEventFilter(this);  // a wider or narrower dock fits the columns again
  setHeaders(HeaderLength::kWhole);
  setExtraColumns(false);
  applyReveal();
}

void WalkthroughPanel::setExtraColumns(bool on) {
  extra_->setChecked(on);
  for (int c = kZ; c < kColumnCount; ++c) table_->setColumnHidden(c, !on);
  fitColumns();
}

bool WalkthroughPanel::extraColumns() const { return extra_->isChecked(); }

void WalkthroughPanel::setHeaders(HeaderLength length) {
  headerLength_ = length;
  const bool one = walk_.oneUnitChain || walk_.rows.empty();
  for (int c = 0; c < kColumnCount; ++c) {
    const WalkthroughHeader h = columnHeader(c, one, length);
    QTableWidgetItem* item = table_->horizontalHeaderItem(c);
    if (item == nullptr) {
      item = new QTableWidgetItem;
      table_->setHorizontalHeaderItem(c, item);
    }
    item->setText(h.text);
    item->setToolTip(h.toolTip);
  }
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
  if (!sameShape) {  // a new lesson (or a reset) starts again at the output row
    revealed_ = walk_.rows.empty() ? 0 : 1;
    showAll_ = false;
    table_->horizontalScrollBar()->setValue(0);
  }
  fillTable(compact_);
  fitColumns();  // and shows the rows revealed so far
}

void WalkthroughPanel::fitColumns() {
  for (int r = 0; r < table_->rowCount(); ++r) table_->setRowHidden(r, false);
  struct Level {
    HeaderLength length;
    bool compact;
    double scale;  // of the panel's font
  };
  // The longest headers first; then short headers and 2-digit numbers, σ for sigmoid; at
  // presentation size last the table's text a step smaller, never below the normal window font.
  const Level levels[] = {{HeaderLength::kWhole, false, 1.0}, {HeaderLength::kWrapped, false, 1.0},
                          {HeaderLength::kShort, false, 1.0}, {HeaderLength::kShort, true, 1.0},
                          {HeaderLength::kShort, true, 0.9},  {HeaderLength::kShort, true, 0.8}};
  const double normalPoints = QApplication::font().pointSizeF();
  for (const Level& level : levels) {
    QFont text = font();
    if (level.scale < 1) {
      if (text.pointSizeF() * level.scale < normalPoints) break;
      text.setPointSizeF(text.pointSizeF() * level.scale);
    }
    table_->setFont(text);
    setHeaders(level.length);
    if (level.compact != compact_) fillTable(level.compact);
    table_->resizeColumnsToContents();
    table_->resizeRowsToContents();  // rows as tall as the font: a vertical scroll bar is foreseen
    // Not shown yet: there is no width to fit; Show and Resize fit again.
    if (!table_->isVisible() || table_->horizontalHeader()->length() <= roomForColumns()) break;
  }
  // Whatever still does not fit scrolls (the scroll bar as needed): a number is never cut.
  applyReveal();
  table_->horizontalScrollBar()->setValue(0);
}

// The table's width inside its frame, less a vertical scroll bar when all rows will not fit.
int WalkthroughPanel::roomForColumns() const {
  const int frame = 2 * table_->frameWidth();
  int rows = table_->horizontalHeader()->sizeHint().height();
  for (int r = 0; r < table_->rowCount(); ++r) rows += table_->rowHeight(r);
  const bool tall = rows > table_->height() - frame;
  return table_->width() - frame -
         (tall ? table_->style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, table_) : 0);
}

bool WalkthroughPanel::eventFilter(QObject* watched, QEvent* event) {
  if (watched == table_ && event->type() == QEvent::Show) fitColumns();
  if (watched == table_ && event->type() == QEvent::Resize) {
    auto* resize = static_cast<QResizeEvent*>(event);
    if (resize->size() != resize->oldSize()) fitColumns();  // taller: a scroll bar less
  }
  return QWidget::eventFilter(watched, event);
}

void WalkthroughPanel::changeEvent(QEvent* event) {
  QWidget::changeEvent(event);
  if (event->type() == QEvent::FontChange) fitColumns();  // presentation mode's larger font
}

void WalkthroughPanel::fillRow(int r, bool compact) {
  const ChainWalkRow& w = walk_.rows[static_cast<std::size_t>(r)];
  const bool output = r == 0;
  // Every number at full precision in its tooltip: the cell shows 2 or 3 digits.
  auto number = [compact](double v) {
    QTableWidgetItem* item = cell(formatNumber(v, compact));
    item->setToolTip(QString::number(v, 'g', 6));
    return item;
  };
  auto dash = [] { return cell(QStringLiteral("—")); };
  QString layer = QString::number(w.layer + 1);
  if (output) layer = compact ? tr("out") : layer + tr(" (out)");          // as the bars' axis says
  if (w.residual) layer += compact ? QStringLiteral(" ⊕") : tr(" +skip");  // the adding node
  table_->setItem(r, kLayer, cell(layer, Qt::AlignLeft));
  table_->item(r, kLayer)->setToolTip(output ? tr("Layer %1, the output layer").arg(w.layer + 1)
                                             : tr("Layer %1").arg(w.layer + 1));
  table_->setItem(r, kActivation, cell(activationLabel(w.activation, compact), Qt::AlignLeft));
  table_->item(r, kActivation)->setToolTip(activationNameForId(w.activation));
  table_->setItem(r, kZ, number(w.z));
  table_->setItem(r, kUpstream, number(w.upstream));
  const bool known = walk_.oneUnitChain || w.weightAboveSpectral >= 0;
  table_->setItem(r, kWeightAbove,
                  output || !known
                      ? dash()
                      : number(walk_.oneUnitChain ? w.weightAbove : w.weightAboveSpectral));
  table_->setItem(r, kFprime, number(w.fprime));
  table_->setItem(r, kNormScale, w.norm == "none" ? dash() : number(w.normScale));
  table_->setItem(r, kDelta, number(w.delta));
  table_->setItem(r, kAPrev, number(w.aPrev));
  table_->setItem(r, kGradient, number(w.gradient));
  table_->setItem(
      r, kFprimeProduct,
      cell(QStringLiteral("%1  (≤ %2)")
               .arg(formatNumber(w.fprimeProduct, compact), formatNumber(w.fprimeBound, compact))));
  table_->setItem(r, kGradientBatch, number(w.gradientBatch));
  if (!compact) {  // the running product stands out; compact, its header alone says it
    QFont bold = table_->item(r, kDelta)->font();
    bold.setBold(true);
    table_->item(r, kDelta)->setFont(bold);
  }
}

void WalkthroughPanel::fillTable(bool compact) {
  compact_ = compact;
  table_->setRowCount(static_cast<int>(walk_.rows.size()));
  for (int r = 0; r < table_->rowCount(); ++r) fillRow(r, compact);
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
