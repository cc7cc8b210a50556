// Lemmatiser training: the lexicon is every (form, XPOS) seen with its commonest lemma; the
// script classifier learns from word *types*, so productive endings outweigh a few frequent
// irregular words (those are in the lexicon anyway).
#include <map>
#include <random>

#include "dateline/lemmatizer.hpp"
#include "lemma_features.hpp"

namespace dateline {

Lemmatizer Lemmatizer::train(const std::vector<conllu::Sentence>& train, const std::vector<conllu::Sentence>& dev,
                             const learn::TrainOptions& options) {
  Lemmatizer l;
  struct Type {
    std::string form, upos, xpos;
  };
  std::map<std::string, std::map<std::string, int>> lemma_counts;  // form\txpos → lemma → n
  std::map<std::string, Type> types;
  for (const auto& s : train)
    for (const auto& w : s.words) {
      std::string key = w.form + '\t' + w.xpos;
      lemma_counts[key][w.lemma]++;
      types.try_emplace(key, Type{w.form, w.upos, w.xpos});
    }
  std::map<std::string, int> script_ids;
  struct Example {
    std::vector<uint64_t> features;
    int script;
  };
  std::vector<Example> examples;
  for (const auto& [key, counts] : lemma_counts) {
    auto best = std::max_element(counts.begin(), counts.end(),
                                 [](const auto& a, const auto& b) { return a.second < b.second; });
    l.lexicon_[key] = best->first;
    const Type& t = types.at(key);
    std::string script = edit_script(t.form, best->first);
    auto [it, fresh] = script_ids.try_emplace(script, static_cast<int>(l.scripts_.size()));
    if (fresh) l.scripts_.push_back(script);
    Example e;
    lemma_features(t.form, t.upos, t.xpos, e.features);
    e.script = it->second;
    examples.push_back(std::move(e));
  }
  l.index_known_words();

  learn::PerceptronTrainer trainer(static_cast<int>(l.scripts_.size()));
  std::mt19937 rng(options.seed);
  double best_score = -1;
  for (int epoch = 1; epoch <= options.epochs; ++epoch) {
    learn::shuffle(examples, rng);
    for (const auto& e : examples) trainer.update(e.features, e.script, trainer.predict(e.features));
    learn::LinearModel model = trainer.average();
    // Dev: unseen words only exercise the classifier, so score every word through the lexicon
    // and the classifier together, as at run time.
    size_t right = 0, total = 0;
    for (const auto& s : dev)
      for (const auto& w : s.words) {
        auto it = l.lexicon_.find(w.form + '\t' + w.xpos);
        std::string lemma = it != l.lexicon_.end() ? it->second : l.classify(model, w.form, w.upos, w.xpos);
        right += lemma == w.lemma;
        ++total;
      }
    double score = total ? 100.0 * right / total : 0;
    if (options.log)
      *options.log << "lemmatizer epoch " << epoch << ": dev lemmas (gold tags) " << score << "  scripts "
                   << l.scripts_.size() << std::endl;
    if (score > best_score || dev.empty()) {
      best_score = score;
      l.model_ = std::move(model);
    }
  }
  return l;
}

}  // namespace dateline
