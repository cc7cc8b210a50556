// dateline eval ner: entity-level precision/recall/F1 (exact span and type, conlleval
// semantics) of the NER model against a gold file, per type and overall.
#include <algorithm>
#include <cstdio>
#include <filesystem>

#include "command.hpp"
#include "dateline/error.hpp"
#include "dateline/ner.hpp"
#include "dateline/stage.hpp"
#include "eval_report.hpp"
#include "ner_corpus.hpp"

namespace dateline::cli {
namespace {

struct EvalNerArgs {
  std::string gold;
  std::string gold_format;  // conll2003 | iob2 | conllu (default: from the extension)
  std::string model;
  std::string models_dir;
  std::string format = "text";
  bool show_errors = false;
};

// "FP ORG Thanks" / "FN PER Ann Lee" lines on stderr, for error analysis.
void print_errors(const std::vector<std::string>& words, const std::vector<ner::Chunk>& gold,
                  const std::vector<ner::Chunk>& predicted) {
  auto text = [&](const ner::Chunk& c) {
    std::string t;
    for (int i = c.begin; i < c.end; ++i) t += (i > c.begin ? " " : "") + words[i];
    return t;
  };
  auto has = [](const std::vector<ner::Chunk>& v, const ner::Chunk& c) { return std::find(v.begin(), v.end(), c) != v.end(); };
  for (const auto& c : predicted)
    if (!has(gold, c)) std::fprintf(stderr, "FP\t%s\t%s\n", c.type.c_str(), text(c).c_str());
  for (const auto& c : gold)
    if (!has(predicted, c)) std::fprintf(stderr, "FN\t%s\t%s\n", c.type.c_str(), text(c).c_str());
}

int run_eval_ner(const EvalNerArgs& a) {
  if (!std::filesystem::is_regular_file(a.gold)) throw Error(ExitCode::bad_input, "no gold file '" + a.gold + "'");
  const std::string kind = ner_corpus_kind(a.gold, a.gold_format);
  std::vector<ner::TaggedDocument> gold = read_ner_corpus(a.gold, kind);
  std::string model_path = a.model.empty() ? models_directory(a.models_dir) + "/en_ner.dlm" : a.model;
  if (!std::filesystem::is_regular_file(model_path))
    throw Error(ExitCode::bad_resource, "no NER model at '" + model_path + "' (train one with 'dateline train ner')");
  auto model = ner::Model::load(model_path);
  if (model->uses_pos()) {
    std::string tagger_path = models_directory(a.models_dir) + "/en_tagger.dlm";
    if (!std::filesystem::is_regular_file(tagger_path))
      throw Error(ExitCode::bad_resource, "the NER model uses part-of-speech tags but there is no tagger at '" +
                                              tagger_path + "'");
    add_pos_tags(gold, Tagger::load(tagger_path));
  }
  // The gold's scheme: CoNLL-2003 has MISC; UNER and GUM-derived gold have PER/ORG/LOC only.
  std::string scheme = kind == "conll2003" ? "conll" : "uner";
  ner::Evaluation ev;
  for (const auto& doc : gold) {
    std::vector<std::vector<std::string>> words, pos;
    for (const auto& s : doc.sentences) {
      words.push_back(s.words);
      pos.push_back(s.pos);
    }
    auto tags = model->tag(words, pos);
    for (size_t s = 0; s < doc.sentences.size(); ++s) {
      std::vector<ner::Chunk> predicted;
      for (ner::Chunk c : ner::chunks_of(tags[s])) {
        std::string text;
        for (int i = c.begin; i < c.end; ++i) text += (i > c.begin ? " " : "") + words[s][i];
        c.type = ner::to_gold_type(ner::refine_type(c.type, text), scheme);
        if (!c.type.empty()) predicted.push_back(c);
      }
      std::vector<ner::Chunk> gold_chunks;
      for (ner::Chunk c : ner::chunks_of(doc.sentences[s].tags)) {
        c.type = ner::to_gold_type(c.type, scheme);
        if (!c.type.empty()) gold_chunks.push_back(c);
      }
      ev.add(gold_chunks, predicted);
      if (a.show_errors) print_errors(words[s], gold_chunks, predicted);
    }
  }
  EvalReport report;
  report.title = "Named entities: " + std::filesystem::path(a.gold).filename().string();
  report.add("precision", ev.overall.precision());
  report.add("recall", ev.overall.recall());
  report.add("f1", ev.overall.f1());
  auto round2 = [](double v) { return std::round(v * 100.0) / 100.0; };
  for (const auto& [type, s] : ev.per_type) {
    report.extra["per_type"][type] = {{"precision", round2(s.precision())}, {"recall", round2(s.recall())},
                                      {"f1", round2(s.f1())}, {"gold", s.gold}, {"predicted", s.predicted}};
    report.notes.push_back(type + ": P " + std::to_string(round2(s.precision())).substr(0, 5) + "  R " +
                           std::to_string(round2(s.recall())).substr(0, 5) + "  F1 " +
                           std::to_string(round2(s.f1())).substr(0, 5) + "  (gold " + std::to_string(s.gold) +
                           ", predicted " + std::to_string(s.predicted) + ")");
  }
  report.notes.push_back("gold entities " + std::to_string(ev.overall.gold) + ", predicted " +
                         std::to_string(ev.overall.predicted) + ", scheme " + scheme);
  print_eval_report(report, a.format);
  return 0;
}

const RegisterCommand reg{{"eval", "ner", "Score named entities against a gold file (exact span and type)",
  [](CLI::App& app) -> std::function<int()> {
    auto a = std::make_shared<EvalNerArgs>();
    app.add_option("--gold", a->gold, "Gold file: CoNLL-2003 (4 columns, IOB1), .iob2 (UNER) or .conllu")->required();
    app.add_option("--gold-format", a->gold_format, "conll2003, iob2 or conllu (default: from the extension)")
        ->check(CLI::IsMember({"conll2003", "iob2", "conllu"}));
    app.add_option("--model", a->model, "NER model file (default: <models>/en_ner.dlm)");
    app.add_option("--models", a->models_dir, "Directory of trained models");
    app.add_flag("--show-errors", a->show_errors, "Print each missed and spurious entity to stderr");
    add_eval_format_option(app, a->format);
    return [a] { return run_eval_ner(*a); };
  }}};

}  // namespace
}  // namespace dateline::cli
