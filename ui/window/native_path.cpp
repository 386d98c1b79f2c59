#include "native_path.h"

namespace gs {
namespace {

// Length of the valid UTF-8 sequence at s[i], or 0 when the byte there does not start one.
std::size_t validSequence(const std::string& s, std::size_t i) {
  const auto b = static_cast<unsigned char>(s[i]);
  const std::size_t n = b < 0x80 ? 1 : (b >> 5) == 0x6 ? 2 : (b >> 4) == 0xE ? 3 : (b >> 3) == 0x1E ? 4 : 0;
  if (n == 0 || i + n > s.size()) return 0;
  for (std::size_t k = 1; k < n; ++k)
    if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return 0;
  // Overlong forms and surrogates are not valid UTF-8 either: QString::fromUtf8 would replace them.
  const QString decoded = QString::fromUtf8(s.data() + i, static_cast<qsizetype>(n));
  return decoded.contains(QChar::ReplacementCharacter) ? 0 : n;
}

}  // namespace

QString pathFromNative(const std::string& bytes) {
  QString out;
  for (std::size_t i = 0; i < bytes.size();) {
    const std::size_t n = validSequence(bytes, i);
    if (n > 0) {
      out += QString::fromUtf8(bytes.data() + i, static_cast<qsizetype>(n));
      i += n;
    } else {
      out += QChar(char16_t(0xDC00 + static_cast<unsigned char>(bytes[i])));
      ++i;
    }
  }
  return out;
}

std::string nativeFromPath(const QString& path) {
  std::string out;
  QString run;  // characters to encode as UTF-8
  for (const QChar c : path) {
    const char16_t u = c.unicode();
    const bool escaped = u >= 0xDC80 && u <= 0xDCFF &&
                         !(run.size() > 0 && run.back().isHighSurrogate());
    if (!escaped) {
      run += c;
      continue;
    }
    out += run.toStdString();
    run.clear();
    out += static_cast<char>(u - 0xDC00);
  }
  return out + run.toStdString();
}

}  // namespace gs
