#include "lesson_limits.h"

#include <cstdint>

#include "config.h"

namespace gs {
namespace {

// Combining marks and other zero-width code points that stack on the letter before them.
bool isCombining(std::uint32_t c) {
  return (c >= 0x0300 && c <= 0x036F) || (c >= 0x0483 && c <= 0x0489) ||
         (c >= 0x0591 && c <= 0x05BD) || (c >= 0x0610 && c <= 0x061A) ||
         (c >= 0x064B && c <= 0x065F) ||
         (c >= 0x0E31 && c <= 0x0E3A && c != 0x0E32 && c != 0x0E33) ||
         (c >= 0x0E47 && c <= 0x0E4E) || (c >= 0x1AB0 && c <= 0x1AFF) ||
         (c >= 0x1DC0 && c <= 0x1DFF) || (c >= 0x200B && c <= 0x200F) ||
         (c >= 0x20D0 && c <= 0x20FF) || (c >= 0xFE00 && c <= 0xFE0F) ||
         (c >= 0xFE20 && c <= 0xFE2F) || (c >= 0xE0100 && c <= 0xE01EF);
}

// The code point starting at s[i] (JSON strings are valid UTF-8: the parser checks); i moves on.
std::uint32_t next(const std::string& s, std::size_t& i) {
  const auto b = static_cast<unsigned char>(s[i++]);
  int more = b >= 0xF0 ? 3 : b >= 0xE0 ? 2 : b >= 0xC0 ? 1 : 0;
  std::uint32_t c = more == 3 ? b & 0x07 : more == 2 ? b & 0x0F : more == 1 ? b & 0x1F : b;
  for (; more > 0 && i < s.size(); --more)
    c = (c << 6) | (static_cast<unsigned char>(s[i++]) & 0x3F);
  return c;
}

bool isSpace(std::uint32_t c) {
  return c == ' ' || (c >= 0x09 && c <= 0x0D) || c == 0x85 || c == 0xA0 || c == 0x1680 ||
         (c >= 0x2000 && c <= 0x200D) || c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F ||
         c == 0x2060 || c == 0x3000 || c == 0xFEFF;
}

// Scripts written without spaces, where a line may break between any two letters.
bool breaksAnywhere(std::uint32_t c) {
  return (c >= 0x0E00 && c <= 0x0EFF) || (c >= 0x2E80 && c <= 0x9FFF) ||
         (c >= 0xAC00 && c <= 0xD7AF) || (c >= 0xF900 && c <= 0xFAFF) ||
         (c >= 0xFF00 && c <= 0xFFEF) || (c >= 0x20000 && c <= 0x3FFFF);
}

}  // namespace

bool isBlankText(const std::string& text) {
  for (std::size_t i = 0; i < text.size();)
    if (!isSpace(next(text, i))) return false;
  return true;
}

std::size_t lessonFieldCharsMax(const std::string& key) {
  if (key.rfind("title", 0) == 0) return LessonLimits::kTitleChars;
  if (key.rfind("text", 0) == 0) return LessonLimits::kTextChars;
  if (key.rfind("formula", 0) == 0) return LessonLimits::kFormulaChars;
  return LessonLimits::kItemChars;
}

void checkLessonText(const std::string& field, const std::string& text, std::size_t maxChars) {
  std::size_t chars = 0, marks = 0, word = 0;
  for (std::size_t i = 0; i < text.size();) {
    const std::uint32_t c = next(text, i);
    ++chars;
    word = isSpace(c) || breaksAnywhere(c) ? 0 : word + 1;
    if (word > LessonLimits::kWordChars)
      throw ConfigError(field + ": a word of more than " +
                        std::to_string(LessonLimits::kWordChars) +
                        " characters without a space, at character " + std::to_string(chars) +
                        "; allowed: words of at most " + std::to_string(LessonLimits::kWordChars) +
                        " characters");
    marks = isCombining(c) ? marks + 1 : 0;
    if (marks > LessonLimits::kMarksInARow)
      throw ConfigError(field + ": more than " + std::to_string(LessonLimits::kMarksInARow) +
                        " combining marks in a row at character " + std::to_string(chars) +
                        "; allowed: at most " + std::to_string(LessonLimits::kMarksInARow) +
                        " on one letter");
  }
  if (chars > maxChars)
    throw ConfigError(field + ": " + std::to_string(chars) + " characters; allowed: at most " +
                      std::to_string(maxChars));
}

void checkLessonListSize(const std::string& field, std::size_t items) {
  if (items > LessonLimits::kListItems)
    throw ConfigError(field + ": a list of " + std::to_string(items) +
                      " entries; allowed: at most " + std::to_string(LessonLimits::kListItems));
}

}  // namespace gs
