// Builds lexicons/actors.tsv from PETRARCH actor dictionaries (the Phoenix files), read with
// dateline's own reader (petrarch::parse_actors): every name of an actor, with each of its codes
// in dateline's vocabulary and the dates the code holds.
#include <algorithm>
#include <array>
#include <cctype>
#include <map>
#include <set>

#include "actor_table.hpp"
#include "dateline/gazetteer.hpp"
#include "dateline/lexicon.hpp"
#include "dateline/petrarch.hpp"

namespace dateline::entities {
namespace {

bool is_iso3(std::string_view s) { return s.size() == 3 && gazetteer::country_name(s).has_value(); }

// CAMEO sectors dateline keeps (the first one after the country); religions become REL.
bool is_sector(std::string_view s) {
  static const std::set<std::string_view> sectors{"GOV", "MIL", "COP", "JUD", "LEG", "OPP", "REB", "SEP", "INS", "SPY",
                                                  "UAF", "ELI", "BUS", "MED", "CVL", "EDU", "REL", "HLH", "AGR", "ENV",
                                                  "HRI", "DEV", "REF", "LAB", "CRM", "MOD", "RAD", "PTY"};
  return sectors.count(s) > 0;
}
bool is_religion(std::string_view s) {
  static const std::set<std::string_view> religions{"CHR", "MOS", "JEW", "HIN", "BUD", "SIK", "JAN", "CTH", "PRO"};
  return religions.count(s) > 0;
}

// Phoenix IGO codes name the organisation by a three-letter group anywhere after "IGO"
// ("IGOEUREEC", "IGOUNODEVWBK"): the group → dateline's code in lexicons/organizations.tsv. The
// more specific groups come first, so a UN agency with a code of its own keeps it.
const std::array<std::pair<std::string_view, std::string_view>, 21> kIgoGroups{{
    {"WBK", "WBK"},  // World Bank (IGOUNODEVWBK)
    {"WHO", "WHO"},  // World Health Organization (IGOUNOHLHWHO)
    {"IMF", "IMF"},  // IGOBUSIMF
    {"WTO", "WTO"},  // IGOBUSWTO
    {"ICC", "ICC"},  // International Criminal Court (IGOJUDICC)
    {"NAT", "NAT"},  // NATO (IGOWSTNAT)
    {"EEC", "EEC"},  // European Union and its institutions (IGOEUREEC)
    {"COE", "EUR"},  // Council of Europe (IGOEURCOE)
    {"SCE", "OSC"},  // (C)SCE, now OSCE (IGOEURSCE)
    {"AFU", "AFR"},  // African Union (IGOAFRAFU)
    {"ARL", "ARL"},  // Arab League (IGOMEAARL)
    {"ASN", "SEA"},  // ASEAN (IGOSEAASN)
    {"OAS", "OAS"},  // Organization of American States
    {"OIC", "OIC"},  // Organisation of Islamic Cooperation (IGOMOSOIC)
    {"GCC", "GCC"},  // Gulf Cooperation Council (IGOPGSGCC)
    {"OPC", "OPC"},  // OPEC (IGOBUSOPC)
    {"WAS", "WAF"},  // ECOWAS (IGOWAFWAS)
    {"ICJ", "UNO"},  // International Court of Justice: a UN organ, as organizations.tsv has it
    {"IAE", "UNO"},  // IAEA, likewise
    {"UNO", "UNO"},  // the UN and its agencies (UNICEF, UNHCR, WFP, ILO, FAO ...)
    {"IGO", "IGO"},  // never a group after the prefix; keeps the array's size honest
}};

// dateline's IGO codes (organizations.tsv), so that the table names none it does not know.
const std::set<std::string>& dateline_igo_codes() {
  static const std::set<std::string> codes = [] {
    std::set<std::string> s;
    for (const auto& row : lexicon_rows("organizations.tsv"))
      if (row.size() >= 3 && row[1] == "IGO") s.emplace(row[2]);
    return s;
  }();
  return codes;
}

// Words of the titles in lexicons/roles.tsv ("PRIME", "MINISTER", "SECRETARY-GENERAL") and the
// honorifics: a name made of such words and a name of the same actor is a title variant.
const std::set<std::string>& title_words() {
  static const std::set<std::string> words = [] {
    std::set<std::string> s{"MR", "MR.", "MRS", "MRS.", "MS", "MS.", "DR", "DR.", "SIR", "DAME", "LORD", "LADY"};
    static const std::set<std::string> function_words{"OF", "THE", "FOR", "AND", "TO", "IN", "ON", "AT"};
    for (const auto& row : lexicon_rows("roles.tsv")) {
      if (row.empty()) continue;
      for (const std::string& w : split_words(std::string(row[0]))) {
        std::string up;
        for (char c : w) up += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
        if (!function_words.count(up)) s.insert(up);
      }
    }
    return s;
  }();
  return words;
}

// words[0, end) are a title: title words, honorifics, countries, places and demonyms, with at
// least one title word or honorific ("BRITISH PRIME MINISTER", "UN SECRETARY-GENERAL", "SIR";
// not "BRITISH" alone, so "BRITISH AIRWAYS" is a name).
bool title_prefix(const std::vector<std::string>& words, size_t end) {
  static const std::set<std::string> qualifiers{"UN", "U.N.", "US", "U.S.", "FORMER", "ACTING", "NEW"};
  bool title = false;
  for (size_t i = 0; i < end; ++i) {
    if (title_words().count(words[i])) title = true;
    else if (!qualifiers.count(words[i]) && !gazetteer::lookup(words[i]))
      return false;
  }
  return title;
}

// The name after a leading title, when two words or more follow it that do not begin with a
// function word ("PRIME MINISTER ESSAM SHARAF" → "ESSAM SHARAF"; "MINISTER OF DEFENCE" stays).
std::string without_title(const std::string& key) {
  static const std::set<std::string> function_words{"OF", "THE", "FOR", "AND", "TO", "IN", "ON", "AT", "'S"};
  std::vector<std::string> w = split_words(key);
  for (size_t k = w.size() >= 3 ? w.size() - 2 : 0; k > 0; --k) {
    if (!title_prefix(w, k) || function_words.count(w[k])) continue;
    std::string out;
    for (size_t i = k; i < w.size(); ++i) out += (out.empty() ? "" : " ") + w[i];
    return out;
  }
  return key;
}

std::string date_text(int yyyymmdd) {
  if (yyyymmdd <= 0 || yyyymmdd >= 99999999) return "";
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", yyyymmdd / 10000, yyyymmdd / 100 % 100, yyyymmdd % 100);
  return buf;
}

// A row while building: the code is owned here (the table's rows view the table's text).
struct BuiltRow {
  std::string code;
  int from = 0, to = 99999999;
  bool operator==(const BuiltRow&) const = default;
};

struct Named {
  std::string display;
  std::vector<BuiltRow> rows;
};

}  // namespace

std::string table_code(std::string_view phoenix) {
  std::string code;
  for (char c : phoenix)
    if (std::isalpha(static_cast<unsigned char>(c))) code += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  if (code.size() < 3 || code.size() != phoenix.size() || code.size() % 3 != 0) return "";
  std::vector<std::string_view> groups;
  for (size_t i = 0; i < code.size(); i += 3) groups.push_back(std::string_view(code).substr(i, 3));
  const std::string_view head = groups[0];
  if (head == "IGO") {
    for (const auto& [group, ours] : kIgoGroups)
      if (std::find(groups.begin() + 1, groups.end(), group) != groups.end() && dateline_igo_codes().count(std::string(ours)))
        return ours == "IGO" ? "IGO" : "IGO" + std::string(ours);
    return "IGO";
  }
  if (head == "NGO" || head == "MNC") {
    for (size_t i = 1; i < groups.size(); ++i)
      if (is_iso3(groups[i])) return std::string(head) + std::string(groups[i]);
    return std::string(head);
  }
  if (!is_iso3(head)) return "";  // regions, historical states, a sector alone ("[ELI]")
  for (size_t i = 1; i < groups.size(); ++i) {
    if (is_sector(groups[i])) return std::string(head) + std::string(groups[i]);
    if (is_religion(groups[i])) return std::string(head) + "REL";
  }
  return std::string(head);
}

std::string display_name(const std::vector<std::string>& words) {
  std::string out;
  for (const std::string& w : words) {
    if (!out.empty()) out += ' ';
    bool start = true;
    for (char ch : w) {
      unsigned char c = static_cast<unsigned char>(ch);
      out += static_cast<char>(start ? std::toupper(c) : std::tolower(c));
      start = c == '-' || c == '\'' || c == '.' || c == '(' || c == '/';
    }
  }
  return out;
}

}  // namespace dateline::entities

namespace dateline {

using namespace entities;

ActorTableBuild build_actor_table(const std::vector<std::pair<std::string, std::string>>& dictionaries) {
  ActorTableBuild out;
  std::map<std::string, Named> table;  // key → display name and rows, sorted by key
  size_t place_entries = 0, title_variants = 0, unusable_codes = 0, undated_repairs = 0;
  for (const auto& [file, text] : dictionaries) {
    petrarch::ActorDictionary dict;
    petrarch::parse_actors(text, file, dict);
    for (const std::string& w : dict.warnings) out.notes.push_back(w);
    // The reader indexes phrases by first word; gather each entry's names back.
    std::vector<std::vector<std::vector<std::string>>> names(dict.entries.size());
    for (const auto& [first, items] : dict.phrases.by_first_word)
      for (const auto& item : items) names[item.value].push_back(item.words);
    for (size_t e = 0; e < dict.entries.size(); ++e) {
      std::vector<BuiltRow> rows;
      for (const petrarch::DatedCode& dc : dict.entries[e].codes) {
        std::string code = table_code(dc.code);
        if (code.empty()) {
          if (dc.code != "---") ++unusable_codes;
          continue;
        }
        BuiltRow row{code, dc.from, dc.to};
        if (dc.date_ignored || dc.from > dc.to) {
          // A date the reader could not read, or a range that ends before it begins: the code's
          // dates are unknown, its country is not.
          ActorFacts f = facts_of(code);
          if (f.country.empty()) continue;
          row = BuiltRow{f.country, 0, 99999999};
          ++undated_repairs;
        }
        if (std::find(rows.begin(), rows.end(), row) == rows.end()) rows.push_back(row);
      }
      if (rows.empty()) continue;
      // Countries, cities, regions and demonyms (a bare country code) are the gazetteer's.
      if (std::all_of(rows.begin(), rows.end(), [](const BuiltRow& r) { return r.code.size() == 3 && is_iso3(r.code); })) {
        ++place_entries;
        continue;
      }
      // People and bodies of a country may be listed with their title ("PRIME MINISTER ESSAM
      // SHARAF"): the name is what follows it, as the entities stage names them.
      const bool national = std::all_of(rows.begin(), rows.end(), [](const BuiltRow& r) { return is_iso3(r.code.substr(0, 3)); });
      std::vector<std::string> keys;
      for (const auto& words : names[e]) {
        std::string key = actor_key(display_name(words));
        if (national) key = without_title(key);
        if (!key.empty() && std::find(keys.begin(), keys.end(), key) == keys.end()) keys.push_back(key);
      }
      std::sort(keys.begin(), keys.end());
      std::vector<std::vector<std::string>> words;
      for (const std::string& k : keys) words.push_back(split_words(k));
      auto surname_form = [&](const std::vector<std::string>& w) { return w.size() == 1 || title_prefix(w, w.size() - 1); };
      std::vector<bool> drop(keys.size(), false);
      for (size_t i = 0; i < keys.size(); ++i) {
        const std::vector<std::string>& w = words[i];
        // A title and a surname ("PRESIDENT BUSH"): a surname alone, to dateline.
        if (w.size() > 1 && title_prefix(w, w.size() - 1)) drop[i] = true;
        for (size_t j = 0; j < keys.size() && !drop[i]; ++j) {
          const std::vector<std::string>& o = words[j];
          if (i == j || o.size() < 2) continue;
          // The surname of a fuller name of the actor ("BLAIR" beside "TONY BLAIR").
          if (w.size() == 1 && !surname_form(o) && o.back() == w.back()) drop[i] = true;
          // A title before another name of the actor ("PRIME MINISTER GORDON BROWN", "UNITED
          // NATIONS SECRETARY GENERAL KOFI ANNAN"): any words with a title among them.
          if (o.size() < w.size() && std::equal(o.begin(), o.end(), w.end() - static_cast<long>(o.size())) &&
              std::any_of(w.begin(), w.end() - static_cast<long>(o.size()),
                          [](const std::string& x) { return title_words().count(x) > 0; }))
            drop[i] = true;
        }
      }
      for (size_t i = 0; i < keys.size(); ++i) {
        if (drop[i]) {
          ++title_variants;
          continue;
        }
        Named& n = table[keys[i]];
        if (n.display.empty()) n.display = display_name(words[i]);
        for (const BuiltRow& r : rows)
          if (std::find(n.rows.begin(), n.rows.end(), r) == n.rows.end()) n.rows.push_back(r);
      }
    }
  }
  std::string body;
  for (const auto& [key, n] : table) {
    for (const BuiltRow& r : n.rows) {
      body += n.display + '\t' + r.code + '\t' + date_text(r.from) + '\t' + date_text(r.to) + '\n';
      ++out.rows;
    }
  }
  out.names = table.size();
  out.notes.push_back(std::to_string(place_entries) + " entries with a country code alone (places, demonyms) left to the gazetteer");
  out.notes.push_back(std::to_string(title_variants) + " names left out as a title or honorific with a surname or another name of the actor");
  out.notes.push_back(std::to_string(unusable_codes) + " codes left out (regions, historical states, a sector without a country)");
  out.notes.push_back(std::to_string(undated_repairs) + " codes with an unreadable date or a reversed range kept as their country alone");
  std::string header =
      "# World knowledge of actors: people and organisations by name, with their CAMEO actor codes\n"
      "# and the dates each code holds. Facts derived from the Phoenix actor dictionaries of PETRARCH2\n"
      "# (Phoenix.Countries.actors.txt, Phoenix.International.actors.txt, Phoenix.MilNonState.actors.txt),\n"
      "# MIT licence, Copyright (c) 2014 Open Event Data Alliance; built from the KEDS/TABARI/CAMEO\n"
      "# dictionaries of Parus Analytics (NSF-funded). Generated; edit the dictionaries or the builder\n"
      "# (src/entities/actor_table_build.cpp), not this file. Rebuild, from the repository root:\n"
      "#   build/dateline actor-table ../shared/data/petrarch_dicts > lexicons/actors.tsv\n"
      "# Columns: name <TAB> code <TAB> from <TAB> to (YYYY-MM-DD, empty = open). Codes: ISO3 + sector\n"
      "# (GBRGOV), ISO3 alone, IGO + organisation code of lexicons/organizations.tsv (IGOUNO, IGOEEC,\n"
      "# IGONAT, IGOWBK; IGO alone when dateline does not list the organisation), NGO or MNC + ISO3.\n"
      "# " + std::to_string(out.names) + " names, " + std::to_string(out.rows) + " rows.\n";
  out.tsv = header + body;
  return out;
}

}  // namespace dateline
