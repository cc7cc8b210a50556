#include "dense_rows.hpp"

#if defined(__x86_64__) && defined(__GNUC__)
#define DATELINE_X86_AVX2 1
#include <immintrin.h>
#endif

namespace dateline::learn {

void add_dense_rows_portable(const int16_t* const* rows, size_t count, size_t stride, int32_t* acc) {
  for (size_t r = 0; r < count; ++r)
    for (size_t c = 0; c < stride; ++c) acc[c] += rows[r][c];
}

#ifdef DATELINE_X86_AVX2
namespace {
// Sums the rows' classes [c, c + 8 * kVectors) into acc.
template <int kVectors>
__attribute__((target("avx2"), always_inline)) inline void add_block(const int16_t* const* rows, size_t count,
                                                                     size_t c, int32_t* acc) {
  __m256i sum[kVectors];
  for (int v = 0; v < kVectors; ++v) sum[v] = _mm256_setzero_si256();
  for (size_t r = 0; r < count; ++r) {
    const int16_t* row = rows[r] + c;
    for (int v = 0; v < kVectors; ++v)
      sum[v] = _mm256_add_epi32(
          sum[v], _mm256_cvtepi16_epi32(_mm_loadu_si128(reinterpret_cast<const __m128i*>(row + 8 * v))));
  }
  __m256i* out = reinterpret_cast<__m256i*>(acc + c);
  for (int v = 0; v < kVectors; ++v)
    _mm256_storeu_si256(out + v, _mm256_add_epi32(_mm256_loadu_si256(out + v), sum[v]));
}
}  // namespace

bool has_avx2() {
  static const bool avx2 = __builtin_cpu_supports("avx2");
  return avx2;
}

__attribute__((target("avx2"))) void add_dense_rows_avx2(const int16_t* const* rows, size_t count, size_t stride,
                                                          int32_t* acc) {
  size_t c = 0;
  for (; c + 32 <= stride; c += 32) add_block<4>(rows, count, c, acc);
  if (c < stride) add_block<2>(rows, count, c, acc);
}
#else
bool has_avx2() { return false; }
void add_dense_rows_avx2(const int16_t* const* rows, size_t count, size_t stride, int32_t* acc) {
  add_dense_rows_portable(rows, count, stride, acc);
}
#endif

void add_dense_rows(const int16_t* const* rows, size_t count, size_t stride, int32_t* acc) {
  if (has_avx2())
    add_dense_rows_avx2(rows, count, stride, acc);
  else
    add_dense_rows_portable(rows, count, stride, acc);
}

}  // namespace dateline::learn
