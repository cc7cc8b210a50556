// dateline train parser: arc-hybrid dependency parser from UD treebanks.
#include "cmd_train_common.hpp"
#include "dateline/parser.hpp"

namespace dateline::cli {
namespace {

struct TrainParserArgs : UdTrainArgs {
  Parser::Options parser;
};

int run_train_parser(TrainParserArgs& a) {
  auto start = std::chrono::steady_clock::now();
  UdTrainData data = read_ud_train_data(a);
  static_cast<learn::TrainOptions&>(a.parser) = a.options;
  Parser p = Parser::train(data.train, data.dev, a.parser);
  nlohmann::json meta = train_metadata(a, start);
  meta["explore"] = a.parser.explore;
  meta["prune"] = a.parser.prune_below;
  p.save(a.out, meta);
  std::cerr << "wrote " << a.out << " (" << p.num_labels() << " labels, " << p.num_weights() << " weights)\n";
  return 0;
}

const RegisterCommand reg{{"train", "parser", "Train the dependency parser on UD treebanks",
  [](CLI::App& app) -> std::function<int()> {
    auto a = std::make_shared<TrainParserArgs>();
    add_ud_train_options(app, *a, "models/en_parser.dlm", 15);
    app.add_option("--explore", a->parser.explore, "Chance of following a wrong prediction while training")
        ->capture_default_str();
    app.add_option("--prune", a->parser.prune_below, "Drop weights below this fraction of the largest")
        ->capture_default_str();
    return [a] { return run_train_parser(*a); };
  }}};

}  // namespace
}  // namespace dateline::cli
