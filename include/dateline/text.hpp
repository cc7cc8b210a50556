// The text layer below the pipeline: turning input bytes into clean, normalised UTF-8 while
// remembering where each byte came from.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace dateline {

// Text together with, for each of its bytes, the byte offset in some earlier text it came from.
// `map` has text.size() + 1 entries; map.back() is the length of the earlier text.
struct MappedText {
  std::string text;
  std::vector<uint32_t> map;
};

// Applies `outer` (offsets of b into a) after `inner` (offsets of c into b): offsets of c into a.
std::vector<uint32_t> compose_maps(const std::vector<uint32_t>& outer,
                                   const std::vector<uint32_t>& inner);

struct DecodeResult {
  MappedText utf8;
  std::string encoding;        // "UTF-8", or the legacy charset the bytes were read in
  size_t repaired_bytes = 0;   // invalid UTF-8 bytes replaced by U+FFFD
};

enum class InvalidUtf8Policy { repair, reject };

// True when the bytes are not text: NUL bytes, or many control characters.
bool looks_binary(std::string_view bytes);

// Decodes input bytes to UTF-8. A byte-order mark is dropped. Valid UTF-8 is taken as it is;
// bytes with no valid multi-byte UTF-8 sequence but with high bytes are a legacy 8-bit
// encoding, detected with ICU and converted; otherwise invalid sequences are replaced with
// U+FFFD (or, with `reject`, dateline::Error is thrown naming the first bad offset).
DecodeResult decode_bytes(std::string_view bytes,
                          InvalidUtf8Policy policy = InvalidUtf8Policy::repair);

// Converts bytes in a named charset (as a <meta charset> gives it) to UTF-8, with a byte map.
// Unknown charset names fall back to decode_bytes().
DecodeResult decode_bytes_as(std::string_view bytes, std::string_view charset);

// Normalises valid UTF-8 for reading: CRLF and CR to LF; non-breaking and other wide spaces
// to a space; soft hyphens, zero-width characters and stray control characters removed; the
// wire copy's doubled quotes (‘‘ ’’ `` '') to “ ”; then Unicode NFC.
MappedText normalize_text(std::string_view utf8);

// Length in bytes of the UTF-8 sequence starting with lead byte `c` (1 for invalid bytes).
inline int utf8_length(unsigned char c) {
  if (c < 0x80) return 1;
  if ((c >> 5) == 0x6) return 2;
  if ((c >> 4) == 0xE) return 3;
  if ((c >> 3) == 0x1E) return 4;
  return 1;
}

// Decodes the code point at text[i] (valid UTF-8 assumed) and its length.
char32_t decode_utf8(std::string_view text, size_t i, int* length);
void append_utf8(std::string& out, char32_t cp);

}  // namespace dateline
