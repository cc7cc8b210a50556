// The parser's feature templates over an arc-hybrid state.
#pragma once

#include <cstdint>
#include <vector>

#include "arc_hybrid.hpp"
#include "dateline/document.hpp"
#include "learn/word_clusters.hpp"

namespace dateline::parsing {

// Hashed word attributes of one sentence, indexed by word (0 = root) with a "none" entry for -1.
class SentenceKeys {
 public:
  // Without clusters (an empty table) the cluster templates are left out.
  SentenceKeys(const std::vector<Token>& words, const learn::WordClusters& clusters);
  uint64_t w(int i) const { return form_[i + 1]; }   // lowercased form
  uint64_t p(int i) const { return tag_[i + 1]; }    // XPOS
  uint64_t u(int i) const { return upos_[i + 1]; }   // UPOS
  uint64_t c(int i) const { return fine_[i + 1]; }   // fine word cluster (the tag if the word has none)
  uint64_t cc(int i) const { return coarse_[i + 1]; }  // coarse word cluster (likewise)
  bool has_clusters() const { return !fine_.empty(); }

 private:
  std::vector<uint64_t> form_, tag_, upos_, fine_, coarse_;
};

void parser_features(const ParseState& state, const SentenceKeys& keys, std::vector<uint64_t>& out);

}  // namespace dateline::parsing
