#include "dateline/lemmatizer.hpp"

#include <algorithm>
#include <filesystem>

#include "dateline/learn/hashing.hpp"
#include "lemma_features.hpp"
#include "tag/word_features.hpp"

namespace dateline {

std::string Lemmatizer::classify(const learn::LinearModel& model, const std::string& form, const std::string& upos,
                                 const std::string& xpos) const {
  std::vector<uint64_t> features;
  lemma_features(form, upos, xpos, features);
  std::vector<float> scores(scripts_.size(), 0.0f);
  model.score(features, scores);
  // Best script that fits the form; the form itself if none does.
  std::vector<int> order(scores.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = static_cast<int>(i);
  std::partial_sort(order.begin(), order.begin() + std::min<size_t>(5, order.size()), order.end(),
                    [&](int a, int b) { return scores[a] > scores[b]; });
  std::string lemma;
  for (size_t k = 0; k < std::min<size_t>(5, order.size()); ++k)
    if (apply_edit_script(scripts_[order[k]], form, lemma)) return lemma;
  return form;
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

Lemmatizer Lemmatizer::load(const std::string& path) {
  learn::ModelReader r(path, kKind, kVersion);
  Lemmatizer l;
  auto keys = r.strings("lexicon.keys"), lemmas = r.strings("lexicon.lemmas");
  if (keys.size() != lemmas.size()) r.fail("lexicon is inconsistent");
  for (size_t i = 0; i < keys.size(); ++i) l.lexicon_[keys[i]] = lemmas[i];
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
