// Attributions read off the learned tagger's word roles (learned_attributions.cpp).
#pragma once

#include <vector>

#include "dateline/quotes.hpp"
#include "quotes/role_tagger.hpp"

namespace dateline::quotes {

// Needs the tokenizer's sentences (and works best with tags and the parse).
std::vector<Attribution> learned_attributions(const Document& doc, const RoleTagger& tagger);

// The rules lead for passages inside quote marks (direct/partial, with their frames); the
// tagger's attributions outside them are added, then the rules' indirect speech where the
// tagger found no content.
std::vector<Attribution> merge_with_rules(std::vector<Attribution> learned, std::vector<Attribution> rules);

// "According to X, S" and "S, according to X" are explicit frames: a learned attribution whose
// content overlaps such an S (the tagger's read of some verb inside it) is dropped before merging
// (round 6: dev cue F1 77.54 -> 77.73; its cues were another word of S, or matched nothing).
void yield_to_according_to(const Document& doc, std::vector<Attribution>& learned, const std::vector<Attribution>& rules);

}  // namespace dateline::quotes
