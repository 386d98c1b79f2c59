#include "window_settings.h"

#include "config_json.h"

namespace gs {

WindowSettings WindowSettings::load(QSettings& s) {
  WindowSettings w;
  const QString json = s.value("config").toString();
  if (!json.isEmpty()) {
    try {
      w.config = configFromJson(nlohmann::json::parse(json.toStdString()));
    } catch (const std::exception&) {
      w.config = Config();  // written by another version, or edited by hand: start fresh
    }
  }
  w.geometry = s.value("window/geometry").toByteArray();
  w.state = s.value("window/state").toByteArray();
  w.pace = s.value("view/pace", w.pace).toDouble();
  w.measure = s.value("view/measure").toString();
  w.barsLog = s.value("view/barsLog", true).toBool();
  w.lossLog = s.value("view/lossLog", false).toBool();
  return w;
}

void WindowSettings::save(QSettings& s) const {
  // The settings keep a CSV's path, or up to kSettingsPointsMax drawn points; more start the next
  // session on the built-in data set instead of a settings file of megabytes.
  Config kept = config;
  if (kept.data && kept.data->csvPath.empty() && kept.data->size() > kSettingsPointsMax) {
    kept.useData(nullptr);
    if (!validate(kept).empty()) kept = Config();  // K classes the built-in set cannot make
  }
  s.setValue("config", QString::fromStdString(configToJson(kept).dump()));
  s.setValue("window/geometry", geometry);
  s.setValue("window/state", state);
  s.setValue("view/pace", pace);
  s.setValue("view/measure", measure);
  s.setValue("view/barsLog", barsLog);
  s.setValue("view/lossLog", lossLog);
}

}  // namespace gs
