#include "presentation_mode.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCheckBox>
#include <QDockWidget>
#include <QMenu>
#include <QProxyStyle>
#include <QRadioButton>
#include <QScreen>
#include <QSettings>
#include <QStyleFactory>
#include <QTabBar>
#include <algorithm>

#include "classroom_docks.h"
#include "main_window.h"
#include "theme_palette.h"

namespace gs {
namespace {

constexpr const char* kThemeKey = "theme";

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

// The window's colours for a theme; the application's own palette for Light.
QPalette windowPalette(ThemeColors colors) {
  static const QPalette original = QApplication::palette();
  return themePalette(colors, original);
}

}  // namespace

PresentationMode::PresentationMode(MainWindow& window)
    : QObject(&window),
      window_(window),
      action_(new QAction(tr("&Presentation mode"), this)),
      drawer_(new QAction(tr("&Teaching panels"), this)),
      themeMenu_(new QMenu(tr("&Theme"), &window)),
      themeGroup_(new QActionGroup(this)) {
  action_->setCheckable(true);
  action_->setShortcut(Qt::Key_F11);
  action_->setShortcutContext(Qt::ApplicationShortcut);
  action_->setToolTip(
      tr("Large fonts, thick lines, colour-blind-safe colours, settings hidden, "
         "full screen (F11)."));
  connect(action_, &QAction::toggled, this, &PresentationMode::setOn);
  drawer_->setCheckable(true);
  drawer_->setShortcut(Qt::Key_E);
  drawer_->setEnabled(false);
  drawer_->setToolTip(
      tr("In presentation mode on a small screen: show or hide the explanation and the other "
         "teaching panels (E)."));
  connect(drawer_, &QAction::toggled, this, &PresentationMode::setTeachingDocksShown);
  colors_ = themeColorsFromId(QSettings().value(kThemeKey).toString());
  buildThemeMenu();
  applyTheme();
}

void PresentationMode::buildThemeMenu() {
  const std::pair<ThemeColors, QString> choices[] = {
      {ThemeColors::Light, tr("&Light")},
      {ThemeColors::Dark, tr("&Dark")},
      {ThemeColors::HighContrast, tr("&High contrast")}};
  for (const auto& [colors, label] : choices) {
    QAction* a = themeMenu_->addAction(label);
    a->setCheckable(true);
    a->setChecked(colors == colors_);
    themeGroup_->addAction(a);
    const ThemeColors c = colors;
    connect(a, &QAction::triggered, this, [this, c] { setColors(c); });
  }
}

double PresentationMode::fontPointsFor(int screenHeight) {
  return std::clamp(screenHeight / kHeightPerPoint, kMinPoints, kMaxPoints);
}

void PresentationMode::setColors(ThemeColors colors, bool remember) {
  if (remember) QSettings().setValue(kThemeKey, themeColorsId(colors));
  const QList<QAction*> actions = themeMenu_->actions();
  actions.value(int(colors))->setChecked(true);
  if (colors == colors_) return;
  colors_ = colors;
  applyTheme();
}

void PresentationMode::applyTheme() {
  QApplication::setPalette(windowPalette(colors_));
  PlotThemes::instance().set(PlotTheme::make(colors_, on_, on_ ? points_ * kPlotFontShare : 0.0));
}

void PresentationMode::setOn(bool on) {
  if (on == on_) return;
  on_ = on;
  action_->setChecked(on);
  on ? enter() : leave();
}

void PresentationMode::enter() {
  // The window's state holds every dock's visibility and size; leave() puts it all back.
  geometry_ = window_.geometry();
  state_ = window_.saveState();
  windowState_ = window_.windowState();
  windowOwnFont_ = window_.testAttribute(Qt::WA_SetFont);
  windowFont_ = window_.font();
  const QRect screen = window_.screen() ? window_.screen()->geometry() : window_.geometry();
  points_ = fontPointsFor(screen.height());
  window_.parts().settingsDock->hide();
  window_.setWindowState(windowState_ | Qt::WindowFullScreen);
  // Without a window manager the full-screen request is not honoured; ask for the screen itself.
  window_.setGeometry(screen);
  QFont font = window_.font();
  font.setPointSizeF(points_);
  window_.setFont(font);
  enlargeTabBars(std::max(windowFont_.pointSizeF(), points_ * kTabFontShare));
  enlargeIndicators();
  applyTheme();
  const bool small = screen.width() < kRoomyWidth;
  drawer_->setEnabled(small);
  if (small) {
    const QSignalBlocker block(drawer_);
    drawer_->setChecked(false);
  }
  setTeachingDocksShown(!small);
}

void PresentationMode::leave() {
  window_.centralWidget()->show();
  drawer_->setEnabled(false);
  {
    const QSignalBlocker block(drawer_);
    drawer_->setChecked(false);
  }
  applyTheme();
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
  window_.setFont(windowOwnFont_ ? windowFont_ : QFont());
  window_.setWindowState(windowState_);
  // setGeometry, not restoreGeometry: that one would move a window larger than the screen.
  if (!(windowState_ & (Qt::WindowMaximized | Qt::WindowFullScreen)))
    window_.setGeometry(geometry_);
  window_.restoreState(state_);
}

// Whole tab titles on the tabbed docks ("Walk-through", not "Walk-th…"), in a font between the
// normal and the presentation size so that the tab row fits the dock column.
void PresentationMode::enlargeTabBars(double points) {
  tabBars_.clear();
  for (QTabBar* bar : window_.findChildren<QTabBar*>(QString(), Qt::FindDirectChildrenOnly)) {
    tabBars_.push_back({bar, bar->elideMode(), bar->usesScrollButtons(),
                        bar->testAttribute(Qt::WA_SetFont), bar->font()});
    QFont tabFont = bar->font();
    tabFont.setPointSizeF(points);
    bar->setFont(tabFont);
    bar->setElideMode(Qt::ElideNone);
    bar->setUsesScrollButtons(false);
  }
}

void PresentationMode::enlargeIndicators() {
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
}

// The teaching docks beside the plots (a roomy screen), or as a page of their own that E turns to
// and back from.
void PresentationMode::setTeachingDocksShown(bool shown) {
  if (!on_) return;
  const bool drawer = drawer_->isEnabled();
  // A small screen has no room for both: the teaching panels are a page of their own.
  if (drawer) window_.centralWidget()->setVisible(!shown);
  QList<QDockWidget*> docked;
  for (QDockWidget* dock : window_.parts().classroom->docks()) {
    if (dock->isFloating()) continue;
    if (drawer) dock->setVisible(shown);  // a roomy screen keeps what the teacher had open
    if (dock->isVisible()) docked << dock;
  }
  if (!shown || docked.isEmpty()) return;
  if (drawer) window_.parts().classroom->explanationDock()->raise();
  // The plots get most of the width; the teaching docks keep a readable column, a third: the
  // walk-through's product at 20 pt needs about 600 px (a drawer: all of it).
  const int width = drawer ? window_.width() : window_.width() / 3;
  window_.resizeDocks(docked, QList<int>(docked.size(), width), Qt::Horizontal);
}

}  // namespace gs
