// Training the attribution tagger on PolNeAR (role_tagger.hpp): each article runs through the
// pipeline up to the parser, gold brat spans become BIO roles of its words, and an averaged
// perceptron learns them, word by word or as whole articles in a beam (role_global_training.hpp);
// the epoch with the best role F1 on dev is kept.
#include <algorithm>
#include <chrono>
#include <filesystem>
#include <iostream>
#include <random>

#include "dateline/error.hpp"
#include "dateline/ingest.hpp"
#include "dateline/learn/model_file.hpp"
#include "dateline/quotes.hpp"
#include "dateline/stage.hpp"
#include "quotes/role_global_training.hpp"
#include "quotes/role_tagger.hpp"

namespace dateline::quotes {
namespace {
namespace fs = std::filesystem;

struct Article {
  Document doc;
  std::vector<RoleWord> words;
  std::vector<int> gold;
};

// Marks the words overlapping `spans` with role `begin` (first word) and begin + 1 (the rest).
void mark(const Document& doc, const std::vector<RoleWord>& words, const std::vector<Span>& spans, int begin,
          std::vector<int>& roles) {
  bool first = true;
  for (size_t i = 0; i < words.size(); ++i) {
    const Token& t = doc.sentences[words[i].sentence].tokens[words[i].index];
    uint32_t a = doc.source_offset(t.start), b = doc.source_offset(t.end);
    bool inside = std::any_of(spans.begin(), spans.end(), [&](Span s) { return std::max(a, s.start) < std::min(b, s.end); });
    if (!inside) continue;
    roles[i] = first ? begin : begin + 1;
    first = false;
  }
}

// One article per annotated text, scored against its first annotator's .ann (by name), as
// `dateline eval quotes` does; with `all_annotators`, one training article per .ann file (PolNeAR
// has several annotators' files for some texts).
std::vector<Article> read_split(const std::string& dir, const Pipeline& pipeline, bool all_annotators) {
  fs::path split(dir);
  std::vector<fs::path> texts, anns;
  for (const auto& e : fs::directory_iterator(split / "text")) if (e.path().extension() == ".txt") texts.push_back(e.path());
  for (const auto& e : fs::directory_iterator(split / "attributions")) if (e.path().extension() == ".ann") anns.push_back(e.path());
  std::sort(texts.begin(), texts.end());
  std::sort(anns.begin(), anns.end());
  std::vector<Article> out;
  for (const auto& text : texts) {
    std::string prefix = text.stem().string() + "_";
    std::vector<fs::path> mine;
    for (const auto& a : anns)
      if (a.filename().string().starts_with(prefix) && (all_annotators || mine.empty())) mine.push_back(a);
    if (mine.empty()) continue;
    std::string raw = read_input_bytes(text.string(), size_t{64} << 20);
    Article a{document_from_text(raw, text.string()), {}, {}};
    pipeline.run(a.doc);
    a.words = role_words(a.doc);
    for (size_t k = 0; k < mine.size(); ++k) {
      auto gold = read_brat_attributions(read_input_bytes(mine[k].string(), size_t{64} << 20), raw);
      Article& b = k + 1 < mine.size() ? out.emplace_back(a) : out.emplace_back(std::move(a));
      b.gold.assign(b.words.size(), kOutside);
      for (const auto& g : gold) {
        mark(b.doc, b.words, g.content, kContentBegin, b.gold);
        mark(b.doc, b.words, g.source, kSourceBegin, b.gold);
        mark(b.doc, b.words, g.cue, kCueBegin, b.gold);
      }
    }
  }
  if (out.empty()) throw Error(ExitCode::bad_input, "no annotated articles under " + dir);
  return out;
}

// Micro F1 of word roles (B and I alike), words outside every role left out.
double role_f1(const std::vector<Article>& articles, const RoleTagger& tagger) {
  double right = 0, guessed = 0, truth = 0;
  double cue_right = 0, cue_guessed = 0, cue_truth = 0;  // printed: cue F1 is a target
  for (const auto& a : articles) {
    auto roles = tagger.tag(a.doc, a.words);
    for (size_t i = 0; i < roles.size(); ++i) {
      int p = (roles[i] + 1) / 2, g = (a.gold[i] + 1) / 2;
      guessed += p != 0;
      truth += g != 0;
      right += p != 0 && p == g;
      cue_guessed += p == 1, cue_truth += g == 1, cue_right += p == 1 && g == 1;
    }
  }
  if (cue_guessed > 0 && cue_truth > 0)
    std::cerr << "cue words P/R " << 100 * cue_right / cue_guessed << " / " << 100 * cue_right / cue_truth << ", ";
  return guessed + truth > 0 ? 200.0 * right / (guessed + truth) : 0.0;
}

}  // namespace

}  // namespace dateline::quotes

namespace dateline {

void train_quote_tagger(const std::string& train_dir, const std::string& dev_dir, const std::string& out,
                        const QuoteTrainOptions& options) {
  using namespace quotes;
  namespace fs = std::filesystem;
  auto start = std::chrono::steady_clock::now();
  PipelineOptions po;
  po.models_dir = options.models_dir;
  po.stages = {"normalize", "structure", "tokenize", "tag", "lemmatize", "parse"};
  Pipeline pipeline = Pipeline::standard(po);
  std::vector<Article> train = read_split(train_dir, pipeline, options.all_annotators);
  std::vector<Article> dev = dev_dir.empty() ? std::vector<Article>{} : read_split(dev_dir, pipeline, false);
  std::cerr << "training on " << train.size() << " articles, dev " << dev.size() << " articles\n";

  RoleTrainer trainer;
  std::mt19937 rng(options.seed);
  std::vector<size_t> order(train.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  RoleWordFeatures feats;
  std::vector<float> scores(kRoleCount);
  RoleModel best;
  double best_f1 = -1;
  int best_epoch = 0;
  for (int epoch = 1; epoch <= options.epochs; ++epoch) {
    learn::shuffle(order, rng);
    for (size_t k : order) {
      const Article& a = train[k];
      if (options.global_beam > 0) {
        train_article_globally(trainer, a.doc, a.words, a.gold, static_cast<size_t>(options.global_beam),
                               {options.cue_cost, options.content_cost});
        continue;
      }
      int prev = kOutside, prev2 = kOutside;
      for (size_t i = 0; i < a.words.size(); ++i) {  // the model's own previous roles as history
        role_word_features(a.doc, a.words, i, feats);
        std::fill(scores.begin(), scores.end(), 0.0f);
        trainer.score(feats, prev, prev2, scores);
        const int guess = static_cast<int>(std::max_element(scores.begin(), scores.end()) - scores.begin());
        if (guess != a.gold[i]) {
          trainer.add(feats, prev, prev2, a.gold[i], 1.0f);
          trainer.add(feats, prev, prev2, guess, -1.0f);
        }
        trainer.tick();
        prev2 = prev;
        prev = guess;
      }
    }
    RoleModel model = trainer.average();
    const float margin = options.global_beam > 0 ? 0.0f : RoleTagger::kBeamMargin;
    double f1 = dev.empty() ? static_cast<double>(epoch) : role_f1(dev, RoleTagger(model, 0.0f, 0.0f, margin));
    std::cerr << "epoch " << epoch << ": dev role F1 " << f1 << "\n";
    if (f1 > best_f1) best_f1 = f1, best_epoch = epoch, best = std::move(model);
  }
  learn::ModelWriter writer(RoleTagger::kKind, RoleTagger::kVersion);
  best.own.save(writer, "roles");
  best.context.save(writer, "context");
  auto& m = writer.metadata();
  m["train"] = fs::path(train_dir).filename().string();
  m["dev"] = fs::path(dev_dir).filename().string();
  m["epochs"] = options.epochs;
  m["best_epoch"] = best_epoch;
  m["dev_role_f1"] = best_f1;
  m["seed"] = options.seed;
  m["all_annotators"] = options.all_annotators;
  m["global_beam"] = options.global_beam;
  m["role_costs"] = {options.cue_cost, options.content_cost};
  m["beam_margin"] = options.global_beam > 0 ? 0.0f : RoleTagger::kBeamMargin;
  m["role_bias"] = {options.cue_bias, options.content_bias};
  m["seconds"] = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  writer.save(out);
  std::cerr << "best epoch " << best_epoch << " (dev role F1 " << best_f1 << "), ";
  std::cerr << "wrote " << out << " (" << best.own.num_weights() + best.context.num_weights() << " weights)\n";
}

}  // namespace dateline
