#include "parse_features.hpp"

#include <algorithm>
#include <array>

#include "dateline/learn/hashing.hpp"
#include "tag/word_features.hpp"

namespace dateline::parsing {

using learn::feature;
using learn::hash_combine;
using learn::hash_text;

SentenceKeys::SentenceKeys(const std::vector<Token>& words, const learn::WordClusters& clusters) {
  const uint64_t none = hash_text("<none>"), root = hash_text("<root>");
  form_ = {none, root};
  tag_ = {none, root};
  upos_ = {none, root};
  for (const Token& t : words) {
    form_.push_back(hash_text(tagging::ascii_lower(t.text)));
    tag_.push_back(hash_text(t.xpos));
    upos_.push_back(hash_text(t.upos));
  }
  if (clusters.empty()) return;
  fine_ = {none, root};
  coarse_ = {none, root};
  for (size_t i = 0; i < words.size(); ++i) {
    // Words without a class fall back to their tag, so the templates still say something.
    learn::WordClass wc = clusters.lookup(words[i].text);
    fine_.push_back(wc.fine ? learn::hash_combine(0xc1, wc.fine) : tag_[i + 2]);
    coarse_.push_back(wc.coarse ? learn::hash_combine(0xc2, wc.coarse) : upos_[i + 2]);
  }
}

void parser_features(const ParseState& st, const SentenceKeys& k, std::vector<uint64_t>& out) {
  out.clear();
  auto child = [](const std::vector<int>& v, int i) { return i > 0 ? v[i] : -1; };
  auto lab = [&](int i) -> uint64_t { return i > 0 ? static_cast<uint64_t>(st.label[i] + 1) : 0; };
  const int s0 = st.s(0), s1 = st.s(1), s2 = st.s(2), b0 = st.b(0), b1 = st.b(1), b2 = st.b(2);
  const int s0l = child(st.left1, s0), s0l2 = child(st.left2, s0), s0r = child(st.right1, s0),
            s0r2 = child(st.right2, s0), b0l = child(st.left1, b0), b0l2 = child(st.left2, b0),
            s1l = child(st.left1, s1), s1r = child(st.right1, s1);
  // feature(t, ...) with its first step, the template's own hash, read from a table (the keys
  // are the same; there are ~135 templates).
  static constexpr auto kTemplateSeeds = [] {
    std::array<uint64_t, 256> seeds{};
    for (uint32_t i = 0; i < seeds.size(); ++i) seeds[i] = learn::mix64(i + 1);  // as feature() computes it
    return seeds;
  }();
  uint32_t t = 0;
  auto add1 = [&](uint64_t a) { out.push_back(hash_combine(kTemplateSeeds[++t], a)); };
  auto add2 = [&](uint64_t a, uint64_t b) { out.push_back(hash_combine(hash_combine(kTemplateSeeds[++t], a), b)); };
  auto add3 = [&](uint64_t a, uint64_t b, uint64_t c) {
    out.push_back(hash_combine(hash_combine(hash_combine(kTemplateSeeds[++t], a), b), c));
  };

  // Single words.
  for (int i : {s0, b0, b1, s1}) {
    add1(k.w(i));
    add1(k.p(i));
    add2(k.w(i), k.p(i));
  }
  add1(k.p(b2));
  add1(k.w(b2));
  add1(k.p(s2));
  add1(k.u(s0));
  add1(k.u(b0));
  // Pairs.
  add2(hash_combine(k.w(s0), k.p(s0)), hash_combine(k.w(b0), k.p(b0)));
  add3(k.w(s0), k.p(s0), k.w(b0));
  add3(k.w(s0), k.p(s0), k.p(b0));
  add3(k.w(s0), k.w(b0), k.p(b0));
  add3(k.p(s0), k.w(b0), k.p(b0));
  add2(k.w(s0), k.w(b0));
  add2(k.p(s0), k.p(b0));
  add2(k.p(b0), k.p(b1));
  add2(k.w(s1), k.w(s0));
  add2(k.p(s1), k.p(s0));
  add3(k.w(s1), k.p(s1), k.p(s0));
  add3(k.p(s1), k.w(s0), k.p(s0));
  add2(k.p(s1), k.p(b0));
  add2(k.w(s1), k.w(b0));
  // Triples.
  add3(k.p(b0), k.p(b1), k.p(b2));
  add3(k.p(s0), k.p(b0), k.p(b1));
  add3(k.p(s1), k.p(s0), k.p(b0));
  add3(k.p(s2), k.p(s1), k.p(s0));
  add3(k.p(s0), k.p(s0l), k.p(b0));
  add3(k.p(s0), k.p(s0r), k.p(b0));
  add3(k.p(s0), k.p(b0), k.p(b0l));
  add3(k.p(s1), k.p(s1r), k.p(s0));
  add3(k.p(s1), k.p(s1l), k.p(s0));
  // Distance between s0 and b0.
  uint64_t d = 0;
  if (s0 > 0 && b0 > 0) d = static_cast<uint64_t>(std::min(b0 - s0, 6));
  uint64_t d1 = 0;
  if (s1 >= 0 && s0 > 0) d1 = static_cast<uint64_t>(std::min(s0 - s1, 6));
  add2(k.w(s0), d);
  add2(k.p(s0), d);
  add2(k.w(b0), d);
  add2(k.p(b0), d);
  add3(k.w(s0), k.w(b0), d);
  add3(k.p(s0), k.p(b0), d);
  add3(k.p(s1), k.p(s0), d1);
  add2(k.w(s1), d1);
  // Valency.
  auto nl = [&](int i) -> uint64_t { return i > 0 ? st.n_left[i] : 0; };
  auto nr = [&](int i) -> uint64_t { return i > 0 ? st.n_right[i] : 0; };
  add2(k.w(s0), nr(s0));
  add2(k.p(s0), nr(s0));
  add2(k.w(s0), nl(s0));
  add2(k.p(s0), nl(s0));
  add2(k.w(b0), nl(b0));
  add2(k.p(b0), nl(b0));
  add2(k.p(s1), nr(s1));
  // Children.
  for (int c : {s0l, s0r, b0l, s0l2, s0r2, b0l2, s1l, s1r}) {
    add1(k.w(c));
    add1(k.p(c));
    add1(lab(c));
  }
  add3(k.p(s0), k.p(s0l), k.p(s0l2));
  add3(k.p(s0), k.p(s0r), k.p(s0r2));
  add3(k.p(b0), k.p(b0l), k.p(b0l2));
  add3(k.p(s0), lab(s0l), lab(s0r));
  add3(k.p(s1), lab(s1l), lab(s1r));
  // Label sets.
  auto ls = [&](int i) -> uint64_t { return i > 0 ? st.left_labels[i] : 0; };
  auto rs = [&](int i) -> uint64_t { return i > 0 ? st.right_labels[i] : 0; };
  add2(k.w(s0), rs(s0));
  add2(k.p(s0), rs(s0));
  add2(k.w(s0), ls(s0));
  add2(k.p(s0), ls(s0));
  add2(k.w(b0), ls(b0));
  add2(k.p(b0), ls(b0));
  add2(k.p(s1), rs(s1));
  // Whether the buffer is empty matters for the root.
  add2(b0 < 0 ? 1 : 0, k.p(s0));
  add2(static_cast<uint64_t>(std::min<size_t>(st.stack.size(), 4)), k.p(b0));
  // Word clusters (Koo et al. 2008): attachment preferences of word classes, which generalise
  // beyond the words seen in the treebank and are robust to tagging errors.
  if (!k.has_clusters()) return;
  for (int i : {s0, b0, b1, s1}) add1(k.c(i));
  add2(k.c(s0), k.c(b0));
  add2(k.c(s0), k.p(b0));
  add2(k.p(s0), k.c(b0));
  add2(k.c(s1), k.c(s0));
  add3(k.cc(s0), k.cc(b0), d);
  add3(k.cc(s1), k.cc(s0), k.cc(b0));
  add3(k.cc(s0), k.cc(b0), k.cc(b1));
  add2(k.c(s0), k.c(s0l));
  add2(k.c(s0), k.c(s0r));
  add2(k.c(b0), k.c(b0l));
}

}  // namespace dateline::parsing
