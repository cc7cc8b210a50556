#include "tokenize/boundary_model.hpp"

#include <filesystem>

#include "dateline/learn/hashing.hpp"
#include "dateline/learn/model_file.hpp"

namespace dateline::tok {
namespace {

using learn::feature;
using learn::hash_text;

enum Template : uint32_t {
  t_bias, t_rule, t_prev, t_next, t_prev_shape, t_next_shape, t_prev_next_shape, t_prev_shape_next,
  t_shapes, t_rule_next_shape, t_rule_prev, t_glued, t_newline, t_since, t_since_rule, t_prev2,
  t_next2, t_shapes3, t_next_exact, t_prev_last_char, t_next_first_char,
};

// Lower-cased ASCII, at most 20 bytes: enough to tell words apart, cheap to hash.
uint64_t word_key(std::string_view s) {
  char buf[20];
  size_t n = std::min(s.size(), sizeof buf);
  for (size_t i = 0; i < n; ++i) {
    char c = s[i];
    buf[i] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  }
  return hash_text(std::string_view(buf, n));
}

// Word shape with runs collapsed: "Smith" → "Xx", "U.S." → "X.X.", "2005" → "d".
uint64_t shape_key(std::string_view s) {
  char buf[8];
  size_t n = 0;
  for (size_t i = 0; i < s.size() && n < sizeof buf; ++i) {
    auto c = static_cast<unsigned char>(s[i]);
    char k = c >= 'A' && c <= 'Z' ? 'X' : c >= 'a' && c <= 'z' ? 'x' : c >= '0' && c <= '9' ? 'd'
             : c >= 0x80 ? 'u' : static_cast<char>(c);
    if (n == 0 || buf[n - 1] != k) buf[n++] = k;
  }
  return hash_text(std::string_view(buf, n));
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

}  // namespace

void BoundaryFeatures::reset(std::string_view text, const std::vector<Piece>& w) {
  text_ = text;
  w_ = &w;
  keys_.assign(w.size(), Keys{});
}

const BoundaryFeatures::Keys& BoundaryFeatures::keys_at(size_t first, std::string_view surface) {
  Keys& k = keys_[first];
  if (!k.done) k = {word_key(surface), shape_key(surface), true};
  return k;
}

void BoundaryFeatures::operator()(size_t next, bool rule, size_t since_start, std::vector<uint64_t>& out) {
  const std::vector<Piece>& w = *w_;
  std::string_view text = text_;
  size_t first = 0, after = 0;
  std::string_view prev = surface_before(text, w, next, &first);
  std::string_view nxt = surface_at(text, w, next, &after);
  const Keys& pk = keys_at(first, prev);
  const Keys& nk = keys_at(next, nxt);
  // A missing neighbour hashes as the empty string.
  static const Keys none{word_key({}), shape_key({}), true};
  const Keys* p2 = &none;
  const Keys* n2 = &none;
  if (first > 0) {
    size_t first2 = 0;
    std::string_view prev2 = surface_before(text, w, first, &first2);
    p2 = &keys_at(first2, prev2);
  }
  if (after < w.size()) {
    size_t after2 = 0;
    n2 = &keys_at(after, surface_at(text, w, after, &after2));
  }
  uint64_t r = rule ? 1 : 2, p = pk.word, n = nk.word, ps = pk.shape, ns = nk.shape;
  std::string_view gap = text.substr(w[next - 1].end, w[next].start - w[next - 1].end);
  auto add = [&](uint64_t f) { out.push_back(learn::key_of(f)); };
  add(feature(t_bias, 1));
  add(feature(t_rule, r));
  add(feature(t_prev, p));
  add(feature(t_next, n));
  add(feature(t_prev_shape, ps));
  add(feature(t_next_shape, ns));
  add(feature(t_prev_next_shape, p, ns));
  add(feature(t_prev_shape_next, ps, n));
  add(feature(t_shapes, ps, ns));
  add(feature(t_rule_next_shape, r, ns));
  add(feature(t_rule_prev, r, p));
  add(feature(t_glued, gap.empty() ? 1 : 2));
  bool newline = false;
  for (char c : gap) newline |= c == '\n';  // a byte or two: no memchr call
  add(feature(t_newline, newline ? 1 : 2));
  add(feature(t_since, since_bucket(since_start)));
  add(feature(t_since_rule, since_bucket(since_start), r));
  add(feature(t_prev2, p2->word));
  add(feature(t_next2, n2->word));
  add(feature(t_shapes3, p2->shape, ps, ns));
  add(feature(t_next_exact, hash_text(nxt.substr(0, 20))));
  add(feature(t_prev_last_char, static_cast<unsigned char>(prev.back())));
  add(feature(t_next_first_char, static_cast<unsigned char>(nxt.front())));
}

std::shared_ptr<const BoundaryScorer> load_boundary_model(const std::string& dir) {
  std::string path = (std::filesystem::path(dir) / kBoundaryModelFile).string();
  if (dir.empty() || !std::filesystem::exists(path)) return nullptr;
  learn::ModelReader reader(path, kBoundaryModelKind, kBoundaryModelVersion);
  return std::make_shared<const BoundaryScorer>(reader, "boundary");
}

}  // namespace dateline::tok
