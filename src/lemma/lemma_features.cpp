#include "lemma_features.hpp"

#include "dateline/learn/hashing.hpp"
#include "tag/word_features.hpp"

namespace dateline {

using learn::feature;
using learn::hash_text;

void lemma_features(const std::string& form, const std::string& upos, const std::string& xpos,
                    std::vector<uint64_t>& out) {
  out.clear();
  std::string lower = tagging::ascii_lower(form);
  uint64_t x = hash_text(xpos), u = hash_text(upos);
  uint64_t shape = hash_text(tagging::word_shape(form));
  out.push_back(feature(1, x));
  out.push_back(feature(2, u));
  out.push_back(feature(3, shape, x));
  out.push_back(feature(4, hash_text(lower), x));
  out.push_back(feature(5, lower == form ? 1 : 0, u));
  std::string_view l(lower);
  for (size_t n = 1; n <= 6; ++n) {
    uint64_t suffix = hash_text(l.substr(l.size() > n ? l.size() - n : 0));
    out.push_back(feature(10, n, suffix));
    out.push_back(feature(20, n, suffix, x));
  }
  out.push_back(feature(30, l.size() < 8 ? l.size() : 8, x));
}

}  // namespace dateline
