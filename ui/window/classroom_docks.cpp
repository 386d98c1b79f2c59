#include "classroom_docks.h"

#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QHBoxLayout>
#include <QLabel>
#include <QMainWindow>
#include <QScrollArea>
#include <QVBoxLayout>

#include "diagnostics_docks.h"
#include "dock_view_action.h"
#include "explanation_panel.h"
#include "gradient_heatmap_view.h"
#include "kind_names.h"
#include "network_diagram_view.h"
#include "pre_activation_view.h"
#include "run_model.h"
#include "walkthrough_panel.h"

namespace gs {

ClassroomDocks::ClassroomDocks(QMainWindow* window, RunModel& run)
    : QObject(window), window_(window), run_(run) {
  explanation_ = new ExplanationPanel;
  walkthrough_ = new WalkthroughPanel;
  preActivation_ = new PreActivationView;
  explanationDock_ = addDock(tr("Explanation"), "explanationDock", explanation_);
  walkthroughDock_ = addDock(tr("Walk-through"), "walkthroughDock", walkthrough_);
  heatmapDock_ = addDock(tr("Heatmap"), "heatmapDock", buildHeatmap());
  preActivationDock_ = addDock(tr("Pre-activations"), "preActivationDock", preActivation_);
  network_ = new NetworkDiagramView;
  networkDock_ = addDock(tr("Network"), "networkDock", network_);
  window->tabifyDockWidget(explanationDock_, walkthroughDock_);
  window->tabifyDockWidget(walkthroughDock_, heatmapDock_);
  window->tabifyDockWidget(heatmapDock_, preActivationDock_);
  window->tabifyDockWidget(preActivationDock_, networkDock_);
  diagnostics_ = new DiagnosticsDocks(window);
  QDockWidget* previous = networkDock_;
  for (QDockWidget* d : diagnostics_->docks()) {
    window->tabifyDockWidget(previous, d);
    previous = d;
    // Closed until View opens them: eight tabs in one row left the plots too narrow for their
    // titles in presentation mode at 1920×1080.
    d->hide();
  }
  explanationDock_->raise();
  // A panel opened from View comes to the front of its tabs: a lecturer who asks for it wants to
  // see it, not a new tab behind the explanation.
  for (QDockWidget* d : docks()) bringToFrontOnView(d);

  connect(walkthrough_, &WalkthroughPanel::layerSelected, this, &ClassroomDocks::layerHighlighted);
  connect(walkthrough_, &WalkthroughPanel::sampleRequested, &run, &RunModel::setWalkSample);
  connect(&run, &RunModel::frameReady, this, &ClassroomDocks::showFrame);
  connect(&run, &RunModel::runReset, this, &ClassroomDocks::clearRun);
  // A tab behind another is not visible either: the walk costs nothing then, and no bar stays
  // highlighted for a panel nobody sees.
  connect(walkthroughDock_, &QDockWidget::visibilityChanged, this, [this](bool visible) {
    walkVisible_ = visible;
    run_.setWalkEnabled(visible);
    emit layerHighlighted(visible ? walkthrough_->currentLayer() : -1);
  });
}

QList<QAction*> ClassroomDocks::toggleActions() const {
  QList<QAction*> actions;
  for (QDockWidget* d : docks()) actions << d->toggleViewAction();
  return actions;
}

QList<QDockWidget*> ClassroomDocks::docks() const {
  return QList<QDockWidget*>{explanationDock_, walkthroughDock_, heatmapDock_, preActivationDock_,
                             networkDock_} +
         diagnostics_->docks();
}

QDockWidget* ClassroomDocks::addDock(const QString& title, const QString& name, QWidget* content) {
  auto* dock = new QDockWidget(title, window_);
  dock->setObjectName(name);
  dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable |
                    QDockWidget::DockWidgetFloatable);
  content->setMinimumWidth(280);
  // Scrolled rather than forcing the window taller than the screen: at presentation sizes the
  // walk-through's buttons and the two pre-activation plots need more height than 1080 lines
  // leave, and the status bar went off the bottom of the screen.
  auto* scroll = new QScrollArea(dock);
  scroll->setWidget(content);
  scroll->setWidgetResizable(true);
  scroll->setFrameShape(QFrame::NoFrame);
  dock->setWidget(scroll);
  window_->addDockWidget(Qt::RightDockWidgetArea, dock);
  return dock;
}

QWidget* ClassroomDocks::buildHeatmap() {
  auto* box = new QWidget;
  measureBox_ = new QComboBox(box);
  measureBox_->setObjectName("heatmapMeasure");
  for (Measure m : allMeasures())
    measureBox_->addItem(measureName(m), QString::fromStdString(measureId(m)));
  measureBox_->setToolTip(tr("Which per-layer figure the colour shows"));
  heatmap_ = new GradientHeatmapView(box);
  auto* top = new QHBoxLayout;
  top->addWidget(new QLabel(tr("Colour:"), box));
  top->addWidget(measureBox_, 1);
  auto* layout = new QVBoxLayout(box);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addLayout(top);
  layout->addWidget(heatmap_, 1);
  connect(measureBox_, &QComboBox::currentIndexChanged, this, [this](int i) {
    if (auto m = measureFromId(measureBox_->itemData(i).toString().toStdString()))
      heatmap_->setMeasure(*m);
  });
  return box;
}

void ClassroomDocks::tabifyWith(QDockWidget* dock) {
  QDockWidget* previous = dock;
  for (QDockWidget* d : docks()) {
    window_->tabifyDockWidget(previous, d);
    previous = d;
  }
  dock->raise();
}

void ClassroomDocks::setLesson(const Lesson& lesson) {
  lesson_ = lesson;
  hasLesson_ = true;
  explanation_->setLesson(lesson, language_);
  preActivation_->followLastHiddenLayer();  // where the lessons say to look
  explanationDock_->show();
  explanationDock_->raise();
}

void ClassroomDocks::clearLesson() {
  hasLesson_ = false;
  explanation_->clear();
}

void ClassroomDocks::setLanguage(const QString& language) {
  language_ = language;
  explanation_->setLanguage(language);
}

void ClassroomDocks::showFrame(const RunFrame& frame) {
  if (frame.walk) {
    const int before = walkthrough_->currentLayer();
    walkthrough_->setWalk(run_.walk().walk);
    walkStep_ = run_.walk().step;
    if (walkVisible_ && walkthrough_->currentLayer() != before)
      emit layerHighlighted(walkthrough_->currentLayer());
  }
  if (frame.history) {
    heatmap_->setHistory(run_.history());
    diagnostics_->showHistory(run_.history());
  }
  if (frame.snapshot && !run_.snapshot().layers.empty()) {
    preActivation_->setSnapshot(run_.snapshot(), alpha_);
    diagnostics_->showSnapshot(run_.snapshot());
    network_->setSnapshot(run_.snapshot());
  }
}

void ClassroomDocks::clearRun(const Config& config) {
  alpha_ = config.alpha;
  walkStep_ = -1;
  walkthrough_->setWalk(ChainWalk());
  heatmap_->setHistory(GradientHistory());
  preActivation_->setSnapshot(Snapshot(), alpha_);
  diagnostics_->clear();
  network_->clear();
  emit layerHighlighted(-1);
}

}  // namespace gs
