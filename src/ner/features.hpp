// Feature extraction for the NER tagger. Static features (the words around a position, their
// shapes and affixes, gazetteer matches, document statistics) are computed once per sentence;
// the dynamic ones (previous labels, what this word was labelled earlier in the article) are
// added at each step of greedy decoding.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "learn/word_clusters.hpp"
#include "training_names.hpp"

namespace dateline::ner {

using learn::WordClass;
using learn::WordClusters;

// The label set: O, then B I L U for each coarse type.
inline const std::vector<std::string>& coarse_types() {
  static const std::vector<std::string> types{"PER", "ORG", "LOC", "MISC"};
  return types;
}
// 1 + 4 * types (tested against coarse_types()); constant, so the decoders' loops over labels
// and the BILOU table below cost nothing to consult.
constexpr int num_labels() { return 1 + 4 * 4; }
std::string label_name(int label);              // "O", "B-PER", "L-ORG", ...
int label_index(const std::string& bilou_tag);  // inverse of label_name; -1 if unknown
std::vector<int> bilou_labels(const std::vector<std::string>& iob2_tags);
std::vector<std::string> iob2_from_labels(const std::vector<int>& labels);

// Whether `label` may follow `previous` in BILOU (previous -1 = sentence start): after B or I
// only I or L of the same type, after anything else only O, B or U.
constexpr bool bilou_allows(int previous, int label) {
  auto prefix = [](int l) { return l <= 0 ? 'O' : "BILU"[(l - 1) % 4]; };
  char p = prefix(previous), c = prefix(label);
  if (p == 'B' || p == 'I') return (c == 'I' || c == 'L') && (previous - 1) / 4 == (label - 1) / 4;
  return c == 'O' || c == 'B' || c == 'U';
}
inline bool allowed_after(int previous, int label) {
  static constexpr auto kTable = [] {
    std::array<std::array<bool, num_labels()>, num_labels() + 1> t{};  // row 0: sentence start
    for (int p = -1; p < num_labels(); ++p)
      for (int l = 0; l < num_labels(); ++l) t[p + 1][l] = bilou_allows(p, l);
    return t;
  }();
  return kTable[previous + 1][label];
}

// What the article says about each word, gathered before tagging it.
struct DocumentStats {
  std::unordered_map<std::string, int> lower_mid_sentence;  // folded word → times written lower case
  std::unordered_map<std::string, int> capitalised_mid_sentence;
  // Folded capitalised word → the words around each of its occurrences in the article (context
  // aggregation: "Jordan" after "coach" in one sentence is a person in every sentence).
  std::unordered_map<std::string, std::vector<uint64_t>> contexts;
};
DocumentStats document_stats(const std::vector<std::vector<std::string>>& sentences);

// Labels given to each folded word earlier in the article (extended prediction history).
struct LabelHistory {
  std::unordered_map<std::string, std::vector<int>> type_counts;  // folded word → count per type
  void record(const std::vector<std::string>& words, const std::vector<int>& labels);
};

// The part-of-speech tags of a sentence tagged without them.
inline const std::vector<std::string> kNoTags;

class SentenceFeatures {
 public:
  // `clusters` and `names` may be empty (a model trained without unlabeled text or before
  // training names were kept); so may `pos`, the words' predicted Penn tags (a model trained
  // without them).
  SentenceFeatures(const std::vector<std::string>& words, const std::vector<std::string>& pos,
                   const DocumentStats& stats, const WordClusters& clusters, const TrainingNames& names);
  // Every feature of position i given the two previous labels and the history.
  void features(int i, int prev1, int prev2, const LabelHistory& history, std::vector<uint64_t>& out) const;
  // The same in three parts, for the beam search: what depends on neither the labels nor the
  // history, what depends on the two previous labels, and what on the history (appended to out).
  const std::vector<uint64_t>& static_features(int i) const { return static_[i]; }
  void add_label_features(int i, int prev1, int prev2, std::vector<uint64_t>& out) const;
  void add_history_features(int i, const LabelHistory& history, std::vector<uint64_t>& out) const;
  size_t size() const { return static_.size(); }

 private:
  std::vector<std::string> folded_;
  std::vector<std::string> shapes_;
  std::vector<uint64_t> short_shape_hash_, folded_hash_;  // per word, for the label features
  std::vector<std::vector<uint64_t>> static_;
};

}  // namespace dateline::ner
