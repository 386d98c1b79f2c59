// ThinnedSeries keeps a bounded, evenly spaced subset of an unbounded series: after any number of
// items the kept positions are exactly the multiples of the stride, from 0 to the newest.
#include <gtest/gtest.h>

#include "thinned_series.h"

namespace gs {
namespace {

TEST(ThinnedSeries, KeepsEveryMultipleOfTheStrideAndNoMoreThanTheLimit) {
  for (std::size_t max : {1u, 2u, 5u, 8u, 100u}) {
    ThinnedSeries<int> s(max);
    for (long k = 0; k < 1000; ++k) {
      s.add(k, static_cast<int>(10 * k));
      ASSERT_LE(s.size(), max);
      // Independent reference: positions 0, stride, 2·stride, … up to k.
      const long stride = s.stride();
      ASSERT_EQ(s.size(), static_cast<std::size_t>(k / stride + 1)) << "max " << max << " k " << k;
      for (std::size_t i = 0; i < s.size(); ++i) {
        ASSERT_EQ(s.position(i), static_cast<long>(i) * stride);
        ASSERT_EQ(s.items()[i], 10 * s.position(i));  // each item stays with its position
      }
    }
    EXPECT_GE(s.stride() * static_cast<long>(max), 1000 / 2);  // the stride grew as needed
  }
}

TEST(ThinnedSeries, ReportsWhatAnAddDidAndClears) {
  ThinnedSeries<std::vector<int>> s(2);
  EXPECT_EQ(s.add(0, {0}), ThinnedSeries<std::vector<int>>::Added::Appended);
  EXPECT_EQ(s.add(1, {1}), ThinnedSeries<std::vector<int>>::Added::Appended);
  EXPECT_EQ(s.add(2, {2}), ThinnedSeries<std::vector<int>>::Added::Thinned);
  EXPECT_EQ(s.stride(), 2);
  EXPECT_EQ(s.items(), (std::vector<std::vector<int>>{{0}, {2}}));  // item 0 not moved away
  EXPECT_EQ(s.add(3, {3}), ThinnedSeries<std::vector<int>>::Added::Dropped);
  s.clear();
  EXPECT_EQ(s.size(), 0u);
  EXPECT_EQ(s.stride(), 1);
  EXPECT_THROW(ThinnedSeries<int>(0), std::invalid_argument);
}

}  // namespace
}  // namespace gs
