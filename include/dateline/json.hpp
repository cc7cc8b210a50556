// The JSON contract `dateline.document/1` (docs/schema.md).
#pragma once

#include <nlohmann/json.hpp>

#include "dateline/document.hpp"

namespace dateline {

inline constexpr const char* kSchemaVersion = "dateline.document/1";

nlohmann::ordered_json to_json(const Document& doc);
// Reads a document written by to_json (used by the store and tests); throws dateline::Error.
Document document_from_json(const nlohmann::ordered_json& j);

}  // namespace dateline
