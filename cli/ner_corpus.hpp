// Reading NER corpora for `train ner` and `eval ner`, and giving their words the tagger's
// part-of-speech tags for models with part-of-speech features.
#pragma once

#include <string>
#include <vector>

#include "dateline/ner.hpp"
#include "dateline/tagger.hpp"

namespace dateline::cli {

// A corpus file's format: `kind` ("iob2", "conllu" or "conll2003") or, when empty, the one its
// extension says (.iob2, .conllu; anything else is CoNLL-2003).
std::string ner_corpus_kind(const std::string& path, const std::string& kind = {});
std::vector<ner::TaggedDocument> read_ner_corpus(const std::string& path, const std::string& kind = {});

// Fills every sentence's `pos` with the tagger's Penn tags of its words.
void add_pos_tags(std::vector<ner::TaggedDocument>& docs, const Tagger& tagger);


}  // namespace dateline::cli
