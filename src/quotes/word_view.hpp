// The words the quotes stage reasons over. Built from the tokenizer's sentences (with their
// tags) when that stage ran, else from a small surface scanner, so quotes work either way.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "dateline/document.hpp"
#include "dateline/quotes.hpp"

namespace dateline::quotes {

struct Word {
  uint32_t start = 0, end = 0;
  std::string_view text;
  std::string lower;      // ASCII-lowercased text
  std::string_view upos;  // empty when untagged
  int sentence = 0;
  int quote = -1;         // index into WordView::quotes of the outer quote holding it, or -1
  bool capitalized() const { return !text.empty() && text[0] >= 'A' && text[0] <= 'Z'; }
  bool is_punct() const;
};

struct SentenceRange {
  uint32_t start = 0, end = 0;
  int first = 0, last = 0;  // word indices, half-open
  int paragraph = 0;
};

struct WordView {
  std::vector<Word> words;
  std::vector<SentenceRange> sentences;
  std::vector<Span> paragraphs;
  std::vector<QuotedSpan> quotes;  // outer quotes only (depth 0)
  bool tagged = false;             // the tagger ran: Word::upos is reliable
};

WordView build_word_view(const Document& doc);

// Index of the first word starting at or after `offset` (words.size() when none).
int word_at_or_after(const WordView& view, uint32_t offset);

}  // namespace dateline::quotes
