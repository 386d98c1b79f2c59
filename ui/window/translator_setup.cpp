#include "translator_setup.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

#include "data_paths.h"
#include "live_translator.h"

// Baked in by ui/CMakeLists.txt: where the build writes the .qm files.
#ifndef GRADSCOPE_UI_TRANSLATIONS_DIR
#define GRADSCOPE_UI_TRANSLATIONS_DIR ""
#endif

namespace gs {

QList<UiLanguage> uiLanguages() {
  return {{QStringLiteral("en"), QStringLiteral("English")},
          {QStringLiteral("vi"), QStringLiteral("Tiếng Việt")}};
}

QString storedLanguage() { return QSettings().value(kLanguageKey).toString(); }

void storeLanguage(const QString& code) {
  QSettings settings;
  if (code.isEmpty())
    settings.remove(kLanguageKey);
  else
    settings.setValue(kLanguageKey, code);
}

QString uiLanguage() {
  const QString stored = storedLanguage();
  const QString system = QLocale::system().name().section('_', 0, 0);
  for (const QString& wanted : {stored, system})
    for (const UiLanguage& l : uiLanguages())
      if (l.code == wanted) return wanted;
  return QStringLiteral("en");
}

QStringList translationSearchDirs() {
  QStringList dirs;
  const QString data = QString::fromStdString(translationsDir());
  if (!data.isEmpty()) dirs << data;
  // Installed next to the executable even when the data folder is overridden.
  dirs << QDir(QCoreApplication::applicationDirPath())
              .filePath(QStringLiteral("../share/gradscope/translations"));
  if (*GRADSCOPE_UI_TRANSLATIONS_DIR) dirs << QStringLiteral(GRADSCOPE_UI_TRANSLATIONS_DIR);
  dirs.removeDuplicates();
  return dirs;
}

bool loadTranslation(QTranslator& translator, const QString& language) {
  const QString file = QStringLiteral("gradscope_") + language;
  for (const QString& dir : translationSearchDirs())
    if (QFileInfo::exists(QDir(dir).filePath(file + QStringLiteral(".qm"))) &&
        translator.load(file, dir))
      return true;
  return false;
}

QString installTranslations(QCoreApplication& app) {
  const QString language = uiLanguage();
  LiveTranslator::install(app, language);
  return language;
}

}  // namespace gs
