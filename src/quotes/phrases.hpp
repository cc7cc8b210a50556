// Noun phrases around a cue: the speaker before "said" or after "said", the addressee after
// "told". Uses part-of-speech tags when the tagger ran, word shapes and stop lists otherwise.
#pragma once

#include <optional>

#include "quotes/word_view.hpp"

namespace dateline::quotes {

struct WordRange {
  int first = 0, last = 0;  // half-open word indices
  bool empty() const { return last <= first; }
};

bool is_pronoun_subject(std::string_view lower);  // he, she, they, we, I, it, you

// The subject phrase of the cue at word `cue`, looking left but not before word `limit`:
// skips auxiliaries and adverbs ("has also said"), parentheticals (", meanwhile,") and
// appositives ("Wang, the foreign minister, said").
std::optional<WordRange> subject_before(const WordView& v, int cue, int limit);

// The noun phrase starting at word `i` (not past `limit`): "Kerry", "the minister",
// "reporters", "Secretary of State John Kerry".
std::optional<WordRange> noun_phrase_at(const WordView& v, int i, int limit);

// Skips time expressions right after a cue ("said Friday", "said on Tuesday morning").
int skip_time_words(const WordView& v, int i, int limit);

// Span of a word range in the text.
Span span_of(const WordView& v, WordRange r);

}  // namespace dateline::quotes
