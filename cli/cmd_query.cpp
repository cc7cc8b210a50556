// dateline query: events, quotes, entities or articles from a store, as a table, CSV or JSON;
// events also one per day (--unique) or counted per period (--count-by).
#include <fmt/format.h>

#include <iostream>
#include <nlohmann/json.hpp>

#include "command.hpp"
#include "dateline/json.hpp"
#include "dateline/store.hpp"
#include "terminal.hpp"

namespace dateline::cli {
namespace {

struct QueryArgs {
  QueryOptions query;
  std::string db;
  std::string format = "table";
};

std::string csv_field(const std::optional<std::string>& v) {
  if (!v) return "";
  if (v->find_first_of(",\"\n\r") == std::string::npos) return *v;
  std::string out = "\"";
  for (char c : *v) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

// Cells cut to a readable width on a table (by code points, so UTF-8 is never split).
std::string cell(const std::optional<std::string>& v, size_t width) {
  std::string s = v.value_or("");
  for (char& c : s) if (c == '\n' || c == '\t') c = ' ';
  size_t points = 0, i = 0;
  for (; i < s.size(); ++i) {
    if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80 && ++points > width) break;
  }
  return i < s.size() ? s.substr(0, i) : s;
}

size_t display_width(const std::string& s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

void print_table(const QueryResult& r) {
  constexpr size_t kMax = 48;
  std::vector<size_t> width;
  for (const auto& c : r.columns) width.push_back(c.size());
  for (const auto& row : r.rows)
    for (size_t i = 0; i < row.size(); ++i) width[i] = std::max(width[i], display_width(cell(row[i], kMax)));
  Style st = stdout_style();
  std::string header;
  for (size_t i = 0; i < r.columns.size(); ++i) header += fmt::format("{:<{}}  ", r.columns[i], width[i]);
  std::cout << st.bold(header) << '\n';
  for (const auto& row : r.rows) {
    for (size_t i = 0; i < row.size(); ++i) {
      std::string c = cell(row[i], kMax);
      std::cout << c << std::string(width[i] - display_width(c) + 2, ' ');
    }
    std::cout << '\n';
  }
  std::cout << st.dim(fmt::format("({} rows)", r.rows.size())) << '\n';
}

int run_query(QueryArgs& a) {
  Store store(a.db, /*read_only=*/true);
  QueryResult r = query_store(store, a.query);
  // A cut answer says so where it cannot be mistaken for data (CSV and JSON stay clean).
  const auto shown = static_cast<int64_t>(r.rows.size());
  if (a.query.offset + shown < r.total) {
    int64_t first = a.query.offset + 1, next = a.query.offset + shown;
    std::cerr << (shown == 0 ? fmt::format("0 of {} rows", r.total)
                  : first == 1 ? fmt::format("{} of {} rows", shown, r.total)
                               : fmt::format("rows {}-{} of {}", first, next, r.total))
              << fmt::format("; --limit 0 for all, --offset {} for the next page\n", next);
  }
  if (a.format == "json") {
    nlohmann::ordered_json rows = nlohmann::ordered_json::array();
    for (const auto& row : r.rows) {
      nlohmann::ordered_json o = nlohmann::ordered_json::object();
      for (size_t i = 0; i < row.size(); ++i) o[r.columns[i]] = row[i] ? nlohmann::ordered_json(*row[i]) : nullptr;
      rows.push_back(std::move(o));
    }
    std::cout << dump_json(rows, 2) << '\n';
  } else if (a.format == "csv") {
    for (size_t i = 0; i < r.columns.size(); ++i) std::cout << (i ? "," : "") << r.columns[i];
    std::cout << '\n';
    for (const auto& row : r.rows) {
      for (size_t i = 0; i < row.size(); ++i) std::cout << (i ? "," : "") << csv_field(row[i]);
      std::cout << '\n';
    }
  } else {
    print_table(r);
  }
  return 0;
}

const RegisterCommand reg{{"", "query", "Look up events, quotes, entities or articles in a database",
  [](CLI::App& app) -> std::function<int()> {
    auto a = std::make_shared<QueryArgs>();
    app.add_option("what", a->query.what, "events, quotes, entities or articles")
        ->required()->check(CLI::IsMember({"events", "quotes", "entities", "articles"}));
    app.add_option("--db", a->db, "SQLite database written by ingest")->required();
    app.add_option("--actor", a->query.actor, "Name or code of an actor, speaker or entity (substring, any case)");
    app.add_option("--type,--cameo", a->query.type, "CAMEO code prefix (events, articles), entity type, or quote kind");
    app.add_option("--since", a->query.since, "From this date, YYYY-MM-DD");
    app.add_option("--until", a->query.until, "Up to this date, YYYY-MM-DD");
    app.add_option("--limit", a->query.limit, "At most this many rows; 0 for all (a cut answer says so on stderr)")
        ->capture_default_str();
    app.add_option("--offset", a->query.offset, "Skip this many rows first (paging with --limit)")->capture_default_str();
    app.add_flag("--unique", a->query.unique,
                 "events: one row per day, source code, target code and CAMEO code, with mentions, articles and sources");
    app.add_option("--count-by", a->query.count_by, "events: counts per day, week (named by its Monday) or month")
        ->check(CLI::IsMember({"day", "week", "month"}));
    app.add_option("--source", a->query.source_actor, "events: the source actor's name (substring) or code (prefix)");
    app.add_option("--target", a->query.target_actor, "events: the target actor's name (substring) or code (prefix)");
    app.add_option("--format", a->format, "table, csv or json")->check(CLI::IsMember({"table", "csv", "json"}))->capture_default_str();
    return [a] { return run_query(*a); };
  }}};

}  // namespace
}  // namespace dateline::cli
