#include "data_csv.h"

#include <charconv>
#include <cmath>
#include <vector>

#include "config_json.h"

namespace gs {
namespace {

const std::string kNumberRange = "a finite number from -1000000 to 1000000";

std::string lineText(std::size_t line) { return "line " + std::to_string(line) + ": "; }

// A field as a message shows it: quoted, control characters as '?', cut to 40 bytes.
std::string shown(const std::string& field) {
  std::string s;
  for (char ch : field.substr(0, 40))
    s += static_cast<unsigned char>(ch) < 0x20 || ch == 0x7f ? '?' : ch;
  return "\"" + s + (field.size() > 40 ? "…" : "") + "\"";
}

std::string trim(const std::string& s) {
  const auto first = s.find_first_not_of(" \t");
  if (first == std::string::npos) return {};
  const auto last = s.find_last_not_of(" \t");
  std::string t = s.substr(first, last - first + 1);
  if (t.size() >= 2 && t.front() == '"' && t.back() == '"') t = t.substr(1, t.size() - 2);
  return t;
}

std::vector<std::string> splitFields(const std::string& line) {
  std::vector<std::string> fields;
  std::size_t start = 0;
  for (;;) {
    const auto comma = line.find(',', start);
    fields.push_back(trim(line.substr(start, comma - start)));
    if (comma == std::string::npos) return fields;
    start = comma + 1;
  }
}

// The whole field as a number (an optional leading '+'); false for text, "nan", "inf", "0x1".
bool readNumber(const std::string& field, double& out) {
  const char* first = field.data();
  const char* last = first + field.size();
  if (first != last && *first == '+') {
    ++first;
    if (first != last && *first == '-') return false;  // "+-1"
  }
  if (first == last) return false;
  const auto r = std::from_chars(first, last, out, std::chars_format::general);
  return r.ec == std::errc() && r.ptr == last;
}

bool anyNumber(const std::vector<std::string>& fields) {
  double v = 0;
  for (const std::string& f : fields)
    if (readNumber(f, v)) return true;
  return false;
}

double coordinate(const std::string& field, std::size_t line, std::size_t column) {
  double v = 0;
  const std::string where = lineText(line) + "column " + std::to_string(column) + ": ";
  if (!readNumber(field, v) || !std::isfinite(v))
    throw DataError(where + shown(field) + " is not a number; allowed: " + kNumberRange);
  if (std::abs(v) > PointLimits::kCoordinateMax)
    throw DataError(where + shown(field) + " is out of range; allowed: " + kNumberRange);
  return v;
}

int label(const std::string& field, std::size_t line) {
  double v = 0;
  const std::string allowed = "; allowed: a whole number from 0 to " +
                              std::to_string(PointLimits::kClassesMax - 1) + " (the class)";
  const std::string where = lineText(line) + "column 3 (label): " + shown(field);
  if (!readNumber(field, v) || !std::isfinite(v))
    throw DataError(where + " is not a number" + allowed);
  if (v != std::floor(v)) throw DataError(where + " is not a whole number" + allowed);
  if (v < 0 || v > PointLimits::kClassesMax - 1)
    throw DataError(where + " is out of range" + allowed);
  return static_cast<int>(v);
}

std::string columnsAllowed(int columns) {
  if (columns == 3) return "3 columns (x1,x2,label), like the first line";
  if (columns == 2) return "2 columns (x,y), like the first line";
  return "3 columns (x1,x2,label: classification) or 2 (x,y: regression), separated by commas";
}

struct Rows {
  int columns = 0;  // 0 until the first row (or header) decides
  std::vector<double> a, b;
  std::vector<int> labels;
};

void addRow(Rows& rows, const std::vector<std::string>& fields, std::size_t line) {
  const int n = static_cast<int>(fields.size());
  if (rows.columns == 0 && n != 2 && n != 3)
    throw DataError(lineText(line) + std::to_string(n) + " column" + (n == 1 ? "" : "s") +
                    "; allowed: " + columnsAllowed(0));
  if (rows.columns == 0) rows.columns = n;
  if (n != rows.columns)
    throw DataError(lineText(line) + std::to_string(n) + " column" + (n == 1 ? "" : "s") +
                    "; allowed: " + columnsAllowed(rows.columns));
  if (rows.a.size() >= std::size_t(PointLimits::kPointsMax))
    throw DataError(lineText(line) + "more than " + std::to_string(PointLimits::kPointsMax) +
                    " rows; allowed: at most " + std::to_string(PointLimits::kPointsMax));
  rows.a.push_back(coordinate(fields[0], line, 1));
  rows.b.push_back(coordinate(fields[1], line, 2));
  if (n == 3) rows.labels.push_back(label(fields[2], line));
}

PointSet toPoints(const Rows& rows) {
  PointSet p;
  p.inputs = rows.columns == 3 ? 2 : 1;
  const auto n = static_cast<Eigen::Index>(rows.a.size());
  p.X.resize(p.inputs, n);
  p.y.resize(n);
  for (Eigen::Index i = 0; i < n; ++i) {
    p.X(0, i) = rows.a[std::size_t(i)];
    if (p.inputs == 2) p.X(1, i) = rows.b[std::size_t(i)];
    p.y(i) = p.inputs == 2 ? double(rows.labels[std::size_t(i)]) : rows.b[std::size_t(i)];
  }
  return p;
}

}  // namespace

PointSet parseCsvPoints(const std::string& text) {
  if (text.size() > PointLimits::kCsvMaxBytes)
    throw DataError("the data is " + std::to_string(text.size()) + " bytes; allowed: at most " +
                    std::to_string(PointLimits::kCsvMaxBytes) + " bytes (8 MiB)");
  Rows rows;
  bool first = true;
  std::size_t line = 0, start = 0;
  while (start < text.size()) {
    ++line;
    auto end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    std::string row = text.substr(start, end - start);
    start = end + 1;
    if (!row.empty() && row.back() == '\r') row.pop_back();
    if (trim(row).empty()) continue;
    const std::vector<std::string> fields = splitFields(row);
    const bool twoOrThree = fields.size() == 2 || fields.size() == 3;
    if (first && twoOrThree && !anyNumber(fields)) {  // a header: only its column count is used
      first = false;
      rows.columns = static_cast<int>(fields.size());
      continue;
    }
    first = false;
    addRow(rows, fields, line);
  }
  if (rows.a.empty()) throw DataError("no data rows; allowed: at least one row x1,x2,label or x,y");
  return toPoints(rows);
}

PointSet loadCsvPoints(const std::string& path) {
  try {
    PointSet p = parseCsvPoints(
        readSmallRegularFile(path, PointLimits::kCsvMaxBytes, "a CSV file of points"));
    p.csvPath = path;
    return p;
  } catch (const DataError& e) {
    throw DataError(path + ": " + e.what());
  } catch (const ConfigError& e) {  // readSmallRegularFile's messages start with the path
    throw DataError(e.what());
  }
}

}  // namespace gs
