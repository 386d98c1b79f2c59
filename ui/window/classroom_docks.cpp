#include "classroom_docks.h"

#include <QComboBox>
#include <QDockWidget>
#include <QHBoxLayout>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QVBoxLayout>

#include "explanation_panel.h"
#include "gradient_heatmap_view.h"
#include "kind_names.h"
#include "pre_activation_view.h"
#include "walkthrough_panel.h"

namespace gs {

ClassroomDocks::ClassroomDocks(QMainWindow* window, QMenu* viewMenu)
    : QObject(window), window_(window) {
  explanation_ = new ExplanationPanel;
  walkthrough_ = new WalkthroughPanel;
  preActivation_ = new PreActivationView;
  explanationDock_ = addDock(tr("Explanation"), "explanationDock", explanation_);
  walkthroughDock_ = addDock(tr("Walk-through"), "walkthroughDock", walkthrough_);
  heatmapDock_ = addDock(tr("Heatmap"), "heatmapDock", buildHeatmap());
  preActivationDock_ = addDock(tr("Pre-activations"), "preActivationDock", preActivation_);
  window->tabifyDockWidget(explanationDock_, walkthroughDock_);
  window->tabifyDockWidget(walkthroughDock_, heatmapDock_);
  window->tabifyDockWidget(heatmapDock_, preActivationDock_);
  explanationDock_->raise();
  viewMenu->addSeparator();
  for (QDockWidget* d : {explanationDock_, walkthroughDock_, heatmapDock_, preActivationDock_})
    viewMenu->addAction(d->toggleViewAction());

  connect(walkthrough_, &WalkthroughPanel::layerSelected, this, &ClassroomDocks::layerHighlighted);
  connect(walkthrough_, &WalkthroughPanel::sampleRequested, this,
          &ClassroomDocks::walkSampleRequested);
  // A tab behind another is not visible either: the walk costs nothing then, and no bar stays
  // highlighted for a panel nobody sees.
  connect(walkthroughDock_, &QDockWidget::visibilityChanged, this, [this](bool visible) {
    walkVisible_ = visible;
    emit walkWanted(visible);
    emit layerHighlighted(visible ? walkthrough_->currentLayer() : -1);
  });
}

QDockWidget* ClassroomDocks::addDock(const QString& title, const QString& name, QWidget* content) {
  auto* dock = new QDockWidget(title, window_);
  dock->setObjectName(name);
  dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable |
                    QDockWidget::DockWidgetFloatable);
  content->setMinimumWidth(280);
  dock->setWidget(content);
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
  for (QDockWidget* d : {explanationDock_, walkthroughDock_, heatmapDock_, preActivationDock_}) {
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

void ClassroomDocks::walkArrived(const WalkPayload& walk) {
  pendingWalk_ = walk;
  haveWalk_ = true;
}

void ClassroomDocks::historyArrived(const GradientHistory& history) {
  pendingHistory_ = history;
  haveHistory_ = true;
}

void ClassroomDocks::showFrame(const Snapshot* shown) {
  if (haveWalk_) {
    const int before = walkthrough_->currentLayer();
    walkthrough_->setWalk(pendingWalk_.walk);
    walkStep_ = pendingWalk_.step;
    haveWalk_ = false;
    if (walkVisible_ && walkthrough_->currentLayer() != before)
      emit layerHighlighted(walkthrough_->currentLayer());
  }
  if (haveHistory_) {
    heatmap_->setHistory(pendingHistory_);
    haveHistory_ = false;
  }
  if (shown && !shown->layers.empty()) preActivation_->setSnapshot(*shown, alpha_);
}

void ClassroomDocks::clearRun(const Config& config) {
  alpha_ = config.alpha;
  haveWalk_ = haveHistory_ = false;
  walkStep_ = -1;
  walkthrough_->setWalk(ChainWalk());
  heatmap_->setHistory(GradientHistory());
  preActivation_->setSnapshot(Snapshot(), alpha_);
  emit layerHighlighted(-1);
}

}  // namespace gs
