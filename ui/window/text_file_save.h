// Writing a text file from the window without ever damaging the file that is already there:
// QSaveFile writes a temporary next to the target and renames it only when everything was written.
#pragma once

#include <QByteArray>
#include <QString>

#include "config.h"

namespace gs {

// True on success; on failure false and *error names the file and the reason.
bool saveTextFile(const QString& path, const QByteArray& bytes, QString* error);
// The config as the same JSON a config file holds (gs::configToJson), written atomically.
bool saveConfigJson(const QString& path, const Config& config, QString* error);

}  // namespace gs
