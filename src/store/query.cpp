// The queries behind `dateline query`. Each is one fixed SQL text; every user value is a bound
// parameter (?1 actor, ?2 type, ?3 since, ?4 until, ?5 limit), NULL meaning "no filter".
#include <sqlite3.h>

#include <map>

#include "dateline/error.hpp"
#include "dateline/ingest.hpp"
#include "dateline/store.hpp"
#include "sqlite_statement.hpp"

namespace dateline {
namespace {

// Case-insensitive substring test of a column against ?1 (instr, so '%' and '_' in the value
// are plain characters). Actor codes match by prefix, so CHN finds CHNGOV and CHNMIL.
#define ACTOR_MATCH(col) "instr(lower(" col "), lower(?1)) > 0"

const std::map<std::string, std::string>& queries() {
  static const std::map<std::string, std::string> q = {
      {"events", R"sql(
SELECT COALESCE(e.date, a.date) AS date, e.date_source, e.source_name AS source, e.source_code, e.cameo, e.plover,
       e.target_name AS target, e.target_code, e.goldstein, e.evidence_text AS evidence, a.source AS article
FROM events e JOIN articles a ON a.id = e.article_id
WHERE (?1 IS NULL OR )sql" ACTOR_MATCH("e.source_name") " OR " ACTOR_MATCH("e.target_name") R"sql(
       OR substr(e.source_code, 1, length(?1)) = upper(?1) OR substr(e.target_code, 1, length(?1)) = upper(?1))
  AND (?2 IS NULL OR substr(e.cameo, 1, length(?2)) = ?2)
  AND (?3 IS NULL OR substr(COALESCE(e.date, a.date), 1, 10) >= ?3)
  AND (?4 IS NULL OR substr(COALESCE(e.date, a.date), 1, 10) <= ?4)
ORDER BY date, e.id LIMIT ?5)sql"},
      {"quotes", R"sql(
SELECT a.date, q.speaker_name AS speaker, q.kind, q.cue, q.text AS quote, a.source AS article
FROM quotes q JOIN articles a ON a.id = q.article_id
WHERE (?1 IS NULL OR )sql" ACTOR_MATCH("q.speaker_name") R"sql()
  AND (?2 IS NULL OR q.kind = ?2)
  AND (?3 IS NULL OR a.date >= ?3)
  AND (?4 IS NULL OR a.date <= ?4)
ORDER BY a.date, q.id LIMIT ?5)sql"},
      {"entities", R"sql(
SELECT en.name, en.type, en.country, count(DISTINCT en.article_id) AS articles, sum(en.mention_count) AS mentions
FROM entities en JOIN articles a ON a.id = en.article_id
WHERE (?1 IS NULL OR )sql" ACTOR_MATCH("en.name") R"sql()
  AND (?2 IS NULL OR en.type = upper(?2))
  AND (?3 IS NULL OR a.date >= ?3)
  AND (?4 IS NULL OR a.date <= ?4)
GROUP BY en.name, en.type, en.country
ORDER BY mentions DESC, en.name LIMIT ?5)sql"},
      {"articles", R"sql(
SELECT a.id, a.date, a.date_source, a.headline, a.source, a.duplicate_of, a.encoding, a.text_bytes,
       (SELECT count(*) FROM entities x WHERE x.article_id = a.own) AS entities,
       (SELECT count(*) FROM quotes x WHERE x.article_id = a.own) AS quotes,
       (SELECT count(*) FROM events x WHERE x.article_id = a.own) AS events
FROM (SELECT *, coalesce(duplicate_of, id) AS own FROM articles) a
WHERE (?1 IS NULL OR )sql" ACTOR_MATCH("a.headline") R"sql(
       OR EXISTS (SELECT 1 FROM entities x WHERE x.article_id = a.own AND )sql" ACTOR_MATCH("x.name") R"sql())
  AND (?2 IS NULL OR EXISTS (SELECT 1 FROM events x WHERE x.article_id = a.own AND substr(x.cameo, 1, length(?2)) = ?2))
  AND (?3 IS NULL OR a.date >= ?3)
  AND (?4 IS NULL OR a.date <= ?4)
ORDER BY a.date, a.id LIMIT ?5)sql"},
  };
  return q;
}

#undef ACTOR_MATCH

std::optional<std::string> filter(const std::string& v) { return v.empty() ? std::nullopt : std::optional(v); }

}  // namespace

QueryResult query_store(const Store& store, const QueryOptions& o) {
  auto it = queries().find(o.what);
  if (it == queries().end())
    throw Error(ExitCode::usage, "unknown query '" + o.what + "' (events, quotes, entities or articles)");
  for (const auto* d : {&o.since, &o.until})
    if (!d->empty() && !is_iso_date(*d)) throw Error(ExitCode::usage, "dates must be YYYY-MM-DD, got '" + *d + "'");
  if (o.limit < 0) throw Error(ExitCode::usage, "--limit must be 0 or more");
  store::Statement s(store.handle(), it->second);
  s.bind(1, filter(o.actor)).bind(2, filter(o.type)).bind(3, filter(o.since)).bind(4, filter(o.until));
  s.bind(5, o.limit);
  QueryResult r;
  for (int i = 0; i < s.columns(); ++i) r.columns.push_back(s.column_name(i));
  while (s.step()) {
    std::vector<std::optional<std::string>> row;
    for (int i = 0; i < s.columns(); ++i)
      row.push_back(s.is_null(i) ? std::nullopt : std::optional<std::string>(s.text(i)));
    r.rows.push_back(std::move(row));
  }
  return r;
}

}  // namespace dateline
