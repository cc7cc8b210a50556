#include "learn/dense_rows.hpp"

#include <gtest/gtest.h>

#include <random>
#include <vector>

namespace dateline::learn {
namespace {

// Rows of extreme and random weights, strides with and without a 32-class tail.
TEST(DenseRows, EveryVariantAddsExactlyWhatAPlainLoopAdds) {
  std::mt19937 rng(7);
  std::uniform_int_distribution<int> weight(-32768, 32767);
  for (size_t stride : {16u, 32u, 48u, 128u}) {
    std::vector<std::vector<int16_t>> rows(37, std::vector<int16_t>(stride));
    for (auto& row : rows)
      for (auto& w : row) w = static_cast<int16_t>(weight(rng));
    for (size_t c = 0; c < stride; ++c) rows[0][c] = -32768, rows[1][c] = 32767;
    std::vector<const int16_t*> pointers;
    for (const auto& row : rows) pointers.push_back(row.data());
    std::vector<int32_t> expected(stride, 5);
    for (const auto& row : rows)
      for (size_t c = 0; c < stride; ++c) expected[c] += row[c];

    std::vector<int32_t> portable(stride, 5), chosen(stride, 5);
    add_dense_rows_portable(pointers.data(), pointers.size(), stride, portable.data());
    add_dense_rows(pointers.data(), pointers.size(), stride, chosen.data());
    EXPECT_EQ(portable, expected) << "stride " << stride;
    EXPECT_EQ(chosen, expected) << "stride " << stride;
    if (has_avx2()) {
      std::vector<int32_t> avx2(stride, 5);
      add_dense_rows_avx2(pointers.data(), pointers.size(), stride, avx2.data());
      EXPECT_EQ(avx2, expected) << "stride " << stride;
    }
    std::vector<int32_t> none(stride, 5);
    add_dense_rows(pointers.data(), 0, stride, none.data());
    EXPECT_EQ(none, std::vector<int32_t>(stride, 5));
  }
}

}  // namespace
}  // namespace dateline::learn
