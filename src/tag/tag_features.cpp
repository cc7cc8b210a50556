#include "tag_features.hpp"

#include "dateline/learn/hashing.hpp"

namespace dateline::tagging {

using learn::feature;

void tagger_features(const std::vector<WordKeys>& words, size_t i, int prev1, int prev2,
                     std::vector<uint64_t>& out) {
  auto lower_at = [&](long j) {
    return j < 0 || j >= static_cast<long>(words.size()) ? padding_key(static_cast<int>(j - static_cast<long>(i)))
                                                          : words[j].lower;
  };
  auto suffix3_at = [&](long j) {
    return j < 0 || j >= static_cast<long>(words.size()) ? padding_key(static_cast<int>(j - static_cast<long>(i)))
                                                          : words[j].suffix[2];
  };
  auto shape_at = [&](long j) {
    return j < 0 || j >= static_cast<long>(words.size()) ? padding_key(static_cast<int>(j - static_cast<long>(i)))
                                                          : words[j].shape;
  };
  auto ambiguity_at = [&](long j) {
    return j < 0 || j >= static_cast<long>(words.size()) ? padding_key(static_cast<int>(j - static_cast<long>(i)))
                                                          : words[j].ambiguity;
  };
  const WordKeys& w = words[i];
  long k = static_cast<long>(i);
  uint64_t t1 = static_cast<uint64_t>(prev1 + 2), t2 = static_cast<uint64_t>(prev2 + 2);
  out.clear();
  out.push_back(feature(1, 0));
  out.push_back(feature(2, w.lower));
  out.push_back(feature(3, w.form));
  for (int n = 0; n < 4; ++n) out.push_back(feature(4, static_cast<uint64_t>(n), w.suffix[n]));
  for (int n = 0; n < 3; ++n) out.push_back(feature(5, static_cast<uint64_t>(n), w.prefix[n]));
  out.push_back(feature(6, w.shape));
  out.push_back(feature(7, lower_at(k - 1)));
  out.push_back(feature(8, lower_at(k + 1)));
  out.push_back(feature(9, lower_at(k - 2)));
  out.push_back(feature(10, lower_at(k + 2)));
  out.push_back(feature(11, suffix3_at(k - 1)));
  out.push_back(feature(12, suffix3_at(k + 1)));
  out.push_back(feature(13, t1));
  out.push_back(feature(14, t2));
  out.push_back(feature(15, t1, t2));
  out.push_back(feature(16, t1, w.lower));
  out.push_back(feature(17, lower_at(k - 1), w.lower));
  out.push_back(feature(18, w.lower, lower_at(k + 1)));
  out.push_back(feature(19, shape_at(k + 1)));
  out.push_back(feature(20, shape_at(k - 1), w.shape));
  out.push_back(feature(21, i == 0 ? 1 : 0, w.shape));
  out.push_back(feature(22, t1, w.suffix[2]));
  out.push_back(feature(23, lower_at(k + 1), lower_at(k + 2)));
  out.push_back(feature(24, t1, lower_at(k + 1)));
  // Ambiguity classes: what the neighbours can be, a cheap stand-in for right-context tags.
  out.push_back(feature(25, w.ambiguity));
  out.push_back(feature(26, ambiguity_at(k + 1)));
  out.push_back(feature(27, ambiguity_at(k + 2)));
  out.push_back(feature(28, w.ambiguity, ambiguity_at(k + 1)));
  out.push_back(feature(29, t1, ambiguity_at(k + 1)));
  out.push_back(feature(30, t1, w.ambiguity));
  out.push_back(feature(31, w.lower, ambiguity_at(k + 1)));
  out.push_back(feature(40, w.sentence_case, w.shape));
  out.push_back(feature(41, w.sentence_case, w.lower));
  out.push_back(feature(42, w.shape, shape_at(k + 1)));
  out.push_back(feature(44, w.open_quote, w.shape));
  // Distributional classes from raw text generalise to words rare in the treebank.
  if (w.fine == 0 && w.capitalised == 0) return;  // model trained without clusters, or unknown word
  auto fine_at = [&](long j) {
    return j < 0 || j >= static_cast<long>(words.size()) ? padding_key(static_cast<int>(j - static_cast<long>(i)))
                                                          : words[j].fine;
  };
  out.push_back(feature(32, w.fine));
  out.push_back(feature(33, w.coarse));
  out.push_back(feature(34, fine_at(k - 1), w.fine));
  out.push_back(feature(35, w.fine, fine_at(k + 1)));
  out.push_back(feature(36, t1, w.fine));
  out.push_back(feature(37, w.capitalised, w.shape));
  out.push_back(feature(38, w.capitalised, i == 0 ? 1 : 0));
  out.push_back(feature(39, w.coarse, ambiguity_at(k + 1)));
  out.push_back(feature(43, w.sentence_case, w.capitalised, w.letter_case));
}

}  // namespace dateline::tagging
