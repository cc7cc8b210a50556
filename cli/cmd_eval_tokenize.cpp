// dateline eval tokenize: CoNLL 2018 shared-task Tokens / Words / Sentences F1 of the tokenizer
// on a UD CoNLL-U file whose raw text is rebuilt from the file itself (docs/eval.md).
#include <filesystem>

#include "dateline/conllu.hpp"
#include "dateline/stage.hpp"
#include "dateline/tokenize.hpp"
#include "eval_report.hpp"

namespace dateline::cli {
namespace {

struct EvalTokenizeArgs {
  std::string gold;
  std::string format = "text";
  std::string models;
  bool rules_only = false;
};

int run_eval_tokenize(const EvalTokenizeArgs& a) {
  auto sentences = conllu::read_file(a.gold);
  std::string models = a.rules_only ? "" : models_directory(a.models);
  SegmentationScores s = evaluate_tokenizer(sentences, models);
  EvalReport report;
  report.title = "Tokenization: " + std::filesystem::path(a.gold).filename().string();
  report.add("tokens_f1", s.tokens.f1());
  report.add("words_f1", s.words.f1());
  report.add("sentences_f1", s.sentences.f1());
  auto counts = [](const SegmentationCounts& c) {
    nlohmann::ordered_json j;
    j["gold"] = c.gold;
    j["system"] = c.system;
    j["correct"] = c.correct;
    j["precision"] = std::round(c.precision() * 100.0) / 100.0;
    j["recall"] = std::round(c.recall() * 100.0) / 100.0;
    return j;
  };
  report.extra["counts"] = {{"tokens", counts(s.tokens)}, {"words", counts(s.words)},
                            {"sentences", counts(s.sentences)}};
  report.notes.push_back("gold tokens " + std::to_string(s.tokens.gold) + ", words " +
                         std::to_string(s.words.gold) + ", sentences " + std::to_string(s.sentences.gold));
  report.notes.push_back("sentences: precision " + std::to_string(s.sentences.precision()).substr(0, 5) +
                         ", recall " + std::to_string(s.sentences.recall()).substr(0, 5));
  print_eval_report(report, a.format);
  return 0;
}

const RegisterCommand reg{{"eval", "tokenize", "Tokens, words and sentences F1 against a UD CoNLL-U file",
  [](CLI::App& app) -> std::function<int()> {
    auto a = std::make_shared<EvalTokenizeArgs>();
    app.add_option("--gold", a->gold, "Gold CoNLL-U file (e.g. en_ewt-ud-test.conllu)")->required();
    add_eval_format_option(app, a->format);
    app.add_option("--models", a->models, "Directory holding sentences.dlm (default: the usual model search)");
    app.add_flag("--rules-only", a->rules_only, "Split sentences by the rules alone, without the learned model");
    return [a] { return run_eval_tokenize(*a); };
  }}};

}  // namespace
}  // namespace dateline::cli
