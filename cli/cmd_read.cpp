// dateline read: one or more articles through the pipeline, printed as text, JSON or CoNLL-U.
#include <functional>
#include <iostream>
#include <optional>

#include "command.hpp"
#include "dateline/conllu.hpp"
#include "dateline/corpus.hpp"
#include "dateline/error.hpp"
#include "dateline/events.hpp"
#include "dateline/ingest.hpp"
#include "dateline/json.hpp"
#include "dateline/stage.hpp"
#include "pipeline_args.hpp"
#include "render_text.hpp"

namespace dateline::cli {
namespace {

struct ReadArgs {
  std::vector<std::string> files;
  std::string format;
  std::string date;
  size_t max_bytes = size_t{64} << 20;
  bool strict_utf8 = false;
  PipelineArgs pipeline;
};

int run_read(const ReadArgs& a) {
  std::string format = a.format.empty() ? (stdout_is_terminal() ? "text" : "json") : a.format;
  if (!a.date.empty() && !is_iso_date(a.date))
    throw Error(ExitCode::usage, "--date must be YYYY-MM-DD, got '" + a.date + "'");
  ReadOptions options;
  options.max_bytes = a.max_bytes;
  options.invalid_utf8 = a.strict_utf8 ? InvalidUtf8Policy::reject : InvalidUtf8Policy::repair;
  if (!a.date.empty()) options.date = a.date;
  Pipeline pipeline = Pipeline::standard(pipeline_options(a.pipeline));

  std::vector<std::string> files = a.files.empty() ? std::vector<std::string>{"-"} : a.files;
  auto holds_many = [](const std::string& path) {
    auto f = path == "-" ? std::nullopt : format_from_name(path);
    return f && (*f == InputFormat::warc || *f == InputFormat::jsonl || *f == InputFormat::sgm);
  };
  bool json_array = format == "json" && (files.size() > 1 || holds_many(files.front()));
  if (json_array) std::cout << "[\n";
  // One header for every file, so the rows of several files read as one table.
  if (format == "events") write_events_tsv_header(std::cout);
  size_t failed = 0, written = 0;
  Style style = stdout_style();
  auto emit = [&](const Document& doc) {
    if (format == "json") {
      if (json_array && written > 0) std::cout << ",\n";
      std::cout << dump_json(to_json(doc), 2) << (json_array ? "" : "\n");
    } else if (format == "jsonl") {
      std::cout << dump_json(to_json(doc)) << '\n';
    } else if (format == "events") {
      write_events_tsv(std::cout, doc);
    } else if (format == "conllu") {
      conllu::write(std::cout, doc);
    } else {
      render_text(std::cout, doc, style);
    }
    ++written;
  };
  for (const auto& path : files) {
    read_documents(
        path, options,
        [&](Document&& doc) {
          try {
            pipeline.run(doc);
            emit(doc);
          } catch (const Error& e) {
            std::cerr << "dateline: " << e.what() << '\n';
            ++failed;
          }
        },
        [&](CorpusFailure&& f) {
          // A whole-file failure already names the file in its reason ("no such file: x").
          bool named = f.reason.find(f.source) != std::string::npos;
          std::cerr << "dateline: " << (named ? "" : f.source + ": ") << f.reason << '\n';
          ++failed;
        });
  }
  if (json_array) std::cout << "\n]\n";
  std::cout.flush();
  if (failed == 0) return 0;
  return static_cast<int>(written == 0 ? ExitCode::bad_input : ExitCode::partial);
}

const RegisterCommand reg{{"", "read", "Read articles and print what dateline finds in them",
  [](CLI::App& app) -> std::function<int()> {
    auto a = std::make_shared<ReadArgs>();
    app.add_option("files", a->files, "Article files (.txt, .html, .warc[.gz], .jsonl[.gz], Reuters-21578 .sgm); '-' or nothing reads standard input");
    app.add_option("-f,--format", a->format, "Output: text (default on a terminal), json (default otherwise), jsonl, conllu, events (TSV)")
        ->check(CLI::IsMember({"text", "json", "jsonl", "conllu", "events"}));
    app.add_option("--date", a->date, "Date YYYY-MM-DD of articles that give none of their own (metadata, <DATE>, dateline); anchors relative time expressions");
    add_pipeline_options(app, a->pipeline);
    app.add_option("--max-bytes", a->max_bytes, "Refuse inputs larger than this many bytes")->capture_default_str();
    app.add_flag("--strict-utf8", a->strict_utf8, "Reject invalid UTF-8 instead of repairing it with U+FFFD");
    return [a] { return run_read(*a); };
  }}};

}  // namespace
}  // namespace dateline::cli
