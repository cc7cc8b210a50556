// The tokenizer's hand-written scanner: one pass over a paragraph, white space separating
// chunks, each chunk cut into surface tokens by the UD English conventions (docs/tokenize.md).
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "dateline/document.hpp"
#include "tokenize/char_class.hpp"
#include "tokenize/word_lists.hpp"

namespace dateline::tok {

class BoundaryScorer;

// Whether a word without an apostrophe is still split: a fused form ("cannot", "gonna").
// Inline, with its cheap ending test first: it is asked for every word.
bool may_be_fused_form(std::string_view word);
inline bool may_be_fused(std::string_view word) {
  if (word.size() < 2) return false;
  char a = static_cast<char>(word[word.size() - 2] | 0x20), b = static_cast<char>(word.back() | 0x20);
  // Every fused form ends in "nt", "ot", "na", "ta" or "im" (the table is searched in clitics.cpp).
  if (!((b == 't' && (a == 'n' || a == 'o')) || (b == 'a' && (a == 'n' || a == 't')) || (a == 'i' && b == 'm')))
    return false;
  return may_be_fused_form(word);
}

// A word as the scanner finds it: a byte span, and whether it is fused with the next word in
// one surface token. Tokens are built from pieces only once sentences are known.
struct Piece {
  uint32_t start = 0;
  uint32_t end = 0;
  bool joins_next = false;
};

class Scanner {
 public:
  Scanner(std::string_view text, std::vector<Piece>& out) : text_(text), out_(out), lists_(word_lists()) {}

  // Tokenises text[start, end); appends words to `out`.
  void run(size_t start, size_t end);

 private:
  // Scans the token at p (not white space), with `end` the paragraph's end; returns its end.
  size_t scan_token(size_t p, size_t end);
  // Inline: asked once per token. ASCII white space, or a Unicode space or line break.
  bool space_at(size_t i) const {
    auto b = static_cast<unsigned char>(text_[i]);
    if (b < 0x80) return b == ' ' || (b >= '\t' && b <= '\r');
    CharKind k = char_at(text_, i).kind;
    return k == CharKind::space || k == CharKind::newline;
  }
  // The end of the white-space-free chunk that p is in.
  size_t chunk_end(size_t p, size_t end) const;
  // The word at p, whose bytes [p, q) are known to be ASCII letters or digits.
  size_t scan_word(size_t p, size_t q, size_t end);
  size_t scan_apostrophe(size_t p, size_t chunk_begin, size_t end);
  size_t scan_symbols(size_t p, size_t end);
  size_t url_end(size_t p, size_t end) const;
  size_t slash_abbreviation_end(size_t p, size_t end) const;
  size_t emoticon_end(size_t p, size_t end) const;
  bool keep_hyphen(size_t word_start, size_t segment_start, size_t hyphen, size_t after, size_t end) const;
  bool sentence_glued_at(size_t segment, size_t period, size_t after, size_t end) const;
  bool takes_final_period(size_t p, size_t q, bool internal_period) const;

  // One surface token, no clitic splitting (inline: called once per word).
  void emit(size_t start, size_t end) {
    out_.push_back({static_cast<uint32_t>(start), static_cast<uint32_t>(end), false});
  }
  // A word, split into clitics when UD does; `apostrophe`: the word has one inside or at its end.
  // Inline: most words have no apostrophe and no fused-form ending, so nothing to split.
  void emit_word(size_t start, size_t end, bool apostrophe) {
    if (!apostrophe && !may_be_fused(text_.substr(start, end - start)))
      emit(start, end);
    else
      emit_split(start, end);
  }
  void emit_split(size_t start, size_t end);

  CharKind kind_at(size_t i) const { return char_at(text_, i).kind; }

  std::string_view text_;
  std::vector<Piece>& out_;
  const WordLists& lists_;
  size_t chunk_begin_ = 0;  // where the chunk being scanned began
  bool single_quote_open_ = false;  // an opening ' or ‘ is waiting for its closing mark
};

// Groups pieces into sentences (by `model` when given, else by rules) and appends them, with
// their tokens, to `out`.
void append_sentences(std::string_view text, std::vector<Piece>& pieces, const BoundaryScorer* model,
                      std::vector<Sentence>& out);

// Splits a word token [start, end) into its UD syntactic words ("don't" → "do" "n't").
// Returns the split points (byte offsets strictly inside the word); empty when not split.
void clitic_splits(std::string_view text, size_t start, size_t end, std::vector<size_t>& splits);

}  // namespace dateline::tok
