// The learned attribution tagger: every word of an article gets one PolNeAR role (cue, content,
// source, or none) in BIO form, by a left-to-right averaged perceptron over word, tag,
// dependency and quote-mark features, decoded in a beam. PolNeAR gives each token at most one
// role, so the whole article is one sequence; content may run across sentences.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "dateline/document.hpp"
#include "dateline/learn/perceptron.hpp"

namespace dateline::quotes {

enum Role : int { kOutside, kCueBegin, kCueInside, kContentBegin, kContentInside, kSourceBegin, kSourceInside, kRoleCount };

// One word of the flat article sequence, with what the features need precomputed.
struct RoleWord {
  int sentence = 0, index = 0;  // Document::sentences[sentence].tokens[index]
  std::string lower;
  int quote_depth = 0;          // 0 outside quote marks, 1 inside
  bool quote_mark = false;
  bool paragraph_start = false;  // first word of a paragraph
  std::string_view cue_class;    // speech | belief | intention when the cue lexicon lists the word
  uint64_t lower_hash = 0, upos_hash = 0;  // hash_text of lower and of the token's UPOS
  // hash_text of the token's lemma, XPOS and relation and of cue_class, read by the features of
  // this word and of the words it heads.
  uint64_t lemma_hash = 0, xpos_hash = 0, deprel_hash = 0, cue_class_hash = 0;
  uint8_t cue_sides = 0;  // 2: another word of the sentence before it is a cue word; 1: one after
  uint8_t governs = 0;    // 1: heads a ccomp or parataxis; 2: an xcomp; 4: a subject
  // What the word's first two complements are, as their relation and preposition ("obl against":
  // "warned against X"; "nmod of": "an opponent of X"), and for a preposition or subordinator,
  // the relation it marks and the word that relation hangs from ("of" → nmod, "opponent").
  uint64_t frames[2] = {0, 0};
  uint64_t marks = 0;
};

std::vector<RoleWord> role_words(const Document& doc);

// A word's features in the parts of the model that read them:
//   own      the word alone; weights per role (kRoleCount classes);
//   context  the word's features whose weights depend on the previous role: weights per
//            (previous role, role) pair (kRoleCount² classes, context_class()), so one look-up
//            serves every hypothesis of a beam whatever role it ends in;
// and role_pair_features(), the two previous roles alone, which the `own` part weighs.
struct RoleWordFeatures {
  std::vector<uint64_t> own, context;
};
void role_word_features(const Document& doc, const std::vector<RoleWord>& words, size_t i, RoleWordFeatures& out);
void role_pair_features(int prev, int prev2, std::vector<uint64_t>& out);
constexpr int kContextClasses = kRoleCount * kRoleCount;
constexpr int context_class(int prev, int role) { return prev * kRoleCount + role; }

// The weights of the two parts.
struct RoleModel {
  learn::LinearModel own, context;
};

// Whether role `r` may follow `prev`: an I- cue or source continues its own role (content may
// resume across a cue or source).
inline bool role_allowed_after(int prev, int r) {
  return !((r == kCueInside && prev != kCueBegin && prev != kCueInside) ||
           (r == kSourceInside && prev != kSourceBegin && prev != kSourceInside));
}

class RoleTagger {
 public:
  static constexpr const char* kKind = "quote-roles";
  // Version 2: the previous-role features are their own part (RoleModel::context).
  static constexpr uint32_t kVersion = 2;

  // `cue_bias` and `content_bias` are added to the B-cue and B-content scores when decoding;
  // `beam_margin` prunes the beam (0: width only).
  explicit RoleTagger(RoleModel model, float cue_bias = 0.0f, float content_bias = 0.0f,
                      float beam_margin = kBeamMargin);
  // models_dir/en_quotes.dlm, or nullptr when the file is missing (the rules then work alone).
  static std::unique_ptr<RoleTagger> load_from(const std::string& models_dir);
  static RoleTagger load(const std::string& path);

  // The beam search of tag() keeps at most kBeamWidth hypotheses, and only those within
  // kBeamMargin (in the model's score units) of the best. Chosen on PolNeAR dev with the first
  // word-by-word model: greedy
  // F1 69.5; width 8 without a margin 71.2 (4.4 distinct previous roles scored per word);
  // margin 64: 71.2 (2.2); margin 32: 71.0 (1.35), cue F1 70.9; margin 16: 70.7 (1.13).
  // Re-check the margin when the model is retrained (its scores may scale differently). A model
  // trained on whole articles (QuoteTrainOptions::global_beam) takes no margin, which its file
  // says (metadata beam_margin 0): its scores swing within an article, and a margin of 300
  // cost 1.2 cue F1 on dev (docs/quotes.md, section 2b).
  static constexpr size_t kBeamWidth = 8;
  static constexpr float kBeamMargin = 32.0f;
  // Added to a word's score for starting a cue and for starting a content: the tagger trades
  // recall for precision (dev cue P/R 83.3 / 66.8 without), and cue F1 gains from leaning the
  // other way. In the model's score units, so it belongs to the model: the file's metadata
  // `role_bias` ([cue, content], from `dateline train quotes --cue-bias --content-bias`) gives
  // it; a file without the key takes kDefaultRoleBias, chosen on PolNeAR dev for the first
  // word-by-word model (cue F1 74.2 -> 74.9; the same values
  // gave +0.5 to +0.9 with four other retrained models).
  static constexpr float kDefaultRoleBias[2] = {5.0f, 20.0f};

  // The role of every word of role_words(doc), in BIO form with consistent I- tags: the best
  // sequence a beam search over the previous two roles finds.
  std::vector<int> tag(const Document& doc, const std::vector<RoleWord>& words) const;

 private:
  RoleModel model_;
  float role_bias_[kRoleCount] = {};
  float beam_margin_ = kBeamMargin;
  std::vector<float> pair_scores_;  // [prev][prev2][role]: the features of two previous roles alone
};

}  // namespace dateline::quotes
