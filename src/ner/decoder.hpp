// Greedy left-to-right BILOU decoding of one article, for training (current perceptron weights,
// updated at every step). Tagging uses the beam search of beam_decoder.hpp.
#pragma once

#include <span>
#include <vector>

#include "features.hpp"

namespace dateline::ner {

// Scorer: anything with score(span<const uint64_t>, span<float>).
// OnStep(features, predicted label, sentence index, word index) is called at every word, so the
// trainer can update; it may return a label to use as history instead (the gold one), or -1.
template <class Scorer, class OnStep>
std::vector<std::vector<int>> decode_document(const Scorer& scorer, const WordClusters& clusters,
                                              const TrainingNames& names,
                                              const std::vector<std::vector<std::string>>& sentences,
                                              const std::vector<std::vector<std::string>>& pos, OnStep&& on_step) {
  DocumentStats stats = document_stats(sentences);
  LabelHistory history;
  std::vector<std::vector<int>> out;
  std::vector<uint64_t> feats;
  std::vector<float> scores(num_labels());
  for (size_t s = 0; s < sentences.size(); ++s) {
    const auto& words = sentences[s];
    SentenceFeatures sf(words, pos.empty() ? kNoTags : pos[s], stats, clusters, names);
    std::vector<int> labels(words.size(), 0);
    int prev1 = -1, prev2 = -1;
    for (size_t i = 0; i < words.size(); ++i) {
      sf.features(static_cast<int>(i), prev1, prev2, history, feats);
      std::fill(scores.begin(), scores.end(), 0.0f);
      scorer.score(feats, scores);
      int best = -1;
      for (int l = 0; l < num_labels(); ++l)
        if (allowed_after(prev1, l) && (best < 0 || scores[l] > scores[best])) best = l;
      int used = on_step(std::span<const uint64_t>(feats), best, s, i);
      labels[i] = used >= 0 ? used : best;
      prev2 = prev1;
      prev1 = labels[i];
    }
    history.record(words, labels);
    out.push_back(std::move(labels));
  }
  return out;
}

}  // namespace dateline::ner
