#include "data_json.h"

#include <cmath>
#include <filesystem>

#include "config.h"
#include "config_json.h"
#include "data_csv.h"

namespace gs {
namespace {

using nlohmann::json;
namespace fs = std::filesystem;

[[noreturn]] void fail(const std::string& field, const std::string& why) {
  throw ConfigError(field + ": " + why);
}

double coordinate(const json& v, const std::string& field) {
  const std::string allowed = "; allowed: a finite number from -1000000 to 1000000";
  if (!v.is_number()) fail(field, "expected a number, got " + jsonForMessage(v) + allowed);
  const double d = v.get<double>();
  if (!std::isfinite(d) || std::abs(d) > PointLimits::kCoordinateMax)
    fail(field, jsonForMessage(v) + " is out of range" + allowed);
  return d;
}

int label(const json& v, const std::string& field) {
  const std::string allowed = "; allowed: a whole number from 0 to " +
                              std::to_string(PointLimits::kClassesMax - 1) + " (the class)";
  if (!v.is_number()) fail(field, "expected a number, got " + jsonForMessage(v) + allowed);
  const double d = v.get<double>();
  if (d != std::floor(d)) fail(field, jsonForMessage(v) + " is not a whole number" + allowed);
  if (d < 0 || d > PointLimits::kClassesMax - 1)
    fail(field, jsonForMessage(v) + " is out of range" + allowed);
  return static_cast<int>(d);
}

std::shared_ptr<const PointSet> embedded(const json& list) {
  const std::string field = "data.points";
  if (!list.is_array())
    fail(field, "expected a list of points [x1, x2, label] or [x, y], got " + jsonForMessage(list));
  if (list.empty() || list.size() > std::size_t(PointLimits::kPointsMax))
    fail(field, "has " + std::to_string(list.size()) + " points; allowed: 1 to " +
                    std::to_string(PointLimits::kPointsMax));
  auto p = std::make_shared<PointSet>();
  const std::size_t width = list[0].is_array() ? list[0].size() : 0;
  p->inputs = width == 2 ? 1 : 2;
  for (std::size_t i = 0; i < list.size(); ++i) {
    const std::string at = field + "[" + std::to_string(i) + "]";
    const json& point = list[i];
    if (!point.is_array() || (point.size() != 2 && point.size() != 3))
      fail(at, "expected [x1, x2, label] or [x, y], got " + jsonForMessage(point));
    if (point.size() != width)
      fail(at, "has " + std::to_string(point.size()) +
                   " numbers; allowed: " + std::to_string(width) + ", like data.points[0]");
    const double a = coordinate(point[0], at + "[0]");
    const double b = coordinate(point[1], at + "[1]");
    p->add(a, b, width == 3 ? label(point[2], at + "[2]") : 0);
  }
  return p;
}

std::shared_ptr<const PointSet> fromCsv(const json& v, const std::string& baseDir) {
  if (!v.is_string() || v.get<std::string>().empty())
    fail("data.csv", "expected the name of a CSV file, got " + jsonForMessage(v));
  fs::path path = fs::u8path(v.get<std::string>());
  if (path.is_relative() && !baseDir.empty()) path = fs::u8path(baseDir) / path;
  try {
    return std::make_shared<PointSet>(loadCsvPoints(path.u8string()));
  } catch (const DataError& e) {
    fail("data.csv", e.what());
  }
}

}  // namespace

std::shared_ptr<const PointSet> pointsFromJson(const json& value, const std::string& baseDir) {
  if (!value.is_object())
    fail("data",
         "expected {\"points\": […]} or {\"csv\": \"FILE.csv\"}, got " + jsonForMessage(value));
  for (const auto& item : value.items())
    if (item.key() != "points" && item.key() != "csv")
      fail("data", "unknown field " +
                       json(item.key()).dump(-1, ' ', false, json::error_handler_t::replace) +
                       "; allowed: points, csv");
  if (value.contains("points") == value.contains("csv"))
    fail("data", "give exactly one of points or csv");
  return value.contains("points") ? embedded(value["points"]) : fromCsv(value["csv"], baseDir);
}

json pointsToJson(const PointSet& p, const std::string& baseDir) {
  if (!p.csvPath.empty()) {
    std::error_code ec;
    const fs::path file = fs::absolute(fs::u8path(p.csvPath), ec);
    fs::path shown = file;
    if (!baseDir.empty()) {
      const fs::path rel = fs::relative(file, fs::absolute(fs::u8path(baseDir), ec), ec);
      if (!ec && !rel.empty() && *rel.begin() != "..") shown = rel;
    }
    return json{{"csv", shown.u8string()}};
  }
  json list = json::array();
  for (int i = 0; i < p.size(); ++i) {
    if (p.classification())
      list.push_back({p.X(0, i), p.X(1, i), static_cast<int>(p.y(i))});
    else
      list.push_back({p.X(0, i), p.y(i)});
  }
  return json{{"points", list}};
}

std::string compactPointsText(const PointSet& p) {
  std::string out = "[";
  for (int i = 0; i < p.size(); ++i) {
    const json point = p.classification() ? json{p.X(0, i), p.X(1, i), static_cast<int>(p.y(i))}
                                          : json{p.X(0, i), p.y(i)};
    out += (i ? ",\n      " : "\n      ") + point.dump();
  }
  return out + "\n    ]";
}

}  // namespace gs
