// Roles, sectors and countries of entities.
//   Pre-modifiers: "Chinese Foreign Minister Wang Yi", "China's president Xi", "North Korean
//   leader Kim Jong Un": a role phrase right before the name, a demonym or possessed country
//   right before the role.
//   Appositions: "Wang Yi, China's foreign minister, ...".
//   Lexicons: an organisation's country and kind; a title's usual country ("Secretary of State").
#include <map>
#include <optional>
#include <set>
#include <unordered_map>

#include "../ner/name_lists.hpp"
#include "dateline/lexicon.hpp"
#include "parties.hpp"
#include "resolver.hpp"

namespace dateline::entities {
namespace {

struct Found {
  std::string role, sector, country;
  std::string igo;  // the international organisation the role is in ("EU Trade Commissioner")
};

const ner::NameInfo* lookup(const Sentence& s, int begin, int end, uint8_t kinds) {
  if (begin < 0 || end > static_cast<int>(s.tokens.size()) || begin >= end) return nullptr;
  const ner::NameInfo* info = ner::NameLists::get().find(word_text(s, begin, end));
  return info && (info->kinds & kinds) ? info : nullptr;
}

bool is_possessive(const std::string& w) { return w == "'s" || w == "\u2019s" || w == "'"; }

// A demonym or "<country> 's" ending at `end`; returns its ISO3 and moves `end` to its start.
std::string country_before(const Sentence& s, int& end) {
  int e = end;
  if (e > 0 && is_possessive(s.tokens[e - 1].text)) --e;
  for (int len = 3; len >= 1; --len) {
    const ner::NameInfo* info = lookup(s, e - len, e, ner::kDemonym | ner::kCountry);
    if (info && !info->country.empty()) {
      end = e - len;
      return info->country;
    }
  }
  return "";
}

// The longest role phrase ending at `end` (exclusive).
std::optional<Found> role_ending_at(const Sentence& s, int end) {
  for (int len = 4; len >= 1; --len) {
    if (const ner::NameInfo* info = lookup(s, end - len, end, ner::kRole)) {
      Found f{info->canonical, info->sector, info->country, {}};
      int start = end - len;
      std::string c = country_before(s, start);
      if (!c.empty()) f.country = c;
      // "EU Trade Commissioner", "IMF managing director": an office of an organisation of states.
      if (c.empty())
        for (int olen = 3; olen >= 1 && f.igo.empty(); --olen)
          if (const ner::NameInfo* org = lookup(s, start - olen, start, ner::kOrganization); org && org->org_kind == "IGO")
            f.igo = org->country;
      return f;
    }
  }
  return std::nullopt;
}

std::optional<Found> premodifier(const Sentence& s, const NamedSpan& span) {
  if (auto f = role_ending_at(s, span.begin)) return f;
  int start = span.begin;
  std::string c = country_before(s, start);  // "Chinese Wang Yi", rare but cheap
  if (!c.empty() && start < span.begin && !is_possessive(s.tokens[span.begin - 1].text)) return Found{"", "", c, {}};
  return std::nullopt;
}

std::optional<Found> apposition(const Sentence& s, const NamedSpan& span) {
  const int n = static_cast<int>(s.tokens.size());
  if (span.end >= n || s.tokens[span.end].text != ",") return std::nullopt;
  // "Ariel Sharon, and the Palestinian leader, Mahmoud Abbas": the next item of a list, not an
  // apposition.
  if (span.end + 1 < n) {
    const std::string& next = s.tokens[span.end + 1].text;
    if (next == "and" || next == "or" || next == "but") return std::nullopt;
  }
  for (int end = span.end + 2; end <= std::min(n, span.end + 8); ++end) {
    const std::string& w = s.tokens[end - 1].text;
    if (w == "," || w == "." || w == "who" || w == "which") break;
    if (auto f = role_ending_at(s, end)) {
      // The longest title read from here: "general secretary of Unison" is not a general.
      for (int len = 2; len <= 4 && end + len - 1 <= n; ++len)
        if (const ner::NameInfo* longer = lookup(s, end - 1, end - 1 + len, ner::kRole))
          f = Found{longer->canonical, longer->sector, longer->country.empty() ? f->country : longer->country};
      return f;
    }
  }
  return std::nullopt;
}

std::string org_sector(const std::string& kind) {
  if (kind == "PTY") return "PTY";
  return kind;  // IGO NGO MED GOV MIL BUS REB JUD LEG EDU are already sector codes
}

// "Kim Jong Un's uncle, Jang Song Thaek": a person named in apposition to a relative or aide
// of another person shares that person's country when nothing else gives one.
void inherit_from_possessor(const std::vector<MentionInfo>& mentions, std::vector<Cluster>& clusters,
                            const Document& doc) {
  for (Cluster& c : clusters) {
    if (c.type != "PERSON" || !c.country.empty()) continue;
    for (int mi : c.mentions) {
      const MentionInfo& m = mentions[mi];
      const Sentence& s = doc.sentences[m.span.sentence];
      int comma = m.span.begin - 1;
      if (comma < 2 || s.tokens[comma].text != ",") continue;
      for (int k = comma - 1; k >= std::max(1, comma - 3); --k) {
        if (!is_possessive(s.tokens[k].text)) continue;
        for (const MentionInfo& o : mentions)
          if (o.span.sentence == m.span.sentence && o.span.end == k && o.cluster >= 0 &&
              clusters[o.cluster].type == "PERSON" && !clusters[o.cluster].country.empty())
            c.country = clusters[o.cluster].country;
      }
      if (!c.country.empty()) break;
    }
  }
}

// An organisation named after a country, a place or a people is based there, as a rule:
// "Manchester United", "Texas Instruments", "Reserve Bank of Australia", "British Airways".
std::string country_in_name(const std::string& name) {
  const auto& lists = ner::NameLists::get();
  const std::vector<std::string> words = split_words(name);
  if (words.size() < 2) return {};  // the name alone is a place: resolution decides what it is
  for (const ner::NameMatch& m : lists.match(words))
    if ((m.info->kinds & (ner::kCountry | ner::kPlace | ner::kDemonym)) && !lists.country_name(m.info->country).empty())
      return m.info->country;
  return {};
}

// A known organisation that opens a longer name: "BBC Radio 4" and "BBC News" are the BBC's.
const ner::NameInfo* organisation_prefix(const std::string& name) {
  const auto& lists = ner::NameLists::get();
  const std::vector<std::string> words = split_words(name);
  for (size_t n = words.size(); n-- > 1;) {
    std::string prefix;
    for (size_t i = 0; i < n; ++i) prefix += (i ? " " : "") + words[i];
    const ner::NameInfo* info = lists.find(prefix);
    if (info && (info->kinds & ner::kOrganization)) return info;
  }
  return nullptr;
}

// The sector an organisation's head noun implies (lexicons/org_heads.tsv): "Ministry of
// Defence" GOV, "Manchester United Football Club" BUS, "Allied Irish Banks" none.
std::string sector_of_head(const std::string& name) {
  static const std::unordered_map<std::string, std::string> sectors = [] {
    std::unordered_map<std::string, std::string> m;
    for (const auto& row : lexicon_rows("org_heads.tsv"))
      if (row.size() >= 2) m.emplace(std::string(row[0]), std::string(row[1]));
    return m;
  }();
  const std::vector<std::string> words = split_words(name);
  if (words.size() < 2) return {};
  auto it = sectors.find(head_word(words));
  return it == sectors.end() ? std::string() : it->second;
}

}  // namespace

// "Tory leader Michael Howard", "Lib Dem spokesman Mark Oaten": a party named in the words before
// a person (up to five, within the clause) whose members' sector follows from its standing.
std::optional<PartyStanding> party_before(const Sentence& s, const NamedSpan& span, std::string_view date) {
  for (int t = span.begin - 1, steps = 0; t >= 0 && steps < 5; --t, ++steps) {
    const std::string& w = s.tokens[static_cast<size_t>(t)].text;
    if (w == "," || w == "." || w == ";" || w == ":" || s.tokens[static_cast<size_t>(t)].upos == "VERB") break;
    if (t > 0)
      if (auto p = party_standing(s.tokens[static_cast<size_t>(t) - 1].text + " " + w, date)) return p;
    if (auto p = party_standing(w, date)) return p;
  }
  return std::nullopt;
}

void attach_attributes(const Document& doc, const std::vector<MentionInfo>& mentions, std::vector<Cluster>& clusters) {
  const auto& lists = ner::NameLists::get();
  for (Cluster& c : clusters) {
    // A name the lexicon lists as an organisation that the NER read as a person ("Downing
    // Street said ...") is the organisation.
    if (c.type == "PERSON")
      if (const ner::NameInfo* info = lists.find(c.name); info && (info->kinds & ner::kOrganization) && !info->org_kind.empty())
        c.type = "ORG";
    bool acting_capital = false;
    for (int mi : c.mentions) {
      const MentionInfo& m = mentions[mi];
      acting_capital |= m.is_capital && m.acts;
      if (c.type != "PERSON" && c.type != "ORG") continue;
      const Sentence& s = doc.sentences[m.span.sentence];
      std::optional<Found> f = premodifier(s, m.span);
      if (!f || f->role.empty()) {
        if (auto a = apposition(s, m.span)) f = a;
      }
      if (!f) continue;
      if (c.role.empty() && !f->role.empty() && c.type == "PERSON") {  // "the official Xinhua" is no role
        c.role = f->role;
        c.sector = f->sector;
      }
      if (c.country.empty() && !f->country.empty()) c.country = f->country;
      if (c.type == "PERSON" && c.country.empty() && c.igo.empty() && !f->igo.empty()) c.igo = f->igo;
    }
    const std::string date = doc.date.value_or("");
    if (c.type == "PERSON")
      for (int mi : c.mentions) {
        const MentionInfo& m = mentions[mi];
        auto p = party_before(doc.sentences[m.span.sentence], m.span, date);
        if (!p) continue;
        if (c.country.empty()) c.country = p->country;
        if (!p->governing && c.country == p->country) c.sector = "OPP";  // an opposition politician is not GOV
        break;
      }
    if (c.type == "ORG") {
      if (const ner::NameInfo* info = lists.find(c.name); info && (info->kinds & ner::kOrganization)) {
        if (c.sector.empty()) c.sector = org_sector(info->org_kind);
        if (auto p = party_standing(c.name, date); p && !p->governing) c.sector = "OPP";
        // IGO codes are not countries: only ISO3 codes known to the gazetteer go in `country`.
        if (c.country.empty() && !lists.country_name(info->country).empty()) c.country = info->country;
      }
      if (c.country.empty()) c.country = country_in_name(c.name);
      if (c.country.empty())
        if (const ner::NameInfo* info = organisation_prefix(c.name)) {
          if (!lists.country_name(info->country).empty()) c.country = info->country;
          if (c.sector.empty()) c.sector = org_sector(info->org_kind);
        }
      if (c.sector.empty()) c.sector = sector_of_head(c.name);
    }
    if (c.type == "GPE" && acting_capital && c.sector.empty()) c.sector = "GOV";
    // A seat of government the NER read as a place ("the Kremlin", "the White House") is the
    // government it houses.
    if (c.type == "GPE" && c.sector.empty())
      if (const ner::NameInfo* info = lists.find(c.name); info && (info->kinds & ner::kOrganization) && info->org_kind == "GOV") {
        c.sector = "GOV";
        if (c.country.empty()) c.country = info->country;
      }
    if ((c.type == "GPE" || c.type == "LOC") && c.country.empty()) {
      const MentionInfo& first = mentions[c.mentions.front()];
      if (!first.country.empty()) c.country = first.country;
    }
    if (c.type == "NORP" && c.country.empty()) c.country = mentions[c.mentions.front()].country;
  }
  inherit_from_possessor(mentions, clusters, doc);
}

}  // namespace dateline::entities

namespace dateline::entities {

bool is_state_sector(const std::string& sector) {
  static const std::set<std::string> kState{"GOV", "LEG", "JUD", "COP", "MIL", "OPP", "PTY"};
  return kState.count(sector) > 0;
}

void apply_dateline_country(const Document& doc, std::vector<Cluster>& clusters) {
  if (!doc.dateline || doc.dateline->country.empty()) return;
  // Only in a story about the place it is filed from (no other country named more often): a
  // LONDON story about a Brazilian minister's visit names Brazilians, not Britons.
  std::map<std::string, size_t> named;
  for (const Cluster& c : clusters)
    if (!c.country.empty()) named[c.country] += c.mentions.size();
  const size_t own = named.count(doc.dateline->country) ? named.at(doc.dateline->country) : 0;
  for (const auto& [country, n] : named)
    if (country != doc.dateline->country && n > 2 * own) return;
  for (Cluster& c : clusters) {
    if ((c.type != "PERSON" && c.type != "ORG") || !c.country.empty() || !c.igo.empty()) continue;
    if (c.sector == "IGO") continue;
    c.country = doc.dateline->country;
  }
}

std::vector<bool> apply_home_country(const std::string& home, const std::vector<MentionInfo>& mentions,
                                     std::vector<Cluster>& clusters) {
  std::vector<bool> took(clusters.size(), false);
  if (home.empty()) return took;
  std::map<std::string, size_t> named;
  for (const Cluster& c : clusters)
    if (!c.country.empty()) named[c.country] += c.mentions.size();
  const size_t own = named.count(home) ? named.at(home) : 0;
  if (own == 0) return took;
  // Only in a story about home: its country named at least twice as often as any other.
  for (const auto& [country, n] : named)
    if (country != home && 2 * n > own) return took;
  (void)mentions;
  for (size_t i = 0; i < clusters.size(); ++i) {
    Cluster& c = clusters[i];
    if ((c.type != "PERSON" && c.type != "ORG") || !c.country.empty() || !c.igo.empty()) continue;
    // An organisation only when it is an institution of the state ("the Home Office"); a
    // company or a group of unknown country is as often foreign as not ("Deutsche Boerse").
    if (c.type == "ORG" && !is_state_sector(c.sector)) continue;
    c.country = home;
    took[i] = true;
  }
  return took;
}

}  // namespace dateline::entities
