// dateline stats: what a store holds.
#include <fmt/format.h>

#include <iostream>
#include <nlohmann/json.hpp>

#include "command.hpp"
#include "dateline/json.hpp"
#include "dateline/store.hpp"

namespace dateline::cli {
namespace {

struct StatsArgs {
  std::string db;
  std::string format = "text";
};

int run_stats(const StatsArgs& a) {
  Store store(a.db, /*read_only=*/true);
  StoreCounts c = store.counts();
  if (a.format == "json") {
    nlohmann::ordered_json j = {{"articles", c.articles}, {"duplicates", c.duplicates}, {"entities", c.entities},
                                {"mentions", c.mentions}, {"quotes", c.quotes},   {"events", c.events},
                                {"failures", c.failures}, {"schema_version", store.schema_version()}};
    std::cout << dump_json(j, 2) << '\n';
    return 0;
  }
  std::cout << fmt::format("articles  {:>9}  ({} of them byte-identical duplicates of another)\n"
                           "entities  {:>9}  ({} mentions)\nquotes    {:>9}\nevents    {:>9}\nfailures  {:>9}\n",
                           c.articles, c.duplicates, c.entities, c.mentions, c.quotes, c.events, c.failures);
  return 0;
}

const RegisterCommand reg{{"", "stats", "Count what a database holds",
  [](CLI::App& app) -> std::function<int()> {
    auto a = std::make_shared<StatsArgs>();
    app.add_option("--db", a->db, "SQLite database written by ingest")->required();
    app.add_option("--format", a->format, "text or json")->check(CLI::IsMember({"text", "json"}))->capture_default_str();
    return [a] { return run_stats(*a); };
  }}};

}  // namespace
}  // namespace dateline::cli
