// `dateline export events`: unique events with their counts, as dateline's CSV or JSON lines,
// the GDELT 2.0 event table or the Phoenix format (column mapping: docs/export.md).
#include "dateline/export.hpp"

#include <array>
#include <cstdio>
#include <functional>
#include <map>
#include <optional>
#include <nlohmann/json.hpp>

#include "dateline/error.hpp"
#include "dateline/gazetteer.hpp"
#include "dateline/ingest.hpp"
#include "dateline/json.hpp"
#include "event_sql.hpp"
#include "sqlite_statement.hpp"

namespace dateline {
namespace {

// One row per unique event, with the first record's details: the bare columns come from the
// row of min(e.id) (SQLite's rule for a single min() aggregate), so the event id, names,
// place, sentence and article are those of its first record. The outer join fetches that
// article's own source, URL and ingest time.
std::string export_sql() {
  return std::string(R"sql(
SELECT u.event_id, u.day, u.source_code, u.source_name, u.source_country, u.target_code, u.target_name,
       u.target_country, u.cameo, u.quad_class, u.goldstein, u.plover, u.mode, u.place, u.article_id, u.sentence,
       u.evidence_text, u.mentions, u.articles, u.sources, u.outlets, fa.source, fa.url, fa.ingested_at
FROM (SELECT min(e.id) AS event_id, )sql" EVENT_DAY R"sql( AS day, e.source_code, e.source_name, e.source_country,
             e.target_code, e.target_name, e.target_country, e.cameo, e.quad_class, e.goldstein, e.plover, e.mode,
             e.place, e.article_id, e.sentence, e.evidence_text,
             count(DISTINCT e.id) AS mentions, count(DISTINCT a.id) AS articles,
             count(DISTINCT dateline_outlet(a.url, a.source)) AS sources,
             group_concat(DISTINCT dateline_outlet(a.url, a.source)) AS outlets)sql") +
         store::kEventsWithCopies + store::kEventFilters + R"sql(
      GROUP BY )sql" EVENT_DAY R"sql(, e.source_code, e.target_code, e.cameo) u
JOIN articles fa ON fa.id = u.article_id
ORDER BY u.day, u.event_id)sql";
}

// CAMEO actor sectors (the "agent" part of a code such as USAGOV), named as the CAMEO actor
// codebook names them.
const std::map<std::string, std::string>& sector_names() {
  static const std::map<std::string, std::string> m = {
      {"GOV", "government"}, {"MIL", "military"}, {"COP", "police"}, {"JUD", "judiciary"},
      {"LEG", "legislature"}, {"OPP", "opposition"}, {"REB", "rebels"}, {"INS", "insurgents"},
      {"SEP", "separatists"}, {"BUS", "business"}, {"MNC", "multinational corporation"}, {"MED", "media"},
      {"CVL", "civilians"}, {"EDU", "education"}, {"IGO", "intergovernmental organisation"},
      {"NGO", "non-governmental organisation"}, {"NGM", "non-governmental movement"}, {"REL", "religion"},
      {"SPY", "intelligence"}, {"LAB", "labour"}, {"REF", "refugees"}, {"HLH", "health"}, {"AGR", "agriculture"},
      {"CRM", "criminals"}, {"ELI", "elites"}, {"ENV", "environment"}, {"HRI", "human rights"},
      {"PTY", "political party"}, {"MOD", "moderates"}, {"RAD", "radicals"}, {"UAF", "armed forces"},
      {"IMG", "immigrants"}, {"DEV", "development"}};
  return m;
}

// An actor code split into the parts event data files keep apart.
struct Actor {
  std::string code, name;
  std::string country;            // ISO3 (CAMEO country code), empty when none
  std::string igo;                // the organisation of an IGO code (IGOUNO → UNO)
  std::vector<std::string> types; // sector codes, three letters each (GOV, MIL ...)
  std::string sector() const {
    std::string s;
    for (const auto& t : types) s += t;
    return igo.empty() || !s.empty() ? s : "IGO";
  }
  std::string sector_name() const {
    std::string n;
    for (const auto& t : igo.empty() || !types.empty() ? types : std::vector<std::string>{"IGO"}) {
      auto it = sector_names().find(t);
      n += (n.empty() ? "" : " / ") + (it == sector_names().end() ? t : it->second);
    }
    return n;
  }
  std::string country_name() const {
    auto n = country.empty() ? std::nullopt : gazetteer::country_name(country);
    return n ? std::string(*n) : "";
  }
};

// A code is a country (or "---": none known) then sectors, or "IGO" then the organisation.
// The country stored with the event (the entity's) fills in for "---".
Actor split_actor(const std::string& code, const std::string& name, const std::string& stored_country) {
  Actor a;
  a.code = code;
  a.name = name;
  if (code.empty()) return a;
  if (code.starts_with("IGO")) {
    a.igo = code.substr(3);
    a.country = stored_country;
    return a;
  }
  std::string head = code.substr(0, 3);
  a.country = head == "---" ? stored_country : head;
  for (size_t i = 3; i + 3 <= code.size(); i += 3) a.types.push_back(code.substr(i, 3));
  return a;
}

struct Row {
  int64_t event_id = 0;
  std::string day;  // YYYY-MM-DD or empty
  Actor source, target;
  std::string cameo, plover, mode, place, place_country, evidence, outlets;
  bool place_is_country = false;
  std::optional<int64_t> quad_class, sentence;
  std::optional<double> goldstein;
  int64_t article_id = 0, mentions = 0, articles = 0, sources = 0;
  std::string article_source, article_url, ingested_at;

  std::string root() const { return cameo.substr(0, 2); }
  std::string compact_day() const {  // YYYYMMDD
    return day.size() == 10 ? day.substr(0, 4) + day.substr(5, 2) + day.substr(8, 2) : "";
  }
  std::string url_or_source() const { return article_url.empty() ? article_source : article_url; }
};

std::string country_name_of(const std::string& iso3) {
  auto n = iso3.empty() ? std::nullopt : gazetteer::country_name(iso3);
  return n ? std::string(*n) : "";
}

std::string fixed(double v, int decimals) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
  return buf;
}

// Tabs and line breaks inside a value would break a row of the tab-separated formats.
std::string tsv(std::string s) {
  for (char& c : s)
    if (c == '\t' || c == '\n' || c == '\r') c = ' ';
  return s;
}

std::string csv(const std::string& v) {
  if (v.find_first_of(",\"\n\r") == std::string::npos) return v;
  std::string out = "\"";
  for (char c : v) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

// The day of the year, 1-366, of a YYYY-MM-DD day.
int day_of_year(int y, int m, int d) {
  static constexpr std::array<int, 12> before = {0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334};
  bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  return before[static_cast<size_t>(m - 1)] + d + (leap && m > 2 ? 1 : 0);
}

// Every export column: its name and its value as text (empty: none) and as JSON.
struct Column {
  const char* name;
  std::function<std::string(const Row&)> text;
  bool number = false;
};

std::string opt(const std::optional<int64_t>& v) { return v ? std::to_string(*v) : ""; }

const std::vector<Column>& columns() {
  static const std::vector<Column> c = {
      {"event_id", [](const Row& r) { return std::to_string(r.event_id); }, true},
      {"date", [](const Row& r) { return r.day; }},
      {"source_code", [](const Row& r) { return r.source.code; }},
      {"source_name", [](const Row& r) { return r.source.name; }},
      {"source_country", [](const Row& r) { return r.source.country; }},
      {"source_country_name", [](const Row& r) { return r.source.country_name(); }},
      {"source_igo", [](const Row& r) { return r.source.igo; }},
      {"source_sector", [](const Row& r) { return r.source.sector(); }},
      {"source_sector_name", [](const Row& r) { return r.source.sector_name(); }},
      {"target_code", [](const Row& r) { return r.target.code; }},
      {"target_name", [](const Row& r) { return r.target.name; }},
      {"target_country", [](const Row& r) { return r.target.country; }},
      {"target_country_name", [](const Row& r) { return r.target.country_name(); }},
      {"target_igo", [](const Row& r) { return r.target.igo; }},
      {"target_sector", [](const Row& r) { return r.target.sector(); }},
      {"target_sector_name", [](const Row& r) { return r.target.sector_name(); }},
      {"cameo", [](const Row& r) { return r.cameo; }},
      {"root_code", [](const Row& r) { return r.root(); }},
      {"quad_class", [](const Row& r) { return opt(r.quad_class); }, true},
      {"goldstein", [](const Row& r) { return r.goldstein ? fixed(*r.goldstein, 1) : ""; }, true},
      {"plover", [](const Row& r) { return r.plover; }},
      {"mode", [](const Row& r) { return r.mode; }},
      {"place", [](const Row& r) { return r.place; }},
      {"place_country", [](const Row& r) { return r.place_country; }},
      {"place_country_name", [](const Row& r) { return country_name_of(r.place_country); }},
      {"article_id", [](const Row& r) { return std::to_string(r.article_id); }, true},
      {"article_source", [](const Row& r) { return r.article_source; }},
      {"article_url", [](const Row& r) { return r.article_url; }},
      {"sentence", [](const Row& r) { return opt(r.sentence); }, true},
      {"evidence", [](const Row& r) { return r.evidence; }},
      {"mentions", [](const Row& r) { return std::to_string(r.mentions); }, true},
      {"articles", [](const Row& r) { return std::to_string(r.articles); }, true},
      {"sources", [](const Row& r) { return std::to_string(r.sources); }, true},
  };
  return c;
}

// The ten GDELT actor fields: code, name, country, known group, ethnic, two religions, three
// types. Ethnicity and religion dateline does not code.
void gdelt_actor(std::vector<std::string>& f, const Actor& a) {
  f.push_back(a.code);
  f.push_back(a.name);
  f.push_back(a.country);
  f.push_back(a.igo);
  f.insert(f.end(), 3, "");
  for (size_t i = 0; i < 3; ++i) f.push_back(i < a.types.size() ? a.types[i] : "");
}

// The 61 columns of the GDELT 2.0 event table, in its order.
std::vector<std::string> gdelt_fields(const Row& r) {
  std::vector<std::string> f;
  f.reserve(61);
  f.push_back(std::to_string(r.event_id));
  std::string ymd = r.compact_day();
  f.push_back(ymd);
  f.push_back(ymd.empty() ? "" : ymd.substr(0, 6));
  f.push_back(ymd.empty() ? "" : ymd.substr(0, 4));
  if (ymd.empty()) {
    f.push_back("");
  } else {  // GDELT's FractionDate: the year plus the share of it gone, day of year / 365
    int y = std::stoi(ymd.substr(0, 4)), m = std::stoi(ymd.substr(4, 2)), d = std::stoi(ymd.substr(6, 2));
    f.push_back(fixed(y + day_of_year(y, m, d) / 365.0, 4));
  }
  gdelt_actor(f, r.source);
  gdelt_actor(f, r.target);
  f.push_back("");  // IsRootEvent: dateline does not mark lead-paragraph events
  f.push_back(r.cameo);
  f.push_back(r.cameo.substr(0, 3));
  f.push_back(r.root());
  f.push_back(opt(r.quad_class));
  f.push_back(r.goldstein ? fixed(*r.goldstein, 1) : "");
  f.push_back(std::to_string(r.mentions));
  f.push_back(std::to_string(r.sources));
  f.push_back(std::to_string(r.articles));
  f.push_back("");            // AvgTone
  f.insert(f.end(), 16, "");  // Actor1Geo_*, Actor2Geo_*: dateline places the event, not its actors
  // ActionGeo: type 1 (a country) when the place is one; GDELT's geographic country codes are
  // FIPS 10-4, which dateline does not hold, so the ISO3 code is given in the full name instead.
  f.push_back(r.place_is_country ? "1" : "");
  std::string full = r.place;
  if (!r.place_country.empty() && !r.place_is_country) full += ", " + country_name_of(r.place_country);
  f.push_back(full);
  f.insert(f.end(), 6, "");  // CountryCode, ADM1, ADM2, Lat, Long, FeatureID
  std::string added;
  for (char c : r.ingested_at)
    if (c >= '0' && c <= '9') added += c;
  f.push_back(added.size() == 14 ? added : "");
  f.push_back(r.url_or_source());
  return f;
}

// Phoenix's entity, role and attribute of an actor: USAGOVMIL → USA, GOV, MIL; IGOUNO → IGOUNO.
void phoenix_actor(std::vector<std::string>& f, const Actor& a) {
  f.push_back(a.code);
  f.push_back(a.igo.empty() ? a.country : "IGO" + a.igo);
  f.push_back(a.types.empty() ? "" : a.types[0]);
  std::string rest;
  for (size_t i = 1; i < a.types.size(); ++i) rest += a.types[i];
  f.push_back(rest);
}

// Phoenix's PentaClass: 0 statements (01-02), 1 verbal cooperation (03-05), 2 material
// cooperation (06-08), 3 verbal conflict (09-13), 4 material conflict (14-20).
std::string penta_class(const std::string& root) {
  if (root.size() != 2 || root.find_first_not_of("0123456789") != std::string::npos) return "";
  int r = std::stoi(root);
  return std::to_string(r <= 2 ? 0 : r <= 5 ? 1 : r <= 8 ? 2 : r <= 13 ? 3 : 4);
}

// The 26 columns of the Phoenix event data files, in their order.
std::vector<std::string> phoenix_fields(const Row& r) {
  std::vector<std::string> f;
  f.push_back(std::to_string(r.event_id));
  std::string ymd = r.compact_day();
  f.push_back(ymd);
  f.push_back(ymd.empty() ? "" : ymd.substr(0, 4));
  f.push_back(ymd.empty() ? "" : ymd.substr(4, 2));
  f.push_back(ymd.empty() ? "" : ymd.substr(6, 2));
  phoenix_actor(f, r.source);
  phoenix_actor(f, r.target);
  f.push_back(r.cameo);
  f.push_back(r.root());
  f.push_back(penta_class(r.root()));
  f.push_back(r.goldstein ? fixed(*r.goldstein, 1) : "");
  f.insert(f.end(), 3, "");  // Issues, Lat, Lon
  f.push_back(r.place);
  f.push_back("");  // StateName
  f.push_back(r.place_country);
  f.push_back(std::to_string(r.article_id) + "_" + opt(r.sentence));
  f.push_back(r.url_or_source());
  std::string outlets = r.outlets;
  for (char& c : outlets)
    if (c == ',') c = ';';
  f.push_back(outlets);
  return f;
}

void write_tsv(std::ostream& out, const std::vector<std::string>& fields) {
  for (size_t i = 0; i < fields.size(); ++i) out << (i ? "\t" : "") << tsv(fields[i]);
  out << '\n';
}

}  // namespace

const std::vector<std::string>& export_columns() {
  static const std::vector<std::string> names = [] {
    std::vector<std::string> n;
    for (const auto& c : columns()) n.push_back(c.name);
    return n;
  }();
  return names;
}

size_t export_events(const Store& store, const ExportOptions& options, std::ostream& out) {
  const std::string& format = options.format;
  if (format != "csv" && format != "jsonl" && format != "gdelt" && format != "phoenix")
    throw Error(ExitCode::usage, "export format must be csv, jsonl, gdelt or phoenix, got '" + format + "'");
  for (const auto* d : {&options.filter.since, &options.filter.until})
    if (!d->empty() && !is_iso_date(*d)) throw Error(ExitCode::usage, "dates must be YYYY-MM-DD, got '" + *d + "'");

  store::Statement s(store.handle(), export_sql());
  store::bind_event_filters(s, options.filter);
  if (format == "csv") {
    const auto& names = export_columns();
    for (size_t i = 0; i < names.size(); ++i) out << (i ? "," : "") << names[i];
    out << '\n';
  }
  size_t n = 0;
  auto text = [&](int i) { return s.is_null(i) ? std::string() : s.text(i); };
  auto integer = [&](int i) { return s.is_null(i) ? std::nullopt : std::optional<int64_t>(s.integer(i)); };
  while (s.step()) {
    Row r;
    r.event_id = s.integer(0);
    r.day = text(1);
    r.source = split_actor(text(2), text(3), text(4));
    r.target = split_actor(text(5), text(6), text(7));
    r.cameo = text(8);
    r.quad_class = integer(9);
    if (!s.is_null(10)) r.goldstein = s.real(10);
    r.plover = text(11);
    r.mode = text(12);
    r.place = text(13);
    if (!r.place.empty()) {
      if (auto m = gazetteer::lookup(r.place)) {
        r.place_country = std::string(m->iso3);
        r.place_is_country = m->kind == gazetteer::Kind::country;
      }
    }
    r.article_id = s.integer(14);
    r.sentence = integer(15);
    r.evidence = text(16);
    r.mentions = s.integer(17);
    r.articles = s.integer(18);
    r.sources = s.integer(19);
    r.outlets = text(20);
    r.article_source = text(21);
    r.article_url = text(22);
    r.ingested_at = text(23);
    if (format == "gdelt") {
      write_tsv(out, gdelt_fields(r));
    } else if (format == "phoenix") {
      write_tsv(out, phoenix_fields(r));
    } else if (format == "csv") {
      bool first = true;
      for (const auto& c : columns()) {
        out << (first ? "" : ",") << csv(c.text(r));
        first = false;
      }
      out << '\n';
    } else {
      nlohmann::ordered_json o = nlohmann::ordered_json::object();
      for (const auto& c : columns()) {
        std::string v = c.text(r);
        if (v.empty()) o[c.name] = nullptr;
        else if (c.number) o[c.name] = nlohmann::ordered_json::parse(v);
        else o[c.name] = v;
      }
      out << dump_json(o) << '\n';
    }
    ++n;
  }
  return n;
}

}  // namespace dateline
