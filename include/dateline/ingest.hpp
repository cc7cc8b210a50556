// Turning input (files, stdin, bytes) into Documents ready for the pipeline.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "dateline/document.hpp"
#include "dateline/text.hpp"

namespace dateline {

struct ReadOptions {
  InvalidUtf8Policy invalid_utf8 = InvalidUtf8Policy::repair;
  size_t max_bytes = size_t{64} << 20;  // larger inputs are refused with a clear error
  // The date of input that gives none of its own, YYYY-MM-DD (`--date`): a date the article
  // carries (HTML metadata, a JSONL field, a Reuters <DATE>, its dateline) wins over it.
  std::optional<std::string> date;
  std::string date_source = "cli";      // what Document::date_source says when `date` is used
};

// Reads a whole file ("-" = standard input). Throws dateline::Error (bad_input) when it is
// missing, a directory, unreadable or larger than max_bytes.
std::string read_input_bytes(const std::string& path, size_t max_bytes);

// A stable identifier of the content: 16 hex digits of its 64-bit FNV-1a hash.
std::string content_id(std::string_view bytes);

// A plain-text article as a Document: refuses empty and binary input (dateline::Error,
// bad_input), decodes to UTF-8 (see decode_bytes) and records warnings. `text` holds the whole
// decoded article; the normalize and structure stages then refine it.
Document document_from_text(std::string_view bytes, std::string source, const ReadOptions& options = {});

// True for a YYYY-MM-DD string naming a real calendar day.
bool is_iso_date(std::string_view s);

}  // namespace dateline
