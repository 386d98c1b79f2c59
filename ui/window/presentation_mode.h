// Presentation mode (F11, View menu): for a class at the back of a room. Full screen, large fonts,
// thick lines, a high-contrast colour-blind-safe palette (Okabe–Ito) on every plot of the window,
// the settings dock hidden. Turning it off restores every font, pen, brush and the window state
// exactly as they were.
#pragma once

#include <QByteArray>
#include <QColor>
#include <QFont>
#include <QObject>
#include <QPointer>
#include <QVector>

class QAction;
class QCustomPlot;
class QStyle;
class QWidget;
class QDockWidget;
class QTabBar;

namespace gs {

class MainWindow;

// Okabe & Ito (2008), "Color Universal Design": distinguishable with every common colour-vision
// deficiency; the yellow is left out because it vanishes on white under a projector.
QVector<QColor> presentationPalette();

class PresentationMode : public QObject {
  Q_OBJECT

 public:
  static constexpr int kFontPoints = 20;        // widgets: readable from ~10 m at 1080p
  static constexpr int kPlotFontPoints = 18;    // axis labels, tick labels, legends
  static constexpr double kMinLineWidth = 4.0;  // pen width of curves and outlines
  static constexpr int kTabFontPoints = 13;     // dock tabs: the teacher's controls, not the slides
  static constexpr int kIndicatorScale = 2;     // check boxes and radio buttons grow with the font

  explicit PresentationMode(MainWindow& window);

  QAction* action() const { return action_; }
  bool isOn() const { return on_; }
  void setOn(bool on);

 private:
  void enter();
  void leave();
  void stylePlot(QCustomPlot* plot);

  MainWindow& window_;
  QAction* action_;
  bool on_ = false;
  // What leave() restores.
  Qt::WindowStates windowState_;
  QByteArray geometry_, state_;
  QFont windowFont_;
  QVector<QPointer<QCustomPlot>> styled_;
  struct TabBarLook {
    QPointer<QTabBar> bar;
    Qt::TextElideMode elide;
    bool scrolls;
    bool ownFont;  // a font set on the bar itself (else it inherits the window's)
    QFont font;
  };
  QVector<TabBarLook> tabBars_;            // dock tabs: whole titles in a smaller font
  QStyle* indicatorStyle_ = nullptr;       // the application style with larger indicators
  QVector<QPointer<QWidget>> indicators_;  // check boxes and radio buttons given that style
};

// Creates the mode and its checkable View-menu entry (F11).
PresentationMode* installPresentationMode(MainWindow& window);

}  // namespace gs
