// What the window remembers between runs (QSettings, organisation and application "GradScope"):
// the last config (stored as the same JSON a config file holds), geometry and view choices.
#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>

#include "config.h"

namespace gs {

struct WindowSettings {
  static constexpr int kSettingsPointsMax = 5000;  // drawn points kept in the settings
  Config config;
  QByteArray geometry, state;  // QWidget::saveGeometry / QMainWindow::saveState
  double pace = 30;            // steps per second, 0 = as fast as possible (PaceBox)
  QString measure;             // gs::measureId
  bool barsLog = true;
  bool lossLog = false;

  // A missing or damaged entry keeps its default; a remembered config that no longer validates
  // is dropped as a whole.
  static WindowSettings load(QSettings& settings);
  void save(QSettings& settings) const;
};

}  // namespace gs
