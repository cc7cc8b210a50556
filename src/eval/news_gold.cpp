// The news gold set's files (docs/annotation.md): parsing and the story each one points to.
#include <nlohmann/json.hpp>

#include <filesystem>

#include "dateline/corpus.hpp"
#include "dateline/error.hpp"
#include "dateline/eval_news.hpp"
#include "dateline/ingest.hpp"

namespace dateline {
namespace {

using json = nlohmann::json;

Error malformed(const std::string& where, const std::string& what) { return Error(ExitCode::bad_input, where + ": " + what); }

const json& member(const json& obj, const char* key, const std::string& where) {
  auto it = obj.find(key);
  if (it == obj.end()) throw malformed(where, std::string("no \"") + key + "\"");
  return *it;
}

std::string text_member(const json& obj, const char* key, const std::string& where) {
  const json& v = member(obj, key, where);
  if (!v.is_string()) throw malformed(where, std::string("\"") + key + "\" must be a string");
  std::string s = v.get<std::string>();
  if (s.find_first_not_of(" \t\r\n") == std::string::npos) throw malformed(where, std::string("\"") + key + "\" is empty");
  return s;
}

std::optional<std::string> nullable_member(const json& obj, const char* key, const std::string& where) {
  const json& v = member(obj, key, where);
  if (v.is_null()) return std::nullopt;
  if (!v.is_string()) throw malformed(where, std::string("\"") + key + "\" must be a string or null");
  return v.get<std::string>();
}

// The array `key` of the story, each element an object.
const json& list_member(const json& obj, const char* key, const std::string& where) {
  const json& v = member(obj, key, where);
  if (!v.is_array()) throw malformed(where, std::string("\"") + key + "\" must be an array");
  for (size_t i = 0; i < v.size(); ++i)
    if (!v[i].is_object()) throw malformed(where, std::string(key) + "[" + std::to_string(i) + "] must be an object");
  return v;
}

std::string item(const std::string& name, const char* list, size_t i) {
  return name + ": " + list + "[" + std::to_string(i) + "]";
}

}  // namespace

NewsGold parse_news_gold(std::string_view json_text, const std::string& name) {
  json j;
  try {
    j = json::parse(json_text);
  } catch (const json::exception& e) {
    throw malformed(name, std::string("not valid JSON (") + e.what() + ")");
  }
  if (!j.is_object()) throw malformed(name, "not a JSON object");
  NewsGold g;
  g.id = text_member(j, "id", name);
  g.source = text_member(j, "source", name);
  g.date = nullable_member(j, "date", name);
  if (j.contains("home_country")) g.home_country = nullable_member(j, "home_country", name);
  if (g.date && !is_iso_date(*g.date)) throw malformed(name, "\"date\" must be YYYY-MM-DD or null, got '" + *g.date + "'");
  if (g.source.ends_with(".sgm")) {
    const json& n = member(j, "newid", name);
    if (n.is_number_unsigned()) g.newid = std::to_string(n.get<unsigned long>());
    else if (n.is_string() && !n.get<std::string>().empty() &&
             n.get<std::string>().find_first_not_of("0123456789") == std::string::npos)
      g.newid = n.get<std::string>();
    else
      throw malformed(name, "\"newid\" of a .sgm source must be a NEWID number");
  }
  const json& events = list_member(j, "events", name);
  for (size_t i = 0; i < events.size(); ++i) {
    std::string where = item(name, "events", i);
    NewsGoldEvent e;
    e.snippet = text_member(events[i], "snippet", where);
    e.source = text_member(events[i], "source", where);
    e.target = text_member(events[i], "target", where);
    e.cameo = text_member(events[i], "cameo", where);
    if (e.cameo.size() < 2 || e.cameo.find_first_not_of("0123456789") != std::string::npos)
      throw malformed(where, "\"cameo\" must be a CAMEO code of digits, got '" + e.cameo + "'");
    g.events.push_back(std::move(e));
  }
  const json& entities = list_member(j, "entities", name);
  for (size_t i = 0; i < entities.size(); ++i) {
    std::string where = item(name, "entities", i);
    NewsGoldEntity e;
    e.text = text_member(entities[i], "text", where);
    e.type = text_member(entities[i], "type", where);
    // The country is what PERSON, ORG and GPE are scored on; LOC and MISC may leave it out.
    bool scored = e.type == "PERSON" || e.type == "ORG" || e.type == "GPE";
    if (scored || entities[i].contains("country")) e.country = nullable_member(entities[i], "country", where).value_or("");
    g.entities.push_back(std::move(e));
  }
  const json& quotes = list_member(j, "quotes", name);
  for (size_t i = 0; i < quotes.size(); ++i) {
    std::string where = item(name, "quotes", i);
    NewsGoldQuote q;
    q.snippet = text_member(quotes[i], "snippet", where);
    if (auto k = quotes[i].find("kind"); k != quotes[i].end() && k->is_string()) q.kind = k->get<std::string>();
    q.speaker = nullable_member(quotes[i], "speaker", where);
    g.quotes.push_back(std::move(q));
  }
  return g;
}

NewsGold read_news_gold(const std::string& path) {
  return parse_news_gold(read_input_bytes(path, size_t{64} << 20), path);
}

std::string news_story_text(const NewsGold& gold, const std::string& data_dir) {
  std::string path = (std::filesystem::path(data_dir) / gold.source).string();
  std::error_code ec;
  if (!std::filesystem::is_regular_file(path, ec)) throw Error(ExitCode::bad_input, "no story file " + path);
  if (gold.source.ends_with(".sgm")) return read_reuters_story(path, gold.newid).text;
  return read_input_bytes(path, size_t{64} << 20);
}

}  // namespace dateline
