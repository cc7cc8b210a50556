// Attributions read off the learned tagger's word roles (learned_attributions.cpp).
#pragma once

#include <optional>
#include <vector>

#include "dateline/quotes.hpp"
#include "quotes/role_tagger.hpp"

namespace dateline::quotes {

struct TokenRange {
  int first = 0, last = 0;  // token indices in one sentence, inclusive
};

// Who speaks through the cue verb at tokens first..last of `sentence`, from the parse: the
// subject phrase (nsubj subtree) of the first cue word that has one; a verb without its own
// subject ("arrived and said", "went on to say") takes that of the verb it hangs from. A passive
// verb's subject is what was said or who was told ("the plan was announced", "he was told"): its
// speaker is the agent ("by the ministry", without "by"), or no one the clause names.
std::optional<TokenRange> cue_subject(const Sentence& sentence, int first, int last);

// What the cue at tokens first..last governs after it through a complement relation (a clause,
// an object, a prepositional phrase: "warned against the plan", "an opponent of the deal"): the
// tokens from the first to the last such word, punctuation left out; nullopt when there is none.
// The content of a cue the tagger found but gave no content to.
std::optional<TokenRange> cue_complement(const Sentence& sentence, int first, int last);

// Needs the tokenizer's sentences (and works best with tags and the parse).
std::vector<Attribution> learned_attributions(const Document& doc, const RoleTagger& tagger);

// The rules lead for passages inside quote marks (direct/partial, with their frames); the
// tagger's attributions outside them are added, then the rules' indirect speech where the
// tagger found no content.
std::vector<Attribution> merge_with_rules(std::vector<Attribution> learned, std::vector<Attribution> rules);

// "According to X, S" and "S, according to X" are explicit frames: a learned attribution whose
// content overlaps such an S (the tagger's read of some verb inside it) is dropped before merging
// (PolNeAR dev cue F1 77.54 -> 77.73: the tagger's cue for such an S was another word of S, or
// matched no gold cue).
void yield_to_according_to(const Document& doc, std::vector<Attribution>& learned, const std::vector<Attribution>& rules);

}  // namespace dateline::quotes
