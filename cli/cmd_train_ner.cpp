// dateline train ner: trains the named-entity tagger on CoNLL-2003 (IOB1) or IOB2 / CoNLL-U files.
#include <filesystem>
#include <iostream>

#include "command.hpp"
#include "dateline/error.hpp"
#include "dateline/ner.hpp"

namespace dateline::cli {
namespace {

struct TrainNerArgs {
  std::vector<std::string> train;
  std::vector<std::string> dev;
  std::string out = "models/en_ner.dlm";
  ner::TrainOptions options;
};

// The reader for a corpus file, chosen by its extension (.iob2, .conllu; anything else CoNLL-2003).
std::vector<ner::TaggedDocument> read_corpus(const std::string& path) {
  std::string ext = std::filesystem::path(path).extension().string();
  if (ext == ".iob2") return ner::read_iob2(path);
  if (ext == ".conllu") return ner::read_conllu_entities(path);
  return ner::read_conll2003(path);
}

int run_train_ner(const TrainNerArgs& a) {
  if (a.options.epochs < 1 || a.options.epochs > 100) throw Error(ExitCode::usage, "--epochs must be 1..100");
  std::vector<ner::TaggedDocument> train;
  for (const auto& path : a.train) {
    auto docs = read_corpus(path);
    train.insert(train.end(), docs.begin(), docs.end());
  }
  std::vector<std::vector<ner::TaggedDocument>> devs;
  for (const auto& path : a.dev) devs.push_back(read_corpus(path));
  std::cerr << "training on " << train.size() << " documents, " << devs.size() << " dev sets\n";
  ner::Model::train(train, devs, a.out, a.options);
  return 0;
}

const RegisterCommand reg{{"train", "ner", "Train the named-entity tagger",
  [](CLI::App& app) -> std::function<int()> {
    auto a = std::make_shared<TrainNerArgs>();
    app.add_option("--train", a->train, "Training corpora (CoNLL-2003 4-column IOB1, .iob2, or .conllu: with entities, or a treebank as partial annotation)")
        ->required()->check(CLI::ExistingFile);
    app.add_option("--dev", a->dev, "Development corpora: the best mean entity F1 picks the epoch")->check(CLI::ExistingFile);
    app.add_option("-o,--output", a->out, "Model file to write")->capture_default_str();
    app.add_option("--unlabeled", a->options.unlabeled, "Raw news (.txt, Reuters .sgm; files or directories) for word clusters");
    app.add_option("--clusters-from", a->options.clusters_from,
                   "Reuse the word clusters of this NER model file instead of building them (faster experiments)")
        ->check(CLI::ExistingFile);
    app.add_option("--partial-share", a->options.partial_share,
                   "Share of the partially annotated (treebank) documents drawn for each epoch, so they do not outweigh "
                   "the fully annotated ones")
        ->capture_default_str()->check(CLI::Range(0.0, 1.0));
    app.add_option("--epochs", a->options.epochs, "Passes over the training data")->capture_default_str();
    app.add_option("--seed", a->options.seed, "Shuffling seed")->capture_default_str();
    app.add_option("--prune", a->options.prune_below, "Drop weights below this fraction of the largest")
        ->capture_default_str();
    return [a] { return run_train_ner(*a); };
  }}};

}  // namespace
}  // namespace dateline::cli
