#include "point_editor.h"

#include <QUndoCommand>
#include <QUndoStack>

namespace gs {

// One edit: the points before and after (shared, never changed, so a step costs two pointers
// unless the points themselves are new).
class SetPointsCommand : public QUndoCommand {
 public:
  SetPointsCommand(PointEditor* editor, std::shared_ptr<const PointSet> before,
                   std::shared_ptr<const PointSet> after, const QString& what)
      : QUndoCommand(what), editor_(editor), before_(std::move(before)), after_(std::move(after)) {}
  void undo() override { editor_->set(before_, PointEditor::tr("Undone: %1").arg(text())); }
  void redo() override { editor_->set(after_, text()); }

 private:
  PointEditor* editor_;
  std::shared_ptr<const PointSet> before_, after_;
};

PointEditor::PointEditor(QObject* parent) : QObject(parent), undo_(new QUndoStack(this)) {
  undo_->setUndoLimit(100);
}

void PointEditor::follow(std::shared_ptr<const PointSet> points) {
  if (points == points_) return;
  points_ = std::move(points);
  undo_->clear();  // the steps were edits of other points
}

std::shared_ptr<PointSet> PointEditor::editable(
    const std::shared_ptr<const PointSet>& start) const {
  const std::shared_ptr<const PointSet>& from = points_ ? points_ : start;
  auto copy = from ? std::make_shared<PointSet>(*from) : std::make_shared<PointSet>();
  copy->csvPath.clear();  // edited: no longer what the file holds
  return copy;
}

void PointEditor::add(double a, double b, int label, const std::shared_ptr<const PointSet>& start) {
  auto p = editable(start);
  p->add(a, b, label);
  const QString what = p->classification()
                           ? tr("Added a point of class %1 at (%2, %3)")
                                 .arg(label)
                                 .arg(a, 0, 'g', 3)
                                 .arg(b, 0, 'g', 3)
                           : tr("Added the point (%1, %2)").arg(a, 0, 'g', 3).arg(b, 0, 'g', 3);
  push(p, what);
}

bool PointEditor::removeNearest(double a, double b, const std::shared_ptr<const PointSet>& start) {
  auto p = editable(start);
  const int i = p->nearest(a, b);
  if (i < 0) return false;
  p->removeAt(i);
  push(p, tr("Removed a point"));
  return true;
}

void PointEditor::clear(const std::shared_ptr<const PointSet>& start) {
  auto p = editable(start);
  p->X.resize(p->inputs, 0);
  p->y.resize(0);
  push(p, tr("Cleared the points"));
}

void PointEditor::replace(std::shared_ptr<const PointSet> points, const QString& what) {
  push(std::move(points), what);
}

void PointEditor::push(std::shared_ptr<const PointSet> after, const QString& what) {
  undo_->push(new SetPointsCommand(this, points_, std::move(after), what));
}

void PointEditor::set(std::shared_ptr<const PointSet> points, const QString& what) {
  points_ = std::move(points);
  emit pointsChanged(points_, what);
}

}  // namespace gs
