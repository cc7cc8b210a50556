// Training the sentence-boundary perceptron on UD gold: the gold raw text is scanned exactly as
// at run time, and every gap between surface tokens becomes one example labelled by whether a
// gold sentence starts there.
#include <random>
#include <unordered_set>

#include "dateline/learn/model_file.hpp"
#include "dateline/tokenize.hpp"
#include "tokenize/boundary_model.hpp"

namespace dateline {

SentenceModelStats train_sentence_model(const std::vector<conllu::Sentence>& gold, int epochs,
                                        const std::string& out_path) {
  struct Example {
    std::vector<uint64_t> features;
    int label;
  };
  std::vector<Example> examples;
  SentenceModelStats stats;
  std::vector<tok::Piece> pieces;
  tok::BoundaryFeatures features;
  std::array<uint64_t, tok::BoundaryFeatures::kCount> keys;
  for (const GoldDocument& g : gold_documents(gold)) {
    std::unordered_set<uint32_t> starts;
    for (Span s : g.sentence_spans) starts.insert(s.start);
    for (Span p : g.paragraphs) {
      pieces.clear();
      tok::Scanner(g.text, pieces).run(p.start, p.end);
      std::vector<uint8_t> rules = tok::rule_sentence_starts(g.text, pieces);
      features.reset(g.text, pieces);
      size_t since = 0;
      for (size_t j = 1; j < pieces.size(); ++j) {
        if (pieces[j - 1].joins_next) continue;
        ++since;
        bool boundary = starts.count(pieces[j].start) > 0;
        stats.boundaries += boundary ? 1 : 0;
        if (!tok::boundary_candidate(g.text, pieces, j, rules[j])) {
          if (boundary) since = 0;
          continue;  // never asked at run time, so never learned from
        }
        Example e;
        e.label = boundary ? 1 : 0;
        // The gold history, as the greedy decoder would have it when right so far.
        features(j, rules[j], since, keys);
        e.features.assign(keys.begin(), keys.end());
        if (e.label) since = 0;
        stats.gaps++;
        examples.push_back(std::move(e));
      }
    }
  }
  learn::PerceptronTrainer trainer(2);
  std::mt19937 rng(12345);
  for (int epoch = 0; epoch < epochs; ++epoch) {
    learn::shuffle(examples, rng);
    for (const Example& e : examples) trainer.update(e.features, e.label, trainer.predict(e.features));
  }
  learn::LinearModel model = trainer.average();
  learn::ModelWriter writer(tok::kBoundaryModelKind, tok::kBoundaryModelVersion);
  writer.metadata()["epochs"] = epochs;
  writer.metadata()["gaps"] = stats.gaps;
  writer.metadata()["boundaries"] = stats.boundaries;
  model.save(writer, "boundary");
  writer.save(out_path);
  return stats;
}

}  // namespace dateline
