// The user's points as the window edits them: clicks on the decision map add and remove points,
// Clear empties them, File → Open data… replaces them; every edit is one step of an undo stack
// (Ctrl+Z). The editor only holds the points; the window applies pointsChanged to the run.
#pragma once

#include <QObject>
#include <QString>
#include <memory>

#include "point_set.h"

class QUndoStack;

namespace gs {

class PointEditor : public QObject {
  Q_OBJECT

 public:
  explicit PointEditor(QObject* parent = nullptr);

  // The points now; null while the run uses a built-in data set.
  std::shared_ptr<const PointSet> points() const { return points_; }
  // Follows the run without an undo step (a config opened, a data set chosen): the points of
  // that config, or null.
  void follow(std::shared_ptr<const PointSet> points);

  // Edits, each one undoable. `start` is what the first edit of a built-in data set starts from
  // (its points as drawn); it is ignored once the editor holds points.
  void add(double a, double b, int label, const std::shared_ptr<const PointSet>& start);
  // The point nearest to (a, b); false (and no undo step) when there is none.
  bool removeNearest(double a, double b, const std::shared_ptr<const PointSet>& start);
  void clear(const std::shared_ptr<const PointSet>& start);
  void replace(std::shared_ptr<const PointSet> points, const QString& what);

  QUndoStack* undoStack() const { return undo_; }

 signals:
  // After every edit, undo and redo: the run should restart on these points (null: back to the
  // built-in data set). `what` says what changed, for the status bar.
  void pointsChanged(std::shared_ptr<const gs::PointSet> points, const QString& what);

 private:
  friend class SetPointsCommand;
  void set(std::shared_ptr<const PointSet> points, const QString& what);
  void push(std::shared_ptr<const PointSet> after, const QString& what);
  std::shared_ptr<PointSet> editable(const std::shared_ptr<const PointSet>& start) const;

  std::shared_ptr<const PointSet> points_;
  QUndoStack* undo_;
};

}  // namespace gs
