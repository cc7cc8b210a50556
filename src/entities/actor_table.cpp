// World knowledge of actors: reading lexicons/actors.tsv and choosing the code for a date.
#include "actor_table.hpp"

#include <algorithm>
#include <array>
#include <cctype>

#include "dateline/error.hpp"
#include "dateline/gazetteer.hpp"
#include "dateline/lexicon.hpp"

namespace dateline::entities {
namespace {

constexpr int kOpenEnd = 99999999;

bool is_iso3(std::string_view s) { return s.size() == 3 && gazetteer::country_name(s).has_value(); }

// "YYYY-MM-DD" (or empty) in the table → YYYYMMDD; `open` when empty; -1 when malformed.
int table_date(std::string_view s, int open) {
  if (s.empty()) return open;
  int d = date_number(s);
  return d > 0 ? d : -1;
}

}  // namespace

int date_number(std::string_view iso) {
  if (iso.size() != 10 || iso[4] != '-' || iso[7] != '-') return 0;
  int v = 0;
  for (size_t i = 0; i < iso.size(); ++i) {
    if (i == 4 || i == 7) continue;
    if (!std::isdigit(static_cast<unsigned char>(iso[i]))) return 0;
    v = v * 10 + (iso[i] - '0');
  }
  return v;
}

ActorFacts facts_of(std::string_view code) {
  ActorFacts f;
  if (code.size() < 3) return f;
  std::string_view head = code.substr(0, 3), rest = code.substr(3);
  if (head == "IGO") {
    f.sector = "IGO";
    f.igo = std::string(rest);
  } else if (head == "NGO" || head == "MNC") {
    f.sector = head == "NGO" ? "NGO" : "BUS";
    if (is_iso3(rest.substr(0, 3))) f.country = std::string(rest.substr(0, 3));
  } else if (is_iso3(head)) {
    f.country = std::string(head);
    f.sector = std::string(rest.substr(0, 3));
  }
  return f;
}

ActorFacts facts_on(const std::vector<ActorRow>& rows, int date) {
  const ActorRow* best = nullptr;
  if (date > 0) {
    for (const ActorRow& r : rows)
      if (r.dated() && r.from <= date && date <= r.to && (!best || r.from > best->from)) best = &r;
  } else {
    for (const ActorRow& r : rows)
      if (r.dated() && (!best || r.to > best->to || (r.to == best->to && r.from > best->from))) best = &r;
  }
  if (!best) {
    for (const ActorRow& r : rows)
      if (!r.dated()) {
        best = &r;
        break;
      }
  }
  if (best) return facts_of(best->code);
  // The date falls outside every role: a person's country does not change with the office.
  std::string country;
  for (const ActorRow& r : rows) {
    ActorFacts f = facts_of(r.code);
    if (f.country.empty() || (!country.empty() && f.country != country)) return {};
    country = f.country;
  }
  return ActorFacts{country, "", ""};
}

std::string actor_key(std::string_view name) {
  std::vector<std::string> words;
  std::string cur;
  auto flush = [&] {
    if (!cur.empty()) words.push_back(std::move(cur));
    cur.clear();
  };
  for (size_t i = 0; i < name.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(name[i]);
    if (c == 0xE2 && i + 2 < name.size() && static_cast<unsigned char>(name[i + 1]) == 0x80 &&
        static_cast<unsigned char>(name[i + 2]) == 0x99) {  // ’
      cur += '\'';
      i += 2;
    } else if (std::isspace(c) || c == '_') {
      flush();
    } else {
      cur += static_cast<char>(std::toupper(c));
    }
  }
  flush();
  static constexpr std::array<std::string_view, 10> kHonorifics{"MR", "MR.", "MRS", "MRS.", "MS", "MS.",
                                                                "DR", "DR.", "SIR", "DAME"};
  size_t first = 0;
  if (words.size() > 1 && words[0] == "THE") ++first;
  while (words.size() - first > 1 &&
         (std::find(kHonorifics.begin(), kHonorifics.end(), words[first]) != kHonorifics.end() ||
          words[first] == "LORD" || words[first] == "LADY"))
    ++first;
  std::string key;
  for (size_t i = first; i < words.size(); ++i) {
    if (!key.empty()) key += ' ';
    key += words[i];
  }
  return key;
}

ActorTable ActorTable::parse(std::string_view tsv, const std::string& name) {
  ActorTable t;
  int line_no = 0;
  while (!tsv.empty()) {
    size_t nl = tsv.find('\n');
    std::string_view line = tsv.substr(0, nl);
    tsv.remove_prefix(nl == std::string_view::npos ? tsv.size() : nl + 1);
    ++line_no;
    if (line.empty() || line.front() == '#') continue;
    std::array<std::string_view, 4> cols;
    size_t n = 0;
    while (n < cols.size()) {
      size_t tab = line.find('\t');
      cols[n++] = line.substr(0, tab);
      if (tab == std::string_view::npos) break;
      line.remove_prefix(tab + 1);
    }
    ActorRow row;
    row.code = std::string(cols[1]);
    row.from = table_date(cols[2], 0);
    row.to = table_date(cols[3], kOpenEnd);
    if (n != 4 || cols[0].empty() || row.code.size() < 3 || row.from < 0 || row.to < 0 || row.from > row.to)
      throw Error(ExitCode::bad_resource, name + ":" + std::to_string(line_no) + ": expected name, code, from, to");
    t.rows_[actor_key(cols[0])].push_back(std::move(row));
  }
  return t;
}

const ActorTable& ActorTable::builtin() {
  static const ActorTable table = parse(lexicon("actors.tsv"), "lexicons/actors.tsv");
  return table;
}

const std::vector<ActorRow>* ActorTable::find(std::string_view name) const {
  auto it = rows_.find(actor_key(name));
  return it == rows_.end() ? nullptr : &it->second;
}

void apply_actor_table(const ActorTable& table, const Document& doc, const std::vector<MentionInfo>& mentions,
                       std::vector<Cluster>& clusters) {
  const int date = doc.date ? date_number(*doc.date) : 0;
  for (Cluster& c : clusters) {
    if (c.type != "PERSON" && c.type != "ORG") continue;
    if (!c.country.empty() && !c.sector.empty()) continue;
    // The full name first, then the names the text uses.
    std::vector<std::string> names{c.name};
    for (int mi : c.mentions)
      if (std::find(names.begin(), names.end(), mentions[mi].text) == names.end()) names.push_back(mentions[mi].text);
    ActorFacts facts;
    for (const std::string& n : names) {
      std::string key = actor_key(n);
      if (c.type == "PERSON" && key.find(' ') == std::string::npos) continue;  // a surname alone is anyone's
      if (const std::vector<ActorRow>* rows = table.find(key)) facts = facts_on(*rows, date);
      if (!facts.empty()) break;
    }
    if (facts.empty()) continue;
    if (!c.country.empty()) {  // the text's country stands; the table only completes it
      if (facts.country == c.country && c.sector.empty()) c.sector = facts.sector;
      continue;
    }
    if (!c.igo.empty()) continue;
    if (!facts.country.empty() || !facts.igo.empty()) {
      c.country = facts.country;
      c.igo = facts.igo;
      c.country_from_table = true;
    }
    if (c.sector.empty()) c.sector = facts.sector;
  }
}

}  // namespace dateline::entities
