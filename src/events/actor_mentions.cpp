// Actor mentions in a sentence: dictionary actors (--actors), entities from the entities stage,
// gazetteer countries/places/demonyms, role nouns (agents), and pronouns.
#include <algorithm>
#include <set>
#include <span>
#include <string_view>

#include "dateline/gazetteer.hpp"
#include "events/sentence_view.hpp"
#include "ner/name_lists.hpp"

namespace dateline::events_detail {
namespace {

struct Piece {
  size_t first = 0, last = 0;
  bool agent = false;
  std::string code;  // actor code(s) "A/B", or agent code "~GOV" / "IGO~"
  std::string country;
  std::optional<std::string> entity;
};

bool is_null_code(const std::string& c) { return c.empty() || c == "---" || c == "+++" || c == "###"; }

// Words that may stand between an actor and its role noun: "China's new president".
bool joins_actor_to_agent(const SentenceView& v, size_t i) {
  static const char* const words[] = {"'S", "'", "THE", "NEW", "FORMER", "TOP", "SENIOR", "FIRST", "DEPUTY", "CHIEF", "MAIN"};
  for (const char* w : words)
    if (v.upper[i] == w) return true;
  // "Rohan's old and wise minister": adjectives may be coordinated.
  if (v.upper[i] == "AND" || v.upper[i] == ",")
    return i > 0 && i + 1 < v.size() && v.token(i - 1).upos == "ADJ" && v.token(i + 1).upos == "ADJ";
  return v.token(i).upos == "ADJ";
}

bool joins_agent_to_actor(const SentenceView& v, size_t i) {
  static const char* const words[] = {"OF", "IN", "FROM", "FOR", "THE", "'S"};
  for (const char* w : words)
    if (v.upper[i] == w) return true;
  return false;
}

std::string combine(const std::string& actor_code, const std::string& agent) {
  if (!agent.empty() && agent.back() == '~') return agent.substr(0, agent.size() - 1) + actor_code;
  if (!agent.empty() && agent.front() == '~') {
    std::string role = agent.substr(1);
    // "White House [USAGOV] officials [~GOV]" is USAGOV, not USAGOVGOV; "EU [IGOEEC] leaders"
    // and "UN officials" are the organisation's.
    if (actor_code.size() > 3 && actor_code.ends_with(role)) return actor_code;
    if (actor_code.starts_with("IGO") && (role == "GOV" || role == "ELI")) return actor_code;
    return actor_code + role;
  }
  return actor_code;
}

std::vector<std::string> split_codes(const std::string& code) {
  std::vector<std::string> out;
  size_t s = 0;
  while (s <= code.size()) {
    size_t slash = code.find('/', s);
    std::string part = code.substr(s, slash == std::string::npos ? std::string::npos : slash - s);
    if (!part.empty()) out.push_back(part);
    if (slash == std::string::npos) break;
    s = slash + 1;
  }
  return out;
}

// Entity mention covering token i (entities stage), as a piece spanning its tokens.
// An intergovernmental organisation's actor code: "IGO" + its code in organizations.tsv
// ("European Union" IGOEEC, "United Nations" IGOUNO); "IGO" alone for one listed without a code.
std::string igo_code(const Entity& e) {
  const ner::NameInfo* info = ner::NameLists::get().find(e.name);
  if (!info || !(info->kinds & ner::kOrganization) || info->org_kind != "IGO" || info->country == "IGO") return "IGO";
  return "IGO" + info->country;
}

std::optional<Piece> entity_piece(const SentenceView& v, size_t i) {
  const Token& t = v.token(i);
  // A possessive pronoun the entities stage resolved ("his Israeli counterpart") owns the phrase
  // but is not its actor: the phrase is named by what follows it.
  if (t.xpos == "PRP$" || v.upper[i] == "HIS" || v.upper[i] == "HER" || v.upper[i] == "THEIR") return std::nullopt;
  for (const auto& e : v.doc->entities) {
    if (e.type != "PERSON" && e.type != "ORG" && e.type != "GPE" && e.type != "NORP") continue;
    if (e.type == "ORG" && e.country.empty() && e.sector == "IGO") {
      for (const auto& m : e.mentions) {
        if (m.start != t.start) continue;
        Piece p;
        p.first = p.last = i;
        while (p.last + 1 < v.size() && v.token(p.last + 1).end <= m.end) ++p.last;
        p.code = e.igo.empty() ? igo_code(e) : "IGO" + e.igo;
        p.entity = e.id;
        return p;
      }
      continue;
    }
    // A person of unknown country acts by the office the text gives them ("President Jacques
    // Chirac": ---GOV, named); anyone else without a country or an IGO is no actor.
    if (e.country.empty() && e.igo.empty() && (e.type != "PERSON" || e.sector.empty())) continue;
    for (const auto& m : e.mentions) {
      if (m.start != t.start) continue;
      Piece p;
      p.first = p.last = i;
      while (p.last + 1 < v.size() && v.token(p.last + 1).end <= m.end) ++p.last;
      p.code = !e.country.empty() ? e.country + e.sector : !e.igo.empty() ? "IGO" + e.igo : "---" + e.sector;
      p.country = e.country;
      p.entity = e.id;
      return p;
    }
  }
  return std::nullopt;
}

bool countryless(const ActorMention& m) {
  return !m.codes.empty() && std::all_of(m.codes.begin(), m.codes.end(), [](const std::string& c) { return c.starts_with("---"); });
}

// Coordinated roles share their modifiers: "Swedish press and police" (the police are
// Swedish too), "judges and clerks in Norway" (so are the judges).
void share_countries_in_coordination(SentenceView& v) {
  auto& a = v.actors;
  for (size_t k = 0; k + 1 < a.size(); ++k) {
    ActorMention& x = a[k];
    ActorMention& y = a[k + 1];
    size_t gap_first = x.last + 1, gap_last = y.first;  // [gap_first, gap_last)
    // The second role may keep modifiers of its own: "Xi Jinping and other senior officials".
    while (gap_last > gap_first && v.upper[gap_last - 1] != "AND" &&
           (v.token(gap_last - 1).upos == "ADJ" || v.token(gap_last - 1).upos == "DET"))
      --gap_last;
    bool and_only = gap_last > gap_first && v.upper[gap_last - 1] == "AND";
    for (size_t t = gap_first; and_only && t + 1 < gap_last; ++t) and_only = v.upper[t] == ",";
    if (!and_only || countryless(x) == countryless(y)) continue;
    ActorMention& borrower = countryless(x) ? x : y;
    const ActorMention& lender = countryless(x) ? y : x;
    std::vector<std::string> codes;
    for (const auto& role : borrower.codes)
      for (const auto& lent : lender.codes)
        if (lent.size() >= 3 && !lent.starts_with("---")) {
          std::string code = lent.substr(0, 3) + role.substr(3);
          if (std::find(codes.begin(), codes.end(), code) == codes.end()) codes.push_back(code);
        }
    if (codes.empty()) continue;
    borrower.codes = std::move(codes);
    if (borrower.country.empty()) borrower.country = lender.country;
  }
}

// An actor phrase whose words were written apart, matched with up to three words of the noun
// phrase between them (TABARI): "ITHILEN TELEVISION" fits "Ithilen state-run television".
// Only phrases of more than `longer_than` words, with a gap used; *last = their last token.
const size_t* apart_match(const SentenceView& v, const petrarch::PhraseTable<size_t>& table, size_t i, size_t longer_than,
                          size_t* last) {
  auto it = table.by_first_word.find(v.upper[i]);
  if (it == table.by_first_word.end()) return nullptr;
  auto in_phrase = [&](size_t t) {
    const std::string& u = v.token(t).upos;
    return u == "ADJ" || u == "NOUN" || u == "PROPN" || u == "NUM" || v.upper[t] == "-";
  };
  for (const auto& item : it->second) {
    const size_t n = item.words.size();
    if (n <= longer_than || item.spaced.size() != n) continue;
    size_t pos = i;
    bool ok = true, gap_used = false;
    for (size_t k = 1; k < n && ok; ++k) {
      size_t next = pos + 1;
      for (int gap = 0; item.spaced[k] && gap < 3 && next < v.size() && v.upper[next] != item.words[k] && in_phrase(next); ++gap)
        ++next;
      ok = next < v.size() && v.upper[next] == item.words[k];
      gap_used = gap_used || next > pos + 1;
      pos = next;
    }
    if (ok && gap_used) {
      *last = pos;
      return &item.value;
    }
  }
  return nullptr;
}

}  // namespace

// "Iraq said its troops repelled an attack", "the Iraqi corps, whose troops fought off ...": a
// role after "its" / "their" / "whose" belongs to the country
// named before it in the sentence, when only one is.
void take_possessor_country(SentenceView& v) {
  for (ActorMention& m : v.actors) {
    if (m.first == 0 || !countryless(m) || m.entity) continue;
    const std::string& before = v.upper[m.first - 1];
    if (before != "ITS" && before != "THEIR" && before != "WHOSE") continue;
    std::string country;
    bool one = true;
    for (const ActorMention& a : v.actors) {
      if (a.last >= m.first || a.pronoun) continue;
      for (const auto& c : a.codes) {
        if (c.starts_with("---") || c.starts_with("IGO") || c.size() < 3) continue;
        if (!country.empty() && country != c.substr(0, 3)) one = false;
        country = c.substr(0, 3);
      }
    }
    if (country.empty() || !one) continue;
    for (auto& c : m.codes) c = country + c.substr(3);
    m.country = country;
  }
}

// "Brussels wants", "a complaint against Brussels": in a story that names the European Union,
// its seat acting is the EU.
void seat_of_the_eu(SentenceView& v) {
  bool eu = false;
  for (const Entity& e : v.doc->entities) eu |= e.type == "ORG" && e.sector == "IGO" && igo_code(e) == "IGOEEC";
  if (!eu) return;
  for (ActorMention& m : v.actors)
    if (m.first == m.last && v.upper[m.first] == "BRUSSELS" && m.codes.size() == 1 && m.codes.front().starts_with("BEL")) {
      m.codes.front() = "IGOEEC";
      m.country.clear();
    }
}

// "pre-1949 Chinese bonds", "British beef", "the EU cap", "the Iraq war", "WTO arbitration": a
// nationality or a name modifying a noun that is no actor names a thing's origin, owner or
// place, not a party.
void drop_demonym_modifiers(SentenceView& v) {
  if (!v.parsed) return;
  std::erase_if(v.actors, [&](const ActorMention& m) {
    if (m.first != m.last || m.codes.size() != 1 || (m.codes.front().size() != 3 && !m.codes.front().starts_with("IGO")))
      return false;
    if (m.entity) {  // a nationality, a place or an organisation the entities stage listed modifies too
      auto e = std::find_if(v.doc->entities.begin(), v.doc->entities.end(), [&](const Entity& x) { return x.id == *m.entity; });
      if (e == v.doc->entities.end() || (e->type != "NORP" && e->type != "GPE" && e->type != "ORG")) return false;
    }
    const std::string& rel = v.rel(m.first);
    if ((v.token(m.first).upos != "ADJ" && v.token(m.first).upos != "PROPN") || (rel != "amod" && rel != "compound") ||
        v.head(m.first) < 0)
      return false;
    const size_t head = static_cast<size_t>(v.head(m.first));
    // "a U.K. suggestion", "the EU decision": the owner of a proposal or a decision is a party.
    static const std::set<std::string> kOwned{"SUGGESTION", "PROPOSAL", "OFFER",     "PLAN",      "DEMAND",   "REQUEST",
                                              "CALL",       "COMPLAINT", "DECISION", "POSITION",  "POLICY",   "INITIATIVE",
                                              "STATEMENT",  "MOVE",      "BID",      "APPEAL",    "OBJECTION", "CRITICISM",
                                              "ULTIMATUM",  "WARNING",   "THREAT",   "PROPOSALS", "DEMANDS",  "PLANS"};
    if (kOwned.count(v.upper[head]) || kOwned.count(v.lemma_upper[head])) return false;
    return !v.mention_at(head);
  });
}

// "both sides", "the two countries", "both governments": a subject standing for two parties
// named before (the coder finds them).
void add_pair_mentions(SentenceView& v) {
  static const char* const kNouns[] = {"SIDES", "COUNTRIES", "NATIONS", "GOVERNMENTS", "STATES", "PARTIES"};
  for (size_t i = 0; i + 1 < v.size(); ++i) {
    bool two = v.upper[i] == "BOTH" || (v.upper[i] == "TWO" && i > 0 && v.upper[i - 1] == "THE");
    if (!two || v.mention_at(i + 1) || v.mention_at(i)) continue;
    if (std::none_of(std::begin(kNouns), std::end(kNouns), [&](const char* n) { return v.upper[i + 1] == n; })) continue;
    ActorMention m;
    m.first = v.upper[i] == "TWO" ? i - 1 : i;
    m.last = i + 1;
    m.pair = true;
    m.name = std::string(v.doc->slice(v.token(m.first).start, v.token(m.last).end));
    v.actors.push_back(std::move(m));
  }
}

void find_actor_mentions(SentenceView& v, const EventDictionaries& dicts, int date) {
  const size_t n = v.size();
  std::vector<std::string_view> words(v.sentence->tokens.size());
  for (size_t i = 0; i < n; ++i) words[i] = v.token(i).text;
  const petrarch::AgentDictionary& agents = dicts.agents ? *dicts.agents : petrarch::builtin_agents();

  // Texts may join a name's words with '_' ("New_Delhi") as the dictionaries do: phrases are
  // matched over the parts, and a match must end at the end of a token.
  std::vector<std::string> parts;
  std::vector<size_t> token_of_part, first_part(n);
  for (size_t i = 0; i < n; ++i) {
    first_part[i] = parts.size();
    size_t s = 0;
    const std::string& w = v.upper[i];
    do {
      size_t e = w.find('_', s);
      std::string part = w.substr(s, e == std::string::npos ? std::string::npos : e - s);
      if (!part.empty() || w.empty()) {
        parts.push_back(std::move(part));
        token_of_part.push_back(i);
      }
      s = e == std::string::npos ? std::string::npos : e + 1;
    } while (s != std::string::npos);
  }
  // Last token of a dictionary phrase of `len` parts starting at token i; 0 = no whole-token match.
  auto phrase_end = [&](size_t i, size_t len) -> size_t {
    if (!len) return 0;
    size_t end = first_part[i] + len - 1;
    if (end + 1 < parts.size() && token_of_part[end + 1] == token_of_part[end]) return 0;
    return token_of_part[end] + 1;
  };

  // The tokenizer splits hyphenated names ("Al - Qaeda") that dictionaries list whole
  // ("AL-QAEDA"): the touching run starting at i, joined, with the parts after it.
  auto hyphen_run = [&](size_t i, size_t* run_end) {
    std::vector<std::string> joined;
    size_t j = i;
    while (j + 2 < n && v.upper[j + 1] == "-" && v.token(j).end == v.token(j + 1).start &&
           v.token(j + 1).end == v.token(j + 2).start)
      j += 2;
    if (j == i) return joined;
    joined.push_back(v.upper[i]);
    for (size_t t = i + 1; t <= j; ++t) joined.back() += v.upper[t];
    if (j + 1 < n) joined.insert(joined.end(), parts.begin() + static_cast<long>(first_part[j + 1]), parts.end());
    *run_end = j;
    return joined;
  };

  std::vector<Piece> pieces;
  for (size_t i = 0; i < n;) {
    std::optional<Piece> best;
    if (dicts.actors) {
      const size_t* id = nullptr;
      size_t run_end = 0;
      auto joined = hyphen_run(i, &run_end);
      size_t len = joined.empty() ? 0 : dicts.actors->phrases.match(joined, 0, &id);
      if (len) {
        size_t end = len == 1 ? run_end + 1 : phrase_end(run_end + 1, len - 1);
        std::string code = dicts.actors->entries[*id].code_on(date);
        if (end && !is_null_code(code)) best = Piece{i, end - 1, false, code, code.substr(0, 3), std::nullopt};
      } else if (size_t end = phrase_end(i, len = dicts.actors->phrases.match(parts, first_part[i], &id))) {
        std::string code = dicts.actors->entries[*id].code_on(date);
        if (!is_null_code(code)) best = Piece{i, end - 1, false, code, code.substr(0, 3), std::nullopt};
      }
      size_t last = 0;
      if (const size_t* far = apart_match(v, dicts.actors->phrases, i, len, &last)) {
        std::string code = dicts.actors->entries[*far].code_on(date);
        if (!is_null_code(code)) best = Piece{i, last, false, code, code.substr(0, 3), std::nullopt};
      }
    }
    if (!best) best = entity_piece(v, i);
    if (!best) {
      if (auto m = gazetteer::longest_match(std::span<const std::string_view>(words), i))
        best = Piece{i, i + m->length - 1, false, std::string(m->iso3), std::string(m->iso3), std::nullopt};
    }
    const std::string* agent = nullptr;
    size_t agent_end = phrase_end(i, agents.phrases.match(parts, first_part[i], &agent));
    if (agent_end == i + 1 && agents.noun_only.count(v.upper[i]) &&
        (v.token(i).upos == "ADJ" || v.rel(i) == "amod"))  // "a general election"
      agent_end = 0;
    if (agent_end && (!best || agent_end - 1 > best->last))
      best = Piece{i, agent_end - 1, true, *agent, "", std::nullopt};
    if (best) {
      pieces.push_back(*best);
      i = best->last + 1;
    } else {
      ++i;
    }
  }

  // Agents join the actor they belong to; an agent on its own is an actor of unknown country.
  std::vector<bool> used(pieces.size(), false);
  for (size_t k = 0; k < pieces.size(); ++k) {
    if (used[k]) continue;
    Piece p = pieces[k];
    ActorMention m;
    m.first = p.first;
    m.last = p.last;
    m.entity = p.entity;
    m.country = p.country;
    std::string agent, role_after;
    std::vector<std::string> codes;
    if (!p.agent) {
      codes = split_codes(p.code);
      // actor + ('s / adjectives) + agent
      if (k + 1 < pieces.size() && pieces[k + 1].agent && !used[k + 1]) {
        bool joined = true;
        for (size_t t = p.last + 1; t < pieces[k + 1].first && joined; ++t) joined = joins_actor_to_agent(v, t);
        if (joined && pieces[k + 1].first - p.last <= 6) {
          agent = pieces[k + 1].code;
          m.last = pieces[k + 1].last;
          used[k + 1] = true;
          // The office holder's name right after the role is the same person: "Arnor's
          // minister Elendil" is Arnor's government, whatever code the name has.
          if (k + 2 < pieces.size() && !pieces[k + 2].agent && pieces[k + 2].first == m.last + 1) {
            m.last = pieces[k + 2].last;
            used[k + 2] = true;
          }
        }
      }
    } else {
      // agent + (of / in / from / 's) + actor, or agent directly before an actor ("MSF Arnor")
      if (k + 1 < pieces.size() && !pieces[k + 1].agent && !used[k + 1]) {
        bool joined = true;
        for (size_t t = p.last + 1; t < pieces[k + 1].first && joined; ++t) joined = joins_agent_to_actor(v, t);
        if (joined && pieces[k + 1].first - p.last <= 3) {
          // A person the entities stage placed keeps their own sector: "Tory leader Michael
          // Howard" is the opposition (GBROPP), not the opposition's government.
          const bool placed_person = pieces[k + 1].entity && pieces[k + 1].code.size() > 3 && !pieces[k + 1].code.starts_with("---");
          agent = placed_person ? "" : p.code;
          codes = split_codes(pieces[k + 1].code);
          m.country = pieces[k + 1].country;
          m.entity = pieces[k + 1].entity;
          m.last = pieces[k + 1].last;
          used[k + 1] = true;
          // A role may follow as well: "an aid-group Arnor envoy" is the group's and a government's.
          if (size_t q = k + 2; q < pieces.size() && pieces[q].agent && pieces[q].code.starts_with("~") &&
                                pieces[q].first - m.last <= 3) {
            bool close = true;
            for (size_t t = m.last + 1; t < pieces[q].first && close; ++t) close = joins_actor_to_agent(v, t);
            if (close) {
              role_after = pieces[q].code;
              m.last = pieces[q].last;
              used[q] = true;
            }
          }
          // The role distributes over a list: "lawmakers in Fornost and Gondor".
          for (size_t q = k + 2; q < pieces.size() && !pieces[q].agent; ++q) {
            bool listed = pieces[q].first > m.last + 1;
            for (size_t t = m.last + 1; t < pieces[q].first && listed; ++t)
              listed = v.upper[t] == "," || v.upper[t] == "AND" || v.upper[t] == "THE";
            if (!listed) break;
            for (auto& c : split_codes(pieces[q].code)) codes.push_back(c);
            m.last = pieces[q].last;
            used[q] = true;
          }
        }
      }
      if (codes.empty()) {
        codes = {"---"};
        agent = p.code;
      }
    }
    // "former officials" are elites (CAMEO ELI), whatever office they held.
    bool former = m.first > 0 && v.upper[m.first - 1] == "FORMER";
    for (size_t t = m.first; t <= m.last && !former; ++t) former = v.upper[t] == "FORMER";
    if (former && !agent.empty() && agent.front() == '~') {
      agent = "~ELI";
      if (m.first > 0 && v.upper[m.first - 1] == "FORMER") --m.first;
    }
    // "US [USAGOV: a country acting as its government] company": the company, USABUS.
    if (v.news && agent.size() > 1 && agent.front() == '~' && agent != "~GOV")
      for (auto& c : codes)
        if (c.size() == 6 && c.ends_with("GOV") && !c.starts_with("IGO") && !c.starts_with("---")) c.resize(3);
    for (auto& c : codes) c = combine(combine(c, agent), role_after);
    m.codes = std::move(codes);
    m.name = std::string(v.doc->slice(v.token(m.first).start, v.token(m.last).end));
    v.actors.push_back(std::move(m));
    used[k] = true;
  }

  share_countries_in_coordination(v);
  if (v.news) {
    take_possessor_country(v);
    seat_of_the_eu(v);
    drop_demonym_modifiers(v);
    add_pair_mentions(v);
  }

  // Pronouns: resolved by the coder from the sentence around them.
  for (size_t i = 0; i < n; ++i) {
    const std::string& w = v.upper[i];
    if ((w == "HE" || w == "SHE" || w == "THEY" || w == "IT" || w == "WE") && !v.mention_at(i)) {
      ActorMention m;
      m.first = m.last = i;
      m.pronoun = true;
      m.name = v.token(i).text;
      v.actors.push_back(std::move(m));
    }
  }
  std::sort(v.actors.begin(), v.actors.end(), [](const ActorMention& a, const ActorMention& b) { return a.first < b.first; });
}

}  // namespace dateline::events_detail
