// dateline train ner: trains the named-entity tagger on CoNLL-2003 (IOB1) or IOB2 / CoNLL-U files.
#include <filesystem>
#include <iostream>

#include "command.hpp"
#include "dateline/error.hpp"
#include "dateline/ner.hpp"
#include "ner_corpus.hpp"

namespace dateline::cli {
namespace {

struct TrainNerArgs {
  std::vector<std::string> train;
  std::vector<std::string> no_misc;
  std::vector<std::string> dev;
  std::string out = "models/en_ner.dlm";
  std::string tagger;  // part-of-speech tagger model: when given, the NER model uses its tags
  ner::TrainOptions options;
};

int run_train_ner(const TrainNerArgs& a) {
  if (a.options.epochs < 1 || a.options.epochs > 100) throw Error(ExitCode::usage, "--epochs must be 1..100");
  std::vector<ner::TaggedDocument> train;
  for (const auto& path : a.train) {
    auto docs = read_ner_corpus(path);
    train.insert(train.end(), docs.begin(), docs.end());
  }
  for (const auto& path : a.no_misc) {
    auto docs = read_ner_corpus(path);
    for (auto& doc : docs) doc.no_misc = !doc.partial;
    train.insert(train.end(), docs.begin(), docs.end());
  }
  std::vector<std::vector<ner::TaggedDocument>> devs;
  for (const auto& path : a.dev) devs.push_back(read_ner_corpus(path));
  if (!a.tagger.empty()) {
    // The treebanks' documents too are tagged by this tagger, which was trained on them: a
    // jackknifed tagger (tags as noisy as on new text) gave no better dev scores
    // (docs/entities.md, version 4).
    Tagger tagger = Tagger::load(a.tagger);
    add_pos_tags(train, tagger);
    for (auto& dev : devs) add_pos_tags(dev, tagger);
  }
  ner::TrainOptions options = a.options;
  options.use_pos = !a.tagger.empty();
  std::cerr << "training on " << train.size() << " documents, " << devs.size() << " dev sets\n";
  ner::Model::train(train, devs, a.out, options);
  return 0;
}

const RegisterCommand reg{{"train", "ner", "Train the named-entity tagger",
  [](CLI::App& app) -> std::function<int()> {
    auto a = std::make_shared<TrainNerArgs>();
    app.add_option("--train", a->train, "Training corpora (CoNLL-2003 4-column IOB1, .iob2, or .conllu: with entities, or a treebank as partial annotation)")
        ->required()->check(CLI::ExistingFile);
    app.add_option("--train-no-misc", a->no_misc,
                   "Training corpora labelled PER/ORG/LOC only (UNER .iob2): their unlabelled words may still be MISC")
        ->check(CLI::ExistingFile);
    app.add_option("--no-misc-repeat", a->options.no_misc_repeat,
                   "Passes over each --train-no-misc document per epoch (weights a small in-domain corpus)")
        ->capture_default_str()->check(CLI::Range(1, 20));
    app.add_option("--dev", a->dev, "Development corpora: the best mean entity F1 picks the epoch")->check(CLI::ExistingFile);
    app.add_option("-o,--output", a->out, "Model file to write")->capture_default_str();
    app.add_option("--unlabeled", a->options.unlabeled, "Raw text for word clusters: .txt and Reuters .sgm files or directories, and .conllu treebank files (their words)");
    app.add_option("--clusters-from", a->options.clusters_from,
                   "Reuse the word clusters of this NER model file instead of building them (faster experiments)")
        ->check(CLI::ExistingFile);
    app.add_option("--partial-share", a->options.partial_share,
                   "Share of the partially annotated (treebank) documents drawn for each epoch, so they do not outweigh "
                   "the fully annotated ones")
        ->capture_default_str()->check(CLI::Range(0.0, 1.0));
    app.add_option("--tagger", a->tagger,
                   "Part-of-speech tagger model: its tags of every corpus word become features (then the entities "
                   "stage and 'eval ner' tag with the models directory's tagger)")
        ->check(CLI::ExistingFile);
    app.add_option("--global-beam", a->options.global_beam,
                   "Train fully labelled sentences as whole sequences in a beam of this width (early update); 0: greedy")
        ->capture_default_str()->check(CLI::Range(0, 16));
    app.add_option("--epochs", a->options.epochs, "Passes over the training data")->capture_default_str();
    app.add_option("--seed", a->options.seed, "Shuffling seed")->capture_default_str();
    app.add_option("--prune", a->options.prune_below, "Drop weights below this fraction of the largest")
        ->capture_default_str();
    return [a] { return run_train_ner(*a); };
  }}};

}  // namespace
}  // namespace dateline::cli
