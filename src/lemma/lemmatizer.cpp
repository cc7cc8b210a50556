#include "dateline/lemmatizer.hpp"

#include <algorithm>
#include <filesystem>

#include "dateline/learn/hashing.hpp"
#include "lemma_features.hpp"
#include "tag/word_features.hpp"

namespace dateline {

namespace {

// A script that cuts at most 3 characters and appends at most 3 ("<case><cut>|<append>").
bool small_edit(const std::string& script) {
  const size_t bar = script.find('|');
  return bar == 2 && script[1] <= '3' && script.size() - bar - 1 <= 3;
}

}  // namespace

bool Lemmatizer::knows(const std::string& word) const {
  return word.size() >= 3 && std::binary_search(known_.begin(), known_.end(), learn::hash_text(tagging::ascii_lower(word)));
}

std::string Lemmatizer::classify(const learn::LinearModel& model, const std::string& form, const std::string& upos,
                                 const std::string& xpos) const {
  // Edit scripts are learned on words: one applied to a number rewrites its digits ("1,400" →
  // "1210", "44,914" → "44,914illion"). A form with a digit is its own lemma.
  if (std::any_of(form.begin(), form.end(), [](char c) { return c >= '0' && c <= '9'; })) return form;
  std::vector<uint64_t> features;
  lemma_features(form, upos, xpos, features);
  std::vector<float> scores(scripts_.size(), 0.0f);
  model.score(features, scores);
  // Best script that fits the form; the form itself if none does.
  std::vector<int> order(scores.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = static_cast<int>(i);
  std::partial_sort(order.begin(), order.begin() + std::min<size_t>(5, order.size()), order.end(),
                    [&](int a, int b) { return scores[a] > scores[b]; });
  // Of scripts scoring within kKnownWordMargin of the best, the first whose lemma is a word the
  // lexicon knows wins, when it is a small edit: "provoked" -> "provoke", not "provok".
  std::string lemma, first;
  float first_score = 0;
  for (size_t k = 0; k < std::min<size_t>(5, order.size()); ++k) {
    const std::string& script = scripts_[order[k]];
    if (!apply_edit_script(script, form, lemma)) continue;
    if (first.empty()) first = lemma, first_score = scores[order[k]];
    if (scores[order[k]] < first_score - kKnownWordMargin) break;
    if ((first == lemma || small_edit(script)) && knows(lemma)) return lemma;
  }
  return first.empty() ? form : first;
}

std::string Lemmatizer::lemma_of(const std::string& form, const std::string& upos, const std::string& xpos) const {
  if (auto it = lexicon_.find(form + '\t' + xpos); it != lexicon_.end()) return it->second;
  // A capitalised word seen only in lower case ("Running" at a sentence start), unless a name.
  if (upos != "PROPN")
    if (auto it = lexicon_.find(tagging::ascii_lower(form) + '\t' + xpos); it != lexicon_.end()) return it->second;
  return classify(model_, form, upos, xpos);
}

void Lemmatizer::lemmatize(std::vector<Token>& words) const {
  for (Token& t : words) t.lemma = lemma_of(t.text, t.upos, t.xpos);
}

void Lemmatizer::save(const std::string& path, const nlohmann::json& metadata) const {
  learn::ModelWriter w(kKind, kVersion);
  w.metadata() = metadata;
  std::vector<std::pair<std::string, std::string>> entries(lexicon_.begin(), lexicon_.end());
  std::sort(entries.begin(), entries.end());  // stable files for identical training
  std::vector<std::string> keys, lemmas;
  for (auto& [k, v] : entries) {
    keys.push_back(k);
    lemmas.push_back(v);
  }
  w.add_strings("lexicon.keys", keys);
  w.add_strings("lexicon.lemmas", lemmas);
  w.add_strings("scripts", scripts_);
  model_.save(w, "model");
  w.save(path);
}

void Lemmatizer::index_known_words() {
  known_.clear();
  known_.reserve(2 * lexicon_.size());
  for (const auto& [key, lemma] : lexicon_) {
    known_.push_back(learn::hash_text(tagging::ascii_lower(lemma)));
    known_.push_back(learn::hash_text(tagging::ascii_lower(std::string_view(key).substr(0, key.find('\t')))));
  }
  std::sort(known_.begin(), known_.end());
}

Lemmatizer Lemmatizer::load(const std::string& path) {
  learn::ModelReader r(path, kKind, kVersion);
  Lemmatizer l;
  auto keys = r.strings("lexicon.keys"), lemmas = r.strings("lexicon.lemmas");
  if (keys.size() != lemmas.size()) r.fail("lexicon is inconsistent");
  for (size_t i = 0; i < keys.size(); ++i) l.lexicon_[keys[i]] = lemmas[i];
  l.index_known_words();
  l.scripts_ = r.strings("scripts");
  l.model_ = learn::LinearModel::load(r, "model");
  if (static_cast<size_t>(l.model_.num_classes()) != l.scripts_.size()) r.fail("model and script list disagree");
  return l;
}

namespace {

class LemmatizeStage final : public Stage {
 public:
  explicit LemmatizeStage(Lemmatizer l) : lemmatizer_(std::move(l)) {}
  std::string_view name() const override { return "lemmatize"; }
  void process(Document& doc) const override {
    for (Sentence& s : doc.sentences) lemmatizer_.lemmatize(s.tokens);
  }

 private:
  Lemmatizer lemmatizer_;
};

}  // namespace

std::unique_ptr<Stage> make_lemmatize_stage(const std::string& models_dir, std::string& why_not) {
  std::string path = (std::filesystem::path(models_dir) / "en_lemmatizer.dlm").string();
  if (!std::filesystem::exists(path)) {
    why_not = "no model " + path;
    return nullptr;
  }
  return std::make_unique<LemmatizeStage>(Lemmatizer::load(path));
}

}  // namespace dateline
