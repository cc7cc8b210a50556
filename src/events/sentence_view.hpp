// What the event coder knows about one sentence: its words, its parse (if any) and the actors
// mentioned in it. Internal to src/events.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "dateline/document.hpp"
#include "dateline/events.hpp"

namespace dateline::events_detail {

struct ActorMention {
  size_t first = 0, last = 0;      // token indices, inclusive
  std::vector<std::string> codes;  // one per member ("ELR/GAL" names two actors)
  std::string name;
  std::string country;
  std::optional<std::string> entity;
  bool pronoun = false;
  bool pair = false;  // "both sides", "the two countries": the last two parties named
};

struct SentenceView {
  const Document* doc = nullptr;
  const Sentence* sentence = nullptr;
  int index = 0;
  std::vector<std::string> upper;        // token text, upper case, typographic quotes as ASCII
  std::vector<std::string> lemma_upper;  // lemma, upper case (empty when not lemmatised)
  std::vector<std::vector<size_t>> children;  // by 0-based head
  bool parsed = false;
  bool news = true;  // EventDictionaries::news_conventions
  std::vector<ActorMention> actors;

  SentenceView(const Document& d, int i);
  size_t size() const { return upper.size(); }
  const Token& token(size_t i) const { return sentence->tokens[i]; }
  int head(size_t i) const { return parsed ? sentence->tokens[i].head - 1 : -1; }  // -1 = root/none
  const std::string& rel(size_t i) const { return sentence->tokens[i].deprel; }
  // Children of i whose relation is `rel` or starts with "rel:".
  std::vector<size_t> deps(size_t i, std::string_view rel) const;
  // The mention that covers token i, or nullptr.
  const ActorMention* mention_at(size_t i) const;
};

// Finds actor mentions (dictionary actors, entities, gazetteer names, agents, pronouns) and
// combines agents with the actors they belong to ("Arnor's foreign minister").
void find_actor_mentions(SentenceView& view, const EventDictionaries& dicts, int date);

struct VerbHit {
  size_t token = 0;            // the verb's head word
  size_t first = 0, last = 0;  // all words of a multi-word verb
  std::string code;            // from the best pattern, else the verb's or block's code
  std::optional<size_t> source_at, target_at;  // tokens bound by the pattern's $ / + markers
  bool compound_marker = false;                // '%': the actor at source_at is both sides
  bool pattern_negated = false;                // the matched pattern covers a "not" / "n't"
  std::vector<size_t> pattern_words;           // tokens the matched pattern's words cover
};

bool is_negation_word(const std::string& upper_word);

// Every verb of the sentence found in the dictionary, with its best pattern applied.
std::vector<VerbHit> find_verbs(const SentenceView& view, const petrarch::VerbDictionary& verbs);

// Whole-word phrase matching used by patterns and discards.
// With `loose`, also by lemma and by a plural -s/-es.
bool word_matches(const SentenceView& view, size_t i, const std::string& word, bool loose = true);

}  // namespace dateline::events_detail
