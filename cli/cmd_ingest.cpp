// dateline ingest: a corpus into the SQLite store, with progress and a summary.
#include <fmt/format.h>

#include <iostream>
#include <thread>

#include "command.hpp"
#include "dateline/error.hpp"
#include "dateline/ingest.hpp"
#include "dateline/stage.hpp"
#include "dateline/store.hpp"
#include "terminal.hpp"

namespace dateline::cli {
namespace {

struct IngestArgs {
  std::vector<std::string> paths;
  std::string db;
  unsigned threads = 0;
  size_t batch = 64;
  std::string models;
  std::vector<std::string> stages;
  bool quiet = false;
  int parse_beam = 0;
  std::string home_country;
  bool no_actor_table = false;
  std::string date;
};

std::string clock_text(double s) {
  if (s < 0 || s > 359999) return "--:--";
  auto t = static_cast<long>(s);
  return t >= 3600 ? fmt::format("{}:{:02}:{:02}", t / 3600, t / 60 % 60, t % 60) : fmt::format("{:02}:{:02}", t / 60, t % 60);
}

// One line, redrawn in place on a terminal; a log line every few seconds otherwise.
struct ProgressPrinter {
  bool tty = stderr_is_terminal();
  double last_log = -10;

  void operator()(const IngestProgress& p) {
    double rate = p.seconds > 0 ? static_cast<double>(p.articles_added + p.already_stored) / p.seconds : 0;
    double fraction = p.bytes_total ? static_cast<double>(p.bytes_done) / static_cast<double>(p.bytes_total)
                                    : (p.files_total ? static_cast<double>(p.files_done) / static_cast<double>(p.files_total) : 0);
    double eta = fraction > 0.001 ? p.seconds * (1 - fraction) / fraction : -1;
    if (tty) {
      int width = 24, filled = static_cast<int>(fraction * width);
      std::cerr << fmt::format("\r\033[K[{}{}] {}/{} files  {} articles  {:.0f}/s  {} failed  ETA {}",
                               std::string(static_cast<size_t>(filled), '#'), std::string(static_cast<size_t>(width - filled), ' '),
                               p.files_done, p.files_total, p.articles_added, rate, p.failures, clock_text(eta))
                << std::flush;
    } else if (p.seconds - last_log >= 5) {
      last_log = p.seconds;
      std::cerr << fmt::format("ingest: {}/{} files, {} articles ({} duplicates), {} already stored, {} failed, "
                               "{:.0f} articles/s\n", p.files_done, p.files_total, p.articles_added, p.duplicates,
                               p.already_stored, p.failures, rate);
    }
  }
  void finish() {
    if (tty) std::cerr << "\r\033[K";
  }
};

int run_ingest(const IngestArgs& a) {
  if (a.batch == 0) throw Error(ExitCode::usage, "--batch must be at least 1");
  if (!a.date.empty() && !is_iso_date(a.date))
    throw Error(ExitCode::usage, "--date must be YYYY-MM-DD, got '" + a.date + "'");
  PipelineOptions popts;
  popts.models_dir = a.models;
  popts.stages = a.stages;
  popts.parse_beam = a.parse_beam;
  popts.home_country = a.home_country;
  popts.actor_table = !a.no_actor_table;
  Pipeline pipeline = Pipeline::standard(popts);
  Store store(a.db);
  IngestOptions options;
  options.threads = a.threads ? a.threads : std::max(1u, std::thread::hardware_concurrency());
  options.batch_size = a.batch;
  if (!a.date.empty()) options.read.date = a.date;
  ProgressPrinter progress;
  auto on_failure = [&](const CorpusFailure& f) {
    if (progress.tty) std::cerr << "\r\033[K";
    std::cerr << "dateline: " << f.source << ": " << f.reason << '\n';
  };
  std::function<void(const IngestProgress&)> on_progress;
  if (!a.quiet) on_progress = std::ref(progress);
  IngestSummary s = ingest_corpus(a.paths, store, pipeline, options, on_progress, on_failure);
  progress.finish();
  StoreCounts c = store.counts();
  double rate = s.seconds > 0 ? static_cast<double>(s.articles_added + s.already_stored) / s.seconds : 0;
  std::cerr << fmt::format(
      "ingest: {} files, {} new articles ({} of them duplicates), {} already stored, {} failed in {:.1f} s "
      "({:.0f} articles/s, {:.2f} MB/s, {:.0f}% of the time writing); store now holds {} articles ({} duplicates), "
      "{} entities, {} quotes, {} events\n",
      s.files_done, s.articles_added, s.duplicates, s.already_stored, s.failures, s.seconds, rate,
      s.seconds > 0 ? static_cast<double>(s.bytes_done) / 1e6 / s.seconds : 0.0,
      s.seconds > 0 ? 100.0 * s.write_seconds / s.seconds : 0.0, c.articles, c.duplicates, c.entities, c.quotes,
      c.events);
  if (s.failures == 0) return 0;
  return static_cast<int>(s.articles_added + s.already_stored == 0 ? ExitCode::bad_input : ExitCode::partial);
}

const RegisterCommand reg{{"", "ingest", "Read a corpus (folders, .txt, .html, .warc[.gz], .jsonl[.gz], .sgm) into a database",
  [](CLI::App& app) -> std::function<int()> {
    auto a = std::make_shared<IngestArgs>();
    app.add_option("paths", a->paths, "Files and folders to read; '-' reads standard input")->required();
    app.add_option("--db", a->db, "SQLite database to create or add to")->required();
    app.add_option("-j,--threads", a->threads, "Worker threads (default: one per core)");
    app.add_option("--batch", a->batch, "Articles per transaction")->capture_default_str();
    app.add_option("--models", a->models, "Directory of trained models");
    app.add_option("--date", a->date, "Date YYYY-MM-DD of articles that give none of their own (metadata, <DATE>, dateline)");
    add_parse_beam_option(app, a->parse_beam);
    add_home_country_option(app, a->home_country);
    add_actor_table_option(app, a->no_actor_table);
    app.add_option("--stages", a->stages, "Only these stages, e.g. normalize,structure,tokenize")->delimiter(',');
    app.add_flag("-q,--quiet", a->quiet, "No progress output (failures and the summary are still printed)");
    return [a] { return run_ingest(*a); };
  }}};

}  // namespace
}  // namespace dateline::cli
