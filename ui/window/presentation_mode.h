// Presentation mode (F11, View menu): for a class at the back of a room. Full screen, the settings
// hidden, fonts scaled to the screen's height, and the plot theme's presentation variant (large
// plot text, thick lines, the Okabe–Ito palette), which every view applies itself. On a screen
// too small for plots and teaching docks side by side (under kRoomyWidth), the plots get the
// whole window and E turns to the teaching docks as a page of their own (and back).
// View ▸ Theme (light, dark, high contrast; kept in the settings) combines with it: this class
// owns the current choice of both and sets the plot theme and the window's palette from them.
// Turning presentation mode off gives back the window exactly as it was (same pixels).
#pragma once

#include <QByteArray>
#include <QFont>
#include <QObject>
#include <QPointer>
#include <QRect>
#include <QVector>

#include "plot_theme.h"

class QAction;
class QActionGroup;
class QMenu;
class QStyle;
class QTabBar;
class QWidget;

namespace gs {

class MainWindow;

class PresentationMode : public QObject {
  Q_OBJECT

 public:
  // Window text in points = the screen's height in logical pixels / kHeightPerPoint (20 pt at
  // 1080, 13 pt at 720), within kMinPoints … kMaxPoints; plot text is kPlotFontShare of it.
  static constexpr double kHeightPerPoint = 54.0;
  static constexpr double kMinPoints = 11.0;
  static constexpr double kMaxPoints = 40.0;
  static constexpr double kPlotFontShare = 0.9;
  static constexpr double kTabFontShare = 0.7;  // dock tabs: the teacher's controls
  static constexpr int kIndicatorScale = 2;     // check boxes and radio buttons grow with the font
  static constexpr int kRoomyWidth = 1500;      // narrower: the teaching docks become a page (E)

  explicit PresentationMode(MainWindow& window);

  QAction* action() const { return action_; }  // F11
  QAction* drawerAction() const {
    return drawer_;
  }                                                // E: the teaching docks page, on a small screen
  QMenu* themeMenu() const { return themeMenu_; }  // View ▸ Theme
  bool isOn() const { return on_; }
  void setOn(bool on);
  ThemeColors colors() const { return colors_; }
  void setColors(ThemeColors colors);  // stores the choice in the settings
  // The window's text size in points for a screen of this logical height.
  static double fontPointsFor(int screenHeight);

 private:
  void buildThemeMenu();
  void enter();
  void leave();
  void applyTheme();
  void setTeachingDocksShown(bool shown);
  void enlargeTabBars(double points);
  void enlargeIndicators();

  MainWindow& window_;
  QAction* action_;
  QAction* drawer_;
  QMenu* themeMenu_;
  QActionGroup* themeGroup_;
  bool on_ = false;
  ThemeColors colors_ = ThemeColors::Light;
  double points_ = 0;  // window text in presentation mode
  // What leave() restores: the window's own state before presentation mode.
  Qt::WindowStates windowState_;
  QRect geometry_;
  QByteArray state_;
  QFont windowFont_;
  bool windowOwnFont_ = false;
  struct TabBarLook {
    QPointer<QTabBar> bar;
    Qt::TextElideMode elide;
    bool scrolls;
    bool ownFont;  // a font set on the bar itself (else it inherits the window's)
    QFont font;
  };
  QVector<TabBarLook> tabBars_;
  QStyle* indicatorStyle_ = nullptr;       // the application style with larger indicators
  QVector<QPointer<QWidget>> indicators_;  // check boxes and radio buttons given that style
};

}  // namespace gs
