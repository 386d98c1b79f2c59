// A default file name from a translated title, safe on every file system and in every shell:
// lower-case ASCII letters, digits and hyphens, Vietnamese letters transliterated
// ("Đạo hàm kích hoạt" → "dao-ham-kich-hoat", "Gradient bars" → "gradient-bars").
#pragma once

#include <QString>

namespace gs {

QString asciiFileStem(const QString& title);

}  // namespace gs
