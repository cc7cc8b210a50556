#include "tokenize/boundary_model.hpp"

#include <algorithm>
#include <array>
#include <cstring>
#include <filesystem>

#include "dateline/learn/hashing.hpp"
#include "dateline/learn/model_file.hpp"

namespace dateline::tok {
namespace {

enum Template : uint32_t {
  t_bias, t_rule, t_prev, t_next, t_prev_shape, t_next_shape, t_prev_next_shape, t_prev_shape_next,
  t_shapes, t_rule_next_shape, t_rule_prev, t_glued, t_newline, t_since, t_since_rule, t_prev2,
  t_next2, t_shapes3, t_next_exact, t_prev_last_char, t_next_first_char, t_count
};

// Keys (model version 2): one multiply-xorshift per feature and per eight bytes of a word,
// where version 1 ran FNV-1a per byte and two to four splitmix64 rounds per feature. The model
// only needs equal features to get equal keys and others different ones, so a retrained model
// decides exactly as before.
constexpr uint64_t finish(uint64_t x) {
  x ^= x >> 32;
  x *= 0xD6E8FEB86659FD93ULL;
  x ^= x >> 32;
  return x;
}
constexpr uint64_t kB = 0x9E3779B97F4A7C15ULL, kC = 0xC2B2AE3D27D4EB4FULL;
constexpr auto kSalt = [] {
  std::array<uint64_t, t_count> s{};
  for (uint32_t t = 0; t < t_count; ++t) s[t] = learn::mix64(t + 1);
  return s;
}();
// Not mapped through learn::key_of here: the scorer and LinearModel do that on lookup.
uint64_t key(Template t, uint64_t a) { return finish(a + kSalt[t]); }
uint64_t key(Template t, uint64_t a, uint64_t b) { return finish(a + kSalt[t] + b * kB); }
uint64_t key(Template t, uint64_t a, uint64_t b, uint64_t c) { return finish(a + kSalt[t] + b * kB + c * kC); }

// ASCII A-Z to a-z in each of eight bytes, other bytes unchanged.
uint64_t lower8(uint64_t x) {
  constexpr uint64_t ones = 0x0101010101010101ULL, high = ones * 0x80;
  uint64_t seven = x & ~high;
  uint64_t at_least_a = (seven + ones * (0x80 - 'A')) & high;
  uint64_t past_z = (seven + ones * (0x80 - 'Z' - 1)) & high;
  return x | ((~x & at_least_a & ~past_z) >> 2);
}

// The n <= 8 bytes at p, little-endian, zero-padded; one load when the text goes on far enough.
uint64_t load(const char* p, size_t n, const char* limit) {
  uint64_t x = 0;
  if (limit - p >= 8) {
    std::memcpy(&x, p, 8);
    return n == 8 ? x : x & ((uint64_t{1} << (8 * n)) - 1);
  }
  for (size_t k = 0; k < n; ++k) x |= uint64_t{static_cast<unsigned char>(p[k])} << (8 * k);
  return x;
}

// Words are keyed by their first 20 bytes; each length's starting value is computed once.
constexpr size_t kKeyedBytes = 20;
constexpr auto kLengthSeed = [] {
  std::array<uint64_t, kKeyedBytes + 1> t{};
  for (size_t n = 0; n <= kKeyedBytes; ++n) t[n] = finish(n + kC);
  return t;
}();

// The first 20 bytes of s (ASCII lower-cased when `lower`), eight at a time. `cased` (when
// given) tells whether lower-casing changed a byte: if not, the exact key is the same.
// Always inlined, as is shape_key: as calls, they saved and restored registers on every word.
[[gnu::always_inline]] inline
uint64_t text_key(std::string_view s, const char* limit, bool lower, bool* cased = nullptr) {
  size_t n = std::min(s.size(), kKeyedBytes);
  uint64_t h = kLengthSeed[n];
  uint64_t changed = 0;
  for (size_t i = 0; i < n; i += 8) {
    uint64_t x = load(s.data() + i, std::min<size_t>(8, n - i), limit);
    uint64_t y = lower ? lower8(x) : x;
    changed |= x ^ y;
    h = finish(h ^ y);
  }
  if (cased) *cased = changed != 0;
  return h;
}

// Word shape with runs collapsed, at most 8 classes: "Smith" → "Xx", "U.S." → "X.X.", "2005" → "d".
constexpr auto kShapeClass = [] {
  std::array<char, 256> t{};
  for (int c = 0; c < 256; ++c)
    t[c] = c >= 'A' && c <= 'Z' ? 'X' : c >= 'a' && c <= 'z' ? 'x' : c >= '0' && c <= '9' ? 'd'
           : c >= 0x80 ? 'u' : static_cast<char>(c);
  return t;
}();
[[gnu::always_inline]] inline uint64_t shape_key(std::string_view s) {
  uint64_t packed = 0;
  size_t n = 0;
  char last = 0;
  for (char ch : s) {
    char k = kShapeClass[static_cast<unsigned char>(ch)];
    if (n > 0 && k == last) continue;
    if (n == 8) break;
    packed = packed << 8 | static_cast<unsigned char>(k);
    last = k;
    ++n;
  }
  return finish(packed + n * kB);
}

// The surface token that ends just before piece `j` and the one that starts at `j`.
std::string_view surface_before(std::string_view text, const std::vector<Piece>& w, size_t j, size_t* first) {
  size_t f = j - 1;
  while (f > 0 && w[f - 1].joins_next) --f;
  *first = f;
  return text.substr(w[f].start, w[j - 1].end - w[f].start);
}
std::string_view surface_at(std::string_view text, const std::vector<Piece>& w, size_t j, size_t* after) {
  size_t l = j;
  while (l + 1 < w.size() && w[l].joins_next) ++l;
  *after = l + 1;
  return text.substr(w[j].start, w[l].end - w[j].start);
}

uint64_t since_bucket(size_t n) {
  return n <= 3 ? n : n <= 5 ? 5 : n <= 10 ? 10 : n <= 20 ? 20 : n <= 40 ? 40 : 99;
}

// Keys of the features with few values, computed once (the same keys, without the hashing
// per gap): rule and flags 1 or 2, the since bucket up to 99, a byte.
struct FixedKeys {
  uint64_t bias;
  std::array<uint64_t, 3> rule, glued, newline;
  std::array<uint64_t, 100> since;
  std::array<std::array<uint64_t, 3>, 100> since_rule;
  std::array<uint64_t, 256> prev_last_char, next_first_char;
};
const FixedKeys kFixed = [] {
  FixedKeys k{};
  k.bias = key(t_bias, 1);
  for (uint64_t v : {uint64_t{1}, uint64_t{2}}) {
    k.rule[v] = key(t_rule, v);
    k.glued[v] = key(t_glued, v);
    k.newline[v] = key(t_newline, v);
  }
  for (uint64_t b = 0; b < 100; ++b) {
    k.since[b] = key(t_since, b);
    for (uint64_t r : {uint64_t{1}, uint64_t{2}}) k.since_rule[b][r] = key(t_since_rule, b, r);
  }
  for (uint64_t c = 0; c < 256; ++c) {
    k.prev_last_char[c] = key(t_prev_last_char, c);
    k.next_first_char[c] = key(t_next_first_char, c);
  }
  return k;
}();

}  // namespace

void BoundaryFeatures::reset(std::string_view text, const std::vector<Piece>& w) {
  text_ = text;
  limit_ = text.data() + text.size();
  w_ = &w;
  // A new stamp forgets every memo without clearing the array.
  if (++stamp_ == 0) {
    std::fill(keys_.begin(), keys_.end(), Keys{});
    stamp_ = 1;
  }
  if (keys_.size() < w.size()) keys_.resize(w.size());
}

// Inlined into its four calls per gap: the memo hit is a few instructions, less than a call.
[[gnu::always_inline]] inline
const BoundaryFeatures::Keys& BoundaryFeatures::keys_at(size_t first, std::string_view surface, bool shape) {
  Keys& k = keys_[first];
  if (k.stamp != stamp_) {
    bool cased = false;
    k.word = text_key(surface, limit_, true, &cased);
    k.cased = cased;
    k.stamp = stamp_;
  }
  // Most words after next are never a scored gap's neighbour: their shape would go unused.
  if (shape && k.shape_stamp != stamp_) {
    k.shape = shape_key(surface);
    k.shape_stamp = stamp_;
  }
  return k;
}

void BoundaryFeatures::operator()(size_t next, bool rule, size_t since_start, std::array<uint64_t, kCount>& out) {
  const std::vector<Piece>& w = *w_;
  std::string_view text = text_;
  size_t first = 0, after = 0;
  std::string_view prev = surface_before(text, w, next, &first);
  std::string_view nxt = surface_at(text, w, next, &after);
  const Keys& pk = keys_at(first, prev, true);
  const Keys& nk = keys_at(next, nxt, true);
  // A missing neighbour is keyed as the empty string.
  static const Keys none{text_key({}, nullptr, true), shape_key({}), 0, 0, false};
  const Keys* p2 = &none;
  const Keys* n2 = &none;
  if (first > 0) {
    size_t first2 = 0;
    std::string_view prev2 = surface_before(text, w, first, &first2);
    p2 = &keys_at(first2, prev2, true);
  }
  if (after < w.size()) {
    size_t after2 = 0;
    n2 = &keys_at(after, surface_at(text, w, after, &after2), false);
  }
  uint64_t r = rule ? 1 : 2, p = pk.word, n = nk.word, ps = pk.shape, ns = nk.shape;
  std::string_view gap = text.substr(w[next - 1].end, w[next].start - w[next - 1].end);
  bool newline = false;
  for (char c : gap) newline |= c == '\n';  // a byte or two: no memchr call
  uint64_t since = since_bucket(since_start);
  out = {
      kFixed.bias,
      kFixed.rule[r],
      key(t_prev, p),
      key(t_next, n),
      key(t_prev_shape, ps),
      key(t_next_shape, ns),
      key(t_prev_next_shape, p, ns),
      key(t_prev_shape_next, ps, n),
      key(t_shapes, ps, ns),
      key(t_rule_next_shape, r, ns),
      key(t_rule_prev, r, p),
      kFixed.glued[gap.empty() ? 1 : 2],
      kFixed.newline[newline ? 1 : 2],
      kFixed.since[since],
      kFixed.since_rule[since][r],
      key(t_prev2, p2->word),
      key(t_next2, n2->word),
      key(t_shapes3, p2->shape, ps, ns),
      key(t_next_exact, nk.cased ? text_key(nxt, limit_, false) : n),
      kFixed.prev_last_char[static_cast<unsigned char>(prev.back())],
      kFixed.next_first_char[static_cast<unsigned char>(nxt.front())],
  };
}

std::shared_ptr<const BoundaryScorer> load_boundary_model(const std::string& dir) {
  std::string path = (std::filesystem::path(dir) / kBoundaryModelFile).string();
  if (dir.empty() || !std::filesystem::exists(path)) return nullptr;
  learn::ModelReader reader(path, kBoundaryModelKind, kBoundaryModelVersion);
  return std::make_shared<const BoundaryScorer>(reader, "boundary");
}

}  // namespace dateline::tok
