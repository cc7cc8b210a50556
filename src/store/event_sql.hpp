// SQL fragments the event queries share (`dateline query events`, `dateline export events`),
// and the binding of their parameters. Not public API.
#pragma once

#include <optional>
#include <string>

#include "dateline/store.hpp"
#include "sqlite_statement.hpp"

namespace dateline::store {

// Case-insensitive substring test of a column against a parameter (instr, so '%' and '_' in
// the value are plain characters).
#define NAME_MATCH(col, p) "instr(lower(" col "), lower(" p ")) > 0"
// An actor code matches by prefix, so CHN finds CHNGOV and CHNMIL.
#define CODE_MATCH(col, p) "substr(" col ", 1, length(" p ")) = upper(" p ")"

// The filters every events query shares; `a` is the article the event was coded in.
inline const char* const kEventFilters = R"sql(
WHERE (?1 IS NULL OR )sql" NAME_MATCH("e.source_name", "?1") " OR " NAME_MATCH("e.target_name", "?1") R"sql(
       OR )sql" CODE_MATCH("e.source_code", "?1") " OR " CODE_MATCH("e.target_code", "?1") R"sql()
  AND (?7 IS NULL OR )sql" NAME_MATCH("e.source_name", "?7") " OR " CODE_MATCH("e.source_code", "?7") R"sql()
  AND (?8 IS NULL OR )sql" NAME_MATCH("e.target_name", "?8") " OR " CODE_MATCH("e.target_code", "?8") R"sql()
  AND (?2 IS NULL OR substr(e.cameo, 1, length(?2)) = ?2)
  AND (?3 IS NULL OR substr(COALESCE(e.date, a.date), 1, 10) >= ?3)
  AND (?4 IS NULL OR substr(COALESCE(e.date, a.date), 1, 10) <= ?4))sql";

// The day an event counts for: a range date ("2013-12-01/2013-12-31") by its first day, as
// --since and --until select it.
#define EVENT_DAY "substr(COALESCE(e.date, a.date), 1, 10)"

// Byte-identical copies share their original's event rows; the counting queries join every
// copy too, so a story published twice counts as two articles (and maybe two outlets).
inline const char* const kEventsWithCopies = R"sql(
FROM events e JOIN articles a ON a.id = e.article_id OR a.duplicate_of = e.article_id)sql";

// Binds the filters of `o` to the parameters the fragments above name.
inline void bind_event_filters(Statement& s, const QueryOptions& o) {
  auto filter = [](const std::string& v) { return v.empty() ? std::nullopt : std::optional(v); };
  s.bind(1, filter(o.actor)).bind(2, filter(o.type)).bind(3, filter(o.since)).bind(4, filter(o.until));
  s.bind(7, filter(o.source_actor)).bind(8, filter(o.target_actor));
}

}  // namespace dateline::store
