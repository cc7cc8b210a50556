// The learned half of sentence splitting: an averaged perceptron (learn/perceptron.hpp) that
// decides, at every gap between surface tokens, whether a new sentence starts there. The rule
// splitter's own decision is one of its features, so the model learns where the rules fail
// (web text without final punctuation, sign-offs, lists) and otherwise follows them.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "dateline/learn/perceptron.hpp"
#include "tokenize/boundary_scorer.hpp"
#include "tokenize/scanner.hpp"

namespace dateline::tok {

inline constexpr const char* kBoundaryModelKind = "dateline.sentence-boundaries";
inline constexpr uint32_t kBoundaryModelVersion = 1;
inline constexpr const char* kBoundaryModelFile = "sentences.dlm";

// Features of the gap before piece `next` (which starts a surface token). `rule` is the rule
// splitter's decision there; `since_start` counts surface tokens since the sentence began.
void boundary_features(std::string_view text, const std::vector<Piece>& w, size_t next, bool rule,
                       size_t since_start, std::vector<uint64_t>& out);

// Whether the model is consulted at the gap before piece `next` at all: gaps between two
// running words ("said the") are never boundaries worth the cost of scoring (most gaps are).
bool boundary_candidate(std::string_view text, const std::vector<Piece>& w, size_t next, bool rule);

// Rule decisions: rule_starts[j] is true when the rules start a sentence at piece j.
std::vector<bool> rule_sentence_starts(std::string_view text, const std::vector<Piece>& w);

// Where sentences start, by the model when given, else by the rules alone; then sentence-final
// abbreviations give up their period (pieces may grow). Returns the start index of every
// sentence after the first.
std::vector<size_t> decide_sentence_starts(std::string_view text, std::vector<Piece>& w,
                                           const BoundaryScorer* model);

// Loads models/sentences.dlm from `dir`; nullptr when the file does not exist. A broken file
// throws dateline::Error (bad_resource).
std::shared_ptr<const BoundaryScorer> load_boundary_model(const std::string& dir);

}  // namespace dateline::tok
