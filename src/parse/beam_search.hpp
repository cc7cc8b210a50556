// Beam decoding for the greedily trained arc-hybrid parser. The perceptron's action scores,
// divided by a temperature and normalised over the legal actions, act as log-probabilities
// whose sums rank whole transition sequences (every complete parse of a sentence takes 2n
// transitions, so the sums compare like with like). Raw score sums do not work here: the model
// was trained to rank actions in one state, not sequences (EWT dev UAS 78 against 86 greedy).
#pragma once

#include <functional>
#include <span>
#include <vector>

#include "arc_hybrid.hpp"

namespace dateline::parsing {

struct BeamOptions {
  int width = 1;             // states kept per step; 1 = greedy
  float temperature = 1.0f;  // divides the scores before normalising
  // Candidates whose summed log-probability falls this far below the best one's are dropped,
  // so the beam is only as wide as the sentence is ambiguous (most steps keep one state).
  float margin = 1e9f;
};

// Fills `scores` (one per action) for a state.
using ActionScorer = std::function<void(const ParseState&, std::span<float> scores)>;

// The final state of the best-scoring transition sequence for a sentence of `words` words.
ParseState beam_parse(int words, int actions, const ActionScorer& score, const BeamOptions& options);

}  // namespace dateline::parsing
