// The tagger's feature templates (one place, used by training and tagging alike).
#pragma once

#include <cstdint>
#include <vector>

#include "word_features.hpp"

namespace dateline::tagging {

// Features of word i given the tags already chosen for the two words before it
// (-1 before the sentence start).
void tagger_features(const std::vector<WordKeys>& words, size_t i, int prev1, int prev2,
                     std::vector<uint64_t>& out);

}  // namespace dateline::tagging
