// Third-person singular pronouns → people. A pronoun refers to the most recent person who was a
// grammatical subject in the same sentence before it or in the two sentences before; failing
// that, to the only person mentioned in that window. Anything less certain stays unresolved.
#include <algorithm>
#include <array>

#include "resolver.hpp"

namespace dateline::entities {
namespace {

constexpr std::array<std::string_view, 10> kPronouns{"he", "she", "him", "his", "her", "He", "She", "His", "Her", "himself"};
bool is_subject_pronoun(const std::string& w) { return w == "he" || w == "she" || w == "He" || w == "She"; }

struct PersonSighting {
  size_t sentence;
  int word;
  int cluster;
  bool subject;
};

// Token k lies in the subtree of token `root` (0-based indices; heads are 1-based).
bool in_subtree(const std::vector<Token>& tokens, int k, int root) {
  for (int steps = 0; steps < 64 && k >= 0; ++steps) {
    if (k == root) return true;
    k = tokens[k].head - 1;
  }
  return false;
}

// A subject pronoun does not refer to a name in the clause its verb reports (binding: "he said
// Sullivan made ..." is not Sullivan speaking). In `Sullivan "made decisions," he told the court`
// the parse hangs "told" on "made" (parataxis), so the reported clause is the rest of the
// verb's head; a fronted complement ("Sullivan erred, he said" with ccomp) is the verb's own.
bool in_reported_clause(const std::vector<Token>& tokens, int pronoun, int word) {
  const Token& p = tokens[pronoun];
  if (p.head <= 0 || !p.deprel.starts_with("nsubj")) return false;
  const int verb = p.head - 1;
  const Token& v = tokens[verb];
  if (v.deprel == "parataxis" && v.head > 0 && in_subtree(tokens, word, v.head - 1) && !in_subtree(tokens, word, verb))
    return true;
  for (int k = 0; k < static_cast<int>(tokens.size()); ++k)
    if (tokens[k].head == verb + 1 && (tokens[k].deprel == "ccomp" || tokens[k].deprel == "parataxis") &&
        in_subtree(tokens, word, k))
      return true;
  return false;
}

}  // namespace

void resolve_pronouns(const Document& doc, std::vector<MentionInfo>& mentions, std::vector<Cluster>& clusters) {
  std::vector<PersonSighting> seen;
  for (const MentionInfo& m : mentions)
    if (m.cluster >= 0 && clusters[m.cluster].type == "PERSON")
      seen.push_back({m.span.sentence, m.span.begin, m.cluster, m.subject});
  auto before = [](const PersonSighting& a, const PersonSighting& b) {
    return a.sentence != b.sentence ? a.sentence < b.sentence : a.word < b.word;
  };
  std::sort(seen.begin(), seen.end(), before);
  std::vector<MentionInfo> added;
  for (size_t s = 0; s < doc.sentences.size(); ++s) {
    const auto& tokens = doc.sentences[s].tokens;
    for (int i = 0; i < static_cast<int>(tokens.size()); ++i) {
      if (std::find(kPronouns.begin(), kPronouns.end(), tokens[i].text) == kPronouns.end()) continue;
      PersonSighting here{s, i, -1, false};
      int subject = -1, last = -1;
      std::vector<int> distinct;
      for (const PersonSighting& p : seen) {
        if (!before(p, here)) break;
        if (p.sentence + 2 < s) continue;
        if (p.sentence == s && in_reported_clause(tokens, i, p.word)) continue;
        last = p.cluster;
        if (p.subject) subject = p.cluster;
        if (std::find(distinct.begin(), distinct.end(), p.cluster) == distinct.end()) distinct.push_back(p.cluster);
      }
      int target = subject >= 0 ? subject : distinct.size() == 1 ? last : -1;
      if (target < 0) continue;
      bool is_subject = is_subject_pronoun(tokens[i].text);
      if (tokens[i].head >= 0) is_subject = tokens[i].deprel.rfind("nsubj", 0) == 0;
      MentionInfo p;
      p.span = NamedSpan{s, i, i + 1, "PERSON"};
      p.text = tokens[i].text;
      p.words = {p.text};
      p.subject = is_subject;
      p.cluster = target;
      added.push_back(p);
      // The pronoun is itself a sighting: "He ... his" chains keep pointing at the same person.
      auto pos = std::upper_bound(seen.begin(), seen.end(), here, before);
      seen.insert(pos, PersonSighting{s, i, target, is_subject});
    }
  }
  for (MentionInfo& p : added) {
    clusters[p.cluster].mentions.push_back(static_cast<int>(mentions.size()));
    mentions.push_back(std::move(p));
  }
}

}  // namespace dateline::entities
