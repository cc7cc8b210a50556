#include "tokenize/char_class.hpp"

#include <unicode/uchar.h>

#include "dateline/text.hpp"

namespace dateline::tok {
namespace detail {

namespace {
constexpr auto make_ascii_table() {
  struct Table {
    std::array<CharKind, 128> k;
  } t{};
  for (int c = 0; c < 128; ++c) t.k[c] = CharKind::other;
  for (int c = 'a'; c <= 'z'; ++c) t.k[c] = CharKind::letter;
  for (int c = 'A'; c <= 'Z'; ++c) t.k[c] = CharKind::letter;
  for (int c = '0'; c <= '9'; ++c) t.k[c] = CharKind::digit;
  t.k[int(' ')] = t.k[int('\t')] = t.k[int('\f')] = t.k[int('\v')] = t.k[int('\r')] = CharKind::space;
  t.k[int('\n')] = CharKind::newline;
  t.k[int('\'')] = CharKind::apostrophe;
  t.k[int('-')] = CharKind::hyphen;
  t.k[int('.')] = CharKind::period;
  t.k[int('!')] = t.k[int('?')] = CharKind::terminal;
  t.k[int('"')] = t.k[int('(')] = t.k[int('[')] = t.k[int('{')] = CharKind::open_quote;
  t.k[int(')')] = t.k[int(']')] = t.k[int('}')] = CharKind::close_quote;
  return t;
}
}  // namespace

const std::array<CharKind, 128> ascii_kind = make_ascii_table().k;

}  // namespace detail

CharInfo classify_non_ascii(std::string_view text, size_t i) {
  int length = 1;
  // Invalid bytes cannot occur after decoding, but a lone byte must not crash the scanner.
  if (i + static_cast<size_t>(utf8_length(static_cast<unsigned char>(text[i]))) > text.size())
    return {CharKind::other, 1, 0xFFFD};
  char32_t cp = decode_utf8(text, i, &length);
  auto len = static_cast<uint8_t>(length < 1 ? 1 : length);
  switch (cp) {
    case 0x2019: case 0x02BC: return {CharKind::apostrophe, len, cp};
    case 0x2018: case 0x201C: case 0x00AB: case 0x201E: case 0x201A: return {CharKind::open_quote, len, cp};
    case 0x201D: case 0x00BB: return {CharKind::close_quote, len, cp};
    case 0x2010: case 0x2011: return {CharKind::hyphen, len, cp};
    case 0x2026: case 0x203C: case 0x2047: case 0x2048: case 0x2049: return {CharKind::terminal, len, cp};
    case 0x2028: case 0x2029: case 0x0085: return {CharKind::newline, len, cp};
    case 0xFFFD: return {CharKind::letter, len, cp};
    default: break;
  }
  auto c = static_cast<UChar32>(cp);
  if (u_isUWhiteSpace(c)) return {CharKind::space, len, cp};
  if (u_isdigit(c)) return {CharKind::digit, len, cp};
  int32_t mask = U_GET_GC_MASK(c);
  if (mask & (U_GC_L_MASK | U_GC_M_MASK | U_GC_NL_MASK | U_GC_NO_MASK)) return {CharKind::letter, len, cp};
  if (mask & U_GC_PS_MASK) return {CharKind::open_quote, len, cp};
  if (mask & U_GC_PE_MASK) return {CharKind::close_quote, len, cp};
  return {CharKind::other, len, cp};
}

CharInfo char_before(std::string_view text, size_t i) {
  size_t j = i - 1;
  while (j > 0 && i - j < 4 && (static_cast<unsigned char>(text[j]) & 0xC0) == 0x80) --j;
  CharInfo info = char_at(text, j);
  if (j + info.length != i) return {CharKind::other, static_cast<uint8_t>(i - j), 0xFFFD};
  return info;
}

}  // namespace dateline::tok
