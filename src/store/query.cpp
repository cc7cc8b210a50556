// The queries behind `dateline query`. Each is built from fixed SQL fragments; every user value
// is a bound parameter (?1 actor, ?2 type, ?3 since, ?4 until, ?5 limit, ?6 offset, ?7 source
// actor, ?8 target actor), NULL meaning "no filter", so no value ever becomes SQL text.
#include <sqlite3.h>

#include <map>

#include "dateline/error.hpp"
#include "dateline/ingest.hpp"
#include "dateline/store.hpp"
#include "event_sql.hpp"
#include "sqlite_statement.hpp"

namespace dateline {
namespace {

using store::kEventFilters;
using store::kEventsWithCopies;

const std::map<std::string, std::string>& queries() {
  static const std::map<std::string, std::string> q = {
      {"events", std::string(R"sql(
SELECT e.id, COALESCE(e.date, a.date) AS date, e.date_source, e.source_name AS source, e.source_code, e.cameo,
       e.plover, e.target_name AS target, e.target_code, e.goldstein, e.evidence_text AS evidence,
       e.article_id, a.source AS article
FROM events e JOIN articles a ON a.id = e.article_id)sql") + kEventFilters + R"sql(
ORDER BY date, e.id)sql"},
      {"quotes", R"sql(
SELECT a.date, q.speaker_name AS speaker, q.kind, q.cue, q.text AS quote, a.source AS article
FROM quotes q JOIN articles a ON a.id = q.article_id
WHERE (?1 IS NULL OR )sql" NAME_MATCH("q.speaker_name", "?1") R"sql()
  AND (?2 IS NULL OR q.kind = ?2)
  AND (?3 IS NULL OR a.date >= ?3)
  AND (?4 IS NULL OR a.date <= ?4)
ORDER BY a.date, q.id)sql"},
      {"entities", R"sql(
SELECT en.name, en.type, en.country, count(DISTINCT en.article_id) AS articles, sum(en.mention_count) AS mentions
FROM entities en JOIN articles a ON a.id = en.article_id
WHERE (?1 IS NULL OR )sql" NAME_MATCH("en.name", "?1") R"sql()
  AND (?2 IS NULL OR en.type = upper(?2))
  AND (?3 IS NULL OR a.date >= ?3)
  AND (?4 IS NULL OR a.date <= ?4)
GROUP BY en.name, en.type, en.country
ORDER BY mentions DESC, en.name)sql"},
      {"articles", R"sql(
SELECT a.id, a.date, a.date_source, a.headline, a.source, a.duplicate_of, a.encoding, a.text_bytes,
       (SELECT count(*) FROM entities x WHERE x.article_id = a.own) AS entities,
       (SELECT count(*) FROM quotes x WHERE x.article_id = a.own) AS quotes,
       (SELECT count(*) FROM events x WHERE x.article_id = a.own) AS events
FROM (SELECT *, coalesce(duplicate_of, id) AS own FROM articles) a
WHERE (?1 IS NULL OR )sql" NAME_MATCH("a.headline", "?1") R"sql(
       OR EXISTS (SELECT 1 FROM entities x WHERE x.article_id = a.own AND )sql" NAME_MATCH("x.name", "?1") R"sql())
  AND (?2 IS NULL OR EXISTS (SELECT 1 FROM events x WHERE x.article_id = a.own AND substr(x.cameo, 1, length(?2)) = ?2))
  AND (?3 IS NULL OR a.date >= ?3)
  AND (?4 IS NULL OR a.date <= ?4)
ORDER BY a.date, a.id)sql"},
  };
  return q;
}

// One row per unique event (day, source code, target code, CAMEO code). The bare columns come
// from the row of min(e.id) (SQLite's documented rule for a single min() aggregate): the first
// record of the event, coded in the first article ingested that reports it.
const std::string& unique_events_query() {
  static const std::string q = std::string(R"sql(
SELECT )sql" EVENT_DAY R"sql( AS date, e.source_code, e.target_code, e.cameo, e.source_name AS source,
       e.target_name AS target, e.plover, e.quad_class, e.goldstein,
       count(DISTINCT e.id) AS mentions, count(DISTINCT a.id) AS articles,
       count(DISTINCT dateline_outlet(a.url, a.source)) AS sources,
       e.article_id AS first_article, min(e.id) AS first_event, e.evidence_text AS evidence)sql") +
                               kEventsWithCopies + kEventFilters + R"sql(
GROUP BY )sql" EVENT_DAY R"sql(, e.source_code, e.target_code, e.cameo
ORDER BY date, first_event)sql";
  return q;
}

// Events per period. A week is named by the date of its Monday ('weekday 0' moves to the
// Sunday on or after the day, six days back is the Monday on or before it): a name that sorts
// and that a spreadsheet reads as a date, unlike an ISO week number, whose week-year differs
// from the calendar year around New Year.
std::string count_by_query(const std::string& period) {
  static const std::map<std::string, std::string> expr = {
      {"day", EVENT_DAY},
      {"week", "date(" EVENT_DAY ", 'weekday 0', '-6 days')"},
      {"month", "substr(" EVENT_DAY ", 1, 7)"},
  };
  auto it = expr.find(period);
  if (it == expr.end()) throw Error(ExitCode::usage, "--count-by must be day, week or month, got '" + period + "'");
  return "SELECT " + it->second + " AS " + period + R"sql(, count(DISTINCT e.id) AS events,
       count(DISTINCT )sql" EVENT_DAY R"sql( || '|' || COALESCE(e.source_code, '') || '|' || COALESCE(e.target_code, '') || '|' || e.cameo) AS unique_events,
       count(DISTINCT a.id) AS articles, count(DISTINCT dateline_outlet(a.url, a.source)) AS sources)sql" +
         std::string(kEventsWithCopies) + kEventFilters + "\n  AND " EVENT_DAY " IS NOT NULL\nGROUP BY 1 ORDER BY 1";
}

}  // namespace

QueryResult query_store(const Store& store, const QueryOptions& o) {
  if (!queries().count(o.what))
    throw Error(ExitCode::usage, "unknown query '" + o.what + "' (events, quotes, entities or articles)");
  for (const auto* d : {&o.since, &o.until})
    if (!d->empty() && !is_iso_date(*d)) throw Error(ExitCode::usage, "dates must be YYYY-MM-DD, got '" + *d + "'");
  if (o.limit < 0) throw Error(ExitCode::usage, "--limit must be 0 or more");
  if (o.offset < 0) throw Error(ExitCode::usage, "--offset must be 0 or more");
  if (o.what != "events" && (o.unique || !o.count_by.empty() || !o.source_actor.empty() || !o.target_actor.empty()))
    throw Error(ExitCode::usage, "--unique, --count-by, --source and --target apply to events only");
  if (o.unique && !o.count_by.empty()) throw Error(ExitCode::usage, "--unique and --count-by are two different queries");

  std::string base = !o.count_by.empty() ? count_by_query(o.count_by)
                     : o.unique          ? unique_events_query()
                                         : queries().at(o.what);
  store::Statement s(store.handle(), base + "\nLIMIT ?5 OFFSET ?6");
  store::bind_event_filters(s, o);
  s.bind(5, o.limit == 0 ? int64_t{-1} : o.limit);  // SQLite: a negative limit is no limit
  s.bind(6, o.offset);
  QueryResult r;
  for (int i = 0; i < s.columns(); ++i) r.columns.push_back(s.column_name(i));
  while (s.step()) {
    std::vector<std::optional<std::string>> row;
    for (int i = 0; i < s.columns(); ++i)
      row.push_back(s.is_null(i) ? std::nullopt : std::optional<std::string>(s.text(i)));
    r.rows.push_back(std::move(row));
  }
  // Only a page that came back full (or empty past the start) leaves the total unknown; a
  // second pass counts it then, so the common short answer costs one query.
  bool full = o.limit > 0 && static_cast<int64_t>(r.rows.size()) == o.limit;
  if (full || (r.rows.empty() && o.offset > 0)) {
    store::Statement count(store.handle(), "SELECT count(*) FROM (" + base + ")");
    store::bind_event_filters(count, o);
    count.step();
    r.total = count.integer(0);
  } else {
    r.total = o.offset + static_cast<int64_t>(r.rows.size());
  }
  return r;
}

}  // namespace dateline
