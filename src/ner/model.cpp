// Loading, tagging and training the NER model (models/en_ner.dlm, kind "ner").
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <random>

#include "dateline/error.hpp"
#include "dateline/learn/model_file.hpp"
#include "dateline/learn/perceptron.hpp"
#include "dateline/ner.hpp"
#include "beam_decoder.hpp"
#include "decoder.hpp"
#include "global_training.hpp"

namespace dateline::ner {
namespace {

// 3: training names; 4: optional part-of-speech features; 5: optionally trained on whole
// sequences and decoded by summed scores (a version 4 build would decode such a file wrongly).
constexpr uint32_t kNerVersion = 5;
// Version 2 and 3 files have the same features but no training names (2) or tags (2, 3); they
// tag as they always did.
constexpr uint32_t kOldestTaggable = 2;

// Typographic quotes and apostrophes as ASCII at tagging time: CoNLL-2003 writes "'s" and '"', so
// "’s" would be an unseen word of an unseen shape (version 5 tagged the seed article's "’s" MISC).
// Training reads words as written; mapping them there too changed no dev score for the better
// (docs/entities.md, version 5).
std::string ascii_quotes(std::string word) {
  if (word.find("\xE2\x80") == std::string::npos) return word;
  static const std::pair<std::string_view, std::string_view> kMarks[] = {
      {"\u2018", "'"}, {"\u2019", "'"}, {"\u201C", "\""}, {"\u201D", "\""}};
  for (const auto& [from, to] : kMarks)
    for (size_t at; (at = word.find(from)) != std::string::npos;) word.replace(at, from.size(), to);
  return word;
}

// The sentences with ascii_quotes() applied, copied into `mapped` only when some word needs it:
// tagging is a hot path and most articles have no typographic marks left after normalisation.
const std::vector<std::vector<std::string>>& ascii_quotes(const std::vector<std::vector<std::string>>& sentences,
                                                          std::vector<std::vector<std::string>>& mapped) {
  auto typographic = [](const std::string& w) { return w.find("\xE2\x80") != std::string::npos; };
  if (std::none_of(sentences.begin(), sentences.end(),
                   [&](const auto& words) { return std::any_of(words.begin(), words.end(), typographic); }))
    return sentences;
  mapped.clear();
  for (const auto& words : sentences) {
    mapped.emplace_back();
    for (const auto& w : words) mapped.back().push_back(ascii_quotes(w));
  }
  return mapped;
}

std::vector<std::vector<std::string>> words_of(const TaggedDocument& doc) {
  std::vector<std::vector<std::string>> out;
  for (const auto& s : doc.sentences) out.push_back(s.words);
  return out;
}

// The documents' part-of-speech tags for a model that uses them, else none.
std::vector<std::vector<std::string>> pos_of(const TaggedDocument& doc, bool use_pos) {
  std::vector<std::vector<std::string>> out;
  if (!use_pos) return out;
  for (const auto& s : doc.sentences) {
    if (s.pos.size() != s.words.size()) throw Error(ExitCode::bad_input, "NER training: a sentence has no part-of-speech tags");
    out.push_back(s.pos);
  }
  return out;
}

// The word clusters stored in an NER model file of this or an earlier version.
WordClusters clusters_of(const std::string& path) {
  for (uint32_t version = kNerVersion;; --version) {
    try {
      return WordClusters::load(learn::ModelReader(path, "ner", version));
    } catch (const Error&) {
      if (version == 1) throw;
    }
  }
}

// A taggable NER model file: this version or one that differs only by lacking sections.
learn::ModelReader open_model(const std::string& path) {
  for (uint32_t version = kNerVersion;; --version) {
    try {
      return learn::ModelReader(path, "ner", version);
    } catch (const Error&) {
      if (version == kOldestTaggable) throw;
    }
  }
}

}  // namespace

struct Model::Impl {
  learn::LinearModel weights;
  WordClusters clusters;
  TrainingNames names;
  bool uses_pos = false;
  bool global = false;  // trained on whole sequences: decoded by summed scores
};

Model::Model() : impl_(std::make_unique<Impl>()) {}
Model::~Model() = default;

std::shared_ptr<const Model> Model::load(const std::string& path) {
  learn::ModelReader reader = open_model(path);
  auto labels = reader.strings("labels");
  std::vector<std::string> expected;
  for (int l = 0; l < num_labels(); ++l) expected.push_back(label_name(l));
  if (labels != expected) reader.fail("label set differs from this build's");
  auto model = std::make_shared<Model>();
  model->impl_->weights = learn::LinearModel::load(reader, "ner");
  model->impl_->clusters = WordClusters::load(reader);
  model->impl_->names = TrainingNames::load(reader);
  if (reader.has("features")) {
    auto features = reader.strings("features");
    model->impl_->uses_pos = std::find(features.begin(), features.end(), "pos") != features.end();
    model->impl_->global = std::find(features.begin(), features.end(), "global") != features.end();
  }
  if (model->impl_->weights.num_classes() != num_labels()) reader.fail("class count differs from the label set");
  return model;
}

bool Model::uses_pos() const { return impl_->uses_pos; }
bool Model::trained_on_sequences() const { return impl_->global; }

std::vector<std::vector<std::string>> Model::tag(const std::vector<std::vector<std::string>>& sentences,
                                                 const std::vector<std::vector<std::string>>& pos) const {
  static const std::vector<std::vector<std::string>> kNone;
  const bool tagged = impl_->uses_pos && pos.size() == sentences.size();
  std::vector<std::vector<std::string>> mapped;
  auto labels = beam_decode_document(impl_->weights, impl_->clusters, impl_->names, ascii_quotes(sentences, mapped),
                                     tagged ? pos : kNone, impl_->global);
  std::vector<std::vector<std::string>> out;
  for (const auto& l : labels) out.push_back(iob2_from_labels(l));
  return out;
}

namespace {

// Entity F1 on one dev set; a set without MISC (UNER) is scored as `eval ner` scores it.
double evaluate(const learn::LinearModel& weights, const WordClusters& clusters, const TrainingNames& names,
                const std::vector<TaggedDocument>& docs, bool use_pos, bool global) {
  bool has_misc = false;
  for (const auto& doc : docs)
    for (const auto& s : doc.sentences)
      has_misc = has_misc || std::find(s.tags.begin(), s.tags.end(), "B-MISC") != s.tags.end();
  const char* scheme = has_misc ? "conll" : "uner";
  Evaluation ev;
  for (const auto& doc : docs) {
    auto labels = beam_decode_document(weights, clusters, names, words_of(doc), pos_of(doc, use_pos), global);
    for (size_t s = 0; s < doc.sentences.size(); ++s) {
      std::vector<Chunk> predicted;
      for (Chunk c : chunks_of(iob2_from_labels(labels[s]))) {
        c.type = to_gold_type(c.type, scheme);
        if (!c.type.empty()) predicted.push_back(c);
      }
      std::vector<Chunk> gold;
      for (Chunk c : chunks_of(doc.sentences[s].tags)) {
        c.type = to_gold_type(c.type, scheme);
        if (!c.type.empty()) gold.push_back(c);
      }
      ev.add(gold, predicted);
    }
  }
  return ev.overall.f1();
}

// Gold labels of a training sentence; in partial documents kOpen marks a word that may be
// anything and kNoName one that may be O or MISC but no PER/ORG/LOC.
constexpr int kOpen = -1, kNoName = -2;

constexpr size_t kNameFolds = 10;  // jackknifing of the training names

std::vector<int> gold_labels(const TaggedDocument& doc, const TaggedSentence& s) {
  std::vector<int> labels = bilou_labels(s.tags);
  if (doc.partial || doc.no_misc)
    for (size_t i = 0; i < labels.size(); ++i)
      if (s.tags[i] == "?" || s.tags[i] == "O") labels[i] = s.tags[i] == "?" ? kOpen : kNoName;
  return labels;
}

// The label to train towards, or -1 when the guess stands.
int truth_for(int gold, int guess) {
  if (gold >= 0) return gold;
  if (gold == kOpen || guess <= 0) return -1;
  bool misc = coarse_types()[(guess - 1) / 4] == "MISC";
  return misc ? -1 : 0;
}

// One article (partial ones too), sentence by sentence as whole sequences (global_training.hpp).
void train_document_globally(learn::PerceptronTrainer& trainer, const WordClusters& clusters,
                             const TrainingNames& names, const TaggedDocument& doc,
                             const std::vector<std::vector<std::string>>& pos,
                             const std::vector<std::vector<int>>& gold, size_t beam, long& errors, long& words) {
  const auto sentences = words_of(doc);
  DocumentStats stats = document_stats(sentences);
  LabelHistory history;
  for (size_t s = 0; s < sentences.size(); ++s) {
    SentenceFeatures sf(sentences[s], pos.empty() ? kNoTags : pos[s], stats, clusters, names);
    std::vector<int> labels = train_sentence_globally(trainer, sf, history, gold[s], beam);
    for (size_t i = 0; i < labels.size(); ++i)
      if (gold[s][i] >= 0) {
        errors += labels[i] != gold[s][i];
        ++words;
      }
    history.record(sentences[s], labels);
  }
}

void save_model(const learn::LinearModel& weights, const WordClusters& clusters, const TrainingNames& names, int epoch,
                double dev_f1,
                size_t train_documents, const TrainOptions& options, const std::string& out) {
  learn::ModelWriter writer("ner", kNerVersion);
  std::vector<std::string> labels;
  for (int l = 0; l < num_labels(); ++l) labels.push_back(label_name(l));
  writer.add_strings("labels", labels);
  weights.save(writer, "ner");
  if (!clusters.empty()) clusters.save(writer);
  names.save(writer);
  std::vector<std::string> features;
  if (options.use_pos) features.push_back("pos");
  if (options.global_beam > 0) features.push_back("global");
  if (!features.empty()) writer.add_strings("features", features);
  writer.metadata()["task"] = "named-entity recognition (CoNLL-2003 classes, BILOU, greedy)";
  writer.metadata()["epoch"] = epoch;
  writer.metadata()["dev_f1"] = dev_f1;
  writer.metadata()["train_documents"] = train_documents;
  writer.metadata()["unlabeled"] = options.unlabeled;
  if (!options.clusters_from.empty()) writer.metadata()["clusters_from"] = options.clusters_from;
  writer.metadata()["partial_share"] = options.partial_share;
  writer.metadata()["no_misc_repeat"] = options.no_misc_repeat;
  writer.metadata()["clustered_words"] = clusters.size();
  writer.metadata()["training_names"] = names.size();
  writer.save(out);
}

}  // namespace

void Model::train(const std::vector<TaggedDocument>& train, const std::vector<std::vector<TaggedDocument>>& devs,
                  const std::string& out, const TrainOptions& options) {
  std::vector<std::vector<std::vector<int>>> gold(train.size());
  for (size_t d = 0; d < train.size(); ++d)
    for (const auto& s : train[d].sentences) gold[d].push_back(gold_labels(train[d], s));
  WordClusters clusters;
  if (!options.clusters_from.empty()) {
    clusters = clusters_of(options.clusters_from);
  } else if (!options.unlabeled.empty()) {
    std::vector<std::vector<std::string>> words;
    for (const auto& doc : train)
      for (const auto& s : doc.sentences) words.push_back(s.words);
    clusters = WordClusters::build(options.unlabeled, words, options.verbose);
  }
  // Names of all training documents for tagging, and jackknifed lists for training: document d
  // (a treebank one too) sees only the names of the folds it is not in.
  const TrainingNames all_names = TrainingNames::from_documents(train, [](size_t) { return true; });
  std::vector<TrainingNames> fold_names;
  for (size_t fold = 0; fold < kNameFolds; ++fold)
    fold_names.push_back(TrainingNames::from_documents(train, [&](size_t d) { return d % kNameFolds != fold; }));
  std::vector<std::vector<std::vector<std::string>>> train_pos;
  for (const auto& doc : train) train_pos.push_back(pos_of(doc, options.use_pos));
  learn::PerceptronTrainer trainer(num_labels());
  std::mt19937 rng(options.seed);
  std::vector<size_t> order;
  for (size_t i = 0; i < train.size(); ++i)
    for (int r = 0; r < (train[i].no_misc ? std::max(1, options.no_misc_repeat) : 1); ++r) order.push_back(i);
  double best_f1 = -1;
  for (int epoch = 1; epoch <= options.epochs; ++epoch) {
    auto t0 = std::chrono::steady_clock::now();
    learn::shuffle(order, rng);
    long errors = 0, words = 0;
    std::bernoulli_distribution draw_partial(options.partial_share);
    for (size_t d : order) {
      if (train[d].partial && !draw_partial(rng)) continue;
      auto step = [&](std::span<const uint64_t> feats, int guess, size_t s, size_t i) {
        int truth = truth_for(gold[d][s][i], guess);
        if (truth < 0) {
          trainer.update(feats, guess, guess);  // no correction, but the averaging clock moves
        } else {
          trainer.update(feats, truth, guess);
          errors += truth != guess;
          ++words;
        }
        return -1;  // history follows the model's own guesses, as at tagging time
      };
      const TrainingNames& names = fold_names[d % kNameFolds];
      if (options.global_beam > 0) {
        train_document_globally(trainer, clusters, names, train[d], train_pos[d], gold[d],
                                static_cast<size_t>(options.global_beam), errors, words);
        continue;
      }
      decode_document(trainer, clusters, names, words_of(train[d]), train_pos[d], step);
    }
    learn::LinearModel averaged = trainer.average(options.prune_below);
    std::string per_dev;
    double f1 = 0.0;
    for (const auto& dev : devs) {
      double one = evaluate(averaged, clusters, all_names, dev, options.use_pos, options.global_beam > 0);
      per_dev += (per_dev.empty() ? "" : " / ") + std::to_string(one).substr(0, 5);
      f1 += one / static_cast<double>(devs.size());
    }
    double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    if (options.verbose)
      std::fprintf(stderr, "epoch %d: train word error %.2f%%, dev F1 %.2f (%s), %zu weights, %.0fs\n", epoch,
                   100.0 * errors / std::max(1L, words), f1, per_dev.c_str(), averaged.num_weights(), secs);
    if (f1 > best_f1 || devs.empty()) {
      // Written at once, so a long run can be stopped and still leave its best model.
      best_f1 = f1;
      save_model(averaged, clusters, all_names, epoch, f1, train.size(), options, out);
      if (options.verbose) std::fprintf(stderr, "kept epoch %d (dev F1 %.2f), wrote %s\n", epoch, f1, out.c_str());
    }
  }
}

}  // namespace dateline::ner
