#include <unicode/bytestream.h>
#include <unicode/edits.h>
#include <unicode/normalizer2.h>

#include <array>
#include <bit>
#include <cstring>

#include "dateline/error.hpp"
#include "dateline/normalize.hpp"
#include "dateline/text.hpp"

namespace dateline {
namespace {

// Code points replaced by a plain space: no-break and the typographic spaces.
bool is_odd_space(char32_t cp) {
  return cp == 0x00A0 || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x202F || cp == 0x205F ||
         cp == 0x3000 || cp == 0x1680;
}

// Code points dropped: soft hyphen, zero-width characters, a byte-order mark inside the text,
// and C0/C1 control characters other than tab and newline.
bool is_dropped(char32_t cp) {
  if (cp == 0x00AD || cp == 0x200B || cp == 0x200C || cp == 0x200D || cp == 0x2060 || cp == 0xFEFF)
    return true;
  if (cp < 0x20) return cp != '\t' && cp != '\n';
  return cp == 0x7F || (cp >= 0x80 && cp <= 0x9F);
}

struct Builder {
  MappedText out;
  void put(std::string_view bytes, uint32_t src) {
    out.text.append(bytes);
    out.map.insert(out.map.end(), bytes.size(), src);
  }
  void put_copy(std::string_view in, size_t i, size_t n) {
    out.text.append(in.substr(i, n));
    size_t at = out.map.size();
    out.map.resize(at + n);  // one resize and a plain loop: the copy is most of the text
    for (size_t k = 0; k < n; ++k) out.map[at + k] = static_cast<uint32_t>(i + k);
  }
};

// Bytes the typography pass always keeps: printable ASCII but the quote marks it may double
// up, tab and newline. A table, as nearly every byte of news text is one of these.
constexpr std::array<bool, 256> kept_bytes = [] {
  std::array<bool, 256> t{};
  for (int c = 0x20; c < 0x7F; ++c) t[c] = c != '`' && c != '\'';
  t['\n'] = t['\t'] = true;
  return t;
}();

// Eight bytes of s from i, in memory order.
uint64_t load8(std::string_view s, size_t i) {
  uint64_t x;
  std::memcpy(&x, s.data() + i, sizeof x);
  return x;
}

constexpr uint64_t kOnes = 0x0101010101010101ULL;
constexpr uint64_t kHighBits = 0x8080808080808080ULL;

// High bit of the lowest byte below n (n <= 128) set exactly; higher flags may be false.
constexpr uint64_t bytes_below(uint64_t x, uint8_t n) { return (x - kOnes * n) & ~x & kHighBits; }
constexpr uint64_t bytes_equal(uint64_t x, uint8_t b) { return bytes_below(x ^ (kOnes * b), 1); }

// Flags the bytes of x that are not kept_bytes but tab and newline; the lowest flag is exact
// (each test's lowest flag is), so countr_zero finds the first byte that needs a closer look.
uint64_t unplain_bytes(uint64_t x) {
  return (x & kHighBits) | bytes_below(x, 0x20) | bytes_equal(x, 0x7F) | bytes_equal(x, '`') |
         bytes_equal(x, '\'');
}

// Sixteen bytes as one vector (a GCC/Clang extension, SSE2 on x86-64): the typography pass
// tests them all with four compares, where the eight-byte arithmetic took some thirty
// instructions per eight bytes.
using Bytes16 = signed char __attribute__((vector_size(16)));

// Whether any of the sixteen bytes at p is not a kept byte (see unplain_bytes): below 0x20 or
// from 0x80 up (negative as signed), DEL, or a quote mark that may double up. Tab and newline
// are flagged too; the eight-byte step then looks closer.
bool any_unplain16(const char* p) {
  Bytes16 v;
  std::memcpy(&v, p, sizeof v);
  Bytes16 flags = (v < 0x20) | (v == 0x7F) | (v == '`') | (v == '\'');
  uint64_t halves[2];
  std::memcpy(halves, &flags, sizeof halves);
  return (halves[0] | halves[1]) != 0;
}

// Code points below U+0300 are all NFC_Quick_Check=Yes and never combine with what precedes
// them, so text whose lead bytes are all below 0xCC (U+0300) is NFC without asking ICU.
bool below_combining_marks(std::string_view s) {
  for (size_t i = 0; i < s.size();) {
    if (i + 16 <= s.size() && ((load8(s, i) | load8(s, i + 8)) & kHighBits) == 0) {  // two loads, one test
      i += 16;
      continue;
    }
    if (i + 8 <= s.size() && (load8(s, i) & kHighBits) == 0) {
      i += 8;
      continue;
    }
    if (static_cast<unsigned char>(s[i]) >= 0xCC) return false;
    ++i;
  }
  return true;
}

// One rewrite of the typography pass: bytes [at, at + length) become `replacement`.
struct Edit {
  size_t at = std::string_view::npos;
  size_t length = 0;
  std::string_view replacement;
};

// The first rewrite at or after byte i (line ends, spaces, invisible characters, wire-style
// doubled quotes); `at` is npos when the rest of the text needs none.
Edit next_edit(std::string_view in, size_t i) {
  while (i < in.size()) {
    while (i + 16 <= in.size() && !any_unplain16(in.data() + i)) i += 16;
    if (i == in.size()) break;
    if (i + 8 <= in.size()) {
      // Skip to the first byte that may need an edit: one step past a newline or apostrophe,
      // not eight byte-by-byte ones.
      uint64_t stop = unplain_bytes(load8(in, i));
      if (stop == 0) {
        i += 8;
        continue;
      }
      i += static_cast<size_t>(std::countr_zero(stop)) / 8;
    }
    unsigned char c = static_cast<unsigned char>(in[i]);
    if (kept_bytes[c]) {
      ++i;
      continue;
    }
    if (c == '\r') return {i, (i + 1 < in.size() && in[i + 1] == '\n') ? 2u : 1u, "\n"};
    if (c == '`' || c == '\'') {
      if (i + 1 < in.size() && in[i + 1] == static_cast<char>(c)) return {i, 2, c == '`' ? "\u201C" : "\u201D"};
      ++i;
      continue;
    }
    int len = 0;
    char32_t cp = decode_utf8(in, i, &len);
    if (cp == 0x2018 || cp == 0x2019) {  // ‘‘ or ’’ → “ or ”
      int len2 = 0;
      if (i + len < in.size() && decode_utf8(in, i + len, &len2) == cp)
        return {i, static_cast<size_t>(len + len2), cp == 0x2018 ? "\u201C" : "\u201D"};
    } else if (is_odd_space(cp)) {
      return {i, static_cast<size_t>(len), " "};
    } else if (is_dropped(cp)) {
      return {i, static_cast<size_t>(len), ""};
    }
    i += len;
  }
  return {};
}

// Pass 1: applies every edit, copying the bytes between them unchanged.
MappedText clean_typography(std::string_view in) {
  Builder b;
  b.out.text.reserve(in.size());
  b.out.map.reserve(in.size() + 1);
  size_t done = 0;  // input bytes written so far
  for (Edit e = next_edit(in, 0); e.at != std::string_view::npos; e = next_edit(in, done)) {
    b.put_copy(in, done, e.at - done);
    b.put(e.replacement, static_cast<uint32_t>(e.at));
    done = e.at + e.length;
  }
  b.put_copy(in, done, in.size() - done);
  b.out.map.push_back(static_cast<uint32_t>(in.size()));
  return std::move(b.out);
}

const icu::Normalizer2& nfc_normalizer() {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) throw Error(ExitCode::internal, "ICU NFC normaliser unavailable");
  return *nfc;
}

// Pass 2: NFC. Most news text is already NFC; ICU's quick check keeps that case cheap.
MappedText to_nfc(MappedText in) {
  const icu::Normalizer2* nfc = &nfc_normalizer();
  UErrorCode status = U_ZERO_ERROR;
  if (nfc->isNormalizedUTF8(in.text, status) && U_SUCCESS(status)) return in;
  status = U_ZERO_ERROR;
  std::string out;
  out.reserve(in.text.size());
  icu::StringByteSink<std::string> sink(&out);
  icu::Edits edits;
  nfc->normalizeUTF8(0, in.text, sink, &edits, status);
  if (U_FAILURE(status)) throw Error(ExitCode::internal, "NFC normalisation failed");
  std::vector<uint32_t> map;
  map.reserve(out.size() + 1);
  auto it = edits.getFineIterator();
  while (it.next(status)) {
    int32_t src = it.sourceIndex();
    if (!it.hasChange()) {
      for (int32_t k = 0; k < it.newLength(); ++k) map.push_back(in.map[src + k]);
    } else {
      for (int32_t k = 0; k < it.newLength(); ++k) map.push_back(in.map[src]);
    }
  }
  map.push_back(in.map.back());
  return MappedText{std::move(out), std::move(map)};
}

}  // namespace

char32_t decode_utf8(std::string_view s, size_t i, int* length) {
  auto u = [&](size_t k) { return static_cast<char32_t>(static_cast<unsigned char>(s[i + k])); };
  int n = utf8_length(static_cast<unsigned char>(s[i]));
  if (i + n > s.size()) n = 1;
  *length = n;
  switch (n) {
    case 1: return u(0);
    case 2: return ((u(0) & 0x1F) << 6) | (u(1) & 0x3F);
    case 3: return ((u(0) & 0x0F) << 12) | ((u(1) & 0x3F) << 6) | (u(2) & 0x3F);
    default: return ((u(0) & 0x07) << 18) | ((u(1) & 0x3F) << 12) | ((u(2) & 0x3F) << 6) | (u(3) & 0x3F);
  }
}

void append_utf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

std::vector<uint32_t> compose_maps(const std::vector<uint32_t>& outer,
                                   const std::vector<uint32_t>& inner) {
  if (inner.empty()) return outer;
  if (outer.empty()) return inner;
  std::vector<uint32_t> out(inner.size());
  for (size_t i = 0; i < inner.size(); ++i)
    out[i] = inner[i] < outer.size() ? outer[inner[i]] : outer.back();
  return out;
}

MappedText normalize_text(std::string_view utf8) {
  return to_nfc(clean_typography(utf8));
}

bool is_normalized_text(std::string_view utf8) {
  if (next_edit(utf8, 0).at != std::string_view::npos) return false;
  if (below_combining_marks(utf8)) return true;
  UErrorCode status = U_ZERO_ERROR;
  return nfc_normalizer().isNormalizedUTF8(utf8, status) && U_SUCCESS(status);
}

}  // namespace dateline
