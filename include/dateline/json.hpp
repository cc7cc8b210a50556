// The JSON contract `dateline.document/1` (docs/schema.md).
#pragma once

#include <nlohmann/json.hpp>

#include "dateline/document.hpp"

namespace dateline {

inline constexpr const char* kSchemaVersion = "dateline.document/1";

nlohmann::ordered_json to_json(const Document& doc);
// Reads a document written by to_json (used by the store and tests); throws dateline::Error.
Document document_from_json(const nlohmann::ordered_json& j);

// JSON text of `j`, as j.dump(indent) would write it, except that bytes which are not UTF-8
// become U+FFFD instead of an exception: strings from outside (file names, URLs, WARC
// headers, request paths and parameters) may hold any bytes, and one of them must not make
// the whole output fail. Every JSON dateline writes goes through here.
template <class Json>
std::string dump_json(const Json& j, int indent = -1) {
  return j.dump(indent, ' ', false, Json::error_handler_t::replace);
}

}  // namespace dateline
