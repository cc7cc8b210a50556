// Feature templates of the lemmatiser's edit-script classifier.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace dateline {

void lemma_features(const std::string& form, const std::string& upos, const std::string& xpos,
                    std::vector<uint64_t>& out);

}  // namespace dateline
