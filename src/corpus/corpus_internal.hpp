// Container parsers shared inside src/corpus (not public API).
#pragma once

#include <functional>
#include <string>
#include <string_view>

#include "dateline/corpus.hpp"

namespace dateline::corpus {

using ItemSink = std::function<void(CorpusItem&&)>;
using FailureSink = std::function<void(CorpusFailure&&)>;

// Every WARC/1.0 or 1.1 `response` (HTTP) or `resource` record holding HTML.
void parse_warc(std::string_view data, const std::string& source, const ItemSink& on_item,
                const FailureSink& on_failure);

// One article per line: a JSON object with `text` or `html`, optional title, date, url, id.
void parse_jsonl(std::string_view data, const std::string& source, const ItemSink& on_item,
                 const FailureSink& on_failure);

// Every <REUTERS> element of a Reuters-21578 .sgm file as one article ("file#NEWID=N"), its
// <DATE> as the item's date; a corrupt element is reported with its byte offset and skipped.
void parse_sgm(std::string_view data, const std::string& source, const ItemSink& on_item,
               const FailureSink& on_failure);

// Case-insensitive ASCII comparison of header names.
bool iequals(std::string_view a, std::string_view b);

}  // namespace dateline::corpus
