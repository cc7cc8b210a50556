// dateline eval news: the full pipeline on the stories of the news gold set (gold/news,
// docs/annotation.md), scored on events, entity countries and quote speakers (docs/eval.md).
// The scoring is the library's (dateline/eval_news.hpp); this file reads, runs and prints.
#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <iostream>

#include <map>

#include "dateline/error.hpp"
#include "dateline/eval_news.hpp"
#include "dateline/ingest.hpp"
#include "dateline/stage.hpp"
#include "eval_report.hpp"
#include "pipeline_args.hpp"

namespace dateline::cli {
namespace {

namespace fs = std::filesystem;

struct EvalNewsArgs {
  std::string gold, data, format = "text";
  bool show = false;
  PipelineArgs pipeline;
};

struct Story {
  std::string file;  // the gold file
  NewsGold gold;
  std::string text;  // the story as the gold offsets count it
  std::string path;  // the story's file, as the Document's source
};

// The gold files of a directory (*.json, not recursive), by name.
std::vector<std::string> gold_files(const std::string& dir) {
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) throw Error(ExitCode::bad_input, "no gold directory " + dir);
  std::vector<std::string> files;
  for (const auto& e : fs::directory_iterator(dir, ec))
    if (e.is_regular_file() && e.path().extension() == ".json") files.push_back(e.path().string());
  if (ec) throw Error(ExitCode::bad_input, "cannot list " + dir + ": " + ec.message());
  if (files.empty()) throw Error(ExitCode::bad_input, dir + ": no gold file (*.json)");
  std::sort(files.begin(), files.end());
  return files;
}

// Every gold file and its story, read before any model is loaded: a bad file stops the run at once.
std::vector<Story> load_stories(const std::string& gold_dir, const std::string& data_dir) {
  std::vector<Story> out;
  for (const auto& f : gold_files(gold_dir)) {
    Story s;
    s.file = f;
    s.gold = read_news_gold(f);
    try {
      s.text = news_story_text(s.gold, data_dir);
    } catch (const Error& e) {
      throw Error(e.code(), f + ": " + e.what());
    }
    s.path = (fs::path(data_dir) / s.gold.source).string();
    if (!s.gold.newid.empty()) s.path += "#" + s.gold.newid;
    out.push_back(std::move(s));
  }
  return out;
}

void print_errors(const Story& s, const NewsScore& score) {
  if (score.errors.empty()) return;
  std::cerr << "== " << s.gold.id << " (" << s.file << ")\n";
  for (const auto& e : score.errors) std::cerr << "  " << e.line << '\n';
}

int run_eval_news(const EvalNewsArgs& a) {
  std::string data = a.data;
  if (data.empty()) {
    const char* env = std::getenv("DATELINE_DATA");
    data = env && *env ? env : "../shared/data";
  }
  std::vector<Story> stories = load_stories(a.gold, data);
  // One pipeline per publication country: a story's own (its gold file's home_country, the BBC's
  // GBR) comes before --home-country.
  std::map<std::string, Pipeline> pipelines;
  auto pipeline_for = [&](const NewsGold& g) -> const Pipeline& {
    PipelineOptions options = pipeline_options(a.pipeline);
    if (g.home_country) options.home_country = *g.home_country;
    auto it = pipelines.find(options.home_country);
    if (it == pipelines.end()) it = pipelines.emplace(options.home_country, Pipeline::standard(options)).first;
    return it->second;
  };

  NewsCounts total;
  nlohmann::ordered_json per_article = nlohmann::ordered_json::array();
  for (const auto& s : stories) {
    ReadOptions options;
    options.date = s.gold.date;
    // The annotators' date is the story's: the structure stage must not trade it for the
    // dateline's, as it would a --date default.
    options.date_source = "gold";
    Document doc;
    try {
      doc = document_from_text(s.text, s.path, options);  // as `dateline read --date` reads a .txt file
      pipeline_for(s.gold).run(doc);
    } catch (const Error& e) {
      throw Error(e.code(), s.file + ": " + s.path + ": " + e.what());
    }
    NewsScore score = score_news(s.gold, doc);
    total += score.counts;
    per_article.push_back({{"id", s.gold.id},
                           {"gold_events", score.counts.gold_events},
                           {"predicted_events", score.counts.predicted_events},
                           {"matched_events", score.counts.matched_events}});
    if (a.show) print_errors(s, score);
  }

  EvalReport report;
  report.title = "News: " + a.gold + " (" + std::to_string(stories.size()) + " stories)";
  auto n = [](size_t v) { return static_cast<double>(v); };
  double p = percent(n(total.matched_events), n(total.predicted_events));
  double r = percent(n(total.matched_events), n(total.gold_events));
  double cp = percent(n(total.code_matched_events), n(total.predicted_events));
  double cr = percent(n(total.code_matched_events), n(total.gold_events));
  report.add_count("articles", stories.size());
  report.add_count("gold_events", total.gold_events);
  report.add_count("predicted_events", total.predicted_events);
  report.add_count("matched_events", total.matched_events);
  report.add("event_precision", p);
  report.add("event_recall", r);
  report.add("event_f1", f1_of(p, r));
  report.add("event_code_f1", f1_of(cp, cr));
  report.add_count("ignored_statements", total.ignored_statements);
  report.add("entity_country_accuracy", percent(n(total.right_countries), n(total.found_entities)));
  report.add("entity_recall", percent(n(total.found_entities), n(total.gold_entities)));
  report.add("speaker_accuracy", percent(n(total.right_speakers), n(total.gold_speakers)));
  report.add("quote_recall", percent(n(total.matched_quotes), n(total.gold_quotes)));
  report.extra["per_article"] = per_article;

  report.notes.push_back("events: " + std::to_string(total.code_matched_events) +
                         " matched with full codes; predicted CAMEO 01 statements left out: " +
                         std::to_string(total.ignored_statements));
  report.notes.push_back("entities (PERSON, ORG, GPE with a country): " + std::to_string(total.found_entities) + " of " +
                         std::to_string(total.gold_entities) + " found, " + std::to_string(total.right_countries) +
                         " with the right country");
  report.notes.push_back("quotes: " + std::to_string(total.matched_quotes) + " of " + std::to_string(total.gold_quotes) +
                         " matched; speakers right " + std::to_string(total.right_speakers) + " of " +
                         std::to_string(total.gold_speakers));
  if (total.not_located > 0)
    report.notes.push_back(std::to_string(total.not_located) + " gold items not located in the body (counted as missed)");
  for (const auto& row : per_article)
    report.notes.push_back(row["id"].get<std::string>() + ": gold " + std::to_string(row["gold_events"].get<size_t>()) +
                           ", predicted " + std::to_string(row["predicted_events"].get<size_t>()) + ", matched " +
                           std::to_string(row["matched_events"].get<size_t>()));
  if (!pipelines.empty()) {
    const Pipeline& pipeline = pipelines.begin()->second;
    std::string stages;
    for (const auto& name : pipeline.stage_names()) stages += name + " ";
    report.notes.push_back("stages used: " + stages);
  }
  print_eval_report(report, a.format);
  return 0;
}

const RegisterCommand reg{{"eval", "news", "Events, entity countries and quote speakers on the news gold set",
  [](CLI::App& app) -> std::function<int()> {
    auto a = std::make_shared<EvalNewsArgs>();
    app.add_option("--gold", a->gold, "Directory of gold files (*.json, docs/annotation.md), e.g. gold/news/dev")->required();
    app.add_option("--data", a->data, "Folder the gold files' sources are relative to (default: $DATELINE_DATA, else ../shared/data)");
    add_eval_format_option(app, a->format);
    app.add_flag("--show-errors", a->show, "Print, per story, missed and false events, entity-country and speaker errors (to standard error)");
    add_pipeline_options(app, a->pipeline);
    return [a] { return run_eval_news(*a); };
  }}};

}  // namespace
}  // namespace dateline::cli
