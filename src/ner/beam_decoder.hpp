// Beam search over BILOU labels for tagging (training stays greedy, decoder.hpp): a few
// label sequences are kept per sentence, so an early guess that leads to a bad span can still
// lose to a runner-up, and a sentence cannot end inside a span.
#pragma once

#include <algorithm>
#include <cmath>
#include <vector>

#include "features.hpp"

namespace dateline::ner {

// Chosen on CoNLL dev + UNER EWT dev with train-only models (docs/entities.md): beam 2 at
// temperature 50 gave 89.64 -> 90.73 and 55.59 -> 57.09 over greedy decoding (beam 4: 90.84
// and 57.16, for half again the entities stage's time). The temperature
// matches the scale of the averaged perceptron's scores after about 12 epochs: far lower and
// the beam decodes greedily, far higher and it favours long spans.
constexpr size_t kBeamSize = 2;
constexpr float kScoreTemperature = 50.0f;
// A model trained on whole sequences (global_training.hpp) sums raw scores, which is cheaper
// than normalising them: a beam of 4 costs no more than the greedy model's 2 in bench_ner, and
// gains +0.3 CoNLL dev and +1.2 UNER EWT dev over a beam of 2 (docs/entities.md, version 5).
constexpr size_t kSequenceBeamSize = 4;

// One kept hypothesis at a word: its label, the hypothesis it extends at the previous word
// (-1 at the first) and the sequence's score so far.
struct BeamStep {
  int parent = -1, label = 0;
  float score = 0.0f;
};

// Whether a sentence may end after `label` (not inside a span).
inline bool may_end_after(int label) {
  char prefix = label <= 0 ? 'O' : "BILU"[(label - 1) % 4];
  return prefix == 'O' || prefix == 'L' || prefix == 'U';
}

// Adds every allowed label after `parent` (labels prev1, prev2) to `candidates`, scored by its
// log-softmax among the allowed labels on top of the parent's score. Perceptron scores are not
// comparable across histories (a forced continuation scores high), hence the normalisation.
inline void extend(int parent, int prev1, float parent_score, std::vector<float>& scores,
                   std::vector<BeamStep>& candidates, bool raw_sums) {
  if (raw_sums) {  // a model trained on whole sequences (global_training.hpp): scores add up
    for (int l = 0; l < num_labels(); ++l)
      if (allowed_after(prev1, l)) candidates.push_back({parent, l, parent_score + scores[l]});
    return;
  }
  float top = -1e30f, sum = 0.0f;
  for (int l = 0; l < num_labels(); ++l)
    if (allowed_after(prev1, l)) top = std::max(top, scores[l] / kScoreTemperature);
  for (int l = 0; l < num_labels(); ++l)
    if (allowed_after(prev1, l)) sum += std::exp(scores[l] / kScoreTemperature - top);
  const float log_norm = top + std::log(sum);
  for (int l = 0; l < num_labels(); ++l)
    if (allowed_after(prev1, l))
      candidates.push_back({parent, l, parent_score + scores[l] / kScoreTemperature - log_norm});
}

// Every position's kept hypotheses, best first. `allowed(i, label)` can forbid labels (training
// towards partial labels; with normalised scores the forbidden ones still share the softmax); where
// it forbids every label the lattice stops, and that position and the later ones keep none.
template <class Scorer, class Allowed>
std::vector<std::vector<BeamStep>> beam_lattice(const Scorer& scorer, const SentenceFeatures& sf,
                                                const LabelHistory& history, size_t beam, bool raw_sums,
                                                Allowed allowed) {
  const int n = static_cast<int>(sf.size());
  std::vector<std::vector<BeamStep>> kept(n);
  std::vector<float> base(num_labels()), scores(num_labels());
  std::vector<uint64_t> feats;
  for (int i = 0; i < n; ++i) {
    // Shared by every hypothesis: the static and history features.
    std::fill(base.begin(), base.end(), 0.0f);
    scorer.score(sf.static_features(i), base);
    feats.clear();
    sf.add_history_features(i, history, feats);
    scorer.score(feats, base);
    std::vector<BeamStep>& candidates = kept[i];
    candidates.reserve(beam * num_labels());
    const int parents = i == 0 ? 1 : static_cast<int>(kept[i - 1].size());
    for (int p = 0; p < parents; ++p) {
      const BeamStep* parent = i == 0 ? nullptr : &kept[i - 1][p];
      int prev1 = parent ? parent->label : -1;
      int prev2 = parent && parent->parent >= 0 ? kept[i - 2][parent->parent].label : -1;
      feats.clear();
      sf.add_label_features(i, prev1, prev2, feats);
      scores = base;
      scorer.score(feats, scores);
      extend(parent ? p : -1, prev1, parent ? parent->score : 0.0f, scores, candidates, raw_sums);
    }
    std::erase_if(candidates, [&](const BeamStep& c) { return !allowed(i, c.label); });
    if (candidates.empty()) break;
    size_t keep = std::min(beam, candidates.size());
    std::partial_sort(candidates.begin(), candidates.begin() + keep, candidates.end(),
                      [](const BeamStep& a, const BeamStep& b) { return a.score > b.score; });
    candidates.resize(keep);
  }
  return kept;
}

// The hypothesis to choose among the last position's: the best that does not end inside a span,
// else the best one.
inline int best_final(const std::vector<BeamStep>& last) {
  int best = 0;
  for (int h = static_cast<int>(last.size()) - 1; h >= 0; --h)
    if (may_end_after(last[h].label)) best = h;
  return best;
}

// The labels of the first i + 1 words along hypothesis h of position i.
inline std::vector<int> backtrack(const std::vector<std::vector<BeamStep>>& kept, int i, int h) {
  std::vector<int> labels(static_cast<size_t>(i + 1), 0);
  for (; i >= 0; --i) {
    labels[i] = kept[i][h].label;
    h = kept[i][h].parent;
  }
  return labels;
}

template <class Scorer>
std::vector<int> beam_sentence(const Scorer& scorer, const SentenceFeatures& sf, const LabelHistory& history,
                               size_t beam = kBeamSize, bool raw_sums = false) {
  const int n = static_cast<int>(sf.size());
  if (n == 0) return {};
  auto kept = beam_lattice(scorer, sf, history, beam, raw_sums, [](int, int) { return true; });
  return backtrack(kept, n - 1, best_final(kept[n - 1]));
}

// Labels for every sentence of an article, the history built from the chosen sequences.
template <class Scorer>
std::vector<std::vector<int>> beam_decode_document(const Scorer& scorer, const WordClusters& clusters,
                                                   const TrainingNames& names,
                                                   const std::vector<std::vector<std::string>>& sentences,
                                                   const std::vector<std::vector<std::string>>& pos,
                                                   bool trained_on_sequences) {
  const size_t beam = trained_on_sequences ? kSequenceBeamSize : kBeamSize;
  const bool raw_sums = trained_on_sequences;
  DocumentStats stats = document_stats(sentences);
  LabelHistory history;
  std::vector<std::vector<int>> out;
  for (size_t s = 0; s < sentences.size(); ++s) {
    const auto& words = sentences[s];
    SentenceFeatures sf(words, pos.empty() ? kNoTags : pos[s], stats, clusters, names);
    out.push_back(beam_sentence(scorer, sf, history, beam, raw_sums));
    history.record(words, out.back());
  }
  return out;
}

}  // namespace dateline::ner
