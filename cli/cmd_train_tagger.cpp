// dateline train tagger: UPOS+XPOS(+FEATS) tagger from UD treebanks.
#include "cmd_train_common.hpp"
#include "dateline/tagger.hpp"

namespace dateline::cli {
namespace {

struct TrainTaggerArgs : UdTrainArgs {
  std::vector<std::string> unlabeled;  // raw text for word clusters
  int members = 1;
  double prune = 0.0;
};

int run_train_tagger(TrainTaggerArgs& a) {
  auto start = std::chrono::steady_clock::now();
  UdTrainData data = read_ud_train_data(a);
  Tagger::Options options;
  static_cast<learn::TrainOptions&>(options) = a.options;
  options.unlabeled = a.unlabeled;
  options.members = a.members;
  options.prune_below = a.prune;
  Tagger tagger = Tagger::train(data.train, data.dev, options);
  nlohmann::json meta = train_metadata(a, start);
  meta["unlabeled"] = a.unlabeled;
  meta["members"] = a.members;
  meta["prune"] = a.prune;
  tagger.save(a.out, meta);
  std::cerr << "wrote " << a.out << " (" << tagger.num_tags() << " tags)\n";
  return 0;
}

const RegisterCommand reg{{"train", "tagger", "Train the part-of-speech tagger on UD treebanks",
  [](CLI::App& app) -> std::function<int()> {
    auto a = std::make_shared<TrainTaggerArgs>();
    add_ud_train_options(app, *a, "models/en_tagger.dlm", 10);
    app.add_option("--unlabeled", a->unlabeled, "Raw text files or directories for word clusters");
    add_members_option(app, a->members);
    app.add_option("--prune", a->prune, "Drop weights below this fraction of the largest")->capture_default_str();
    return [a] { return run_train_tagger(*a); };
  }}};

}  // namespace
}  // namespace dateline::cli
