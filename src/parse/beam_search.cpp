#include "beam_search.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <span>
#include <tuple>

namespace dateline::parsing {

namespace {

struct Candidate {
  int item, action;
  double score;
  // Best first; ties by item and action so results never depend on the sort's whims.
  bool operator<(const Candidate& o) const {
    return std::tie(o.score, item, action) < std::tie(score, o.item, o.action);
  }
};

// The sum of e^((scores[a] - best) / T) over the actions (all scores <= best), to about 1e-5
// relative error, eight lanes at a time with GCC vector types: an exponential per action and
// state made libm's expf a fifth of the beam's own cost. e^x = 2^t = 2^floor(t) * 2^f, the latter
// by a degree-6 polynomial on [0, 1); below e^-87 (1.6e-38) it adds nothing.
float sum_of_exps(std::span<const float> scores, float best, float inv_t) {
  typedef float v8f __attribute__((vector_size(32)));
  typedef int32_t v8i __attribute__((vector_size(32)));
  v8f sum = {};
  const size_t n = scores.size();
  for (size_t a = 0; a < n; a += 8) {
    v8f x;
    for (int j = 0; j < 8; ++j) x[j] = a + j < n ? (scores[a + j] - best) * inv_t : -87.0f;
    x = x < -87.0f ? -87.0f : x;
    v8f t = x * 1.44269504f;
    v8i whole = __builtin_convertvector(t, v8i);  // toward zero: one too high when t has a fraction
    v8f whole_f = __builtin_convertvector(whole, v8f);
    whole += whole_f > t;  // a true comparison is -1
    v8f f = t - __builtin_convertvector(whole, v8f);
    v8f p = v8f{} + 1.5316e-4f;
    p = p * f + 1.3398e-3f;
    p = p * f + 9.6184e-3f;
    p = p * f + 5.5504e-2f;
    p = p * f + 2.40227e-1f;
    p = p * f + 6.931472e-1f;
    p = p * f + 1.0f;
    sum += reinterpret_cast<v8f>((whole + 127) << 23) * p;
  }
  float z = 0;
  for (int j = 0; j < 8; ++j) z += sum[j];
  return z;
}

}  // namespace

ParseState beam_parse(int words, int actions, const ActionScorer& score, const BeamOptions& options) {
  const size_t width = static_cast<size_t>(std::max(1, options.width));
  const float inv_t = 1.0f / std::max(1e-6f, options.temperature);
  // States live in two pools that swap roles each step; `live` of them are in the beam.
  std::vector<ParseState> beam, next;
  beam.emplace_back(words);
  size_t live = 1;
  std::vector<double> beam_score{0.0}, next_score;
  std::vector<float> scores(actions);
  std::vector<Candidate> candidates;
  std::vector<int> uses;
  while (!beam[0].terminal()) {
    candidates.clear();
    for (size_t i = 0; i < live; ++i) {
      std::fill(scores.begin(), scores.end(), 0.0f);
      score(beam[i], scores);
      // Illegal actions drop out. Action 0 is SHIFT, odd actions LEFT, even ones RIGHT.
      if (!beam[i].legal(Move::shift)) scores[0] = -INFINITY;
      if (!beam[i].legal(Move::left))
        for (int a = 1; a < actions; a += 2) scores[a] = -INFINITY;
      if (!beam[i].legal(Move::right))
        for (int a = 2; a < actions; a += 2) scores[a] = -INFINITY;
      const float best = *std::max_element(scores.begin(), scores.end());
      // The log-softmax of scores / T over the legal actions. Its normaliser is the same for
      // every candidate of a lone state, so it is only computed when states compete.
      double base = beam_score[i];
      if (live > 1) {
        const float z = sum_of_exps(scores, best, inv_t);
        base -= std::log(z);
      }
      const float lowest = best - options.margin * options.temperature;
      for (int a = 0; a < actions; ++a)
        if (scores[a] >= lowest) candidates.push_back({static_cast<int>(i), a, base + (scores[a] - best) * inv_t});
    }
    size_t keep = std::min(width, candidates.size());
    std::partial_sort(candidates.begin(), candidates.begin() + keep, candidates.end());
    while (keep > 1 && candidates[keep - 1].score < candidates[0].score - options.margin) --keep;
    // A state that goes on in one candidate only is moved, not copied.
    uses.assign(live, 0);
    for (size_t c = 0; c < keep; ++c) ++uses[candidates[c].item];
    while (next.size() < keep) next.emplace_back(0);
    next_score.resize(keep);
    for (size_t c = 0; c < keep; ++c) {
      const Candidate& cand = candidates[c];
      if (--uses[cand.item] == 0)
        std::swap(next[c], beam[cand.item]);
      else
        next[c] = beam[cand.item];
      next[c].apply(cand.action);
      next_score[c] = cand.score;
    }
    std::swap(beam, next);
    live = keep;
    std::swap(beam_score, next_score);
  }
  return std::move(beam[0]);
}

}  // namespace dateline::parsing
