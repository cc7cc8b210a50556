// Lemmatiser learned from a treebank: a lexicon of seen (form, XPOS) → lemma pairs, and for
// unseen words an averaged-perceptron choice among the edit scripts seen in training
// ("lowercase, cut 3 letters, add 'y'"), scored from the word's suffixes and tags.
#pragma once

#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "dateline/conllu.hpp"
#include "dateline/document.hpp"
#include "dateline/learn/perceptron.hpp"
#include "dateline/learn/training.hpp"
#include "dateline/stage.hpp"

namespace dateline {

class Lemmatizer {
 public:
  static constexpr const char* kKind = "lemmatizer";
  static constexpr uint32_t kVersion = 1;

  static Lemmatizer load(const std::string& path);
  void save(const std::string& path, const nlohmann::json& metadata = {}) const;

  // Sets Token::lemma from text, upos and xpos (run the tagger first).
  void lemmatize(std::vector<Token>& words) const;
  std::string lemma_of(const std::string& form, const std::string& upos, const std::string& xpos) const;

  // Trains with the gold tags of `train`; the best epoch on dev (gold tags) is kept.
  static Lemmatizer train(const std::vector<conllu::Sentence>& train, const std::vector<conllu::Sentence>& dev,
                          const learn::TrainOptions& options);

  size_t lexicon_size() const { return lexicon_.size(); }

 private:
  std::string classify(const learn::LinearModel& model, const std::string& form, const std::string& upos,
                       const std::string& xpos) const;
  // Whether a word (3+ characters) is a form or lemma of the lexicon, case aside.
  bool knows(const std::string& word) const;
  void index_known_words();

  // How far below the best script (in model score units) a script whose lemma is a known word
  // may win. Chosen on EWT dev with the committed model: 4 fixes 4 lemmas and breaks none
  // ("provoked", "smelled"); 8 breaks 2 ("horsemen" -> "horse"), 16 breaks 15.
  static constexpr float kKnownWordMargin = 4.0f;

  std::unordered_map<std::string, std::string> lexicon_;  // form '\t' xpos → lemma
  std::vector<uint64_t> known_;  // sorted hashes of every lower-cased lemma and form the lexicon holds
  std::vector<std::string> scripts_;
  learn::LinearModel model_;
};

// An edit script turning `form` into `lemma`: "<case><cut>|<append>", case 'k' keep or 'l' lower.
std::string edit_script(const std::string& form, const std::string& lemma);
// Applies a script; returns false if it does not fit the form (cuts more than it has).
bool apply_edit_script(const std::string& script, const std::string& form, std::string& lemma);

// The "lemmatize" pipeline stage (models/en_lemmatizer.dlm).
std::unique_ptr<Stage> make_lemmatize_stage(const std::string& models_dir, std::string& why_not);

}  // namespace dateline
