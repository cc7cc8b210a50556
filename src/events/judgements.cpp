#include "events/judgements.hpp"

#include <algorithm>
#include <optional>
#include <set>

#include "events/roles.hpp"

namespace dateline::events_detail {
namespace {

// Words that judge their subject. Kept to words whose only sense is a judgement ("bad",
// "unfair"), not words that also describe ("weak" economy is no judgement of anyone, but a
// subject that is an actor or an actor's case, policy or plan makes it one).
const std::set<std::string> kCritical{
    "WRONG",       "UNFAIR",       "UNACCEPTABLE", "WEAK",          "BAD",          "IRRESPONSIBLE", "ILLEGAL",
    "UNJUSTIFIED", "INAPPROPRIATE", "MISGUIDED",   "MISTAKEN",      "HYPOCRITICAL", "RECKLESS",      "PROVOCATIVE",
    "ABSURD",      "RIDICULOUS",   "OUTRAGEOUS",   "DEPLORABLE",    "DISGRACEFUL",  "SHAMEFUL",      "UNHELPFUL",
    "INFLEXIBLE",  "IGNORE",       "VIOLATE",      "UNDERMINE",     "MISLEAD",      "BETRAY",        "SPOIL",
    "EXAGGERATE",  "DISTORT",      "SABOTAGE",     "OBSTRUCT",      "RENEGE",       "FLOUT",         "UNREASONABLE",
    "INCOMPETENT", "ARROGANT",     "DISHONEST",    "UNDEMOCRATIC",  "INTRANSIGENT", "INTOLERABLE",   "INEXCUSABLE",
    "UNWARRANTED", "UNCONSTITUTIONAL", "FAIL"};
// ("Committed" is left out: "the Saudis are committed to that price level" describes.)
const std::set<std::string> kFavourable{"RIGHT",    "CORRECT",   "FAIR",    "ENTITLED", "HELPFUL",
                                        "CONSTRUCTIVE", "SINCERE", "GENUINE", "COURAGEOUS", "BRAVE", "GENEROUS",
                                        "REASONABLE"};
// The judge's own feeling about someone else's act ("astonished that the EC would propose").
const std::set<std::string> kDispleased{"ASTONISHED", "APPALLED", "SHOCKED", "DISAPPOINTED", "DISMAYED",
                                        "ANGRY",      "FURIOUS",  "OUTRAGED", "UNHAPPY"};
const std::set<std::string> kPleased{"PLEASED", "DELIGHTED", "HAPPY", "GRATEFUL", "SATISFIED"};
// Verbs that report a judgement besides the speech verbs.
const std::set<std::string> kArguing{"ARGUE", "INSIST", "CLAIM",  "THINK",   "BELIEVE", "COMPLAIN", "CHARGE",
                                     "ALLEGE", "CONTEND", "MAINTAIN", "STRESS", "ACKNOWLEDGE"};
// Nouns whose owner is the one judged: "the US case is very weak", "Washington's objections".
// (Not nouns of what was done to the owner: in "the men's arrest was unfair" the men are not
// judged.)
const std::set<std::string> kOwnedStance{"CASE",     "POLICY",   "PLAN",     "PROPOSAL", "DECISION", "OBJECTION",
                                         "POSITION", "STANCE",   "ATTITUDE", "MOVE",     "RECORD",   "APPROACH",
                                         "HANDLING", "RESPONSE", "BEHAVIOUR", "BEHAVIOR", "CONDUCT", "CLAIM",
                                         "ARGUMENT", "ACTION",   "DEMAND",   "OFFER",    "STRATEGY", "VIEW",
                                         "ADMINISTRATION", "GOVERNMENT"};

const std::string& lemma(const SentenceView& v, size_t i) { return v.lemma_upper[i].empty() ? v.upper[i] : v.lemma_upper[i]; }

bool negated(const SentenceView& v, size_t i) {
  for (size_t c : v.children[i])
    if ((v.rel(c) == "advmod" || v.rel(c) == "neg") && (v.upper[c] == "NOT" || v.upper[c] == "N'T" || v.upper[c] == "NEVER"))
      return true;
  return false;
}

bool conditional(const SentenceView& v, size_t i) {
  for (size_t c : v.deps(i, "mark"))
    if (v.upper[c] == "IF" || v.upper[c] == "UNLESS") return true;
  return false;
}

// The verb reporting the clause of predicate p: a speech verb the clause hangs from (or that
// hangs from it: "X was wrong, Y said"), or an arguing verb whose complement it is.
std::optional<size_t> reporter_of(const SentenceView& v, size_t p) {
  size_t t = p;
  for (int steps = 0; steps < 4; ++steps) {
    for (size_t c : v.children[t])
      if ((v.rel(c) == "parataxis" || v.rel(c) == "ccomp") && c > t && is_speech_verb(v, c)) return c;
    int h = v.head(t);
    if (h < 0) return std::nullopt;
    const std::string& rel = v.rel(t);
    const size_t head = static_cast<size_t>(h);
    if ((rel.starts_with("ccomp") || rel == "parataxis") && (is_speech_verb(v, head) || kArguing.count(lemma(v, head))))
      return head;
    if (!rel.starts_with("conj")) return std::nullopt;
    t = head;
  }
  return std::nullopt;
}

// The actors a subject phrase names as the one judged: the subject itself ("the US was very
// bad"), or the owner of its stance ("the US case", "Washington's objections").
std::vector<const ActorMention*> judged_in(const SentenceView& v, size_t subj) {
  std::vector<const ActorMention*> out;
  for (const ActorMention* m : phrase_actors(v, subj)) {
    if (m->pronoun && v.upper[m->first] == "IT") continue;
    if (m->first <= subj && subj <= m->last) out.push_back(m);
  }
  if (!out.empty() || !kOwnedStance.count(lemma(v, subj))) return out;
  for (size_t c : v.children[subj])
    if (v.rel(c) == "nmod:poss" || v.rel(c) == "compound")
      if (const ActorMention* m = v.mention_at(c); m && !m->pronoun) out.push_back(m);
  return out;
}

std::vector<size_t> subjects(const SentenceView& v, size_t p) {
  std::vector<size_t> s = v.deps(p, "nsubj");
  for (size_t x : v.deps(p, "nsubj:pass")) s.push_back(x);
  // A coordinated predicate shares its subject: "have noted ... but failed to act".
  if (s.empty() && v.rel(p).starts_with("conj") && v.head(p) >= 0) return subjects(v, static_cast<size_t>(v.head(p)));
  return s;
}

}  // namespace

std::vector<Judgement> find_judgements(const SentenceView& v) {
  std::vector<Judgement> out;
  if (!v.parsed) return out;
  for (size_t p = 0; p < v.size(); ++p) {
    // A passive participle judges by its form: "Mr Sharon was committed to the plan".
    const bool passive = !v.deps(p, "aux:pass").empty();
    const std::string& w = passive ? v.upper[p] : lemma(v, p);
    const bool critical = kCritical.count(w) > 0, favourable = kFavourable.count(w) > 0;
    const bool displeased = kDispleased.count(w) > 0, pleased = kPleased.count(w) > 0;
    if (!(critical || favourable || displeased || pleased)) continue;
    const std::string& upos = v.token(p).upos;
    if (upos != "ADJ" && upos != "VERB") continue;
    // A predicate, not a modifier: "the wrong signals" judges no one.
    if (v.rel(p) == "amod" || conditional(v, p)) continue;
    auto rep = reporter_of(v, p);
    if (!rep) continue;
    Judgement j;
    j.reporter = *rep;
    j.predicate = p;
    const bool neg = negated(v, p);
    if (critical || favourable) {
      if (critical && neg) continue;  // "not wrong" is no praise either
      j.code = critical || neg ? "111" : "051";
      for (size_t s : subjects(v, p))
        for (const ActorMention* m : judged_in(v, s)) j.judged.push_back(m);
    } else {
      if (displeased && neg) continue;
      j.code = displeased || neg ? "111" : "051";
      // The feeling is its subject's when the subject is an actor ("Japan is not happy with
      // the bill"); the one it is about is the subject of its clause or its "with"/"at"/"by".
      for (size_t s : v.deps(p, "nsubj"))
        for (const ActorMention* m : phrase_actors(v, s))
          if (!m->pronoun && m->first <= s && s <= m->last) j.judges.push_back(m);
      for (size_t c : v.deps(p, "ccomp"))
        for (size_t s : v.deps(c, "nsubj"))
          for (const ActorMention* m : judged_in(v, s)) j.judged.push_back(m);
      for (size_t c : v.children[p]) {
        if (!v.rel(c).starts_with("obl")) continue;
        bool about = false;
        for (size_t k : v.deps(c, "case")) about |= v.upper[k] == "WITH" || v.upper[k] == "AT" || v.upper[k] == "BY";
        if (!about) continue;
        for (const ActorMention* m : phrase_actors(v, c))
          if (!m->pronoun) j.judged.push_back(m);
        if (kOwnedStance.count(lemma(v, c)))
          for (size_t o : v.children[c])
            if (v.rel(o) == "nmod:poss" || v.rel(o) == "compound")
              if (const ActorMention* m = v.mention_at(o); m && !m->pronoun) j.judged.push_back(m);
      }
    }
    if (!j.judged.empty()) out.push_back(std::move(j));
  }
  return out;
}

}  // namespace dateline::events_detail
