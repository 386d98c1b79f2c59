#include "settings_guard.h"

#include <sys/stat.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QStringList>
#include <cstdio>

namespace gs {
namespace {

// Where QSettings (IniFormat / NativeFormat on Unix) looks: <folder>/<Org>/<App>.conf and
// <folder>/<Org>.conf, for the user's config folder and every system one.
QStringList candidateFiles() {
  QStringList folders = {QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)};
  const QString system = qEnvironmentVariable("XDG_CONFIG_DIRS", QStringLiteral("/etc/xdg"));
  for (const QString& f : system.split(QLatin1Char(':'), Qt::SkipEmptyParts)) folders << f;
  const QString org = QCoreApplication::organizationName();
  const QString app = QCoreApplication::applicationName();
  QStringList files;
  for (const QString& folder : folders)
    files << QDir(folder).filePath(org + QLatin1Char('/') + app + QStringLiteral(".conf"))
          << QDir(folder).filePath(org + QStringLiteral(".conf"));
  return files;
}

}  // namespace

QString nonRegularSettingsFile() {
  for (const QString& file : candidateFiles()) {
    struct stat st {};
    if (::stat(QFile::encodeName(file).constData(), &st) == 0 && !S_ISREG(st.st_mode)) return file;
  }
  return {};
}

void avoidNonRegularSettingsFile() {
  const QString bad = nonRegularSettingsFile();
  if (bad.isEmpty()) return;
  // A folder under a character device can never be created, not even by root.
  const QString nowhere = QStringLiteral("/dev/null/gradscope-settings-unused");
  for (QSettings::Format f : {QSettings::NativeFormat, QSettings::IniFormat})
    for (QSettings::Scope s : {QSettings::UserScope, QSettings::SystemScope})
      QSettings::setPath(f, s, nowhere);
  std::fprintf(stderr,
               "gradscope: the settings file %s is not a regular file (a FIFO, socket or device); "
               "starting with the default settings, which are not saved this time\n",
               qPrintable(bad));
}

}  // namespace gs
