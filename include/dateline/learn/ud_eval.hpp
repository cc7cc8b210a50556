// CoNLL 2018 shared-task scores (UPOS, XPOS, Lemmas, UAS, LAS) of our pipeline on a UD
// treebank, from gold tokenisation or from raw text through our own tokenizer.
#pragma once

#include <cstddef>
#include <vector>

#include "dateline/conllu.hpp"
#include "dateline/stage.hpp"

namespace dateline::learn {

struct UdScores {
  size_t gold_words = 0, system_words = 0, aligned = 0;
  size_t upos = 0, xpos = 0, lemmas = 0, uas = 0, las = 0;  // correct aligned words

  // F1 of a count against gold and system words, in percent (= accuracy with gold tokens).
  double f1(size_t correct) const {
    return gold_words + system_words ? 200.0 * double(correct) / double(gold_words + system_words) : 0.0;
  }
};

// Gold words are given to `pipeline` (which should hold tag, lemmatize and/or parse) as one
// Document per sentence.
UdScores evaluate_gold_tokens(const std::vector<conllu::Sentence>& gold, const Pipeline& pipeline);

// Each document's raw text is rebuilt from the gold file and run through `pipeline` (normalize,
// tokenize, tag, ...); system words are aligned to gold words by character span as
// conll18_ud_eval.py does (words inside multiword tokens by position within the token).
UdScores evaluate_raw_text(const std::vector<conllu::Sentence>& gold, const Pipeline& pipeline);

}  // namespace dateline::learn
