// dateline train tokenize: trains the sentence-boundary model (models/sentences.dlm) on UD gold.
#include <iostream>

#include "command.hpp"
#include "dateline/conllu.hpp"
#include "dateline/tokenize.hpp"

namespace dateline::cli {
namespace {

struct TrainTokenizeArgs {
  std::string train;
  std::string out = "models/sentences.dlm";
  int epochs = 8;  // selected on EWT dev (5: 88.96, 6: 88.74, 8: 89.01 sentences F1)
};

int run_train_tokenize(const TrainTokenizeArgs& a) {
  auto gold = conllu::read_file(a.train);
  SentenceModelStats s = train_sentence_model(gold, a.epochs, a.out);
  std::cout << "sentence-boundary model: " << s.gaps << " gaps, " << s.boundaries << " gold boundaries, "
            << a.epochs << " epochs -> " << a.out << '\n';
  return 0;
}

const RegisterCommand reg{{"train", "tokenize", "Train the sentence-boundary model on a UD CoNLL-U file",
  [](CLI::App& app) -> std::function<int()> {
    auto a = std::make_shared<TrainTokenizeArgs>();
    app.add_option("--train", a->train, "Gold CoNLL-U training file (e.g. en_ewt-ud-train.conllu)")->required();
    app.add_option("--out", a->out, "Model file to write")->capture_default_str();
    app.add_option("--epochs", a->epochs, "Perceptron passes over the data")->capture_default_str()->check(CLI::Range(1, 100));
    return [a] { return run_train_tokenize(*a); };
  }}};

}  // namespace
}  // namespace dateline::cli
