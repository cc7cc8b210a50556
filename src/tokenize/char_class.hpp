// What the tokenizer needs to know about one character: a coarse class with an ASCII fast path
// (a table) and ICU for everything else.
#pragma once

#include <array>
#include <cstdint>
#include <string_view>

namespace dateline::tok {

enum class CharKind : uint8_t {
  space,       // any white space except a line break
  newline,
  letter,      // letters and combining marks (and U+FFFD, so repaired text stays in words)
  digit,
  apostrophe,  // ' ’ (may be a clitic mark inside a word, or a single quote)
  hyphen,      // - and U+2010
  period,      // .
  terminal,    // ! ? … (sentence-final marks other than the period)
  open_quote,  // " “ ‘ « and opening brackets
  close_quote, // ” » and closing brackets
  other,       // any other punctuation or symbol
};

struct CharInfo {
  CharKind kind;
  uint8_t length;  // UTF-8 bytes
  char32_t cp;
};

CharInfo classify_non_ascii(std::string_view text, size_t i);

namespace detail {
extern const std::array<CharKind, 128> ascii_kind;
}

inline CharInfo char_at(std::string_view text, size_t i) {
  unsigned char c = static_cast<unsigned char>(text[i]);
  if (c < 0x80) return {detail::ascii_kind[c], 1, c};
  return classify_non_ascii(text, i);
}

inline bool is_word_kind(CharKind k) { return k == CharKind::letter || k == CharKind::digit; }

// The code point ending just before byte i (i > 0), with its length.
CharInfo char_before(std::string_view text, size_t i);

}  // namespace dateline::tok
