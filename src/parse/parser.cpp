#include "dateline/parser.hpp"

#include <filesystem>

#include "arc_hybrid.hpp"
#include "beam_search.hpp"
#include "dateline/error.hpp"
#include "parse_features.hpp"

namespace dateline {

using parsing::Move;

void Parser::parse_with(const learn::LinearModel& model, std::vector<Token>& words) const {
  if (words.empty()) return;
  parsing::SentenceKeys keys(words, *clusters_);
  std::vector<uint64_t> features;
  const int actions = static_cast<int>(1 + 2 * labels_.size());
  auto score = [&](const parsing::ParseState& st, std::span<float> scores) {
    parsing::parser_features(st, keys, features);
    model.score(features, scores);
  };
  parsing::ParseState st(static_cast<int>(words.size()));
  if (decoding_.beam > 1) {
    st = parsing::beam_parse(static_cast<int>(words.size()), actions, score,
                             {decoding_.beam, decoding_.temperature, decoding_.margin});
  } else {
    std::vector<float> scores(actions);
    while (!st.terminal()) {
      std::fill(scores.begin(), scores.end(), 0.0f);
      score(st, scores);
      bool legal[3] = {st.legal(Move::shift), st.legal(Move::left), st.legal(Move::right)};
      int best = -1;
      for (int a = 0; a < actions; ++a)
        if (legal[static_cast<int>(parsing::move_of(a))] && (best < 0 || scores[a] > scores[best])) best = a;
      st.apply(best);
    }
  }
  for (size_t i = 0; i < words.size(); ++i) {
    words[i].head = st.head[i + 1];
    words[i].deprel = labels_[st.label[i + 1]];
  }
}

void Parser::parse(std::vector<Token>& words) const { parse_with(model_, words); }

void Parser::save(const std::string& path, const nlohmann::json& metadata) const {
  learn::ModelWriter w(kKind, kVersion);
  w.metadata() = metadata;
  w.add_strings("labels", labels_);
  clusters_->save(w);
  model_.save(w, "model");
  w.save(path);
}

Parser Parser::load(const std::string& path) {
  learn::ModelReader r(path, kKind, kVersion);
  Parser p;
  p.labels_ = r.strings("labels");
  if (p.labels_.empty()) r.fail("no dependency labels");
  p.clusters_ = std::make_shared<learn::WordClusters>(learn::WordClusters::load(r));
  p.model_ = learn::LinearModel::load(r, "model");
  if (static_cast<size_t>(p.model_.num_classes()) != 1 + 2 * p.labels_.size())
    r.fail("model and label list disagree");
  return p;
}

Parser Parser::mean(const std::vector<Parser>& parsers, double prune_below) {
  if (parsers.empty()) throw Error(ExitCode::usage, "no parsers to average");
  std::vector<const learn::LinearModel*> models;
  for (const Parser& p : parsers) {
    if (p.labels_ != parsers[0].labels_ || p.clusters_->size() != parsers[0].clusters_->size())
      throw Error(ExitCode::bad_resource, "parsers to average differ in labels or word clusters: train them on the same data");
    models.push_back(&p.model_);
  }
  Parser out;
  out.labels_ = parsers[0].labels_;
  out.clusters_ = parsers[0].clusters_;
  out.model_ = learn::LinearModel::mean(models, prune_below);
  return out;
}

namespace {

class ParseStage final : public Stage {
 public:
  explicit ParseStage(Parser p) : parser_(std::move(p)) {}
  std::string_view name() const override { return "parse"; }
  void process(Document& doc) const override {
    for (Sentence& s : doc.sentences) parser_.parse(s.tokens);
  }

 private:
  Parser parser_;
};

}  // namespace

std::unique_ptr<Stage> make_parse_stage(const PipelineOptions& options, std::string& why_not) {
  std::string path = (std::filesystem::path(models_directory(options.models_dir)) / "en_parser.dlm").string();
  if (!std::filesystem::exists(path)) {
    why_not = "no model " + path;
    return nullptr;
  }
  Parser parser = Parser::load(path);
  Parser::Decoding decoding = parser.decoding();
  if (options.parse_beam > 0) decoding.beam = options.parse_beam;
  if (options.parse_temperature > 0) decoding.temperature = options.parse_temperature;
  if (options.parse_margin > 0) decoding.margin = options.parse_margin;
  parser.set_decoding(decoding);
  return std::make_unique<ParseStage>(std::move(parser));
}

}  // namespace dateline
