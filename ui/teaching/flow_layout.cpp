#include "flow_layout.h"

#include <QStyle>
#include <QWidget>
#include <algorithm>

namespace gs {

FlowLayout::FlowLayout(QWidget* parent) : QLayout(parent) {}

FlowLayout::~FlowLayout() {
  while (QLayoutItem* item = takeAt(0)) delete item;
}

void FlowLayout::addItem(QLayoutItem* item) { items_.append(item); }

QLayoutItem* FlowLayout::itemAt(int index) const {
  return index >= 0 && index < items_.size() ? items_.at(index) : nullptr;
}

QLayoutItem* FlowLayout::takeAt(int index) {
  return index >= 0 && index < items_.size() ? items_.takeAt(index) : nullptr;
}

int FlowLayout::heightForWidth(int width) const { return arrange(QRect(0, 0, width, 0), false); }

QSize FlowLayout::minimumSize() const {
  QSize size;
  for (const QLayoutItem* item : items_) size = size.expandedTo(item->minimumSize());
  const QMargins m = contentsMargins();
  return size + QSize(m.left() + m.right(), m.top() + m.bottom());
}

QSize FlowLayout::sizeHint() const {
  int width = 0, height = 0, shown = 0;
  for (const QLayoutItem* item : items_) {
    if (item->isEmpty()) continue;
    width += item->sizeHint().width() + (shown++ > 0 ? spacing(Qt::Horizontal) : 0);
    height = std::max(height, item->sizeHint().height());
  }
  const QMargins m = contentsMargins();
  return {width + m.left() + m.right(), height + m.top() + m.bottom()};
}

void FlowLayout::setGeometry(const QRect& rect) {
  QLayout::setGeometry(rect);
  arrange(rect, true);
}

int FlowLayout::spacing(Qt::Orientation o) const {
  if (QLayout::spacing() >= 0) return QLayout::spacing();
  const QWidget* parent = parentWidget();
  if (parent == nullptr) return 6;
  return parent->style()->pixelMetric(
      o == Qt::Horizontal ? QStyle::PM_LayoutHorizontalSpacing : QStyle::PM_LayoutVerticalSpacing,
      nullptr, parent);
}

int FlowLayout::arrange(const QRect& rect, bool apply) const {
  const QRect area = rect.marginsRemoved(contentsMargins());
  const int dx = std::max(0, spacing(Qt::Horizontal)), dy = std::max(0, spacing(Qt::Vertical));
  int x = area.x(), y = area.y(), rowHeight = 0;
  // Items of one row share its height and are centred in it (a label next to a button).
  QList<QPair<QLayoutItem*, QPoint>> row;
  auto flush = [&] {
    if (apply)
      for (const auto& [item, at] : row) {
        const QSize size = item->sizeHint();
        item->setGeometry(QRect(QPoint(at.x(), at.y() + (rowHeight - size.height()) / 2), size));
      }
    row.clear();
  };
  for (QLayoutItem* item : items_) {
    if (item->isEmpty()) continue;
    const QSize size = item->sizeHint();
    if (x > area.x() && x + size.width() > area.right() + 1) {  // no room left: a new row
      flush();
      x = area.x();
      y += rowHeight + dy;
      rowHeight = 0;
    }
    row.append({item, QPoint(x, y)});
    x += size.width() + dx;
    rowHeight = std::max(rowHeight, size.height());
  }
  flush();
  return y + rowHeight - rect.y() + contentsMargins().bottom();
}

}  // namespace gs
