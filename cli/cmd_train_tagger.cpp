// dateline train tagger: UPOS+XPOS(+FEATS) tagger from UD treebanks.
#include "cmd_train_common.hpp"
#include "dateline/tagger.hpp"

namespace dateline::cli {
namespace {

int run_train_tagger(UdTrainArgs& a) {
  auto start = std::chrono::steady_clock::now();
  UdTrainData data = read_ud_train_data(a);
  Tagger tagger = Tagger::train(data.train, data.dev, a.options);
  tagger.save(a.out, train_metadata(a, start));
  std::cerr << "wrote " << a.out << " (" << tagger.num_tags() << " tags)\n";
  return 0;
}

const RegisterCommand reg{{"train", "tagger", "Train the part-of-speech tagger on UD treebanks",
  [](CLI::App& app) -> std::function<int()> {
    auto a = std::make_shared<UdTrainArgs>();
    add_ud_train_options(app, *a, "models/en_tagger.dlm", 10);
    return [a] { return run_train_tagger(*a); };
  }}};

}  // namespace
}  // namespace dateline::cli
