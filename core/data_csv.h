// Reading the user's points from CSV: `x1,x2,label` (classification, labels 0 … K−1, K ≤ 8) or
// `x,y` (regression), one point a line, an optional header line of names. No Qt.
#pragma once

#include <stdexcept>
#include <string>

#include "point_set.h"

namespace gs {

// Why a CSV was refused: "line 7: column 2: "abc" is not a number; allowed: …". The line is
// 1-based and counts every line of the file (the header and blank lines too).
class DataError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Parses CSV text. The first line is a header when none of its fields is a number; its column
// count (or the first row's) decides: 3 = classification, 2 = regression. Blank lines are skipped;
// CRLF line ends are accepted. Refused (DataError naming the line and the reason): a field that is
// not a finite number within ±1e6, a row with another column count, a label that is not a whole
// number from 0 to 7, more than 100,000 rows, no rows, text larger than PointLimits::kCsvMaxBytes.
PointSet parseCsvPoints(const std::string& text);

// Reads and parses a file (refused before reading when larger than the limit, a folder or not a
// regular file). Throws DataError whose message starts with the path. csvPath is set to `path`.
PointSet loadCsvPoints(const std::string& path);

}  // namespace gs
