// dateline train lemmatizer: lexicon + edit-script classifier from UD treebanks.
#include "cmd_train_common.hpp"
#include "dateline/lemmatizer.hpp"

namespace dateline::cli {
namespace {

int run_train_lemmatizer(UdTrainArgs& a) {
  auto start = std::chrono::steady_clock::now();
  UdTrainData data = read_ud_train_data(a);
  Lemmatizer l = Lemmatizer::train(data.train, data.dev, a.options);
  l.save(a.out, train_metadata(a, start));
  std::cerr << "wrote " << a.out << " (" << l.lexicon_size() << " lexicon entries)\n";
  return 0;
}

const RegisterCommand reg{{"train", "lemmatizer", "Train the lemmatiser on UD treebanks",
  [](CLI::App& app) -> std::function<int()> {
    auto a = std::make_shared<UdTrainArgs>();
    add_ud_train_options(app, *a, "models/en_lemmatizer.dlm", 8);
    return [a] { return run_train_lemmatizer(*a); };
  }}};

}  // namespace
}  // namespace dateline::cli
