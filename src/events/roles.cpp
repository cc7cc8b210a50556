#include "events/roles.hpp"

#include <algorithm>
#include <functional>

namespace dateline::events_detail {
namespace {

// Whether a comma stands between tokens a and b.
bool comma_between(const SentenceView& v, size_t a, size_t b) {
  for (size_t t = std::min(a, b) + 1; t < std::max(a, b); ++t)
    if (v.upper[t] == ",") return true;
  return false;
}

bool clausal(const std::string& rel) {
  return rel.starts_with("acl") || rel.starts_with("advcl") || rel.starts_with("ccomp") || rel.starts_with("xcomp") ||
         rel == "parataxis" || rel.starts_with("conj") || rel == "appos" || rel == "cc" || rel == "punct";
}

// The first actor mention inside the non-clausal subtree of i, preferring one covering i.
// Whether token t hangs (through noun-phrase relations) below token i.
bool inside_phrase_of(const SentenceView& v, size_t t, size_t i) {
  for (int steps = 0; steps < 6; ++steps) {
    int h = v.head(t);
    if (h < 0 || clausal(v.rel(t))) return false;
    if (static_cast<size_t>(h) == i) return true;
    t = static_cast<size_t>(h);
  }
  return false;
}

const ActorMention* head_actor(const SentenceView& v, size_t i) {
  if (const ActorMention* m = v.mention_at(i)) {
    // "Norway Foreign Minister Lind": the phrase's first actor names it, as in PETRARCH.
    // Adjectives may stand between them: "the proud Arnor old Gondor" is named by Arnor.
    for (size_t t = m->first; t > 0; --t) {
      const std::string& u = v.token(t - 1).upos;
      const ActorMention* prev = v.mention_at(t - 1);
      if (prev && !prev->pronoun && inside_phrase_of(v, prev->last, i)) {
        m = prev;
        t = prev->first + 1;
      } else if (prev || (u != "ADJ" && u != "DET") || !inside_phrase_of(v, t - 1, i)) {
        break;
      }
    }
    return m;
  }
  std::vector<size_t> stack{i};
  std::vector<size_t> seen;
  while (!stack.empty()) {
    size_t t = stack.back();
    stack.pop_back();
    seen.push_back(t);
    for (size_t c : v.children[t])
      if (!clausal(v.rel(c))) stack.push_back(c);
  }
  std::sort(seen.begin(), seen.end());
  for (size_t t : seen)
    if (const ActorMention* m = v.mention_at(t)) return m;
  // An unknown name the parse split from the noun phrase it ends ("the official news agency
  // Xyz said"): the phrase's words just before it, up to a comma, name the actor.
  if (v.token(i).upos != "PROPN") return nullptr;
  const ActorMention* found = nullptr;
  for (size_t t = seen.front(); t > 0; --t) {
    const std::string& u = v.token(t - 1).upos;
    if (u != "DET" && u != "ADJ" && u != "NOUN" && u != "PROPN") break;
    if (const ActorMention* m = v.mention_at(t - 1); m && !m->pronoun) found = m;
  }
  return found;
}

// Positional (unparsed) fallback: the actor just before the verb, with the actors listed
// together with it ("Mordor, Rohan and Bree").
std::vector<const ActorMention*> list_around(const SentenceView& v, const ActorMention* m) {
  std::vector<const ActorMention*> out{m};
  // Tokens strictly between two mentions: 0 = no list link, 1 = commas, 2 = with "and".
  auto linker = [&](size_t a, size_t b) {
    // Adjectives may describe a member: "Chad, the small Niger, and rich Mali".
    int joined = 0;
    for (size_t t = a; t < b; ++t) {
      if (v.upper[t] == "AND") joined = 2;
      else if (v.upper[t] == ",") joined = std::max(joined, 1);
      else if (v.upper[t] != "THE" && v.token(t).upos != "ADJ") return 0;
    }
    return joined;
  };
  // "and" ends a list: in "X and Y, and Z and W, the paper said" X's list is X and Y.
  for (auto it = v.actors.begin(); it != v.actors.end(); ++it) {
    if (&*it != m) continue;
    bool ended = false;
    for (auto back = it; back != v.actors.begin();) {
      auto prev = back - 1;
      int link = prev->pronoun ? 0 : linker(prev->last + 1, back->first);
      if (!link || (link == 2 && back != it)) break;
      ended = ended || (link == 2 && back == it);
      out.insert(out.begin(), &*prev);
      back = prev;
    }
    for (auto fwd = it + 1; fwd != v.actors.end() && !ended; ++fwd) {
      int link = fwd->pronoun ? 0 : linker((fwd - 1)->last + 1, fwd->first);
      if (!link) break;
      out.push_back(&*fwd);
      ended = link == 2;
    }
    break;
  }
  return out;
}

Roles positional_roles(const SentenceView& v, const VerbHit& hit) {
  Roles r;
  const ActorMention* before = nullptr;
  const ActorMention* after = nullptr;
  for (const auto& m : v.actors) {
    if (m.last < hit.first) before = &m;
    // A pronoun after the verb is a later clause's subject, not the target ("began to question
    // whether he ... with X").
    if (m.first > hit.last && !after && !m.pronoun) after = &m;
  }
  if (before) r.sources = list_around(v, before);
  if (after) r.targets = list_around(v, after);
  return r;
}

// The subject of verb i, following control (xcomp), coordination (conj) and relative clauses.
std::vector<const ActorMention*> subject_of(const SentenceView& v, size_t i, int depth = 0) {
  if (depth > 5) return {};
  // A coordination the parse split into two subjects ("The X and the Y acted"): the first
  // that names actors.
  for (const char* rel : {"nsubj", "csubj"}) {
    std::vector<size_t> subjects;
    for (size_t s : v.deps(i, rel))
      if (v.rel(s) != "nsubj:pass") subjects.push_back(s);
    // Two subjects, one cut off from the verb by a comma ("X and Y welcome ..., the agency
    // said" parsed with X as a second subject of "said"): the one in the verb's own clause.
    if (subjects.size() > 1) {
      std::stable_partition(subjects.begin(), subjects.end(), [&](size_t s) { return !comma_between(v, s, i); });
    }
    for (size_t s : subjects)
      if (auto a = phrase_actors(v, s); !a.empty()) return a;
    // "Hugo Chavez, who is visiting China": a relative pronoun stands for the noun it follows.
    if (v.news && subjects.size() == 1 && v.rel(i) == "acl:relcl" && v.head(i) >= 0) {
      const std::string& u = v.upper[subjects.front()];
      if (u == "WHO" || u == "WHICH" || u == "THAT") return phrase_actors(v, static_cast<size_t>(v.head(i)));
    }
    if (!subjects.empty()) return {};
  }
  for (size_t a : v.deps(i, "obl")) {
    if (v.rel(a) == "obl:agent") return phrase_actors(v, a);  // passive: "was attacked by X"
  }
  if (!v.deps(i, "nsubj:pass").empty()) return {};
  // A passive infinitive ("called on X to be allowed to leave"): whoever controls it is the one
  // it is done to, and the doer, without "by", is not named.
  if (!v.deps(i, "aux:pass").empty()) return {};
  int h = v.head(i);
  if (h < 0) return {};
  const std::string& rel = v.rel(i);
  if (rel == "xcomp") {
    // Object control ("urged Beijing to use") else subject control ("promised to help").
    auto objs = v.deps(static_cast<size_t>(h), "obj");
    if (!objs.empty()) return phrase_actors(v, objs[0]);
    // "X was said to attack ...": the passive subject of the governing verb does it.
    for (size_t s : v.deps(static_cast<size_t>(h), "nsubj:pass")) return phrase_actors(v, s);
    return subject_of(v, static_cast<size_t>(h), depth + 1);
  }
  if (rel.starts_with("conj")) {
    // A verb coordinated with a noun is a misattached second predicate ("X praised troops
    // in Y and sent aid"): its subject is that of the nearest verb above it.
    int up = h;
    for (int steps = 0; up >= 0 && steps < 6 && v.token(static_cast<size_t>(up)).upos != "VERB" &&
                        !v.token(static_cast<size_t>(up)).upos.empty(); ++steps)
      up = v.head(static_cast<size_t>(up));
    if (up < 0) return {};
    return subject_of(v, static_cast<size_t>(up), depth + 1);
  }
  if (rel == "acl:relcl" || rel == "acl") return phrase_actors(v, static_cast<size_t>(h));
  return {};
}

// An oblique that says what about, where or when ("talks about Turkey", "met in Brussels",
// "ahead of an EU summit", "criticised X over Iraq"): no one the act is done to.
bool topic_or_setting(const SentenceView& v, size_t o) {
  static const char* const kCases[] = {"ABOUT",  "OVER",   "REGARDING", "CONCERNING", "DESPITE", "AHEAD", "BEFORE",
                                       "AFTER",  "DURING", "AMID",      "SINCE",      "UNTIL",   "IN",    "AT",
                                       "NEAR",   "ACROSS", "THROUGHOUT", "WITHOUT",   "LIKE",    "INCLUDING", "INSIDE",
                                       "BELOW",  "ABOVE",  "BEYOND",   "WITHIN",     "UNDER"};
  for (size_t c : v.deps(o, "case"))
    for (const char* k : kCases)
      if (v.upper[c] == k) return true;
  return false;
}

std::vector<const ActorMention*> object_of(const SentenceView& v, size_t i) {
  for (size_t s : v.deps(i, "nsubj:pass")) return phrase_actors(v, s);
  // An object before the verb, cut off from it by a comma, is another clause's phrase the
  // parse hung on it ("X welcome talks with Y, the agency said"): not the verb's target.
  auto fronted = [&](size_t o) { return o < i && comma_between(v, o, i); };
  for (const char* rel : {"obj", "iobj"})
    for (size_t o : v.deps(i, rel)) {
      if (fronted(o)) continue;
      auto a = phrase_actors(v, o);
      if (!a.empty()) return a;
    }
  for (size_t o : v.deps(i, "obl")) {
    if (v.rel(o) == "obl:agent" || v.rel(o) == "obl:tmod" || fronted(o) || (v.news && topic_or_setting(v, o))) continue;
    auto a = phrase_actors(v, o);
    if (!a.empty()) return a;
  }
  // "urged X to ...": the object may sit on the xcomp's own object when not parsed as obj here.
  for (size_t x : v.deps(i, "xcomp"))
    for (size_t o : v.deps(x, "obj")) {
      auto a = phrase_actors(v, o);
      if (!a.empty()) return a;
    }
  return {};
}

}  // namespace

std::vector<const ActorMention*> phrase_actors(const SentenceView& v, size_t i) {
  std::vector<const ActorMention*> out;
  if (const ActorMention* m = head_actor(v, i)) out.push_back(m);
  for (size_t c : v.deps(i, "conj")) {
    // A verb coordinated with the phrase is a clause of its own ("condemned an attack ...
    // and promised aid to X"), not a member.
    if (v.token(c).upos == "VERB") continue;
    for (const ActorMention* m : phrase_actors(v, c))
      if (std::find(out.begin(), out.end(), m) == out.end()) out.push_back(m);
  }
  return out;
}

bool is_speech_verb(const SentenceView& v, size_t i) {
  static const char* const verbs[] = {"SAY", "SAID", "SAYS", "TELL", "TOLD", "ADD", "ADDED", "STATE", "STATED",
                                      "ANNOUNCE", "ANNOUNCED", "DECLARE", "DECLARED", "REPORT", "REPORTED", "NOTE", "NOTED"};
  for (const char* w : verbs)
    if (v.upper[i] == w || v.lemma_upper[i] == w) return true;
  return false;
}

// Adds the actors listed with each one ("Mordor, Rohan, Fornost and Bree"), which parsers often
// attach in ways the conj relation alone does not reach.
std::vector<const ActorMention*> with_lists(const SentenceView& v, const std::vector<const ActorMention*>& in) {
  std::vector<const ActorMention*> out;
  for (const ActorMention* m : in)
    for (const ActorMention* x : list_around(v, m))
      if (std::find(out.begin(), out.end(), x) == out.end()) out.push_back(x);
  return out;
}

static bool marked_by_other_than_to(const SentenceView& v, size_t verb) {
  for (size_t m : v.deps(verb, "mark"))
    if (v.upper[m] != "TO") return true;
  return false;
}

// The mention is the object of a locative preposition ("a summit in Brussels"): where the
// event happens, not who it is done to.
static bool is_place_phrase(const SentenceView& v, const ActorMention& m) {
  for (size_t t = m.first; t <= m.last; ++t)
    for (size_t c : v.deps(t, "case"))
      if (v.upper[c] == "IN" || v.upper[c] == "AT") return true;
  return false;
}

// Token t lies in a subordinate clause of its own ("when Mr Blunkett ...", "because X ...",
// "that X ..."): on its way up to the verb it passes the head of a finite clause opened by a
// conjunction. (An infinitive or a participle, "to reward Tripoli", "a deal bringing Turkey
// closer", still belongs to the verb's act.)
static bool inside_other_clause(const SentenceView& v, size_t t, size_t verb) {
  static const char* const kOpeners[] = {"WHEN",   "WHILE", "AFTER", "BEFORE", "BECAUSE", "IF",  "AS",   "SINCE",
                                         "ALTHOUGH", "THOUGH", "UNLESS", "UNTIL", "THAT", "WHERE", "WHETHER"};
  for (int steps = 0; steps < 12; ++steps) {
    if (t == verb) return false;
    const std::string& rel = v.rel(t);
    int h = v.head(t);
    if (h < 0) return false;
    bool opened = false;
    for (size_t m : v.children[t])
      if (v.rel(m) == "mark" || (v.rel(m) == "advmod" && m < t))  // "when" is often parsed advmod
        for (const char* k : kOpeners) opened |= v.upper[m] == k;
    if (opened && (rel.starts_with("advcl") || rel.starts_with("acl") || rel.starts_with("ccomp"))) return true;
    if (rel == "acl:relcl") return true;  // "an agenda which would take Britain ..."
    if (static_cast<size_t>(h) == verb) return false;
    t = static_cast<size_t>(h);
  }
  return false;
}

// The mention is the object of a topic, place or time preposition ("talked about Turkey").
static bool names_topic(const SentenceView& v, const ActorMention& m) {
  for (size_t t = m.first; t <= m.last; ++t)
    if (topic_or_setting(v, t)) return true;
  return false;
}

// "the four Britons freed from US custody", "rebels backed by Rwanda": a past participle that
// modifies a noun, or that stands bare after its noun ("Britons freed from ... are expected",
// parsed with the noun as its subject), is passive: the noun is acted on, by the agent ("by")
// or the holder ("from").
static std::optional<Roles> participle_roles(const SentenceView& v, const VerbHit& hit) {
  if (!v.news || !v.parsed || v.token(hit.token).xpos != "VBN" || v.head(hit.token) < 0) return std::nullopt;
  const bool modifier = v.rel(hit.token) == "acl";
  const bool bare = v.rel(hit.token) == "advcl" && v.token(hit.token).feats.find("Voice=Pass") != std::string::npos;
  if (!modifier && !bare) return std::nullopt;
  std::optional<size_t> patient;
  if (modifier) patient = static_cast<size_t>(v.head(hit.token));
  // (A clause with an auxiliary or an object of its own is no bare participle: "who were
  // arrested", "Turkmenistan cut off supplies".)
  for (size_t c : v.children[hit.token]) {
    const std::string& rel = v.rel(c);
    if (rel.starts_with("aux") || rel.starts_with("csubj") || rel == "obj" || rel == "nsubj:pass") return std::nullopt;
    if (rel.starts_with("nsubj")) {
      if (modifier || c > hit.token) return std::nullopt;
      patient = c;
    }
  }
  // The patient must itself name the party acted on ("orders received by Airbus" names none).
  if (!patient || !v.mention_at(*patient)) return std::nullopt;
  Roles r;
  r.targets = phrase_actors(v, *patient);
  for (size_t o : v.deps(hit.token, "obl")) {
    bool agent = v.rel(o) == "obl:agent";
    for (size_t c : v.deps(o, "case")) agent |= v.upper[c] == "BY" || v.upper[c] == "FROM";
    if (agent) r.sources = phrase_actors(v, o);
    if (!r.sources.empty()) break;
  }
  return r;
}

Roles find_roles(const SentenceView& v, const VerbHit& hit) {
  if (auto r = participle_roles(v, hit)) return *r;
  // A passive without its agent ("X was blamed for its feud with Y") is read in word
  // order, as TABARI does: the actor before the verb, then the one after.
  bool agentless_passive = v.parsed && !v.deps(hit.token, "nsubj:pass").empty();
  for (size_t a : v.deps(hit.token, "obl")) agentless_passive = agentless_passive && v.rel(a) != "obl:agent";
  Roles r = v.parsed && !agentless_passive
                ? Roles{with_lists(v, subject_of(v, hit.token)), with_lists(v, object_of(v, hit.token))}
                : positional_roles(v, hit);
  // ("X was attacked in a park in Nairobi": the place is where, not who did it to X.)
  if (agentless_passive && !r.targets.empty() && is_place_phrase(v, *r.targets.front())) r.targets.clear();
  // In news neither side of an agentless passive read in word order is a place, topic or time
  // ("In the UK, licences were refused under the EU code" names no refuser).
  // And its subject is the one acted on: read in word order, the words after the verb rarely
  // name the doer ("the BNP leader has been arrested as part of a police inquiry"), so an
  // agentless passive has no source in news.
  if (agentless_passive && v.news) r.sources.clear();
  // The subject of a verb coordinated with this one opens a clause of its own ("X were killed
  // and President Y ordered ..."): Y is not who was killed. (The subject of a complement is
  // read as the target, as TABARI does: "X believes Y can cope".)
  auto opens_other_clause = [&](const ActorMention& m) {
    if (!v.parsed || m.first <= hit.last) return false;
    size_t t = m.last;  // up the noun phrase to its head ("President" -> "Jacques Chirac")
    for (int steps = 0; steps < 6 && !v.rel(t).starts_with("nsubj") && !clausal(v.rel(t)) && v.head(t) >= 0; ++steps)
      t = static_cast<size_t>(v.head(t));
    if (!v.rel(t).starts_with("nsubj") || v.head(t) < 0) return false;
    const size_t verb = static_cast<size_t>(v.head(t));
    return verb != hit.token && v.rel(verb).starts_with("conj") && v.head(verb) == static_cast<int>(hit.token);
  };
  if (agentless_passive && !r.targets.empty() && opens_other_clause(*r.targets.front())) r.targets.clear();
  // Word order stands in for what the parse did not find, within the verb's clause (no comma
  // between): "X, after mobs looted its office, a spokesman said" names no one.
  auto same_clause = [&](const std::vector<const ActorMention*>& side) {
    if (side.empty()) return false;
    const ActorMention* near = side.front()->first > hit.last ? side.front() : side.back();
    if (opens_other_clause(*near)) return false;
    size_t from = std::min(near->last + 1, hit.last + 1), to = std::max(near->first, hit.first);
    for (size_t t = from; t < to; ++t) {
      const std::string& u = v.upper[t];
      if (u == ",") return false;
      // In news a dash, a colon or a semicolon ends the clause too, and an actor inside a clause
      // of its own ("supported the plans when Mr Blunkett ...") is not this verb's.
      if (v.news && (u == "-" || u == "--" || u == "\u2013" || u == "\u2014" || u == ":" || u == ";")) return false;
    }
    if (v.news && v.parsed && inside_other_clause(v, near->first, hit.token)) return false;
    return true;
  };
  // "X condemned an attack ... and promised aid to Y", the parse having read "promised aid" as
  // a noun phrase: a verb right after "and", without a subject of its own, shares the subject
  // of the verb before the "and".
  if (v.parsed && r.sources.empty() && v.deps(hit.token, "nsubj").empty() && hit.token >= 2 &&
      v.upper[hit.token - 1] == "AND" && v.token(hit.token).upos == "VERB") {
    for (size_t j = hit.token - 1; j-- > 0;) {
      // (Not a verb of a clause inside the first conjunct: "urged X, the agency she works for,
      // to close ..., and appealed ...".)
      if (v.token(j).upos != "VERB" || v.deps(j, "nsubj").empty() || v.rel(j).starts_with("acl") ||
          v.rel(j).starts_with("advcl"))
        continue;
      r.sources = with_lists(v, subject_of(v, j));
      break;
    }
  }
  if (v.parsed && r.sources.empty() && r.targets.empty()) {
    r = positional_roles(v, hit);
    // A subject the parse found that names no actor ("mobs looted ...") is not replaced.
    if (!v.deps(hit.token, "nsubj").empty() || !same_clause(r.sources)) r.sources.clear();
    if (!same_clause(r.targets)) r.targets.clear();
  }
  // No subject at all in the parse (a name mis-tagged, a fronted phrase): the actor before it.
  if (v.parsed && r.sources.empty() && v.deps(hit.token, "nsubj").empty() && v.deps(hit.token, "csubj").empty() &&
      !v.rel(hit.token).starts_with("xcomp") && !v.rel(hit.token).starts_with("conj") &&
      !v.rel(hit.token).starts_with("acl") && !marked_by_other_than_to(v, hit.token)) {
    // ("after leaving ..." has an implicit subject of its own; an infinitive's is the actor
    // before it, in the same clause: "X is inching nearer to accord with Y".)
    auto before = positional_roles(v, hit).sources;
    if (same_clause(before)) r.sources = before;
  }
  // No object in the parse: the first actor after the verb, as TABARI reads it ("conceded that
  // Mali was right", or a parse that attached the object elsewhere).
  if (v.parsed && r.targets.empty()) {
    auto after = positional_roles(v, hit).targets;
    if (same_clause(after) && !is_place_phrase(v, *after.front()) && !(v.news && names_topic(v, *after.front())))
      r.targets = after;
  }
  // Pattern markers bind their actors, overriding what the parse says.
  if (hit.source_at) {
    if (const ActorMention* m = v.mention_at(*hit.source_at)) r.sources = list_around(v, m);
  }
  if (hit.target_at) {
    if (const ActorMention* m = v.mention_at(*hit.target_at)) r.targets = list_around(v, m);
  }
  if (hit.compound_marker && hit.source_at) r.targets = r.sources;
  // In news, where an event happens is not whom it is done to, however the target was found:
  // "In London, the US was supported by the UK and Japan", "received 43,500 tonnes in the
  // Netherlands".
  // ("Leaders in Baghdad" are still leaders: only a mention that is itself the place goes.)
  if (v.news && v.parsed)
    std::erase_if(r.targets, [&](const ActorMention* m) {
      size_t head = m->first;
      while (head < m->last && v.token(head).upos == "DET") ++head;
      for (size_t c : v.deps(head, "case"))
        if (v.upper[c] == "IN" || v.upper[c] == "AT") return true;
      return false;
    });
  // A pattern that binds the verb's own subject as the target ("NOTED + *": "X noted that Y
  // regretted ...") leaves the source to the actor before it, as TABARI reads it.
  auto is_subject = [&](const ActorMention* m) {
    if (!v.parsed) return std::find(r.sources.begin(), r.sources.end(), m) != r.sources.end();
    for (size_t s : v.deps(hit.token, "nsubj")) {
      auto a = phrase_actors(v, s);
      if (v.rel(s) == "nsubj" && std::find(a.begin(), a.end(), m) != a.end()) return true;
    }
    return false;
  };
  if (hit.target_at && !hit.source_at && !hit.compound_marker && r.targets.size() == 1 && is_subject(r.targets.front())) {
    const ActorMention* before = nullptr;
    for (const auto& m : v.actors)
      if (m.last < r.targets.front()->first && !m.pronoun) before = &m;
    r.sources = before ? list_around(v, before) : std::vector<const ActorMention*>{};
  }
  return r;
}

}  // namespace dateline::events_detail
