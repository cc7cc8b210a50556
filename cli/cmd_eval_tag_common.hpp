// `dateline eval tag` and `dateline eval parse`: CoNLL 2018 metrics of the tag, lemmatize and
// parse stages on a gold treebank (docs/eval.md, docs/tagger-parser.md).
#pragma once

#include <chrono>
#include <filesystem>

#include "command.hpp"
#include "dateline/error.hpp"
#include "dateline/learn/ud_data.hpp"
#include "dateline/learn/ud_eval.hpp"
#include "eval_report.hpp"

namespace dateline::cli {

struct UdEvalArgs {
  std::string gold;
  std::string models;
  std::string format = "text";
  bool raw = false;
  int beam = 0;
  float temperature = 0, margin = 0;
};

inline void add_ud_eval_options(CLI::App& app, UdEvalArgs& a) {
  app.add_option("--gold", a.gold, "Gold treebank (CoNLL-U)")->required();
  app.add_option("--models", a.models, "Directory of trained models (default: the built-in path)");
  app.add_flag("--raw", a.raw, "Start from raw text rebuilt from the gold file, through our tokenizer");
  add_eval_format_option(app, a.format);
}

// Parser search settings, for tuning them on dev (Parser::Decoding; 0 keeps the default).
inline void add_parse_decoding_options(CLI::App& app, UdEvalArgs& a) {
  app.add_option("--beam", a.beam, "Parser beam width (default 2; 1: greedy)")->check(CLI::Range(1, 64));
  app.add_option("--temperature", a.temperature, "Divides the parser's action scores before normalising")
      ->check(CLI::PositiveNumber);
  app.add_option("--margin", a.margin, "Drop parses this far in log-probability below the best")
      ->check(CLI::PositiveNumber);
}

inline int run_ud_eval(const UdEvalArgs& a, const std::string& what) {
  if (!std::filesystem::is_regular_file(a.gold)) throw Error(ExitCode::bad_input, "no gold file " + a.gold);
  auto gold = learn::read_treebanks(a.gold);
  if (gold.empty()) throw Error(ExitCode::bad_input, "no sentences in " + a.gold);
  PipelineOptions options;
  options.models_dir = a.models;
  options.parse_beam = a.beam;
  options.parse_temperature = a.temperature;
  options.parse_margin = a.margin;
  options.stages = {"tag", "lemmatize", "parse"};
  if (a.raw) options.stages.insert(options.stages.begin(), {"normalize", "tokenize"});
  Pipeline pipeline = Pipeline::standard(options);
  auto start = std::chrono::steady_clock::now();
  learn::UdScores s = a.raw ? learn::evaluate_raw_text(gold, pipeline) : learn::evaluate_gold_tokens(gold, pipeline);
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();

  EvalReport r;
  r.title = what + ": " + std::filesystem::path(a.gold).filename().string() +
            (a.raw ? " (raw text)" : " (gold tokens)");
  r.add("upos", s.f1(s.upos));
  r.add("xpos", s.f1(s.xpos));
  r.add("lemmas", s.f1(s.lemmas));
  r.add("uas", s.f1(s.uas));
  r.add("las", s.f1(s.las));
  r.extra["gold_words"] = s.gold_words;
  r.extra["system_words"] = s.system_words;
  r.extra["aligned_words"] = s.aligned;
  for (const auto& m : pipeline.models()) r.notes.push_back("model " + m.file + " crc32 " + m.crc32);
  r.notes.push_back("stages: " + [&] {
    std::string names;
    for (const auto& n : pipeline.stage_names()) names += (names.empty() ? "" : ",") + n;
    return names;
  }());
  r.notes.push_back("F1 over words (equals accuracy with gold tokens); " +
                    std::to_string(static_cast<long>(s.system_words / std::max(seconds, 1e-9))) + " words/s");
  print_eval_report(r, a.format);
  return 0;
}

}  // namespace dateline::cli
