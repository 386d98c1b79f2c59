// A row of widgets that wraps onto more rows when the row is too narrow for all of them (a
// narrow dock, presentation mode's large fonts), instead of squeezing buttons until their text
// is cut. Items keep their size hints; the layout reports its height for a given width.
#pragma once

#include <QLayout>
#include <QList>

namespace gs {

class FlowLayout : public QLayout {
 public:
  explicit FlowLayout(QWidget* parent = nullptr);
  ~FlowLayout() override;

  void addItem(QLayoutItem* item) override;
  int count() const override { return static_cast<int>(items_.size()); }
  QLayoutItem* itemAt(int index) const override;
  QLayoutItem* takeAt(int index) override;
  Qt::Orientations expandingDirections() const override { return {}; }
  bool hasHeightForWidth() const override { return true; }
  int heightForWidth(int width) const override;
  QSize minimumSize() const override;  // the widest item: anything narrower wraps
  QSize sizeHint() const override;     // everything on one row
  void setGeometry(const QRect& rect) override;

 private:
  int arrange(const QRect& rect, bool apply) const;  // the height used
  int spacing(Qt::Orientation o) const;

  QList<QLayoutItem*> items_;
};

}  // namespace gs
