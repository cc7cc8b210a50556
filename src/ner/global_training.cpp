#include "global_training.hpp"

#include <algorithm>

#include "beam_decoder.hpp"

namespace dateline::ner {
namespace {

int label_at(const std::vector<int>& labels, int i) { return i < 0 ? -1 : labels[i]; }

// The target prefix gains and `guess`'s loses, on the first `length` words.
void update(learn::PerceptronTrainer& trainer, const SentenceFeatures& sf, const LabelHistory& history,
            const std::vector<int>& target, const std::vector<int>& guess, int length) {
  std::vector<uint64_t> feats;
  for (int j = 0; j < length; ++j) {
    bool same = true;  // identical features: the two updates would cancel
    for (int k = j - 2; k <= j; ++k) same = same && label_at(target, k) == label_at(guess, k);
    if (same) continue;
    feats.clear();
    sf.features(j, label_at(target, j - 1), label_at(target, j - 2), history, feats);
    trainer.add(feats, target[j], 1.0f);
    feats.clear();
    sf.features(j, label_at(guess, j - 1), label_at(guess, j - 2), history, feats);
    trainer.add(feats, guess[j], -1.0f);
  }
}

// Whether a gold entry lets `label` through: a label, kOpen (-1, anything) or kNoName (-2: O or
// MISC, a treebank word that is no PER/ORG/LOC name).
bool gold_allows(int gold, int label) {
  if (gold >= 0) return gold == label;
  if (gold == -1) return true;
  return label == 0 || coarse_types()[(label - 1) / 4] == "MISC";
}

}  // namespace

std::vector<int> train_sentence_globally(learn::PerceptronTrainer& trainer, const SentenceFeatures& sf,
                                         const LabelHistory& history, const std::vector<int>& gold, size_t beam) {
  const int n = static_cast<int>(sf.size());
  for (int i = 0; i < std::max(n, 1); ++i) trainer.tick();
  if (n == 0) return {};
  // Partial gold (a treebank): the target is the best sequence the partial labels allow.
  std::vector<int> target = gold;
  if (std::any_of(gold.begin(), gold.end(), [](int g) { return g < 0; })) {
    auto allowed = beam_lattice(trainer, sf, history, beam, true, [&](int i, int l) { return gold_allows(gold[i], l); });
    if (allowed[n - 1].empty()) return std::vector<int>(n, 0);
    target = backtrack(allowed, n - 1, best_final(allowed[n - 1]));
  }
  auto kept = beam_lattice(trainer, sf, history, beam, true, [](int, int) { return true; });
  const int best = best_final(kept[n - 1]);
  // Follow the target through the beam; where it falls out, update on that prefix (early update).
  int on_target = -1;
  for (int i = 0; i < n; ++i) {
    auto it = std::find_if(kept[i].begin(), kept[i].end(),
                           [&](const BeamStep& h) { return h.label == target[i] && h.parent == on_target; });
    if (it == kept[i].end()) {
      update(trainer, sf, history, target, backtrack(kept, i, 0), i + 1);
      return backtrack(kept, n - 1, best);
    }
    on_target = static_cast<int>(it - kept[i].begin());
  }
  if (best != on_target) update(trainer, sf, history, target, backtrack(kept, n - 1, best), n);
  return backtrack(kept, n - 1, best);
}

}  // namespace dateline::ner
