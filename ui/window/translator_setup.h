// Which language the window speaks, and loading its translation (gradscope_<lang>.qm, compiled
// from resources/translations/*.ts by the build). The system locale decides unless the Language
// menu stored a choice in QSettings (key "language": "en", "vi"; empty = follow the system).
#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

class QCoreApplication;
class QTranslator;

namespace gs {

constexpr const char* kLanguageKey = "language";

struct UiLanguage {
  QString code;        // "en", "vi"
  QString nativeName;  // "English", "Tiếng Việt": shown in its own language, untranslated
};
// The languages with a translation, English first.
QList<UiLanguage> uiLanguages();

QString storedLanguage();                 // "" = follow the system
void storeLanguage(const QString& code);  // "" = follow the system
// The stored choice when there is one, else the system locale's language when it has a
// translation, else "en". Lessons use it to pick their Vietnamese text.
QString uiLanguage();

// Folders searched for gradscope_<lang>.qm: the installed data folder (core/data_paths.h), then
// the build tree's translations folder.
QStringList translationSearchDirs();
// Loads gradscope_<language>.qm from the first folder that has it; false when none does.
bool loadTranslation(QTranslator& translator, const QString& language);

// Installs the translations for uiLanguage() (GradScope's, with the Qt strings it shows, and
// Qt's own qtbase_<lang>.qm when the system has one) into app as one LiveTranslator. Call after the
// organisation/application names are set and before building windows. Returns the language used.
QString installTranslations(QCoreApplication& app);

}  // namespace gs
