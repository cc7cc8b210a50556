// JSONL dumps: one JSON object per line with `text` or `html` and optional title/date/url/id.
#include <nlohmann/json.hpp>

#include <array>
#include <cstdio>

#include "corpus_internal.hpp"
#include "dateline/html.hpp"

namespace dateline::corpus {
namespace {

std::optional<std::string> string_field(const nlohmann::json& j, const char* key) {
  auto it = j.find(key);
  if (it == j.end() || !it->is_string() || it->get_ref<const std::string&>().empty()) return std::nullopt;
  return it->get<std::string>();
}

// Dumps name the publication date in many ways; the first of these present is read. A
// number is a Unix time in seconds (or milliseconds, when it is too large to be seconds).
constexpr std::array<const char*, 8> kDateKeys{"date",     "published", "published_at", "pubDate",
                                               "datePublished", "publish_date", "published_date", "pub_date"};

std::optional<std::string> unix_day(double t) {
  if (t > 1e11) t /= 1000;  // milliseconds
  if (!(t >= 0 && t < 7258118400.0)) return std::nullopt;  // 1970 .. 2200
  auto days = static_cast<int64_t>(t / 86400);
  // Civil date from days since 1970-01-01 (Howard Hinnant's algorithm).
  int64_t z = days + 719468, era = z / 146097, doe = z - era * 146097;
  int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365, doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  int64_t mp = (5 * doy + 2) / 153, d = doy - (153 * mp + 2) / 5 + 1, m = mp < 10 ? mp + 3 : mp - 9;
  int64_t y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", static_cast<int>(y), static_cast<int>(m), static_cast<int>(d));
  return std::string(buf);
}

void read_date(const nlohmann::json& j, CorpusItem& item) {
  for (const char* key : kDateKeys) {
    auto it = j.find(key);
    if (it == j.end() || it->is_null()) continue;
    std::optional<std::string> date;
    if (it->is_string()) date = normalize_page_date(it->get_ref<const std::string&>());
    else if (it->is_number()) date = unix_day(it->get<double>());
    if (date) {
      item.date = std::move(date);
      item.date_source = "jsonl";
      return;
    }
    std::string shown = it->is_string() ? it->get<std::string>() : it->dump();
    item.warnings.push_back(std::string("JSONL field `") + key + "` '" + shown.substr(0, 60) + "' is not a date; ignored");
  }
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
    read_date(j, item);
    on_item(std::move(item));
  }
}

}  // namespace dateline::corpus
