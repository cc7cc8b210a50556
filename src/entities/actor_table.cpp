// World knowledge of actors: reading lexicons/actors.tsv and choosing the code for a date.
#include "actor_table.hpp"

#include <algorithm>
#include <map>
#include <array>
#include <cctype>

#include "../ner/name_lists.hpp"
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

// One word names a person only as a surname, which is anyone's; it names an organisation when
// written as an acronym ("HBOS", "AT&T"), listed in lexicons/organizations.tsv ("Hamas"), or an
// IGO in the table ("Nato", "Opec"), not as a common word ("Tigers").
bool one_word_name_ok(const std::string& type, const std::string& name, const ActorFacts& facts) {
  if (type != "ORG") return false;
  if (facts.sector == "IGO") return true;
  if (const ner::NameInfo* info = ner::NameLists::get().find(name); info && (info->kinds & ner::kOrganization))
    return true;
  int letters = 0;
  for (char ch : name) {
    unsigned char c = static_cast<unsigned char>(ch);
    if (std::islower(c)) return false;
    letters += std::isupper(c) ? 1 : 0;
  }
  return letters >= 2;
}

}  // namespace

ActorFacts titled_surname(const ActorTable& table, const Cluster& c, int date) {
  std::string key = actor_key(c.name);
  size_t space = key.rfind(' ');
  std::string surname = space == std::string::npos ? key : key.substr(space + 1);
  // With a first name, only holders of that first name ("Robert Zoellick" is the table's
  // "Robert B. Zoellick"; "First Minister Rhodri Morgan" is none of the Morgans it has in office).
  const std::string first = space == std::string::npos ? std::string() : key.substr(0, key.find(' '));
  if (surname.size() < 3) return {};
  // Names holding office on the date, by country (a person's aliases count each).
  std::map<std::string, std::pair<size_t, ActorFacts>> by_country;
  for (const auto& [full, rows] : table.by_surname(surname)) {
    if (!first.empty() && actor_key(full).substr(0, first.size() + 1) != first + " ") continue;
    for (const ActorRow& r : rows) {
      if (!r.dated() || date < r.from || date > r.to) continue;
      ActorFacts f = facts_of(r.code);
      if (f.country.empty()) continue;
      auto& slot = by_country[f.country];
      if (slot.first++ == 0) slot.second = f;
      break;
    }
  }
  // One country, or one named at least twice as often as all others together.
  size_t total = 0, best = 0;
  const ActorFacts* found = nullptr;
  for (const auto& [country, entry] : by_country) {
    total += entry.first;
    if (entry.first > best) best = entry.first, found = &entry.second;
  }
  if (!found || 2 * (total - best) > best) return {};
  return *found;
}

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

ActorFacts facts_on(std::span<const ActorRow> rows, int date) {
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

size_t ActorTable::FoldedHash::operator()(std::string_view s) const {
  size_t h = 1469598103934665603ull;  // FNV-1a over the upper-cased bytes
  for (char c : s) {
    h ^= static_cast<unsigned char>(std::toupper(static_cast<unsigned char>(c)));
    h *= 1099511628211ull;
  }
  return h;
}

bool ActorTable::FoldedEqual::operator()(std::string_view a, std::string_view b) const {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i)
    if (std::toupper(static_cast<unsigned char>(a[i])) != std::toupper(static_cast<unsigned char>(b[i]))) return false;
  return true;
}

ActorTable ActorTable::parse(std::string_view tsv, const std::string& name) {
  ActorTable t;
  t.rows_.reserve(static_cast<size_t>(std::count(tsv.begin(), tsv.end(), '\n')));
  int line_no = 0;
  std::string_view last;
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
    ActorRow row{cols[1], table_date(cols[2], 0), table_date(cols[3], kOpenEnd)};
    if (n != 4 || cols[0].empty() || row.code.size() < 3 || row.from < 0 || row.to < 0 || row.from > row.to)
      throw Error(ExitCode::bad_resource, name + ":" + std::to_string(line_no) + ": expected name, code, from, to");
    const auto at = static_cast<uint32_t>(t.rows_.size());
    t.rows_.push_back(row);
    // A name's rows are consecutive in the table (the builder sorts by name).
    if (!last.empty() && FoldedEqual{}(last, cols[0])) {
      ++t.index_[last].second;
      continue;
    }
    if (!t.index_.emplace(cols[0], std::pair<uint32_t, uint32_t>{at, 1}).second)
      throw Error(ExitCode::bad_resource, name + ":" + std::to_string(line_no) + ": rows of '" + std::string(cols[0]) +
                                              "' are not together");
    last = cols[0];
  }
  for (const auto& [full, range] : t.index_)
    if (size_t space = full.rfind(' '); space != std::string_view::npos) t.surnames_.emplace(full.substr(space + 1), full);
  return t;
}

std::vector<std::pair<std::string_view, std::span<const ActorRow>>> ActorTable::by_surname(std::string_view surname) const {
  std::vector<std::pair<std::string_view, std::span<const ActorRow>>> out;
  auto [a, b] = surnames_.equal_range(surname);
  for (auto it = a; it != b; ++it) {
    const auto& range = index_.at(it->second);
    out.emplace_back(it->second, std::span<const ActorRow>(rows_.data() + range.first, range.second));
  }
  return out;
}

const ActorTable& ActorTable::builtin() {
  static const ActorTable table = parse(lexicon("actors.tsv"), "lexicons/actors.tsv");
  return table;
}

std::span<const ActorRow> ActorTable::find(std::string_view name) const {
  auto it = index_.find(actor_key(name));
  if (it == index_.end()) return {};
  return std::span<const ActorRow>(rows_).subspan(it->second.first, it->second.second);
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
      std::span<const ActorRow> rows = table.find(key);
      if (rows.empty()) continue;
      facts = facts_on(rows, date);
      if (key.find(' ') == std::string::npos && !one_word_name_ok(c.type, n, facts)) facts = {};
      if (!facts.empty()) break;
    }
    // "President Reagan" in 1987: a titled surname names the one person of that surname holding
    // a dated office on the article's date (never without a date: surnames are anyone's).
    // A surname alone ("Mr Kerry", "Reagan") is read the same way: the text gives no first
    // name to tell another holder from the one in office.
    if (facts.empty() && c.type == "PERSON" && date != 0 &&
        (!c.role.empty() || actor_key(c.name).find(' ') == std::string::npos))
      facts = titled_surname(table, c, date);
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
