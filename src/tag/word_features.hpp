// Per-word hashed attributes shared by the tagger, lemmatiser and parser feature templates:
// computed once per word, then combined into feature keys.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace dateline::tagging {

struct WordKeys {
  uint64_t form = 0;    // exact text
  uint64_t lower = 0;   // ASCII-lowercased text
  uint64_t shape = 0;   // e.g. "Xx", "d", "x-x" (runs collapsed)
  uint64_t suffix[4] = {};  // last 1..4 characters (bytes) of the lowercased text
  uint64_t prefix[3] = {};  // first 1..3
  uint64_t ambiguity = 0;   // the set of tags the word had in training (0: rare or unseen); set by the tagger
  // Distributional classes from raw text (learn/word_clusters.hpp), 0 if unknown; set by the tagger.
  uint64_t fine = 0, coarse = 0, capitalised = 0;
  uint8_t letter_case = 0;      // 0 no letters, 1 starts lower, 2 starts upper, 3 all upper
  uint64_t sentence_case = 0;   // how capitalised the whole sentence is; set by mark_sentence_context()
  bool double_quote = false;    // the word is a straight double quote
  uint8_t open_quote = 0;       // 1 if an odd number of straight double quotes precede it; likewise
};

std::string ascii_lower(std::string_view s);
// Word shape with runs collapsed: "McDonald's" → "XxXx'x", "1,000" → "d,d".
std::string word_shape(std::string_view s);
WordKeys word_keys(std::string_view text);

// Fills the sentence-wide keys. `sentence_case`: headlines and all-caps lines capitalise
// common nouns, which a tagger must not read as proper nouns. `open_quote`: a straight quote
// opens or closes (`` or '') by how many came before it.
void mark_sentence_context(std::vector<WordKeys>& words);

// Hash of the padding word before the start / after the end of a sentence.
uint64_t padding_key(int offset);

}  // namespace dateline::tagging
