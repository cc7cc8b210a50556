#include "events/news_rules.hpp"

#include <array>
#include <string_view>

namespace dateline::events_detail {
namespace {

template <size_t N>
bool one_of(const std::string& w, const std::array<std::string_view, N>& words) {
  for (std::string_view x : words)
    if (w == x) return true;
  return false;
}

const std::string& word(const SentenceView& v, size_t i) { return v.lemma_upper[i].empty() ? v.upper[i] : v.lemma_upper[i]; }

bool has_modal(const SentenceView& v, size_t verb) {
  static constexpr std::array<std::string_view, 11> kModals{"WILL", "WOULD", "COULD", "MAY", "MIGHT", "SHALL",
                                                           "CAN", "'LL", "WO", "CA", "SHOULD"};
  for (size_t c : v.children[verb])
    if (v.rel(c) == "aux" && (one_of(v.upper[c], kModals) || one_of(word(v, c), kModals))) return true;
  return false;
}

bool marked(const SentenceView& v, size_t verb, std::string_view mark) {
  for (size_t c : v.children[verb])
    if (v.rel(c) == "mark" && v.upper[c] == mark) return true;
  return false;
}

}  // namespace

bool is_unrealised(const SentenceView& v, size_t verb) {
  if (!v.parsed) return false;
  // An infinitive's act has not happened ("asked X to leave", "is due to sign", "a plan to
  // visit", a headline's "X to meet Y"), unless its verb says it did ("managed to", "began to").
  static constexpr std::array<std::string_view, 9> kDone{"MANAGE", "SUCCEED", "BEGIN", "START", "CONTINUE",
                                                         "RESUME", "GET",     "COME",  "DARE"};
  size_t t = verb;
  for (int steps = 0; steps < 4; ++steps) {
    if (has_modal(v, t) || marked(v, t, "IF") || marked(v, t, "UNLESS")) return true;
    int h = v.head(t);
    if (marked(v, t, "TO")) return h < 0 || !one_of(word(v, static_cast<size_t>(h)), kDone);
    // The content of a suggestion, a plan, a fear: "a suggestion that Brazil seek IMF help".
    static constexpr std::array<std::string_view, 18> kContentNouns{
        "SUGGESTION", "PROPOSAL", "PLAN",  "IDEA",    "CALL",        "DEMAND",         "REQUEST", "HOPE",   "FEAR",
        "CLAIM",      "RUMOUR",   "RUMOR", "PROSPECT", "POSSIBILITY", "RECOMMENDATION", "THREAT",  "INSISTENCE", "SPECULATION"};
    if (h >= 0 && (v.rel(t) == "acl" || v.rel(t).starts_with("ccomp")) && marked(v, t, "THAT") &&
        one_of(word(v, static_cast<size_t>(h)), kContentNouns))
      return true;
    // A verb coordinated with an unrealised one shares its mood ("will meet X and sign ...").
    if (h >= 0 && v.rel(t).starts_with("conj")) {
      t = static_cast<size_t>(h);
      continue;
    }
    return false;
  }
  return false;
}

bool is_question(const SentenceView& v, size_t verb) {
  if (word(v, verb) != "ASK") return false;
  static constexpr std::array<std::string_view, 10> kQuestionWords{"WHETHER", "IF",  "WHAT", "WHY",   "HOW",
                                                                  "WHEN",    "WHO", "WHERE", "WHICH", "ABOUT"};
  if (v.parsed) {
    for (size_t c : v.children[verb]) {
      const std::string& rel = v.rel(c);
      if (!(rel.starts_with("ccomp") || rel.starts_with("advcl") || rel.starts_with("obl") || rel == "obj")) continue;
      for (size_t d : v.children[c])
        if ((v.rel(d) == "mark" || v.rel(d) == "case" || v.rel(d) == "advmod" || v.rel(d).starts_with("nsubj") ||
             v.rel(d) == "obj") &&
            d < c && one_of(v.upper[d], kQuestionWords))
          return true;
      if (c > verb && one_of(v.upper[c], kQuestionWords)) return true;
    }
    // "was asked by journalists": reporters put questions, they do not appeal.
    for (size_t a : v.children[verb])
      if (v.rel(a) == "obl:agent" && (word(v, a) == "JOURNALIST" || word(v, a) == "REPORTER")) return true;
  }
  // Word order: a question word right after the verb or its object ("asked him whether").
  for (size_t t = verb + 1; t < v.size() && t <= verb + 3; ++t)
    if (v.upper[t] == "WHETHER" || v.upper[t] == "IF") return true;
  return false;
}

bool is_warning_not_threat(const SentenceView& v, size_t verb) {
  if (!v.parsed || word(v, verb) != "WARN") return false;
  // "warned Mr Blair about the dangers of disunity": a warning of a risk.
  for (size_t o : v.deps(verb, "obl"))
    for (size_t c : v.deps(o, "case"))
      if (v.upper[c] == "ABOUT" || v.upper[c] == "OF" || v.upper[c] == "OVER") return true;
  for (size_t c : v.children[verb]) {
    if (!v.rel(c).starts_with("ccomp")) continue;
    for (size_t s : v.children[c]) {
      if (!v.rel(s).starts_with("nsubj")) continue;
      // "warned it would retaliate", "warned that Kenya would act": an actor's act is threatened.
      const std::string& u = v.upper[s];
      if (u == "IT" || u == "THEY" || u == "WE" || u == "HE" || u == "SHE" || u == "I") return false;
      if (v.mention_at(s)) return false;
    }
    return true;  // "warned (Israel) that a rise in wages could undo ...": a risk, no threat
  }
  // A "that" clause the parse hung elsewhere ("warned Israel in a report that ..."): its first
  // noun-phrase word says whose act is meant.
  for (size_t t = verb + 1; t + 1 < v.size() && t <= verb + 10; ++t) {
    if (v.upper[t] != "THAT") continue;
    size_t s = t + 1;
    while (s < v.size() && (v.token(s).upos == "DET" || v.token(s).upos == "ADJ")) ++s;
    if (s >= v.size()) return false;
    const std::string& u = v.upper[s];
    if (u == "IT" || u == "THEY" || u == "WE" || u == "HE" || u == "SHE" || u == "I" || v.mention_at(s)) return false;
    return true;
  }
  return false;
}

bool is_readiness(const SentenceView& v, size_t verb) {
  static constexpr std::array<std::string_view, 7> kReady{"PREPARE", "PREPARED", "READY", "WILLING",
                                                          "PLAN",    "INTEND",   "PREPAREDNESS"};
  return one_of(word(v, verb), kReady) || one_of(v.upper[verb], kReady);
}

bool governs_other_clause(const SentenceView& v, size_t verb) {
  if (!v.parsed) return false;
  for (size_t c : v.children[verb]) {
    if (!v.rel(c).starts_with("ccomp")) continue;
    for (size_t s : v.children[c])
      if (v.rel(s).starts_with("nsubj") && v.token(s).upos != "PRON") return true;
  }
  return false;
}

bool is_mutual_code(const std::string& code) {
  if (code.size() < 2) return false;
  std::string_view root(code.data(), 2);
  return root == "03" || root == "04" || code.starts_with("057") || root == "06" || root == "08";
}

bool has_reciprocal_object(const SentenceView& v, size_t verb) {
  for (size_t t = verb + 1; t + 1 < v.size() && t <= verb + 4; ++t)
    if ((v.upper[t] == "EACH" && v.upper[t + 1] == "OTHER") || (v.upper[t] == "ONE" && v.upper[t + 1] == "ANOTHER"))
      return true;
  return false;
}

bool has_other_object(const SentenceView& v, size_t verb) {
  if (!v.parsed) return false;
  static constexpr std::array<std::string_view, 14> kJoint{
      "TALK",     "TALKS",   "AGREEMENT", "DEAL",      "ACCORD", "PACT",      "TREATY",
      "CONTRACT", "PROTOCOL", "MEMORANDUM", "COMMUNIQUE", "NEGOTIATION", "NEGOTIATIONS", "AGREEMENTS"};
  for (size_t c : v.children[verb]) {
    if (v.rel(c) != "obj") continue;
    // "signed a number of agreements": the joint undertaking may be the object's complement.
    bool joint = one_of(word(v, c), kJoint) || one_of(v.upper[c], kJoint);
    for (size_t d : v.children[c]) joint |= v.rel(d).starts_with("nmod") && (one_of(word(v, d), kJoint) || one_of(v.upper[d], kJoint));
    if (!joint) return true;
  }
  return false;
}

bool governs_verb(const SentenceView& v, size_t verb) {
  if (!v.parsed) return false;
  for (size_t c : v.children[verb])
    if (v.rel(c).starts_with("xcomp") && (v.token(c).upos == "VERB" || v.token(c).upos == "AUX")) return true;
  return false;
}

}  // namespace dateline::events_detail

namespace dateline::events_detail {

bool reports_own_future_act(const SentenceView& v, size_t verb) {
  if (!v.parsed) return false;
  // "he would be happy to meet X", "they would like to visit": the modal and the subject sit on
  // the word the act's infinitive completes.
  for (int steps = 0; steps < 2 && v.head(verb) >= 0 &&
                     (v.rel(verb).starts_with("xcomp") || (v.rel(verb).starts_with("advcl") && marked(v, verb, "TO")));
       ++steps)
    verb = static_cast<size_t>(v.head(verb));
  bool will = false;
  for (size_t c : v.children[verb])
    if (v.rel(c) == "aux" && (word(v, c) == "WILL" || word(v, c) == "WOULD" || v.upper[c] == "'LL")) will = true;
  if (!will) return false;
  for (size_t s : v.children[verb])
    if (v.rel(s) == "nsubj") {
      const std::string& u = v.upper[s];
      return u == "IT" || u == "THEY" || u == "WE" || u == "HE" || u == "SHE" || u == "I";
    }
  return false;
}

}  // namespace dateline::events_detail
