#include "data_actions.h"

#include <QAction>
#include <QFileDialog>
#include <QMessageBox>
#include <QStatusBar>
#include <QUndoStack>

#include "data_csv.h"
#include "main_window.h"
#include "native_path.h"
#include "point_editor.h"
#include "prediction_view.h"
#include "run_model.h"
#include "trainer.h"

namespace gs {

DataActions::DataActions(MainWindow& window, PredictionView& view)
    : QObject(&window),
      window_(window),
      view_(view),
      editor_(new PointEditor(this)),
      open_(new QAction(tr("Open &data…"), this)),
      undo_(editor_->undoStack()->createUndoAction(this, tr("&Undo"))),
      redo_(editor_->undoStack()->createRedoAction(this, tr("&Redo"))),
      clear_(new QAction(tr("&Clear points"), this)) {
  open_->setObjectName("openDataAction");
  open_->setToolTip(
      tr("Train on your own points: a CSV file of x1,x2,label rows (labels 0 to 7) "
         "or x,y rows"));
  undo_->setShortcut(QKeySequence::Undo);
  redo_->setShortcut(QKeySequence::Redo);
  clear_->setObjectName("clearPointsAction");
  connect(open_, &QAction::triggered, this, &DataActions::openData);
  connect(clear_, &QAction::triggered, this, [this] { editor_->clear(startingPoints()); });
  connect(editor_, &PointEditor::pointsChanged, this, &DataActions::apply);
  PointInput* input = view_.pointInput();
  connect(input, &PointInput::addRequested, this, &DataActions::add);
  connect(input, &PointInput::removeRequested, this, &DataActions::remove);
}

void DataActions::openData() {
  const QString path = QFileDialog::getOpenFileName(&window_, tr("Open data"), QString(),
                                                    tr("Points as CSV (*.csv *.txt)"));
  if (path.isEmpty()) return;
  QString error;
  if (!openDataFrom(path, &error))
    QMessageBox::critical(&window_, tr("Cannot open data"),
                          tr("%1\n\nNothing was changed. A data file has rows x1,x2,label "
                             "(labels 0 to 7) or x,y, an optional header line, at most 100000 "
                             "rows and 8 MiB.")
                              .arg(error));
}

bool DataActions::openDataFrom(const QString& path, QString* error) {
  std::shared_ptr<const PointSet> points;
  try {
    points = std::make_shared<PointSet>(loadCsvPoints(nativeFromPath(path)));
  } catch (const std::exception& e) {
    if (error) *error = QString::fromStdString(e.what());
    return false;
  }
  if (!editor_->points()) builtIn_ = window_.config();  // for the undo that returns to it
  editor_->replace(points, tr("Opened %n points", "", points->size()));
  return true;
}

std::shared_ptr<const PointSet> DataActions::startingPoints() const {
  const Config c = window_.config();
  if (c.data) return c.data;
  const Dataset d = trainingData(c);  // the built-in set as the run has it (seeded)
  auto p = std::make_shared<PointSet>();
  p->inputs = d.inputs();
  p->X = d.X;
  p->y = d.y;
  return p;
}

void DataActions::add(double a, double b, int label) {
  if (!editor_->points()) builtIn_ = window_.config();
  editor_->add(a, b, label, startingPoints());
}

void DataActions::remove(double a, double b) {
  if (!editor_->points()) builtIn_ = window_.config();
  if (!editor_->removeNearest(a, b, startingPoints()))
    window_.statusBar()->showMessage(tr("There is no point to remove."), 5000);
}

void DataActions::apply(std::shared_ptr<const PointSet> points, const QString& what) {
  Config c = window_.config();
  const bool empty = points && points->size() == 0;
  for (QAction* a : {window_.parts().play, window_.parts().step}) a->setEnabled(!empty);
  if (empty) {  // nothing to train on: wait for the first point
    window_.run().pause();
    view_.clear();
    window_.statusBar()->showMessage(
        tr("%1. Click on the map to add points; training restarts with the first one.").arg(what));
    return;
  }
  if (!points) {
    c.dataset = builtIn_.dataset;
    c.classes = builtIn_.classes;
    c.loss = builtIn_.loss;
  }
  c.useData(points);
  if (!c.classification())
    c.loss = LossKind::Mse;
  else if (c.numClasses() > lossClassesMax(c.loss))
    c.loss = LossKind::SoftmaxCe;
  else if (c.loss == LossKind::Mse && points)
    c.loss = LossKind::BceLogits;
  window_.applyConfig(c);
  const QString state = window_.run().isRunning() ? tr("the run restarted from step 0")
                                                  : tr("step 0 with the new data; press Play");
  const QString data = points ? tr("%n points", "", points->size()) : tr("the built-in data set");
  window_.statusBar()->showMessage(tr("%1 — %2 on %3.").arg(what, state, data), 15000);
}

void DataActions::followRun(const Config& config) {
  // A reset that a newer one has overtaken (the window's first run, reset again by an edit before
  // the worker answered) says nothing about the points now.
  if (config.data != window_.config().data) return;
  // An edit's own reset brings back the editor's points; anything else (a config or lesson
  // opened, a data set chosen) starts the undo history again.
  editor_->follow(config.data);
  for (QAction* a : {window_.parts().play, window_.parts().step}) a->setEnabled(true);
  const bool map = config.inputs() == 2;
  view_.setPointInputMode(!config.classification() ? PointInput::Mode::Values
                          : map                    ? PointInput::Mode::Classes
                                                   : PointInput::Mode::Off);
}

}  // namespace gs
