// Training the attribution tagger on whole role sequences (role_global_training.hpp): the
// article is decoded in a beam with the current weights, as RoleTagger::tag decodes it, and
// where the gold sequence falls out of the beam the weights are corrected on the words since
// the last correction and the search restarts from the gold prefix (Daumé & Marcu's LaSO; an
// article is hundreds of words long, so stopping at the first error as a sentence tagger does
// would leave most of it unseen).
#include "quotes/role_global_training.hpp"

#include <algorithm>

namespace dateline::quotes {
namespace {

struct Hyp {
  float score;
  int role, prev, back;  // back: index in the previous word's beam (-1: the gold prefix)
};

int role_at(const std::vector<int>& roles, long i) { return i < 0 ? kOutside : roles[static_cast<size_t>(i)]; }

// The gold roles made decodable: an I- cue or source that does not continue its role (a
// discontinuous cue, "told … that") starts a new one.
std::vector<int> decodable(std::vector<int> gold) {
  for (size_t i = 0; i < gold.size(); ++i)
    if (!role_allowed_after(role_at(gold, static_cast<long>(i) - 1), gold[i])) --gold[i];
  return gold;
}

// `guess` (the gold roles before `from`, a hypothesis from there to `to`) loses and the gold
// roles gain on words [from, to], where their features differ.
void correct(RoleTrainer& trainer, const Document& doc, const std::vector<RoleWord>& words,
             const std::vector<int>& gold, const std::vector<int>& guess, size_t from, size_t to) {
  RoleWordFeatures feats;
  for (size_t j = from; j <= to; ++j) {
    const long k = static_cast<long>(j);
    bool same = true;
    for (long b = k - 2; b <= k; ++b) same = same && role_at(gold, b) == role_at(guess, b);
    if (same) continue;
    role_word_features(doc, words, j, feats);
    trainer.add(feats, role_at(gold, k - 1), role_at(gold, k - 2), gold[j], 1.0f);
    trainer.add(feats, role_at(guess, k - 1), role_at(guess, k - 2), guess[j], -1.0f);
  }
}

}  // namespace

void RoleTrainer::context_scores(const RoleWordFeatures& word, std::span<float> context) const {
  std::fill(context.begin(), context.end(), 0.0f);
  context_.score(word.context, context);
}

void RoleTrainer::score(const RoleWordFeatures& word, int prev, int prev2, std::span<const float> context,
                        std::span<float> scores) const {
  pair_.assign(word.own.begin(), word.own.end());
  role_pair_features(prev, prev2, pair_);
  own_.score(pair_, scores);
  for (int r = 0; r < kRoleCount; ++r) scores[static_cast<size_t>(r)] += context[context_class(prev, r)];
}

void RoleTrainer::score(const RoleWordFeatures& word, int prev, int prev2, std::span<float> scores) const {
  context_scores(word, context_scores_);
  score(word, prev, prev2, context_scores_, scores);
}

void RoleTrainer::add(const RoleWordFeatures& word, int prev, int prev2, int role, float delta) {
  pair_.assign(word.own.begin(), word.own.end());
  role_pair_features(prev, prev2, pair_);
  own_.add(pair_, role, delta);
  context_.add(word.context, context_class(prev, role), delta);
}

std::vector<int> train_article_globally(RoleTrainer& trainer, const Document& doc, const std::vector<RoleWord>& words,
                                        const std::vector<int>& gold_roles, size_t beam_width, RoleCosts costs) {
  const size_t n = words.size();
  for (size_t i = 0; i < n; ++i) trainer.tick();
  const std::vector<int> gold = decodable(gold_roles);
  // Cost-augmented search: a wrong role for a gold cue or content word scores `costs` more, so
  // the weights must beat it by that margin (a cue missed costs PolNeAR an attribution).
  std::vector<float> miss_cost(n, 0.0f);
  for (size_t i = 0; i < n; ++i)
    miss_cost[i] = gold[i] == kCueBegin || gold[i] == kCueInside           ? costs.cue
                   : gold[i] == kContentBegin || gold[i] == kContentInside ? costs.content
                                                                           : 0.0f;
  std::vector<std::vector<Hyp>> beams(n + 1);
  beams[0] = {{0.0f, kOutside, kOutside, -1}};
  // Roles before `from` are gold (the search restarted there); gold_at is the gold
  // hypothesis's index in the current beam.
  size_t from = 0;
  int gold_at = 0;
  RoleWordFeatures feats;
  std::vector<float> scores(kRoleCount), context(kContextClasses);
  auto backtrack = [&](size_t end, int h) {  // the roles up to word end - 1, gold before `from`
    std::vector<int> roles(gold.begin(), gold.begin() + static_cast<long>(end));
    for (size_t i = end; i > from && h >= 0; --i) {
      roles[i - 1] = beams[i][static_cast<size_t>(h)].role;
      h = beams[i][static_cast<size_t>(h)].back;
    }
    return roles;
  };
  std::vector<int> guess;
  for (size_t i = 0; i < n; ++i) {
    role_word_features(doc, words, i, feats);
    trainer.context_scores(feats, context);
    std::vector<Hyp>& next = beams[i + 1];
    int slot[kRoleCount][kRoleCount];  // index in `next` of the hypothesis ending (role, prev)
    for (auto& row : slot) std::fill(std::begin(row), std::end(row), -1);
    for (size_t h = 0; h < beams[i].size(); ++h) {
      const Hyp& hyp = beams[i][h];
      const int prev = hyp.role;  // before the first word: {kOutside, kOutside}
      std::fill(scores.begin(), scores.end(), 0.0f);
      trainer.score(feats, prev, hyp.prev, context, scores);
      for (int r = 0; r < kRoleCount; ++r) {
        if (!role_allowed_after(prev, r)) continue;
        Hyp cand{hyp.score + scores[static_cast<size_t>(r)] + (r == gold[i] ? 0.0f : miss_cost[i]), r, prev,
                 static_cast<int>(h)};
        int& at = slot[r][prev];
        if (at < 0) at = static_cast<int>(next.size()), next.push_back(cand);
        else if (cand.score > next[static_cast<size_t>(at)].score) next[static_cast<size_t>(at)] = cand;
      }
    }
    std::sort(next.begin(), next.end(), [](const Hyp& a, const Hyp& b) { return a.score > b.score; });
    if (next.size() > beam_width) next.resize(beam_width);
    auto on_gold = std::find_if(next.begin(), next.end(),
                                [&](const Hyp& h) { return h.role == gold[i] && h.back == gold_at; });
    if (on_gold != next.end()) {
      gold_at = static_cast<int>(on_gold - next.begin());
      continue;
    }
    // The gold prefix fell out (or lost its state to a better-scoring wrong one): correct the
    // words since the last restart, then go on from the gold roles.
    std::vector<int> best = backtrack(i + 1, 0);
    guess.insert(guess.end(), best.begin() + static_cast<long>(from), best.end());
    correct(trainer, doc, words, gold, best, from, i);
    next = {{0.0f, gold[i], role_at(gold, static_cast<long>(i) - 1), -1}};
    from = i + 1;
    gold_at = 0;
  }
  if (n > from) {
    std::vector<int> best = backtrack(n, 0);
    guess.insert(guess.end(), best.begin() + static_cast<long>(from), best.end());
    if (gold_at != 0) correct(trainer, doc, words, gold, best, from, n - 1);
  }
  return guess;
}

}  // namespace dateline::quotes
