#include "file_stem.h"

#include <QRegularExpression>

namespace gs {

QString asciiFileStem(const QString& title) {
  // Decomposed, the tone and vowel marks are separate combining characters that can be dropped;
  // đ/Đ is a letter of its own (no decomposition) and becomes d.
  QString text = title.normalized(QString::NormalizationForm_D);
  QString plain;
  for (const QChar c : text) {
    if (c.category() == QChar::Mark_NonSpacing) continue;
    if (c == QChar(0x0111) || c == QChar(0x0110))
      plain += QLatin1Char('d');
    else
      plain += c.toLower();
  }
  plain.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("-"));
  while (plain.startsWith('-')) plain.remove(0, 1);
  while (plain.endsWith('-')) plain.chop(1);
  return plain.isEmpty() ? QStringLiteral("figure") : plain;
}

}  // namespace gs
