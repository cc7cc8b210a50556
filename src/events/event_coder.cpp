// The event coder: verbs → CAMEO codes, parse → source and target, plus intent, negation,
// demands in reported speech, dates and places. See docs/events.md.
#include <algorithm>
#include <array>
#include <cstdlib>
#include <map>
#include <set>
#include <tuple>

#include "dateline/events.hpp"
#include "dateline/gazetteer.hpp"
#include "dateline/timex.hpp"
#include "events/judgements.hpp"
#include "events/nominal_events.hpp"
#include "events/news_rules.hpp"
#include "events/roles.hpp"

namespace dateline {
namespace {

using namespace events_detail;

int date_number(const std::optional<std::string>& iso) {
  if (!iso || iso->size() < 10) return 0;
  return std::atoi(iso->substr(0, 4).c_str()) * 10000 + std::atoi(iso->substr(5, 2).c_str()) * 100 +
         std::atoi(iso->substr(8, 2).c_str());
}

// "will help" → intent to aid: the CAMEO 03 code for what is promised.
std::string intent_code(const std::string& code) {
  if (code.size() < 2) return "030";
  std::string root = code.substr(0, 2);
  if (root == "03") return code;
  if (root == "04") return "036";
  if (root == "05") return "032";
  if (root == "06") return "031";
  if (root == "07") return "033";
  if (root == "08") return "035";
  if (root >= "14") return "138";  // promising force is threatening it
  if (root >= "09") return "130";
  return "030";
}

// An act its actor announces ("said it would cut aid", "said it would attack"): the intention to
// cooperate, a threat of sanctions or of force.
std::string announced_code(const std::string& code) {
  if (code.size() >= 2 && code.substr(0, 2) >= "14" && code.substr(0, 2) <= "16") return "130";
  return intent_code(code);
}

// "will not meet" → reject; negated conflict is not an event (CAMEO codes what happened).
std::string negated_code(const std::string& code) {
  if (code.size() < 2) return "";
  std::string root = code.substr(0, 2);
  if (root == "04" || code == "036") return "125";
  if (root == "07" || code == "033") return "122";
  if (root == "08" || code == "035") return "124";
  if (root >= "02" && root <= "08") return "120";
  return "";
}

bool is_negated(const SentenceView& v, const VerbHit& hit) {
  auto neg = [&](size_t t) {
    const std::string& w = v.upper[t];
    return w == "NOT" || w == "NEVER" || w == "N'T" || w == "NO";
  };
  if (v.parsed) {
    for (size_t c : v.children[hit.token])
      if ((v.rel(c) == "advmod" || v.rel(c) == "neg") && neg(c)) return true;
    return false;
  }
  for (size_t t = hit.first >= 3 ? hit.first - 3 : 0; t < hit.first; ++t)
    if (neg(t)) return true;
  return false;
}

// "received no warning", "made no comment": the object is negated, not the act, so nothing
// happened to code (a rejection would be as wrong as the event itself).
bool object_negated(const SentenceView& v, const VerbHit& hit) {
  if (!v.parsed) return false;
  for (size_t o : v.children[hit.token]) {
    if (v.rel(o) != "obj") continue;
    for (size_t d : v.children[o])
      if (v.rel(d) == "det" && v.upper[d] == "NO") return true;
  }
  return false;
}

// "who had been considered Pyongyang's point man": a verb with a secondary predicate (an xcomp
// that is a noun or adjective) judges someone; CAMEO 014 is considering a policy option, which
// never takes one.
bool judges_rather_than_considers(const SentenceView& v, const VerbHit& hit, const std::string& code) {
  if (!v.parsed || code != "014") return false;
  for (size_t c : v.deps(hit.token, "xcomp")) {
    const std::string& upos = v.token(c).upos;
    if (upos == "NOUN" || upos == "PROPN" || upos == "ADJ" || upos == "PRON" || upos == "NUM") return true;
  }
  return false;
}

// The verb that reports the clause of token i ("Kerry said [that he urged ...]"), if any.
std::optional<size_t> reporting_verb(const SentenceView& v, size_t i) {
  int t = static_cast<int>(i);
  for (int steps = 0; steps < 6 && t >= 0; ++steps) {
    // The reporting verb may hang off the reported clause: "X must go, Kerry said."
    for (size_t c : v.children[static_cast<size_t>(t)])
      if ((v.rel(c) == "parataxis" || v.rel(c) == "ccomp") && is_speech_verb(v, c) && c > static_cast<size_t>(t)) return c;
    int h = v.head(static_cast<size_t>(t));
    if (h < 0) return std::nullopt;
    const std::string& rel = v.rel(static_cast<size_t>(t));
    if ((rel.starts_with("ccomp") || rel == "parataxis" || rel.starts_with("conj")) && is_speech_verb(v, static_cast<size_t>(h)))
      return static_cast<size_t>(h);
    t = h;
  }
  return std::nullopt;
}

std::vector<const ActorMention*> subject_actors(const SentenceView& v, size_t verb) {
  for (size_t s : v.deps(verb, "nsubj")) return phrase_actors(v, s);
  return {};
}

// The subject, named before token p, of the nearest verb above p that has one.
const ActorMention* named_before(const SentenceView& v, size_t p) {
  int h = v.head(p);
  for (int steps = 0; h >= 0 && steps < 6; ++steps, h = v.head(static_cast<size_t>(h)))
    for (const ActorMention* s : subject_actors(v, static_cast<size_t>(h)))
      if (!s->pronoun && s->last < p) return s;
  return nullptr;
}

// A visit (CAMEO 042 / 043) is travel to another country: one inside the visitor's own country
// ("he visits Manchester", "councils visited Ms Essex") or whose countries the text does not
// give is not coded.
// Event data needs both actors coded: an actor of no known country (---GOV, "ministers" of an
// unnamed state) makes no event. A state acting on itself as a bare country ("Mr Brown pledged
// to write off the debt owed to Britain", GBRGOV on GBR) is no interaction either.
bool is_news_event(const std::string& source, const std::string& target, const std::string& code) {
  if (source.starts_with("---") || target.starts_with("---")) return false;
  if (code.starts_with("042") || code.starts_with("043")) return source.substr(0, 3) != target.substr(0, 3);
  if (!source.starts_with("IGO") && source.substr(0, 3) == target.substr(0, 3) && target.size() == 3) return false;
  return true;
}

// An assault or a fight (18, 19) between two political bodies of one country (government,
// opposition, parties, parliament, courts, elites, media) is a figure of speech for criticism.
const std::string kCriticise = "111";

// So is one by anyone unarmed of that country on such a body ("businessman Duncan Bannatyne
// attacked the government": GBR on GBRGOV).
bool is_political_attack(const std::string& source, const std::string& target, const std::string& code) {
  if (!(code.starts_with("18") || code.starts_with("19")) || source.size() < 3 || target.size() < 6) return false;
  if (source.substr(0, 3) != target.substr(0, 3) || source.starts_with("IGO")) return false;
  static const std::set<std::string> kPolitical{"GOV", "OPP", "PTY", "LEG", "JUD", "ELI", "MED"};
  static const std::set<std::string> kArmed{"MIL", "REB", "COP", "SPY", "UAF", "INS", "CRM"};
  const std::string sector = source.size() >= 6 ? source.substr(3, 3) : "";
  return !kArmed.count(sector) && kPolitical.count(target.substr(3, 3));
}

// Hits of the built-in lexicon on words the loaded dictionary did not cover, kept in word order.
void add_uncovered_hits(std::vector<VerbHit>& hits, std::vector<VerbHit> more) {
  for (auto& h : more) {
    bool covered = std::any_of(hits.begin(), hits.end(), [&](const VerbHit& k) { return h.first <= k.last && k.first <= h.last; });
    if (!covered) hits.push_back(std::move(h));
  }
  std::sort(hits.begin(), hits.end(), [](const VerbHit& a, const VerbHit& b) { return a.token < b.token; });
}

struct Coder {
  const EventDictionaries& dicts;
  Document& doc;
  std::optional<std::string> article_date;
  std::vector<TimeExpression> times;
  std::optional<ActorMention> last_actor;  // for "he" / "they" in later sentences
  std::set<std::tuple<std::string, std::string, std::string, int>> seen;
  std::string home;  // the publication's country when this article lets roles take it, else empty
  std::vector<ActorMention> recent;  // parties named in the sentences before
  std::vector<ActorMention> named_sides;  // the last two states or organisations named together
  int named_sides_at = -100;             // the sentence that named them

  // "---GOV" (a role the text gives no country) becomes the home country's; "---" alone (no
  // actor at all) stays as it is.
  void take_home_country(EventActor& a) const {
    if (home.empty() || a.code.size() <= 3 || !a.code.starts_with("---")) return;
    // Institutions of the state take the publication's country; rebels, criminals, refugees,
    // troops and the like are as often foreign as not in a story that mentions them.
    static const std::set<std::string> kDomestic{"GOV", "LEG", "JUD", "COP", "OPP", "PTY", "ELI"};
    if (!kDomestic.count(a.code.substr(3, 3))) return;
    // A named person whose country the text does not give may be anyone's ("President Jacques
    // Chirac" in a British story).
    if (a.entity)
      for (const Entity& e : doc.entities)
        if (e.id == *a.entity && e.type == "PERSON") return;
    a.code = home + a.code.substr(3);
    a.country = home;
    a.country_inferred = true;
  }

  // The entities stage's entity behind an actor, if any.
  const Entity* entity_of(const ActorMention& a) const {
    if (!a.entity) return nullptr;
    for (const auto& e : doc.entities)
      if (e.id == *a.entity) return &e;
    return nullptr;
  }

  static bool is_personal_pronoun(const std::string& w) { return w == "he" || w == "He" || w == "she" || w == "She"; }

  // "he" and "she" are people: never a place or a country named as one ("the New York trial").
  // A role there ("London mayor", GBRGOV) is a person.
  bool is_place(const ActorMention& a) const {
    if (std::any_of(a.codes.begin(), a.codes.end(), [](const std::string& c) { return c.size() > 3; })) return false;
    const Entity* e = entity_of(a);
    return e && (e->type == "GPE" || e->type == "LOC");
  }

  std::optional<ActorMention> resolve(const SentenceView& v, const ActorMention* m, size_t verb) {
    auto a = resolve_any(v, m, verb);
    if (a && m->pronoun && is_personal_pronoun(m->name) && is_place(*a)) return std::nullopt;
    return a;
  }

  // A pronoun stands for the reporter of its clause, else for the last actor named before.
  std::optional<ActorMention> resolve_any(const SentenceView& v, const ActorMention* m, size_t verb) {
    if (!m) return std::nullopt;
    if (!m->pronoun) return *m;
    if (auto rep = reporting_verb(v, verb)) {
      for (const ActorMention* s : subject_actors(v, *rep))
        if (!s->pronoun && (s->first < m->first || !named_before(v, m->first)))
          return *s;
      // A reporter named after the pronoun ("X indicated it would ..., an official said"):
      // the subject of a verb above the pronoun, named before it, is meant.
      if (auto s = named_before(v, m->first)) return *s;
    }
    // "Chad hinted it would help": the subject of the verb governing the clause.
    if (v.parsed && v.rel(verb).starts_with("ccomp") && v.head(verb) >= 0) {
      for (const ActorMention* s : subject_actors(v, static_cast<size_t>(v.head(verb))))
        if (!s->pronoun) return *s;
    }
    // "X indicated it deplored Y", "X hinted they would act": a pronoun right after a verb of
    // a named subject opens that verb's complement and stands for its subject, however the
    // parse attached it (as object of that verb, the complement as xcomp or a clause of its own).
    if (v.parsed && m->first > 0 && verb > m->last) {
      size_t p = m->first - 1;
      if (v.token(p).upos == "VERB" && p != verb && v.lemma_upper[p] != "BE" && v.lemma_upper[p] != "HAVE")
        for (const ActorMention* s : subject_actors(v, p))
          if (!s->pronoun && s->last < m->first) return *s;
    }
    if (last_actor && is_personal_pronoun(m->name)) {
      // The antecedent's codes and name, at the pronoun's place in this sentence (its own word
      // indexes belong to the sentence it was named in).
      ActorMention here = *last_actor;
      here.first = m->first;
      here.last = m->last;
      return here;
    }
    return std::nullopt;
  }

  // The time expression of the event's sentence nearest its verb, else the article date; the
  // second member says which ("sentence" or "article"). An expression that needs an anchor the
  // article lacks ("on Tuesday" with no article date) has no value and does not count.
  std::pair<std::optional<std::string>, std::string> event_date(const SentenceView& v, size_t verb) {
    const Sentence& s = *v.sentence;
    uint32_t at = v.token(verb).start;
    const TimeExpression* best = nullptr;
    for (const auto& t : times) {
      if (t.start < s.start || t.end > s.end || t.value.empty()) continue;
      if (!best || std::labs(static_cast<long>(t.start) - at) < std::labs(static_cast<long>(best->start) - at)) best = &t;
    }
    if (best) return {best->value, "sentence"};
    if (article_date) return {article_date, "article"};
    return {std::nullopt, ""};
  }

  std::optional<std::string> event_place(const SentenceView& v, size_t verb) {
    std::vector<size_t> candidates;
    if (v.parsed) {
      for (size_t o : v.deps(verb, "obl"))
        for (size_t c : v.deps(o, "case"))
          if (v.upper[c] == "IN" || v.upper[c] == "AT") candidates.push_back(o);
    } else {
      for (size_t t = verb + 1; t + 1 < v.size() && t < verb + 8; ++t)
        if (v.upper[t] == "IN") candidates.push_back(t + 1);
    }
    for (size_t c : candidates) {
      // The place's whole name: the gazetteer's longest entry starting at or just before c.
      for (size_t start = c >= 2 ? c - 2 : 0; start <= c; ++start) {
        if (auto m = gazetteer::longest_match_at(doc.text, v.token(start).start)) {
          if (start + 0 <= c) return std::string(doc.text.substr(v.token(start).start, m->length));
        }
      }
    }
    if (doc.dateline && !doc.dateline->place.empty()) return doc.dateline->place;
    return std::nullopt;
  }

  void emit(const SentenceView& v, size_t verb, const ActorMention& src, const ActorMention& tgt, const std::string& code) {
    // "---", "+++", "###" and other non-numeric codes are null events in the dictionaries.
    // "025?" marks a code the dictionary's authors left unsettled: not an event either.
    if (code.empty() || code[0] < '0' || code[0] > '9' || code.find_first_of("=?") != std::string::npos) return;
    std::string forward = code, backward;
    if (size_t colon = code.find(':'); colon != std::string::npos) {
      forward = code.substr(0, colon);
      backward = code.substr(colon + 1);
    }
    for (const auto& sc : src.codes)
      for (const auto& tc : tgt.codes) {
        add(v, verb, src, sc, tgt, tc, forward);
        if (!backward.empty()) add(v, verb, tgt, tc, src, sc, backward);
      }
  }

  // An actor named by a pronoun the entities stage resolved is shown by its entity's name
  // ("John Kerry", not "he"); the evidence keeps the words as written.
  std::string display_name(const ActorMention& a) const {
    static constexpr std::array<std::string_view, 12> kPronouns{"he", "she", "him", "her", "his", "they", "He",
                                                               "She", "Him", "Her", "His", "They"};
    const Entity* e = std::find(kPronouns.begin(), kPronouns.end(), a.name) != kPronouns.end() ? entity_of(a) : nullptr;
    return e ? e->name : a.name;
  }

  void add(const SentenceView& v, size_t verb, const ActorMention& src, const std::string& sc, const ActorMention& tgt,
           const std::string& tc, const std::string& code) {
    // One code on both sides is one actor, unless the news names two ("Yukos accused Gazprom").
    // (Not one international body, nor one government: "the EC's Commission", a department and
    // a committee of one government are parts of one actor.)
    const bool two_parties = v.news && src.entity && tgt.entity && src.entity != tgt.entity && !sc.starts_with("IGO") &&
                             sc.size() > 3 && !sc.ends_with("GOV");
    if ((sc == tc && !two_parties) || code.empty() || code == "---") return;
    if (src.entity && src.entity == tgt.entity) return;  // no one acts on themselves
    if (!seen.insert({sc, tc, code, v.index}).second) return;
    Event e;
    e.source = EventActor{src.entity, display_name(src), sc, src.country};
    e.target = EventActor{tgt.entity, display_name(tgt), tc, tgt.country};
    take_home_country(e.source);
    take_home_country(*e.target);
    if (v.news && !is_news_event(e.source.code, e.target->code, code)) return;
    // "Straw attacked the court's decision": words, not force.
    const std::string& coded = v.news && is_political_attack(e.source.code, e.target->code, code) ? kCriticise : code;
    if (e.source.code == e.target->code && sc != tc) return;  // the home country made both sides one
    e.cameo = coded;
    if (auto info = cameo_info(coded)) {
      e.plover = info->plover;
      e.mode = info->mode;
      e.quad_class = info->quad_class;
      e.goldstein = info->goldstein;
    }
    std::tie(e.date, e.date_source) = event_date(v, verb);
    e.place = event_place(v, verb);
    e.sentence = v.index;
    // The evidence spans the verb and both actors' words in this sentence.
    size_t first = verb, last = verb;
    for (const ActorMention* m : {&src, &tgt}) {
      if (m->last >= v.size()) continue;  // not a word of this sentence
      first = std::min(first, m->first);
      last = std::max(last, m->last);
    }
    e.evidence.start = v.token(first).start;
    e.evidence.end = v.token(last).end;
    e.evidence.text = std::string(doc.slice(e.evidence.start, e.evidence.end));
    doc.events.push_back(std::move(e));
  }

  // "Yeutter said the U.S. would retaliate": the reporter's own country (or organisation) is
  // the one to act, with will / would.
  bool reporter_acts(const SentenceView& v, size_t verb) {
    auto rep = reporting_verb(v, verb);
    if (!rep) return false;
    bool will = false;
    for (size_t c : v.children[verb]) {
      const std::string& w = v.lemma_upper[c].empty() ? v.upper[c] : v.lemma_upper[c];
      will |= v.rel(c) == "aux" && (w == "WILL" || w == "WOULD");
    }
    if (!will) return false;
    auto key = [](const std::string& code) { return code.starts_with("IGO") ? code.substr(0, 6) : code.substr(0, 3); };
    for (const ActorMention* r : subject_actors(v, *rep)) {
      auto reporter = resolve(v, r, *rep);
      if (!reporter || reporter->codes.empty() || reporter->codes.front().starts_with("---")) continue;
      for (const ActorMention* s : subject_actors(v, verb))
        if (!s->pronoun && !s->codes.empty() && key(s->codes.front()) == key(reporter->codes.front())) return true;
    }
    return false;
  }

  // "both sides", "the two countries": the last two parties with a country (or IGO) named before,
  // in this sentence or the ones before it; none when fewer than two are.
  std::vector<ActorMention> pair_members(const SentenceView& v, const ActorMention& m) const {
    // The two last named together, within the last six sentences ("the EU and the US ...
    // both sides agreed"), before whoever else was named in between (the WTO they went to).
    if (named_sides.size() == 2 && v.index - named_sides_at <= 6) {
      std::vector<ActorMention> out = named_sides;
      for (auto& a : out) a.first = m.first, a.last = m.last;
      return out;
    }
    std::vector<ActorMention> candidates = recent;
    for (const auto& a : v.actors)
      if (a.last < m.first && !a.pronoun && !a.pair) candidates.push_back(a);
    // States and organisations of states first; companies, media and civilians only when fewer
    // than two of those were named.
    for (bool any_sector : {false, true}) {
      std::vector<ActorMention> out;
      std::set<std::string> keys;
      for (auto it = candidates.rbegin(); it != candidates.rend() && out.size() < 2; ++it) {
        if (it->codes.empty() || it->codes.front().starts_with("---")) continue;
        // Sides are states and organisations; a person named in between speaks for one of them.
        if (const Entity* e = entity_of(*it); e && e->type == "PERSON") continue;
        const std::string& c = it->codes.front();
        const std::string sector = c.size() >= 6 && !c.starts_with("IGO") ? c.substr(3, 3) : "";
        if (!any_sector && (sector == "BUS" || sector == "MED" || sector == "CVL")) continue;
        std::string key = c.starts_with("IGO") ? c.substr(0, 6) : c.substr(0, 3);
        if (!keys.insert(key).second) continue;
        ActorMention here = *it;
        here.first = m.first;
        here.last = m.last;
        out.push_back(std::move(here));
      }
      if (out.size() == 2) return out;
    }
    return {};
  }

  // Parties named so far, for "both sides" in a later sentence.
  void remember(const SentenceView& v) {
    for (const auto& a : v.actors)
      if (!a.pronoun && !a.pair && !a.codes.empty() && !a.codes.front().starts_with("---")) recent.push_back(a);
    if (recent.size() > 16) recent.erase(recent.begin(), recent.end() - 16);
    // Two states or organisations named together ("the EU and the US") are the story's sides.
    for (size_t k = 0; k + 1 < v.actors.size(); ++k) {
      const ActorMention &x = v.actors[k], &y = v.actors[k + 1];
      if (!is_side(x) || !is_side(y) || side_key(x) == side_key(y) || y.first <= x.last) continue;
      bool joined = y.first > x.last + 1;
      for (size_t t = x.last + 1; t < y.first && joined; ++t) joined = v.upper[t] == "AND" || v.upper[t] == "THE";
      if (!joined) continue;
      named_sides = {x, y};
      named_sides_at = v.index;
    }
  }

  // A state or an organisation of states, not a person or a company.
  bool is_side(const ActorMention& a) const {
    if (a.pronoun || a.pair || a.codes.empty() || a.codes.front().starts_with("---")) return false;
    if (const Entity* e = entity_of(a); e && e->type == "PERSON") return false;
    const std::string& c = a.codes.front();
    const std::string sector = c.size() >= 6 && !c.starts_with("IGO") ? c.substr(3, 3) : "";
    return sector != "BUS" && sector != "MED" && sector != "CVL";
  }
  static std::string side_key(const ActorMention& a) {
    const std::string& c = a.codes.front();
    return c.starts_with("IGO") ? c.substr(0, 6) : c.substr(0, 3);
  }

  void code_verb(const SentenceView& v, const VerbHit& hit, const std::string& code) {
    Roles r = find_roles(v, hit);
    // Hosting a visit (043) receives a visitor: "received a contract for ... Spanish" hosts no one.
    if (v.news && v.parsed && code.starts_with("043"))
      std::erase_if(r.targets, [&](const ActorMention* m) {
        for (const char* rel : {"obj", "iobj", "nsubj:pass"})
          for (size_t o : v.deps(hit.token, rel))
            if (m->first <= o && o <= m->last) return false;
        return true;
      });
    std::vector<ActorMention> sources, targets;
    for (const ActorMention* m : r.sources) {
      if (m->pair) {
        for (auto& a : pair_members(v, *m)) sources.push_back(std::move(a));
      } else if (auto a = resolve(v, m, hit.token)) {
        sources.push_back(*a);
      }
    }
    for (const ActorMention* m : r.targets)
      if (auto a = resolve(v, m, hit.token)) targets.push_back(*a);
    if (!sources.empty()) last_actor = sources.front();
    // "The EU and the US agreed to begin talks", "X and Y accuse each other": the members of a
    // joint subject act on each other when nothing else is acted on.
    if (v.news && targets.empty() && sources.size() >= 2 && (!v.parsed || !v.deps(hit.token, "nsubj").empty()) &&
        ((is_mutual_code(code) && !has_other_object(v, hit.token)) || has_reciprocal_object(v, hit.token))) {
      for (const auto& s : sources)
        for (const auto& t : sources)
          if (&s != &t) emit(v, hit.token, s, t, code);
      return;
    }
    if (targets.empty() && !dicts.require_target) targets.push_back(ActorMention{0, 0, {"---"}, "", "", std::nullopt, false});
    for (const auto& s : sources)
      for (const auto& t : targets) emit(v, hit.token, s, t, code);
  }

  void code_sentence(SentenceView& v, const petrarch::VerbDictionary& verbs, const petrarch::VerbDictionary* extra) {
    auto hits = find_verbs(v, verbs);
    if (extra) add_uncovered_hits(hits, find_verbs(v, *extra));
    std::vector<bool> consumed(hits.size(), false);
    for (size_t k = 0; k < hits.size(); ++k) {
      if (consumed[k]) continue;
      VerbHit hit = hits[k];
      std::string code = hit.code;
      if (code == "=intent") {
        // The promised act: the verb this one governs (xcomp), or the next coded verb nearby.
        std::optional<size_t> inner;
        for (size_t j = k + 1; j < hits.size(); ++j) {
          bool governed = v.parsed ? v.head(hits[j].token) == static_cast<int>(hit.token) : hits[j].first <= hit.last + 3;
          if (governed) { inner = j; break; }
        }
        if (inner) {
          consumed[*inner] = true;
          std::string inner_code = hits[*inner].code == "=intent" ? "030" : hits[*inner].code;
          code = inner_code == "---" ? "030" : intent_code(inner_code);
          if (!hit.target_at && !hits[*inner].target_at) {
            // The promise's target is usually the inner verb's object.
            Roles inner_roles = find_roles(v, hits[*inner]);
            if (!inner_roles.targets.empty()) hit.target_at = inner_roles.targets.front()->first;
          } else if (hits[*inner].target_at) {
            hit.target_at = hits[*inner].target_at;
          }
        } else {
          // "was prepared to stand up to the unions": readiness for an act the lexicon cannot
          // name is no cooperation to code ("agreed to establish a forum" still is).
          code = v.news && ((is_readiness(v, hit.token) && governs_verb(v, hit.token)) || governs_other_clause(v, hit.token))
                     ? ""
                     : "030";
        }
      }
      // Public statements (CAMEO 01) have no PLOVER type and no one they are done to: not coded.
      if (v.news && code.starts_with("01")) code.clear();
      // "a negotiated deal", "the agreed plan": a participle used as an adjective reports no act.
      // (An adjective after a pronoun, "it condemned/ADJ Uganda", is a mistagged verb.)
      if (v.news && v.parsed && v.rel(hit.token) == "amod" && v.token(hit.token).upos == "VERB") code.clear();
      if (v.news && code.starts_with("02") && is_question(v, hit.token)) code.clear();
      // "the EC recognised Germany's policy was on track": an acknowledgement, no diplomatic
      // recognition (054).
      if (v.news && code.starts_with("054") && !v.deps(hit.token, "ccomp").empty()) code.clear();
      if (v.news && code.starts_with("13") && is_warning_not_threat(v, hit.token)) code.clear();
      // An act that has not happened is no event; announced by its actor in reported speech it
      // is an intention or a threat ("said it would retaliate").
      if (v.news && !code.empty() && is_unrealised(v, hit.token) &&
          !(!hit.pattern_negated && is_negated(v, hit)))
        code = reporting_verb(v, hit.token) && (reports_own_future_act(v, hit.token) || reporter_acts(v, hit.token))
                   ? announced_code(code)
                   : "";
      // "The government cannot finance its operations without borrowing from Japan": what an
      // actor is unable to do is neither an act nor a refusal.
      if (v.news && v.parsed && !hit.pattern_negated && is_negated(v, hit))
        for (size_t c : v.deps(hit.token, "aux"))
          if (v.upper[c] == "CAN" || v.upper[c] == "COULD" || v.upper[c] == "CA") code.clear();
      // A pattern that spells out the negation ("NEVER * ON") already gives its code.
      if (!hit.pattern_negated && is_negated(v, hit)) code = negated_code(code);
      if (!hit.pattern_negated && object_negated(v, hit)) code.clear();
      if (judges_rather_than_considers(v, hit, code)) code.clear();
      code_verb(v, hit, code);
    }
    code_demands(v);
    if (v.news) code_nominal_events(v);
    if (v.news) code_judgements(v);
    remember(v);
  }

  // Events named as nouns (events/nominal_events.cpp): meetings and attacks.
  void code_nominal_events(const SentenceView& v) {
    for (const NominalEvent& n : find_nominal_events(v))
      for (const ActorMention* s : n.sources)
        if (auto src = resolve(v, s, n.source_verb))
          for (const ActorMention* t : n.targets)
            if (auto tgt = resolve(v, t, n.anchor)) emit(v, n.anchor, *src, *tgt, n.code);
  }

  // "Ms Short said the US was very bad at co-ordinating": the speaker criticises (111) or praises
  // (051) the one the reported clause judges (events/judgements.cpp).
  void code_judgements(const SentenceView& v) {
    for (const Judgement& j : find_judgements(v)) {
      std::vector<ActorMention> judges;
      for (const ActorMention* m : j.judges)
        if (auto a = resolve(v, m, j.predicate)) judges.push_back(*a);
      // A coordinated reporting verb shares its subject: "Mr Blair acknowledged ..., but said".
      size_t reporter = j.reporter;
      while (subject_actors(v, reporter).empty() && v.rel(reporter).starts_with("conj") && v.head(reporter) >= 0)
        reporter = static_cast<size_t>(v.head(reporter));
      if (judges.empty())
        for (const ActorMention* s : subject_actors(v, reporter))
          if (auto a = resolve(v, s, reporter)) {
            judges.push_back(*a);
            break;
          }
      for (const ActorMention& judge : judges)
        for (const ActorMention* m : j.judged)
          if (auto judged = resolve(v, m, j.predicate)) emit(v, j.predicate, judge, *judged, j.code);
    }
  }

  // "X must (should, needs to) do Y", reported by Z: Z demands of X (CAMEO 10).
  void code_demands(const SentenceView& v) {
    if (!v.parsed) return;
    for (size_t i = 0; i < v.size(); ++i) {
      const std::string& w = v.lemma_upper[i].empty() ? v.upper[i] : v.lemma_upper[i];
      if (!(w == "MUST" || w == "SHOULD") || v.rel(i) != "aux") continue;
      int verb = v.head(i);
      if (verb < 0) continue;
      auto rep = reporting_verb(v, static_cast<size_t>(verb));
      std::optional<ActorMention> speaker;
      if (rep) {
        for (const ActorMention* s : subject_actors(v, *rep))
          if (auto a = resolve(v, s, *rep)) { speaker = a; break; }
      }
      if (!speaker) continue;
      for (size_t subj : v.deps(static_cast<size_t>(verb), "nsubj"))
        for (const ActorMention* t : phrase_actors(v, subj)) {
          // In news the one asked is the subject itself: in "the person in charge of the court
          // system should ..." the court is asked nothing.
          if (v.news && !t->pronoun && (subj < t->first || subj > t->last)) continue;
          if (auto a = resolve(v, t, static_cast<size_t>(verb)))
            // In news "X should ..." is an appeal (020), "X must ..." a demand (100).
            emit(v, static_cast<size_t>(verb), *speaker, *a, v.news && w == "SHOULD" ? "020" : "100");
        }
    }
  }
};

bool sentence_discarded(const SentenceView& v, const petrarch::DiscardDictionary& d, bool* story) {
  for (size_t i = 0; i < v.size(); ++i) {
    const bool* is_story = nullptr;
    if (d.phrases.match(v.upper, i, &is_story)) {
      *story = *is_story;
      return true;
    }
  }
  return false;
}

}  // namespace

EventCoder::EventCoder(EventDictionaries dictionaries) : dicts_(std::move(dictionaries)) {}

namespace {

// The home country, unless the article names another country more often than it (a British
// story about Indonesia: "the government" there is Indonesia's). Mentions of every entity with
// a country count: places, nationalities, organisations and people.
std::string home_country_for(const Document& doc, const std::string& home) {
  if (home.empty()) return home;
  std::map<std::string, size_t> mentions;
  for (const Entity& e : doc.entities)
    if (!e.country.empty()) mentions[e.country] += e.mentions.size();
  size_t own = mentions.count(home) ? mentions.at(home) : 0;
  for (const auto& [country, n] : mentions)
    if (country != home && n > own) return {};
  return home;
}

}  // namespace

void EventCoder::code(Document& doc) const {
  doc.events.clear();
  const petrarch::VerbDictionary& verbs = dicts_.verbs ? *dicts_.verbs : petrarch::builtin_verbs();
  Coder coder{dicts_, doc, doc.date, find_time_expressions(doc.text, doc.date), std::nullopt, {}};
  coder.home = home_country_for(doc, dicts_.home_country);
  int date = date_number(doc.date);
  std::vector<SentenceView> views;
  views.reserve(doc.sentences.size());
  for (size_t i = 0; i < doc.sentences.size(); ++i) {
    views.emplace_back(doc, static_cast<int>(i));
    views.back().news = dicts_.news_conventions;
    find_actor_mentions(views.back(), dicts_, date);
    bool story = false;
    if (dicts_.discards && sentence_discarded(views.back(), *dicts_.discards, &story)) {
      if (story) return;  // the whole story is out of scope (sports, weather ...)
      views.back().actors.clear();
    }
  }
  const petrarch::VerbDictionary* extra = dicts_.verbs && dicts_.builtin_verbs_too ? &petrarch::builtin_verbs() : nullptr;
  for (auto& v : views) coder.code_sentence(v, verbs, extra);
}

}  // namespace dateline
