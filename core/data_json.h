// A config's "data" field: the user's points embedded ({"points": [[x1, x2, label], …]} or
// [[x, y], …]) or a CSV file named relative to the config file ({"csv": "points.csv"}).
#pragma once

#include <memory>
#include <nlohmann/json.hpp>
#include <string>

#include "point_set.h"

namespace gs {

// Reads the field's value; a "csv" path is relative to baseDir ("" = the current folder).
// Throws ConfigError naming the field ("data.points[3][2]: …", "data.csv: FILE: line 4: …").
std::shared_ptr<const PointSet> pointsFromJson(const nlohmann::json& value,
                                               const std::string& baseDir);

// {"csv": path} when the points came from a CSV file (the path relative to baseDir when it lies
// under it, else absolute; baseDir "" = absolute), else {"points": […]}.
nlohmann::json pointsToJson(const PointSet& points, const std::string& baseDir);

// The embedded points one to a line: "[\n    [0.5,-1,2],\n    …\n  ]" (json::dump(2) would
// spread each number over its own line, 3× the size).
std::string compactPointsText(const PointSet& points);

}  // namespace gs
