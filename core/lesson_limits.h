// Size limits of a lesson's words, checked when a lesson is read. They keep every accepted lesson
// quick to show: the window lays the text out with Qt's rich text, whose cost grows faster than
// the length (20,000 claims took 12.6 s, a 124 KB formula 21 s, 5,000 stacked accents 9 s).
// With these limits the worst accepted lesson opens in the window in well under a second
// (README, Hardening; tests/ui lesson_limits_test).
#pragma once

#include <cstddef>
#include <string>

namespace gs {

struct LessonLimits {
  static constexpr std::size_t kTitleChars = 200;
  static constexpr std::size_t kTextChars = 12000;  // "text" and its translations
  static constexpr std::size_t kFormulaChars = 400;
  static constexpr std::size_t kListItems = 30;  // "claims", "try" and their translations
  static constexpr std::size_t kItemChars = 500;
  // Characters between two spaces: a long unbreakable run of sub- and superscripts is laid out in
  // time that grows with the square of its length (17,000 characters of "x₁₂" took 3.3 s).
  // Chinese, Japanese, Korean and Thai letters count as break points.
  static constexpr std::size_t kWordChars = 160;
  // Combining marks in a row on one letter (Vietnamese needs at most 2: ệ = e + ̣ + ̂).
  static constexpr std::size_t kMarksInARow = 4;
};

// Throws ConfigError ("formula: 512 characters; allowed: at most 400") when `text` has more than
// maxChars characters (code points), a word longer than kWordChars or more than kMarksInARow
// combining marks in a row.
void checkLessonText(const std::string& field, const std::string& text, std::size_t maxChars);
// True when text has nothing to read: only white space, ASCII or Unicode (no-break space,
// ideographic space, zero-width space, line separators, …).
bool isBlankText(const std::string& text);
// The limit of a lesson string field by its key ("title", "text_vi", "formula"; list items).
std::size_t lessonFieldCharsMax(const std::string& key);

// Throws ConfigError when a list has more than LessonLimits::kListItems entries.
void checkLessonListSize(const std::string& field, std::size_t items);

}  // namespace gs
