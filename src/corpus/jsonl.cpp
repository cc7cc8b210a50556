// JSONL dumps: one JSON object per line with `text` or `html` and optional title/date/url/id.
#include <nlohmann/json.hpp>

#include "corpus_internal.hpp"
#include "dateline/html.hpp"

namespace dateline::corpus {
namespace {

std::optional<std::string> string_field(const nlohmann::json& j, const char* key) {
  auto it = j.find(key);
  if (it == j.end() || !it->is_string() || it->get_ref<const std::string&>().empty()) return std::nullopt;
  return it->get<std::string>();
}

// The library's message without its "[json.exception.…] " prefix.
std::string reason(const nlohmann::json::exception& e) {
  std::string msg = e.what();
  size_t cut = msg.find("] ");
  return cut == std::string::npos ? msg : msg.substr(cut + 2);
}

}  // namespace

void parse_jsonl(std::string_view data, const std::string& source, const ItemSink& on_item,
                 const FailureSink& on_failure) {
  size_t line_no = 0;
  for (size_t i = 0; i < data.size();) {
    size_t eol = data.find('\n', i);
    if (eol == std::string_view::npos) eol = data.size();
    std::string_view line = data.substr(i, eol - i);
    i = eol + 1;
    ++line_no;
    if (line.find_first_not_of(" \t\r") == std::string_view::npos) continue;
    std::string where = source + ":" + std::to_string(line_no);
    nlohmann::json j;
    try {
      j = nlohmann::json::parse(line);
    } catch (const nlohmann::json::parse_error& e) {
      on_failure({where, "not JSON (" + reason(e) + ")"});
      continue;
    } catch (const nlohmann::json::exception& e) {
      // Well-formed JSON the library still refuses, e.g. a number beyond the range of a
      // double (out_of_range): this line is bad, the next ones are read all the same.
      on_failure({where, "unreadable JSON (" + reason(e) + ")"});
      continue;
    }
    if (!j.is_object()) {
      on_failure({where, "not a JSON object"});
      continue;
    }
    CorpusItem item;
    if (auto text = string_field(j, "text")) {
      item.bytes = std::move(*text);
    } else if (auto html = string_field(j, "html")) {
      item.bytes = std::move(*html);
      item.html = true;
    } else {
      on_failure({where, "no `text` or `html` field"});
      continue;
    }
    auto id = string_field(j, "id");
    if (!id && j.contains("id") && j["id"].is_number_integer()) id = std::to_string(j["id"].get<long long>());
    item.source = id ? source + "#" + *id : where;
    item.title = string_field(j, "title");
    item.url = string_field(j, "url");
    if (auto date = string_field(j, "date")) item.date = normalize_page_date(*date);
    on_item(std::move(item));
  }
}

}  // namespace dateline::corpus
