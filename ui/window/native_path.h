// File names as the system has them (bytes) and as Qt shows them (QString), without loss: a name
// that is not UTF-8 (lat\xe9.json) keeps each stray byte as a lone surrogate U+DC80…U+DCFF (as
// Python's "surrogateescape" does), which QFile::decodeName would turn into U+FFFD for good.
#pragma once

#include <QString>
#include <string>

namespace gs {

QString pathFromNative(const std::string& bytes);
std::string nativeFromPath(const QString& path);

}  // namespace gs
