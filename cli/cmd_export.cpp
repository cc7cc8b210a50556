// dateline export events: the events of a store as an event data file (docs/export.md).
#include <fstream>
#include <iostream>

#include "command.hpp"
#include "dateline/error.hpp"
#include "dateline/export.hpp"
#include "dateline/store.hpp"

namespace dateline::cli {
namespace {

struct ExportArgs {
  std::string db, output;
  ExportOptions options;
};

int run_export(const ExportArgs& a) {
  Store store(a.db, /*read_only=*/true);
  size_t rows = 0;
  if (a.output.empty() || a.output == "-") {
    rows = export_events(store, a.options, std::cout);
    std::cout.flush();
  } else {
    std::ofstream out(a.output, std::ios::binary);
    if (!out) throw Error(ExitCode::bad_input, a.output + ": cannot write the export");
    rows = export_events(store, a.options, out);
    out.close();
    if (!out) throw Error(ExitCode::bad_input, a.output + ": writing the export failed (disk full?)");
  }
  std::cerr << "dateline: " << rows << " unique events written" << (a.output.empty() ? "" : " to " + a.output) << '\n';
  return 0;
}

const RegisterCommand reg{{"export", "events", "Write the events of a database as an event data file: one row per "
                                               "day, source, target and CAMEO code, with its counts",
  [](CLI::App& app) -> std::function<int()> {
    auto a = std::make_shared<ExportArgs>();
    app.add_option("--db", a->db, "SQLite database written by ingest")->required();
    app.add_option("--format", a->options.format,
                   "csv (with a header), jsonl, gdelt (the 61 columns of the GDELT 2.0 event table, tab-separated, "
                   "no header) or phoenix (its 26 columns, tab-separated, no header)")
        ->check(CLI::IsMember({"csv", "jsonl", "gdelt", "phoenix"}))
        ->capture_default_str();
    app.add_option("-o,--output", a->output, "Write here instead of standard output");
    app.add_option("--actor", a->options.filter.actor, "Only events with this actor on either side (name or code)");
    app.add_option("--source", a->options.filter.source_actor, "Only events with this source actor (name or code)");
    app.add_option("--target", a->options.filter.target_actor, "Only events with this target actor (name or code)");
    app.add_option("--cameo,--type", a->options.filter.type, "Only events with this CAMEO code prefix");
    app.add_option("--since", a->options.filter.since, "From this date, YYYY-MM-DD");
    app.add_option("--until", a->options.filter.until, "Up to this date, YYYY-MM-DD");
    return [a] { return run_export(*a); };
  }}};

}  // namespace
}  // namespace dateline::cli
