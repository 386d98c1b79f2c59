// The chain rule with this step's numbers: one row per layer from the output back to the input,
// each row multiplying the running product by the weight above and f′(z) of this layer (see
// core/chain_walk.h for the math). Step through it one layer at a time (Next / Previous) or show
// it whole; the current layer is announced with layerSelected() so the bars can highlight it.
#pragma once

#include <QWidget>

#include "chain_walk.h"
#include "walkthrough_headers.h"

class QCheckBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace gs {

class WalkthroughPanel : public QWidget {
  Q_OBJECT

 public:
  // The lesson's product first (δ of the row above × w × f′ = δ, × a = the weight's gradient), so
  // a narrow dock shows it without scrolling; the extra columns (kZ on) only when asked for.
  enum Column {
    kLayer,
    kActivation,
    kWeightAbove,
    kFprime,
    kNormScale,  // γ/√(σ² + ε), shown only when some layer is normalised
    kDelta,
    kAPrev,
    kGradient,
    kZ,
    kUpstream,
    kFprimeProduct,
    kGradientBatch,
    kColumnCount
  };

  explicit WalkthroughPanel(QWidget* parent = nullptr);

  void setWalk(const ChainWalk& walk);
  const ChainWalk& walk() const { return walk_; }

  // Rows shown, counted from the output; all rows when showing the whole walk.
  int revealedRows() const { return revealed_; }
  int currentLayer() const;  // core index of the highlighted row, −1 when empty
  bool showingAll() const { return showAll_; }
  QTableWidget* table() const { return table_; }
  // The value a cell shows, short so seven columns fit a 460 px dock: "0.0548", "−6.6e−4";
  // compact (a narrow dock at presentation size): two significant digits, "0.055".
  static QString formatNumber(double v, bool compact = false);
  // "Sigmoid", or compact "σ" (the name stays in the cell's tooltip).
  static QString activationLabel(const std::string& id, bool compact);
  // z, dJ/da, ∏ f′ and the batch gradient: off by default, so the product fits without scrolling.
  void setExtraColumns(bool on);
  bool extraColumns() const;
  QCheckBox* extraColumnsBox() const { return extra_; }
  // The header and tooltip of a column (walkthrough_headers.cpp).
  static WalkthroughHeader columnHeader(int column, bool oneUnit, HeaderLength length);
  HeaderLength headerLength() const { return headerLength_; }

 public slots:
  void next();
  void previous();
  void setShowAll(bool all);
  void restart();  // back to the output row only

 signals:
  void layerSelected(int layer);     // core index (0 = next to the input)
  void sampleRequested(int sample);  // the user picked another sample; recompute the walk

 protected:
  void changeEvent(QEvent* event) override;
  bool eventFilter(QObject* watched, QEvent* event) override;

 private:
  void fillTable(bool compact);
  void fillRow(int r, bool compact);
  // Every column as wide as its widest cell, hidden rows included, with the longest headers that
  // let the table fit its width; a scroll bar only when even the short ones do not.
  void fitColumns();
  int roomForColumns() const;
  void applyReveal();
  void setHeaders(HeaderLength length);

  QLabel* summary_;
  QTableWidget* table_;
  QPushButton* previous_;
  QPushButton* next_;
  QPushButton* all_;
  QSpinBox* sample_;
  QCheckBox* extra_;
  ChainWalk walk_;
  int revealed_ = 0;
  bool showAll_ = false;
  HeaderLength headerLength_ = HeaderLength::kWhole;
  bool compact_ = false;  // the cells' short form: see fitColumns()
};

}  // namespace gs
