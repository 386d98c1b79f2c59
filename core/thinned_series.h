// An unbounded series kept in bounded memory, evenly sampled from its start to its newest item:
// the item at position k is kept while k is a multiple of the stride; once more than maxItems are
// kept, the stride doubles and the kept items off the new grid go. Halving the stored items alone
// would thin the start of a long run again at every halving while the newest stayed dense.
// Used by the gradient history (core/history.h) and the window's loss curve.
#pragma once

#include <cstddef>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

namespace gs {

template <class T>
class ThinnedSeries {
 public:
  enum class Added { Dropped, Appended, Thinned };  // Thinned: items() changed beyond an append

  explicit ThinnedSeries(std::size_t maxItems) : max_(maxItems) {
    if (maxItems < 1) throw std::invalid_argument("ThinnedSeries: maxItems must be at least 1");
  }

  // position: where the item sits in the whole series, counted from 0 and increasing.
  Added add(long position, T item) {
    if (position % stride_ != 0) return Added::Dropped;
    positions_.push_back(position);
    items_.push_back(std::move(item));
    if (items_.size() <= max_) return Added::Appended;
    while (items_.size() > max_) thin();
    return Added::Thinned;
  }

  void clear() {
    items_.clear();
    positions_.clear();
    stride_ = 1;
  }

  const std::vector<T>& items() const { return items_; }
  long position(std::size_t i) const { return positions_.at(i); }
  std::size_t size() const { return items_.size(); }
  std::size_t maxItems() const { return max_; }
  long stride() const { return stride_; }  // positions between two kept items

 private:
  void thin() {
    stride_ *= 2;
    std::size_t kept = 0;
    for (std::size_t i = 0; i < items_.size(); ++i) {
      if (positions_[i] % stride_ != 0) continue;
      if (kept != i) {  // never move an item onto itself (that would empty a vector member)
        items_[kept] = std::move(items_[i]);
        positions_[kept] = positions_[i];
      }
      ++kept;
    }
    items_.resize(kept);
    positions_.resize(kept);
  }

  std::size_t max_;
  long stride_ = 1;
  std::vector<T> items_;
  std::vector<long> positions_;
};

}  // namespace gs
