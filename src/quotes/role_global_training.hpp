// Training the attribution tagger (role_tagger.hpp): the weights of its two parts, learnt word
// by word or on whole role sequences, so that they fit the beam search that decodes with them.
#pragma once

#include <span>
#include <vector>

#include "dateline/document.hpp"
#include "dateline/learn/perceptron.hpp"
#include "quotes/role_tagger.hpp"

namespace dateline::quotes {

// The perceptrons of RoleModel's two parts, updated together.
class RoleTrainer {
 public:
  // Scores of every role for a word after roles (prev, prev2), with the current weights.
  void score(const RoleWordFeatures& word, int prev, int prev2, std::span<float> scores) const;
  // The same from the word's context-part scores (context_scores(), once per word), so that
  // a beam's hypotheses do not look them up again each.
  void context_scores(const RoleWordFeatures& word, std::span<float> context) const;
  void score(const RoleWordFeatures& word, int prev, int prev2, std::span<const float> context,
             std::span<float> scores) const;
  // Adds `delta` to the weights that score `role` for this word after (prev, prev2).
  void add(const RoleWordFeatures& word, int prev, int prev2, int role, float delta);
  void tick() { own_.tick(), context_.tick(); }
  RoleModel average() const { return {own_.average(), context_.average()}; }

 private:
  learn::PerceptronTrainer own_{kRoleCount}, context_{kContextClasses};
  mutable std::vector<uint64_t> pair_;
  mutable std::vector<float> context_scores_ = std::vector<float>(kContextClasses);
};

// What the training search adds to a hypothesis for giving a gold cue word, or a gold content
// word, another role (in score units).
struct RoleCosts {
  float cue = 0.0f, content = 0.0f;
};

// One training step on an article: decodes `words` in a beam of `beam_width` with the
// trainer's current weights plus `costs`; wherever the gold roles fall out of the beam, the gold
// roles since the last such point gain and the beam's best loses, and the search resumes from
// the gold roles. Returns the roles the search predicted.
std::vector<int> train_article_globally(RoleTrainer& trainer, const Document& doc, const std::vector<RoleWord>& words,
                                        const std::vector<int>& gold, size_t beam_width, RoleCosts costs = {});

}  // namespace dateline::quotes
