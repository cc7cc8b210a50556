// Finds dictionary verbs in a sentence and applies the best of their block's patterns
// (TABARI-style: pattern words in order around the verb, '_' = directly adjacent).
#include <algorithm>
#include <cctype>

#include "events/sentence_view.hpp"

namespace dateline::events_detail {
namespace {

using petrarch::PatternItem;
using petrarch::VerbDictionary;
using petrarch::VerbPattern;

// Our tagger reads some verbs as nouns ("the rebels act on ...", "closer to accord with ...");
// PETRARCH, matching words, takes them as verbs. A singular noun (or interjection: "X and Y
// welcome ...") counts when it stands where a verb would: right after "to", or right after the
// actor that opens the clause.
bool noun_in_verb_position(const SentenceView& v, size_t i) {
  const std::string& upos = v.token(i).upos;
  if (i == 0 || (upos != "NOUN" && upos != "INTJ") || (!v.lemma_upper[i].empty() && v.lemma_upper[i] != v.upper[i])) return false;
  // In news a capitalised noun inside a sentence is a name or a title ("Brazilian Finance
  // Minister"), not a verb.
  if (v.news && std::isupper(static_cast<unsigned char>(v.token(i).text[0]))) return false;
  // Nor is a noun the parser put in a compound ("Colombian finance minister X").
  if (v.news && v.rel(i) == "compound") return false;
  if (v.upper[i - 1] == "TO") return true;
  // Back over the opening actor and those listed with it ("X and Y welcome ...").
  const ActorMention* m = v.mention_at(i - 1);
  if (!m || m->last != i - 1) return false;
  size_t first = m->first;
  while (first >= 2 && (v.upper[first - 1] == "AND" || v.upper[first - 1] == ",") && v.mention_at(first - 2))
    first = v.mention_at(first - 2)->first;
  return first == 0 || v.upper[first - 1] == ",";
}

// The word right after a modal stands where a verb does, whatever the tagger made of it ("would
// acting now", "will meet"): a garbled or rare form is often tagged ADV, ADJ or NOUN there.
bool after_modal(const SentenceView& v, size_t i) {
  if (i == 0) return false;
  static const char* const modals[] = {"WOULD", "WILL", "CAN", "COULD", "SHOULD", "MAY", "MIGHT", "MUST", "SHALL"};
  const std::string& u = v.token(i).upos;
  // (An auxiliary after it is read as one: "should have acted" codes "acted", not "have".)
  if (u == "PUNCT" || u == "PRON" || u == "DET" || u == "ADP" || u == "PART" || u == "NUM" || u == "PROPN" || u == "AUX")
    return false;
  for (const char* m : modals)
    if (v.upper[i - 1] == m) return true;
  return false;
}

// A past form read as an adjective between a personal pronoun and a noun phrase ("it deplored
// Libya") is the pronoun's finite verb: English puts no bare adjective there.
bool past_form_after_pronoun(const SentenceView& v, size_t i) {
  if (i == 0 || i + 1 >= v.size() || v.token(i).upos != "ADJ" || v.upper[i].size() < 5 || !v.upper[i].ends_with("ED"))
    return false;
  static const char* const pronouns[] = {"I", "HE", "SHE", "IT", "WE", "THEY"};
  const std::string& next = v.token(i + 1).upos;
  if (next != "PROPN" && next != "DET" && next != "NOUN" && next != "PRON") return false;
  return std::any_of(std::begin(pronouns), std::end(pronouns), [&](const char* p) { return v.upper[i - 1] == p; });
}

// A sentence the tagger left without any verb ("the new mayor left yesterday for ...", `left`
// read as a noun) still has one: a noun between the noun that ends the phrase before it and an
// adverbial (a preposition or a time word), where a noun compound would go on with a noun.
bool noun_in_verbless_sentence(const SentenceView& v, size_t i) {
  if (i == 0 || i + 1 >= v.size() || v.token(i).upos != "NOUN") return false;
  const std::string& before = v.token(i - 1).upos;
  if (before != "NOUN" && before != "PROPN") return false;
  static const char* const kTimeWords[] = {"YESTERDAY", "TODAY", "TONIGHT", "TOMORROW", "EARLIER", "LATER"};
  const bool adverbial = v.token(i + 1).upos == "ADP" ||
                         std::any_of(std::begin(kTimeWords), std::end(kTimeWords), [&](const char* w) { return v.upper[i + 1] == w; });
  if (!adverbial) return false;
  for (size_t k = 0; k < v.size(); ++k)
    if (v.token(k).upos == "VERB" || v.token(k).upos == "AUX") return false;
  return true;
}

bool is_verb_token(const SentenceView& v, size_t i) {
  const std::string& upos = v.token(i).upos;
  if (upos.empty()) return true;  // not tagged: every dictionary form is a candidate
  return upos == "VERB" || (upos == "AUX" && v.lemma_upper[i] != "BE" && v.lemma_upper[i] != "HAVE") ||
         noun_in_verb_position(v, i) || after_modal(v, i) || past_form_after_pronoun(v, i) ||
         noun_in_verbless_sentence(v, i);
}

// Length of synset member `name` matched at i (0 = none); nested synsets are followed.
size_t synset_at(const SentenceView& v, const VerbDictionary& d, const std::string& name, size_t i, int depth = 0) {
  auto it = d.synsets.find(name);
  if (it == d.synsets.end() || depth > 4) return 0;
  for (const auto& phrase : it->second) {
    size_t k = 0, pos = i;
    for (; k < phrase.size(); ++k) {
      if (!phrase[k].empty() && phrase[k][0] == '&') {
        size_t len = pos < v.size() ? synset_at(v, d, phrase[k].substr(1), pos, depth + 1) : 0;
        if (!len) break;
        pos += len;
        continue;
      }
      if (pos >= v.size() || !word_matches(v, pos, phrase[k], d.patterns_match_lemmas)) break;
      ++pos;
    }
    if (k == phrase.size()) return pos - i;
  }
  return 0;
}

struct PatternResult {
  bool ok = false;
  int score = 0;
  std::optional<size_t> source_at, target_at;
  bool compound = false;
  bool negated = false;
  std::vector<size_t> words;  // tokens matched by the pattern's words and synsets
};

void note_negation(const SentenceView& v, size_t from, size_t len, PatternResult& r) {
  for (size_t t = from; t < from + len && t < v.size(); ++t) r.negated = r.negated || is_negation_word(v.upper[t]);
}

// Matches the items after the verb (forward from `pos`) or before it (backward from `pos`).
bool match_side(const SentenceView& v, const VerbDictionary& d, const std::vector<PatternItem>& items, size_t start,
                bool forward, bool verb_joined, PatternResult& r) {
  long pos = static_cast<long>(start);
  const long n = static_cast<long>(v.size());
  for (size_t k = 0; k < items.size(); ++k) {
    const PatternItem& it = forward ? items[k] : items[items.size() - 1 - k];
    // Backward, adjacency is written on the item after this one (or on the verb: "X_*").
    bool adjacent = forward ? it.adjacent : (k == 0 ? verb_joined : items[items.size() - k].adjacent);
    if (it.kind == PatternItem::Kind::skip_phrase) {
      // '^' skips one noun phrase ("warned AT ^ +": "at the capital of X"), known by its tags.
      auto in_phrase = [&](long t) {
        if (t < 0 || t >= n) return false;
        const std::string& u = v.token(static_cast<size_t>(t)).upos;
        return u == "DET" || u == "ADJ" || u == "NOUN" || u == "PROPN" || u == "NUM" || u == "PRON" ||
               (u == "PART" && v.upper[static_cast<size_t>(t)] == "'S");
      };
      if (in_phrase(pos)) {
        while (in_phrase(pos)) pos += forward ? 1 : -1;
        continue;
      }
      // Not at a noun phrase ("TABASKI ^ $": "Tabaski with X at Y"): the next actor is skipped.
      for (long j = pos; j >= 0 && j < n; j += forward ? 1 : -1)
        if (const ActorMention* m = v.mention_at(static_cast<size_t>(j)); m && !m->pronoun) {
          pos = forward ? static_cast<long>(m->last) + 1 : static_cast<long>(m->first) - 1;
          break;
        }
      continue;
    }
    bool found = false;
    for (long j = pos; forward ? j < n : j >= 0; j += forward ? 1 : -1) {
      // In news, a pattern's words stay in the verb's clause: "suspend ..., to allow talks to
      // continue" is no suspension of talks.
      if (v.news && (v.upper[static_cast<size_t>(j)] == "," || v.upper[static_cast<size_t>(j)] == ";")) break;
      if (it.kind == PatternItem::Kind::word) {
        if (word_matches(v, static_cast<size_t>(j), it.text, d.patterns_match_lemmas)) {
          note_negation(v, static_cast<size_t>(j), 1, r);
          r.words.push_back(static_cast<size_t>(j));
          pos = forward ? j + 1 : j - 1;
          ++r.score;
          found = true;
        }
      } else if (it.kind == PatternItem::Kind::synset) {
        // Backward, the member must end at j: "DID N'T" read leftwards from "N'T".
        size_t len = 0;
        long from = j;
        if (forward) {
          len = synset_at(v, d, it.text, static_cast<size_t>(j));
        } else {
          for (long s = std::max(0L, j - 4); s <= j && !len; ++s) {
            size_t l = synset_at(v, d, it.text, static_cast<size_t>(s));
            if (l == static_cast<size_t>(j - s + 1)) len = l, from = s;
          }
        }
        if (len) {
          note_negation(v, static_cast<size_t>(from), len, r);
          for (size_t t = 0; t < len; ++t) r.words.push_back(static_cast<size_t>(from) + t);
          pos = forward ? j + static_cast<long>(len) : from - 1;
          ++r.score;
          found = true;
        }
      } else if (const ActorMention* m = v.mention_at(static_cast<size_t>(j))) {
        // '%' before the verb: the members of a compound subject act on each other ("X and Y
        // agreed"); after it, the compound is the target ("agreed with X and Y").
        bool compound = it.kind == PatternItem::Kind::compound;
        if (it.kind == PatternItem::Kind::source || (compound && !forward)) r.source_at = m->first;
        if (it.kind == PatternItem::Kind::target || compound) r.target_at = m->first;
        r.compound = r.compound || (compound && !forward);
        ++r.score;  // a bound actor makes the pattern more specific, like a matched word
        pos = forward ? static_cast<long>(m->last) + 1 : static_cast<long>(m->first) - 1;
        found = true;
      }
      if (found || adjacent) break;
    }
    if (!found) return false;
  }
  return true;
}

PatternResult match_pattern(const SentenceView& v, const VerbDictionary& d, const VerbPattern& p, size_t first, size_t last) {
  PatternResult r;
  if (!match_side(v, d, p.after, last + 1, true, false, r)) return r;
  if (!p.before.empty() && (first == 0 || !match_side(v, d, p.before, first - 1, false, p.verb_joined_before, r))) return r;
  r.ok = true;
  return r;
}

}  // namespace

std::vector<VerbHit> find_verbs(const SentenceView& v, const VerbDictionary& d) {
  std::vector<VerbHit> hits;
  for (size_t i = 0; i < v.size(); ++i) {
    // A multi-word verb counts when any of its words is tagged a verb ("wire/VERB tap/NOUN").
    const bool verbal = is_verb_token(v, i);
    const std::vector<petrarch::VerbForm>* forms = nullptr;
    if (auto it = d.forms.find(v.upper[i]); it != d.forms.end()) forms = &it->second;
    else if (auto lt = d.forms.find(v.lemma_upper[i]); lt != d.forms.end()) forms = &lt->second;
    if (!forms) continue;
    // The longest verb form whose other words surround the token as written.
    const petrarch::VerbForm* best = nullptr;
    size_t best_first = i, best_last = i, best_token = i;
    for (const auto& f : *forms) {
      if (i < f.head || i - f.head + f.words.size() > v.size()) continue;
      size_t first = i - f.head;
      bool ok = true;
      size_t token = i;
      for (size_t k = 0; k < f.words.size() && ok; ++k)
        if (k != f.head) {
          ok = word_matches(v, first + k, f.words[k]);
          if (ok && !verbal && token == i && is_verb_token(v, first + k)) token = first + k;
        }
      if (!verbal && token == i) ok = false;
      // Of equally long forms the one listed last wins, as a later dictionary entry overrides.
      if (ok && (!best || f.words.size() >= best->words.size())) {
        best = &f;
        best_first = first;
        best_last = first + f.words.size() - 1;
        best_token = token;
      }
    }
    if (!best) continue;
    const auto& block = d.blocks[static_cast<size_t>(best->block)];
    VerbHit hit;
    hit.token = best_token;
    hit.first = best_first;
    hit.last = best_last;
    hit.code = best->code.empty() ? block.code : best->code;
    int best_score = -1;
    for (const auto& p : block.patterns) {
      // "+++" is TABARI's "complex sentence" marker, not a code: with complex checking off (as
      // here) the pattern is passed over and the others decide.
      if (p.code == "+++") continue;
      PatternResult r = match_pattern(v, d, p, best_first, best_last);
      if (r.ok && r.score > best_score) {
        best_score = r.score;
        hit.code = p.code;
        hit.source_at = r.source_at;
        hit.target_at = r.target_at;
        hit.compound_marker = r.compound;
        hit.pattern_negated = r.negated;
        hit.pattern_words = r.words;
      }
    }
    hits.push_back(std::move(hit));
    i = best_last;
  }
  // A word another verb's pattern spells out is part of that verb's phrase, not a verb of its
  // own: in "X indicated it should have acted" ("INDICATED SHOULD *" of ACT), "should" is not
  // coded as a verb too.
  std::vector<bool> used(v.size(), false);
  for (const auto& h : hits)
    for (size_t t : h.pattern_words) used[t] = true;
  std::erase_if(hits, [&](const VerbHit& h) { return used[h.token]; });
  return hits;
}

}  // namespace dateline::events_detail
