// dateline train parser: arc-hybrid dependency parser from UD treebanks.
#include "cmd_train_common.hpp"
#include "dateline/parser.hpp"
#include "dateline/tagger.hpp"

namespace dateline::cli {
namespace {

struct TrainParserArgs : UdTrainArgs {
  Parser::Options parser;
  int jackknife = 0;       // folds; 0 = train on gold tags
  int tagger_epochs = 7;   // per jackknife tagger
  std::vector<std::string> unlabeled;  // word clusters for the parser and the jackknife taggers
  std::string dev_tagger;  // tags dev with this model, so the kept epoch is the best on predicted tags
};

int run_train_parser(TrainParserArgs& a) {
  auto start = std::chrono::steady_clock::now();
  UdTrainData data = read_ud_train_data(a);
  static_cast<learn::TrainOptions&>(a.parser) = a.options;
  if (!a.unlabeled.empty()) a.parser.clusters = Tagger::build_clusters(data.train, a.unlabeled);
  if (a.jackknife > 0) {
    if (a.jackknife < 2) throw Error(ExitCode::usage, "--jackknife needs at least 2 folds");
    Tagger::Options tagger_options;
    static_cast<learn::TrainOptions&>(tagger_options) = a.options;
    tagger_options.clusters = a.parser.clusters;
    tagger_options.epochs = a.tagger_epochs;
    tagger_options.log = nullptr;
    jackknife_tags(data.train, a.jackknife, tagger_options);
    std::cerr << "training tags predicted by " << a.jackknife << "-fold jackknifing\n";
  }
  if (!a.dev_tagger.empty()) retag(data.dev, Tagger::load(a.dev_tagger));
  Parser p = Parser::train(data.train, data.dev, a.parser);
  nlohmann::json meta = train_metadata(a, start);
  meta["explore"] = a.parser.explore;
  meta["prune"] = a.parser.prune_below;
  meta["jackknife"] = a.jackknife;
  meta["members"] = a.parser.members;
  if (a.jackknife > 0) meta["tagger_epochs"] = a.tagger_epochs;
  meta["dev_tagger"] = std::filesystem::path(a.dev_tagger).filename().string();
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
    add_members_option(app, a->parser.members);
    app.add_option("--jackknife", a->jackknife, "Train on tags predicted by taggers trained on the other N folds")
        ->capture_default_str();
    app.add_option("--tagger-epochs", a->tagger_epochs, "Epochs of each jackknife tagger")->capture_default_str();
    app.add_option("--unlabeled", a->unlabeled, "Raw text for word clusters (parser and jackknife taggers)");
    app.add_option("--dev-tagger", a->dev_tagger, "Tag the dev treebank with this tagger model before scoring");
    return [a] { return run_train_parser(*a); };
  }}};

struct ParserMeanArgs {
  std::vector<std::string> inputs;
  std::string out;
  double prune = 0.0;
};

int run_parser_mean(const ParserMeanArgs& a) {
  std::vector<Parser> parsers;
  nlohmann::json meta;
  meta["members"] = nlohmann::json::array();
  for (const std::string& path : a.inputs) {
    parsers.push_back(Parser::load(path));
    meta["members"].push_back(std::filesystem::path(path).filename().string());
  }
  meta["prune"] = a.prune;
  Parser p = Parser::mean(parsers, a.prune);
  p.save(a.out, meta);
  std::cerr << "wrote " << a.out << " (mean of " << parsers.size() << " parsers, " << p.num_weights() << " weights)\n";
  return 0;
}

const RegisterCommand reg_mean{{"train", "parser-mean",
  "Average trained parsers (e.g. seeds 1..4, each with --prune 0) into one: an ensemble that runs as fast as one",
  [](CLI::App& app) -> std::function<int()> {
    auto a = std::make_shared<ParserMeanArgs>();
    app.add_option("inputs", a->inputs, "Parser models (.dlm) trained on the same data")->required()->check(CLI::ExistingFile);
    app.add_option("-o,--output", a->out, "Model file to write")->required();
    app.add_option("--prune", a->prune, "Drop weights below this fraction of the largest")->capture_default_str();
    return [a] { return run_parser_mean(*a); };
  }}};

}  // namespace
}  // namespace dateline::cli
