#include "word_features.hpp"

#include "dateline/learn/hashing.hpp"

namespace dateline::tagging {

std::string ascii_lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

std::string word_shape(std::string_view s) {
  std::string out;
  for (unsigned char c : s) {
    char k;
    if (c >= 'A' && c <= 'Z') k = 'X';
    else if (c >= 'a' && c <= 'z') k = 'x';
    else if (c >= '0' && c <= '9') k = 'd';
    else if (c >= 0x80) k = 'u';  // any byte of a non-ASCII character
    else k = static_cast<char>(c);
    if (out.empty() || out.back() != k) out += k;
  }
  return out;
}

WordKeys word_keys(std::string_view text) {
  using learn::hash_text;
  WordKeys k;
  std::string lower = ascii_lower(text);
  k.form = hash_text(text);
  k.lower = hash_text(lower);
  k.shape = hash_text(word_shape(text));
  std::string_view l(lower);
  for (size_t n = 1; n <= 4; ++n) k.suffix[n - 1] = hash_text(l.substr(l.size() > n ? l.size() - n : 0));
  for (size_t n = 1; n <= 3; ++n) k.prefix[n - 1] = hash_text(l.substr(0, n));
  bool any_lower = false, any_upper = false;
  for (unsigned char c : text) {
    any_lower |= c >= 'a' && c <= 'z';
    any_upper |= c >= 'A' && c <= 'Z';
  }
  unsigned char first = text.empty() ? 0 : static_cast<unsigned char>(text[0]);
  if (any_upper && !any_lower) k.letter_case = 3;
  else if (first >= 'A' && first <= 'Z') k.letter_case = 2;
  else if (any_lower || any_upper) k.letter_case = 1;
  k.double_quote = text == "\"";
  return k;
}

void mark_sentence_context(std::vector<WordKeys>& words) {
  int letters = 0, upper = 0, all_caps = 0;
  for (const WordKeys& w : words) {
    letters += w.letter_case > 0;
    upper += w.letter_case >= 2;
    all_caps += w.letter_case == 3;
  }
  uint64_t bucket = letters < 3 ? 1 : all_caps * 5 > letters * 4 ? 2 : upper * 5 > letters * 3 ? 3 : upper * 5 > letters * 2 ? 4 : 5;
  uint8_t open = 0;
  for (WordKeys& w : words) {
    w.sentence_case = bucket;
    w.open_quote = open;
    if (w.double_quote) open ^= 1;
  }
}

uint64_t padding_key(int offset) { return learn::mix64(0xfeedULL + static_cast<uint64_t>(offset + 8)); }

}  // namespace dateline::tagging
