// Event data files from a store: `dateline export events`. One row per unique event (day,
// source actor code, target actor code, CAMEO code) with its counts, in dateline's own CSV or
// JSON lines, the GDELT 2.0 event table, or the Phoenix event data format. Every column and
// its GDELT and Phoenix counterpart: docs/export.md.
#pragma once

#include <cstddef>
#include <ostream>
#include <string>
#include <vector>

#include "dateline/store.hpp"

namespace dateline {

struct ExportOptions {
  std::string format = "csv";  // csv | jsonl | gdelt | phoenix
  // Which events: actor, type (CAMEO prefix), since, until, source_actor, target_actor as for
  // query_store; `what`, limits and the other query options are ignored.
  QueryOptions filter;
};

// Writes the events of `store` to `out`; returns the number of rows written. Throws
// dateline::Error (usage) for an unknown format or a malformed filter.
size_t export_events(const Store& store, const ExportOptions& options, std::ostream& out);

// The columns of the csv and jsonl formats, in order.
const std::vector<std::string>& export_columns();

}  // namespace dateline
