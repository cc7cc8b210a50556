// Treebank helpers for training and evaluation on UD CoNLL-U files.
#pragma once

#include <string>
#include <vector>

#include "dateline/conllu.hpp"
#include "dateline/document.hpp"

namespace dateline::learn {

// Reads and concatenates the comma-separated CoNLL-U files in `paths`. Punctuation tags of
// the later files follow the first file's convention where it is clear (ud_data.cpp).
std::vector<conllu::Sentence> read_treebanks(const std::string& paths);

// The sentence's words as Tokens carrying the gold annotation (text, tags, lemma, head, deprel).
std::vector<Token> gold_tokens(const conllu::Sentence& sentence);

// Just the word forms, every annotation empty (head -1): what a tagger or parser starts from.
std::vector<Token> bare_tokens(const conllu::Sentence& sentence);

}  // namespace dateline::learn
