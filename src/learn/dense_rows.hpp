// Sums of dense int16 weight rows, the inner loop of LinearModel::score: the parser spends most
// of its instructions here. Sums are exact integers, so every variant gives the same result.
#pragma once

#include <cstddef>
#include <cstdint>

namespace dateline::learn {

// Adds `count` rows of `stride` int16 weights (stride a multiple of 16) to acc.
void add_dense_rows(const int16_t* const* rows, size_t count, size_t stride, int32_t* acc);

// The variants add_dense_rows chooses between (exposed for tests): plain C++, and AVX2, which
// sums 32 classes at a time over all rows in registers before acc is touched (two widening
// loads and adds per row and 16 classes). has_avx2() says whether this CPU can run the latter.
void add_dense_rows_portable(const int16_t* const* rows, size_t count, size_t stride, int32_t* acc);
bool has_avx2();
void add_dense_rows_avx2(const int16_t* const* rows, size_t count, size_t stride, int32_t* acc);

}  // namespace dateline::learn
