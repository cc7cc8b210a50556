#include "global_training.hpp"

#include <algorithm>

#include "beam_decoder.hpp"

namespace dateline::ner {
namespace {

struct Hypothesis {
  std::vector<int> labels;
  float score = 0.0f;
  bool gold = true;  // every label so far is the gold one
};

int label_at(const std::vector<int>& labels, int i) { return i < 0 ? -1 : labels[i]; }

// The gold prefix gains and `guess`'s loses, on the first `length` words.
void update(learn::PerceptronTrainer& trainer, const SentenceFeatures& sf, const LabelHistory& history,
            const std::vector<int>& gold, const std::vector<int>& guess, int length) {
  std::vector<uint64_t> feats;
  for (int j = 0; j < length; ++j) {
    bool same = true;  // identical features: the two updates would cancel
    for (int k = j - 2; k <= j; ++k) same = same && label_at(gold, k) == label_at(guess, k);
    if (same) continue;
    feats.clear();
    sf.features(j, label_at(gold, j - 1), label_at(gold, j - 2), history, feats);
    trainer.add(feats, gold[j], 1.0f);
    feats.clear();
    sf.features(j, label_at(guess, j - 1), label_at(guess, j - 2), history, feats);
    trainer.add(feats, guess[j], -1.0f);
  }
}

// The best sequence the beam finds among those `allowed(i, label)` lets through.
template <class Allowed>
std::vector<Hypothesis> beam_search(const learn::PerceptronTrainer& trainer, const SentenceFeatures& sf,
                                    const LabelHistory& history, size_t beam, const std::vector<int>& target,
                                    Allowed allowed, int& violation, std::vector<int>& violating_guess) {
  const int n = static_cast<int>(sf.size());
  std::vector<Hypothesis> kept(1), next;
  std::vector<float> base(num_labels()), scores(num_labels());
  std::vector<uint64_t> feats;
  for (int i = 0; i < n; ++i) {
    std::fill(base.begin(), base.end(), 0.0f);
    trainer.score(sf.static_features(i), base);
    feats.clear();
    sf.add_history_features(i, history, feats);
    trainer.score(feats, base);
    next.clear();
    for (const Hypothesis& h : kept) {
      int prev1 = label_at(h.labels, i - 1), prev2 = label_at(h.labels, i - 2);
      feats.clear();
      sf.add_label_features(i, prev1, prev2, feats);
      scores = base;
      trainer.score(feats, scores);
      for (int l = 0; l < num_labels(); ++l) {
        if (!allowed_after(prev1, l) || !allowed(i, l)) continue;
        Hypothesis x{h.labels, h.score + scores[l], h.gold && !target.empty() && l == target[i]};
        x.labels.push_back(l);
        next.push_back(std::move(x));
      }
    }
    if (next.empty()) return {};  // the constraints allow no sequence
    size_t keep = std::min(beam, next.size());
    std::partial_sort(next.begin(), next.begin() + static_cast<long>(keep), next.end(),
                      [](const Hypothesis& a, const Hypothesis& b) { return a.score > b.score; });
    next.resize(keep);
    kept.swap(next);
    bool target_kept = std::any_of(kept.begin(), kept.end(), [](const Hypothesis& h) { return h.gold; });
    if (!target.empty() && !target_kept && violation < 0) {
      violation = i + 1;
      violating_guess = kept.front().labels;
    }
  }
  // The best that may end here first.
  std::stable_partition(kept.begin(), kept.end(),
                        [n](const Hypothesis& h) { return n == 0 || may_end_after(h.labels.back()); });
  return kept;
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
  // Partial gold (a treebank): the target is the best sequence the partial labels allow.
  std::vector<int> target = gold;
  int unused = -1;
  std::vector<int> ignored;
  if (std::any_of(gold.begin(), gold.end(), [](int g) { return g < 0; })) {
    auto constrained = beam_search(trainer, sf, history, beam, {}, [&](int i, int l) { return gold_allows(gold[i], l); },
                                   unused, ignored);
    if (constrained.empty()) return std::vector<int>(n, 0);
    target = constrained.front().labels;
  }
  int violation = -1;
  std::vector<int> violating_guess;
  auto kept = beam_search(trainer, sf, history, beam, target, [](int, int) { return true; }, violation, violating_guess);
  const Hypothesis& best = kept.front();
  if (violation > 0) {
    update(trainer, sf, history, target, violating_guess, violation);
  } else if (!best.gold) {
    update(trainer, sf, history, target, best.labels, n);
  }
  return best.labels;
}

}  // namespace dateline::ner
