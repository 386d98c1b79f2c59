#include "presentation_mode.h"

#include <qcustomplot.h>

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDockWidget>
#include <QMenu>
#include <QProxyStyle>
#include <QRadioButton>
#include <QScreen>
#include <QStyleFactory>
#include <QTabBar>
#include <algorithm>
#include <cmath>

#include "main_window.h"

Q_DECLARE_METATYPE(QCPScatterStyle)

namespace gs {
namespace {

// Each styled object keeps its own original look in a dynamic property, so leaving the mode
// restores exactly what was there, whatever kind of plottable or item it is.
constexpr const char* kSaved = "gsPresentationSaved";

bool saveOnce(QObject* o, const QVariantList& values) {
  if (o->property(kSaved).isValid()) return false;
  o->setProperty(kSaved, values);
  return true;
}

QVariantList takeSaved(QObject* o) {
  const QVariantList values = o->property(kSaved).toList();
  o->setProperty(kSaved, QVariant());
  return values;
}

// The palette colour nearest in hue, so meanings survive (the "blue" run stays blue, the red
// derivative turns vermillion); greys and black are left alone. Alpha is kept.
QColor toPalette(const QColor& c) {
  if (c.alpha() == 0 || c.hsvSaturation() < 40 || c.hsvHue() < 0) return c;
  QColor best = c;
  int bestDistance = 1000;
  for (const QColor& p : presentationPalette()) {
    if (p.hsvSaturation() < 40) continue;
    const int d = std::abs(p.hsvHue() - c.hsvHue());
    const int distance = std::min(d, 360 - d);
    if (distance < bestDistance) {
      bestDistance = distance;
      best = p;
    }
  }
  best.setAlpha(c.alpha());
  return best;
}

QPen boldPen(QPen pen, double minWidth) {
  if (pen.style() == Qt::NoPen) return pen;
  pen.setColor(toPalette(pen.color()));
  pen.setWidthF(std::max(minWidth, pen.widthF() * 2));
  return pen;
}

QBrush paletteBrush(QBrush brush) {
  if (brush.style() != Qt::NoBrush && brush.gradient() == nullptr)
    brush.setColor(toPalette(brush.color()));
  return brush;
}

QFont bigFont(QFont font, int points) {
  font.setPointSize(std::max(points, font.pointSize()));
  return font;
}

QCPScatterStyle boldScatter(QCPScatterStyle s) {
  if (s.isNone()) return s;
  // A style without its own pen draws with the graph's (made bold already); setting its
  // undefined pen — Qt::NoPen — would make the markers vanish.
  if (s.isPenDefined()) s.setPen(boldPen(s.pen(), 1.5));
  s.setBrush(paletteBrush(s.brush()));
  s.setSize(s.size() * 1.6);
  return s;
}

void styleAxis(QCPAxis* a, int points, bool on) {
  if (on) {
    if (!saveOnce(a, {a->labelFont(), a->tickLabelFont(), a->basePen(), a->tickPen(),
                      a->subTickPen(), a->grid()->pen(), a->ticker()->tickCount()}))
      return;
    // Fewer, larger tick labels: at 18 pt five of them collide on a half-screen plot.
    a->ticker()->setTickCount(std::min(a->ticker()->tickCount(), 4));
    a->setLabelFont(bigFont(a->labelFont(), points));
    a->setTickLabelFont(bigFont(a->tickLabelFont(), points));
    for (auto [get, set] : {std::pair{&QCPAxis::basePen, &QCPAxis::setBasePen},
                            std::pair{&QCPAxis::tickPen, &QCPAxis::setTickPen},
                            std::pair{&QCPAxis::subTickPen, &QCPAxis::setSubTickPen}}) {
      QPen pen = (a->*get)();
      pen.setWidthF(2);
      pen.setColor(Qt::black);
      (a->*set)(pen);
    }
    QPen grid = a->grid()->pen();
    grid.setColor(QColor(150, 150, 150));
    a->grid()->setPen(grid);
    return;
  }
  const QVariantList v = takeSaved(a);
  if (v.size() != 7) return;
  a->ticker()->setTickCount(v[6].toInt());
  a->setLabelFont(v[0].value<QFont>());
  a->setTickLabelFont(v[1].value<QFont>());
  a->setBasePen(v[2].value<QPen>());
  a->setTickPen(v[3].value<QPen>());
  a->setSubTickPen(v[4].value<QPen>());
  a->grid()->setPen(v[5].value<QPen>());
}

void styleGraph(QCPGraph* g, bool on) {
  if (on) {
    if (!saveOnce(g, {g->pen(), g->brush(), QVariant::fromValue(g->scatterStyle())})) return;
    g->setPen(boldPen(g->pen(), PresentationMode::kMinLineWidth));
    g->setBrush(paletteBrush(g->brush()));
    g->setScatterStyle(boldScatter(g->scatterStyle()));
    return;
  }
  const QVariantList v = takeSaved(g);
  if (v.size() != 3) return;
  g->setPen(v[0].value<QPen>());
  g->setBrush(v[1].value<QBrush>());
  g->setScatterStyle(v[2].value<QCPScatterStyle>());
}

// Bars, curves and other plottables: pen and brush.
void stylePlottable(QCPAbstractPlottable* p, bool on) {
  if (auto* g = qobject_cast<QCPGraph*>(p)) return styleGraph(g, on);
  if (on) {
    if (!saveOnce(p, {p->pen(), p->brush()})) return;
    p->setPen(boldPen(p->pen(), 2.5));
    p->setBrush(paletteBrush(p->brush()));
    return;
  }
  const QVariantList v = takeSaved(p);
  if (v.size() != 2) return;
  p->setPen(v[0].value<QPen>());
  p->setBrush(v[1].value<QBrush>());
}

template <typename T>
void styleFont(T* o, int points, bool on) {
  if (on) {
    if (saveOnce(o, {o->font()})) o->setFont(bigFont(o->font(), points));
    return;
  }
  const QVariantList v = takeSaved(o);
  if (v.size() == 1) o->setFont(v[0].value<QFont>());
}

void styleItem(QCPAbstractItem* item, int points, bool on) {
  if (auto* text = qobject_cast<QCPItemText*>(item)) return styleFont(text, points, on);
  if (auto* line = qobject_cast<QCPItemStraightLine*>(item)) {
    if (on) {
      if (saveOnce(line, {line->pen()})) line->setPen(boldPen(line->pen(), 3));
    } else if (const QVariantList v = takeSaved(line); v.size() == 1) {
      line->setPen(v[0].value<QPen>());
    }
  }
}

void styleLegend(QCPLegend* legend, int points, bool on) {
  styleFont(legend, points, on);
  constexpr const char* kIcon = "gsPresentationIconSize";
  if (on && !legend->property(kIcon).isValid()) {
    legend->setProperty(kIcon, legend->iconSize());
    legend->setIconSize(legend->iconSize() * 1.6);
  } else if (!on && legend->property(kIcon).isValid()) {
    legend->setIconSize(legend->property(kIcon).toSize());
    legend->setProperty(kIcon, QVariant());
  }
  for (int i = 0; i < legend->itemCount(); ++i)  // a legend wrapped into rows has empty cells
    if (QCPAbstractLegendItem* item = legend->item(i)) styleFont(item, points, on);
}

// The application's style with check-box and radio-button indicators
// PresentationMode::kIndicatorScale times as large: at 20 pt the usual 13-pixel box is lost next to
// its label. (A style sheet would do it too, but it takes over the widgets' fonts.)
class BigIndicatorStyle : public QProxyStyle {
 public:
  BigIndicatorStyle() : QProxyStyle(QStyleFactory::create(QApplication::style()->name())) {}

  int pixelMetric(PixelMetric metric, const QStyleOption* option,
                  const QWidget* widget) const override {
    const int value = QProxyStyle::pixelMetric(metric, option, widget);
    switch (metric) {
      case PM_IndicatorWidth:
      case PM_IndicatorHeight:
      case PM_ExclusiveIndicatorWidth:
      case PM_ExclusiveIndicatorHeight:
        return value * PresentationMode::kIndicatorScale;
      default:
        return value;
    }
  }
};

void applyToPlot(QCustomPlot* plot, bool on) {
  const int points = PresentationMode::kPlotFontPoints;
  for (QCPAxis* axis : plot->findChildren<QCPAxis*>()) styleAxis(axis, points, on);
  for (int i = 0; i < plot->plottableCount(); ++i) stylePlottable(plot->plottable(i), on);
  for (int i = 0; i < plot->itemCount(); ++i) styleItem(plot->item(i), points, on);
  for (QCPTextElement* title : plot->findChildren<QCPTextElement*>())
    styleFont(title, points + 2, on);
  for (QCPLegend* legend : plot->findChildren<QCPLegend*>()) styleLegend(legend, points, on);
  plot->replot(QCustomPlot::rpQueuedReplot);
}

}  // namespace

QVector<QColor> presentationPalette() {
  return {QColor(0x00, 0x72, 0xB2),   // blue
          QColor(0xD5, 0x5E, 0x00),   // vermillion
          QColor(0x00, 0x9E, 0x73),   // bluish green
          QColor(0xCC, 0x79, 0xA7),   // reddish purple
          QColor(0xE6, 0x9F, 0x00),   // orange
          QColor(0x56, 0xB4, 0xE9),   // sky blue
          QColor(0x00, 0x00, 0x00)};  // black
}

PresentationMode::PresentationMode(MainWindow& window)
    : QObject(&window), window_(window), action_(new QAction(tr("&Presentation mode"), this)) {
  setObjectName("presentationMode");
  action_->setObjectName("presentationAction");
  action_->setCheckable(true);
  action_->setShortcut(Qt::Key_F11);
  action_->setShortcutContext(Qt::ApplicationShortcut);
  action_->setToolTip(
      tr("Large fonts, thick lines, colour-blind-safe colours, settings hidden, "
         "full screen (F11)."));
  connect(action_, &QAction::toggled, this, &PresentationMode::setOn);
}

void PresentationMode::setOn(bool on) {
  if (on == on_) return;
  on_ = on;
  action_->setChecked(on);
  on ? enter() : leave();
}

void PresentationMode::enter() {
  // The window's state holds every dock's visibility and size; leave() puts it all back.
  geometry_ = window_.saveGeometry();
  state_ = window_.saveState();
  windowState_ = window_.windowState();
  windowFont_ = window_.font();
  if (QDockWidget* settings = window_.findChild<QDockWidget*>("settingsDock")) settings->hide();
  QFont font = window_.font();
  font.setPointSize(kFontPoints);
  window_.setFont(font);
  styled_.clear();
  for (QCustomPlot* plot : window_.findChildren<QCustomPlot*>()) {
    applyToPlot(plot, true);
    styled_.push_back(plot);
  }
  window_.setWindowState(windowState_ | Qt::WindowFullScreen);
  // Without a window manager the full-screen request is not honoured; ask for the screen itself.
  if (QScreen* screen = window_.screen()) window_.setGeometry(screen->geometry());
  // Whole tab titles on the tabbed docks ("Walk-through", not "Walk-th…"), in a font between the
  // normal and the presentation size so that the tab row fits the dock column.
  tabBars_.clear();
  for (QTabBar* bar : window_.findChildren<QTabBar*>(QString(), Qt::FindDirectChildrenOnly)) {
    tabBars_.push_back({bar, bar->elideMode(), bar->usesScrollButtons(),
                        bar->testAttribute(Qt::WA_SetFont), bar->font()});
    QFont tabFont = bar->font();
    tabFont.setPointSize(std::max(kTabFontPoints, windowFont_.pointSize()));
    bar->setFont(tabFont);
    bar->setElideMode(Qt::ElideNone);
    bar->setUsesScrollButtons(false);
  }
  if (indicatorStyle_ == nullptr) {
    indicatorStyle_ = new BigIndicatorStyle;
    indicatorStyle_->setParent(this);
  }
  indicators_.clear();
  QList<QWidget*> boxes;
  for (QCheckBox* box : window_.findChildren<QCheckBox*>()) boxes << box;
  for (QRadioButton* radio : window_.findChildren<QRadioButton*>()) boxes << radio;
  for (QWidget* box : boxes) {
    if (box->style() != QApplication::style()) continue;  // a style of its own: left as it is
    box->setStyle(indicatorStyle_);
    indicators_.push_back(box);
  }
  // The plots get most of the width; the teaching docks on the right keep a readable column.
  QList<QDockWidget*> right;
  for (QDockWidget* dock : window_.findChildren<QDockWidget*>())
    if (dock->isVisible() && window_.dockWidgetArea(dock) == Qt::RightDockWidgetArea) right << dock;
  if (!right.isEmpty())
    window_.resizeDocks(right, QList<int>(right.size(), window_.width() * 3 / 10), Qt::Horizontal);
}

void PresentationMode::leave() {
  for (const QPointer<QCustomPlot>& plot : styled_)
    if (plot) applyToPlot(plot, false);
  styled_.clear();
  for (const TabBarLook& look : tabBars_)
    if (look.bar) {
      look.bar->setElideMode(look.elide);
      look.bar->setUsesScrollButtons(look.scrolls);
      look.bar->setFont(look.ownFont ? look.font : QFont());  // QFont(): inherit again
    }
  tabBars_.clear();
  for (const QPointer<QWidget>& box : indicators_)
    if (box) box->setStyle(nullptr);  // the application's style again
  indicators_.clear();
  window_.setFont(windowFont_);
  window_.setWindowState(windowState_);
  window_.restoreGeometry(geometry_);
  window_.restoreState(state_);
}

PresentationMode* installPresentationMode(MainWindow& window) {
  auto* mode = new PresentationMode(window);
  if (QMenu* view = window.viewMenu()) {
    view->addSeparator();
    view->addAction(mode->action());
  }
  window.addAction(mode->action());  // F11 works with the menu bar hidden, too
  return mode;
}

}  // namespace gs
