// Lookups over a table with one row per value of an enum (row i describes the value i): the ids,
// the id → value parse, and the "a, b, c" allowed-value text for messages and --help, so that a
// new row is the only edit a new value needs.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace gs::table {

// True when row i holds the enum value i; every table static_asserts it.
template <class Row, std::size_t N>
constexpr bool inEnumOrder(const Row (&rows)[N]) {
  for (std::size_t i = 0; i < N; ++i)
    if (static_cast<std::size_t>(rows[i].kind) != i) return false;
  return true;
}

template <class Row, std::size_t N, class Kind>
const Row& rowOf(const Row (&rows)[N], Kind kind) {
  return rows[static_cast<std::size_t>(kind)];
}

template <class Row, std::size_t N>
auto kinds(const Row (&rows)[N]) {
  std::vector<decltype(rows[0].kind)> out;
  for (const Row& r : rows) out.push_back(r.kind);
  return out;
}

template <class Row, std::size_t N>
auto fromId(const Row (&rows)[N], const std::string& id) {
  for (const Row& r : rows)
    if (id == r.id) return std::optional<decltype(rows[0].kind)>(r.kind);
  return std::optional<decltype(rows[0].kind)>();
}

// "sigmoid, tanh, relu": every id, in table order.
template <class Row, std::size_t N>
std::string idList(const Row (&rows)[N]) {
  std::string out;
  for (const Row& r : rows) out += (out.empty() ? "" : ", ") + std::string(r.id);
  return out;
}

}  // namespace gs::table
