#include "events/nominal_events.hpp"

#include <set>

#include "events/news_rules.hpp"
#include "events/roles.hpp"

namespace dateline::events_detail {
namespace {

const std::string& lemma(const SentenceView& v, size_t i) { return v.lemma_upper[i].empty() ? v.upper[i] : v.lemma_upper[i]; }

// The verb of the clause token t is part of: up from t to the nearest verb (at most four steps).
int clause_verb(const SentenceView& v, size_t t) {
  int h = v.head(t);
  for (int steps = 0; h >= 0 && steps < 4 && v.token(static_cast<size_t>(h)).upos != "VERB"; ++steps)
    h = v.head(static_cast<size_t>(h));
  return h;
}

// "At a news conference following talks with Mr Blair, Mr Abbas said ...": a meeting named as
// a noun, after, during or at which the clause's subject acts, took place between them (040);
// not talks still to come ("would offer a treaty at talks with the Soviet Union").
void meetings(const SentenceView& v, std::vector<NominalEvent>& out) {
  for (size_t t = 0; t < v.size(); ++t) {
    const std::string& w = lemma(v, t);
    if (v.token(t).upos != "NOUN" || !(w == "TALK" || w == "TALKS" || w == "MEETING" || w == "DISCUSSION")) continue;
    bool past = false;
    for (size_t c : v.deps(t, "case"))
      past |= v.upper[c] == "AFTER" || v.upper[c] == "FOLLOWING" || v.upper[c] == "DURING" || v.upper[c] == "AT";
    // ("following" is often parsed as a verb taking the talks as its object.)
    if (!past && v.head(t) >= 0 && v.upper[static_cast<size_t>(v.head(t))] == "FOLLOWING" && v.rel(t) == "obj") past = true;
    if (!past) continue;
    NominalEvent e;
    e.anchor = t;
    e.code = "040";
    for (size_t n : v.children[t]) {
      if (!v.rel(n).starts_with("nmod")) continue;
      bool with = false;
      for (size_t c : v.deps(n, "case")) with |= v.upper[c] == "WITH";
      if (with)
        for (const ActorMention* m : phrase_actors(v, n)) e.targets.push_back(m);
    }
    if (e.targets.empty()) continue;
    int h = clause_verb(v, t);
    if (h >= 0 && v.upper[static_cast<size_t>(h)] == "FOLLOWING") h = v.head(static_cast<size_t>(h));
    if (h < 0 || is_unrealised(v, static_cast<size_t>(h))) continue;
    e.source_verb = static_cast<size_t>(h);
    for (size_t s : v.deps(e.source_verb, "nsubj")) {
      e.sources = phrase_actors(v, s);
      break;
    }
    if (!e.sources.empty()) out.push_back(std::move(e));
  }
}

// "Iran's offensive into Iraqi Kurdistan", "an offensive by Iran's forces in northern Iraq": an
// attack named as a noun, its attacker the owner or the "by" phrase, its target the place or
// party it is against, on, into or in (190; a bombing 195). Not one feared, planned, threatened
// or warned of, nor one in a clause that has not happened.
void attacks(const SentenceView& v, std::vector<NominalEvent>& out) {
  static const std::set<std::string> kAttacks{"OFFENSIVE", "ATTACK", "ASSAULT", "RAID", "INVASION",
                                              "BOMBING", "SHELLING", "INCURSION", "BOMBARDMENT"};
  static const std::set<std::string> kNotYet{"FEAR", "THREAT", "PLAN", "RISK", "POSSIBILITY", "WARNING",
                                             "DANGER", "PREPARATION", "CALL", "PROSPECT"};
  for (size_t t = 0; t < v.size(); ++t) {
    const std::string& w = lemma(v, t);
    if (v.token(t).upos != "NOUN" || !kAttacks.count(w)) continue;
    if (int h = v.head(t); h >= 0 && kNotYet.count(lemma(v, static_cast<size_t>(h)))) continue;
    if (int verb = clause_verb(v, t); verb >= 0 && is_unrealised(v, static_cast<size_t>(verb))) continue;
    NominalEvent e;
    e.anchor = e.source_verb = t;
    e.code = w == "BOMBING" || w == "BOMBARDMENT" ? "195" : "190";
    for (size_t c : v.children[t]) {
      const std::string& rel = v.rel(c);
      std::string kase;
      for (size_t k : v.deps(c, "case")) kase = v.upper[k];
      if (rel == "nmod:poss" || (rel.starts_with("nmod") && kase == "BY")) {
        for (const ActorMention* m : phrase_actors(v, c)) e.sources.push_back(m);
      } else if (rel.starts_with("nmod") && (kase == "AGAINST" || kase == "ON" || kase == "INTO" || kase == "IN")) {
        for (const ActorMention* m : phrase_actors(v, c)) e.targets.push_back(m);
      }
    }
    if (!e.sources.empty() && !e.targets.empty()) out.push_back(std::move(e));
  }
}

}  // namespace

std::vector<NominalEvent> find_nominal_events(const SentenceView& v) {
  std::vector<NominalEvent> out;
  if (!v.parsed) return out;
  meetings(v, out);
  attacks(v, out);
  return out;
}

}  // namespace dateline::events_detail
