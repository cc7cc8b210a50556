#include "dateline/tagger.hpp"

#include <filesystem>

#include "dateline/error.hpp"
#include "learn/word_clusters.hpp"
#include "tag_features.hpp"

namespace dateline {

using tagging::WordKeys;

int Tagger::tag_index(const std::string& upos, const std::string& xpos) {
  std::string joint = upos + '\t' + xpos;
  auto [it, fresh] = tag_ids_.try_emplace(joint, static_cast<int>(tags_.size()));
  if (fresh) {
    tags_.push_back(joint);
    upos_.push_back(upos);
    xpos_.push_back(xpos);
  }
  return it->second;
}

void Tagger::tag_with(const learn::LinearModel& model, std::vector<Token>& words) const {
  std::vector<WordKeys> keys;
  keys.reserve(words.size());
  for (const Token& t : words) keys.push_back(keys_of(t.text));
  tagging::mark_sentence_context(keys);
  std::vector<uint64_t> features;
  std::vector<float> scores(tags_.size());
  int prev1 = -1, prev2 = -1;
  for (size_t i = 0; i < words.size(); ++i) {
    int tag;
    if (auto it = dictionary_.find(words[i].text); it != dictionary_.end()) {
      tag = it->second;
    } else {
      tagging::tagger_features(keys, i, prev1, prev2, features);
      std::fill(scores.begin(), scores.end(), 0.0f);
      model.score(features, scores);
      tag = static_cast<int>(std::max_element(scores.begin(), scores.end()) - scores.begin());
    }
    words[i].upos = upos_[tag];
    words[i].xpos = xpos_[tag];
    auto f = feats_.find(tagging::ascii_lower(words[i].text) + '\t' + std::to_string(tag));
    words[i].feats = f != feats_.end() ? f->second : default_feats_[tag];
    prev2 = prev1;
    prev1 = tag;
  }
}

uint64_t Tagger::ambiguity_of(uint64_t lower_key) const {
  auto it = ambiguity_.find(lower_key);
  return it == ambiguity_.end() ? 0 : it->second;
}

WordKeys Tagger::keys_of(std::string_view text) const {
  WordKeys k = tagging::word_keys(text);
  k.ambiguity = ambiguity_of(k.lower);
  if (!clusters_->empty()) {
    learn::WordClass c = clusters_->lookup(text);
    k.fine = c.fine;
    k.coarse = c.coarse;
    k.capitalised = c.capitalised;
  }
  return k;
}

void Tagger::tag(std::vector<Token>& words) const { tag_with(model_, words); }

void Tagger::save(const std::string& path, const nlohmann::json& metadata) const {
  learn::ModelWriter w(kKind, kVersion);
  w.metadata() = metadata;
  w.add_strings("upos", upos_);
  w.add_strings("xpos", xpos_);
  std::vector<std::string> dict_forms;
  std::vector<int32_t> dict_tags;
  for (const auto& [form, tag] : dictionary_) {
    dict_forms.push_back(form);
    dict_tags.push_back(tag);
  }
  w.add_strings("dict.forms", dict_forms);
  w.add_array("dict.tags", dict_tags);
  std::vector<std::string> feat_keys, feat_values;
  for (const auto& [k, v] : feats_) {
    feat_keys.push_back(k);
    feat_values.push_back(v);
  }
  w.add_strings("feats.keys", feat_keys);
  w.add_strings("feats.values", feat_values);
  w.add_strings("feats.default", default_feats_);
  std::vector<uint64_t> amb_words, amb_classes;
  for (const auto& [word, cls] : ambiguity_) {
    amb_words.push_back(word);
    amb_classes.push_back(cls);
  }
  w.add_array("ambiguity.words", amb_words);
  w.add_array("ambiguity.classes", amb_classes);
  clusters_->save(w);
  model_.save(w, "model");
  w.save(path);
}

Tagger Tagger::load(const std::string& path) {
  learn::ModelReader r(path, kKind, kVersion);
  Tagger t;
  auto upos = r.strings("upos"), xpos = r.strings("xpos");
  if (upos.size() != xpos.size() || upos.empty()) r.fail("tag lists differ in length");
  for (size_t i = 0; i < upos.size(); ++i) t.tag_index(upos[i], xpos[i]);
  auto forms = r.strings("dict.forms");
  auto tags = r.array<int32_t>("dict.tags");
  if (forms.size() != tags.size()) r.fail("tag dictionary is inconsistent");
  for (size_t i = 0; i < forms.size(); ++i) {
    if (tags[i] < 0 || static_cast<size_t>(tags[i]) >= t.tags_.size()) r.fail("tag dictionary has a bad tag");
    t.dictionary_[forms[i]] = tags[i];
  }
  auto keys = r.strings("feats.keys"), values = r.strings("feats.values");
  if (keys.size() != values.size()) r.fail("feature table is inconsistent");
  for (size_t i = 0; i < keys.size(); ++i) t.feats_[keys[i]] = values[i];
  t.default_feats_ = r.strings("feats.default");
  if (t.default_feats_.size() != t.tags_.size()) r.fail("default feature list has the wrong length");
  auto amb_words = r.array<uint64_t>("ambiguity.words"), amb_classes = r.array<uint64_t>("ambiguity.classes");
  if (amb_words.size() != amb_classes.size()) r.fail("ambiguity table is inconsistent");
  for (size_t i = 0; i < amb_words.size(); ++i) t.ambiguity_[amb_words[i]] = amb_classes[i];
  t.clusters_ = std::make_shared<learn::WordClusters>(learn::WordClusters::load(r));
  t.model_ = learn::LinearModel::load(r, "model");
  if (static_cast<size_t>(t.model_.num_classes()) != t.tags_.size()) r.fail("model and tag list disagree");
  return t;
}

namespace {

class TagStage final : public Stage {
 public:
  explicit TagStage(Tagger tagger) : tagger_(std::move(tagger)) {}
  std::string_view name() const override { return "tag"; }
  void process(Document& doc) const override {
    for (Sentence& s : doc.sentences) tagger_.tag(s.tokens);
  }

 private:
  Tagger tagger_;
};

}  // namespace

std::unique_ptr<Stage> make_tag_stage(const std::string& models_dir, std::string& why_not) {
  std::string path = (std::filesystem::path(models_dir) / "en_tagger.dlm").string();
  if (!std::filesystem::exists(path)) {
    why_not = "no model " + path;
    return nullptr;
  }
  return std::make_unique<TagStage>(Tagger::load(path));
}

}  // namespace dateline
