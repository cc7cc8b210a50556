#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>

#include <bit>
#include <cstring>
#include <memory>

#include "dateline/error.hpp"
#include "dateline/text.hpp"

namespace dateline {
namespace {

// Length of a valid UTF-8 sequence at s[i], or 0 if the bytes there are not valid UTF-8.
size_t valid_sequence(std::string_view s, size_t i) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data()) + i;
  size_t left = s.size() - i;
  unsigned char c = p[0];
  if (c < 0x80) return 1;
  auto cont = [&](size_t k) { return k < left && (p[k] & 0xC0) == 0x80; };
  if (c >= 0xC2 && c <= 0xDF) return cont(1) ? 2 : 0;
  if (c >= 0xE0 && c <= 0xEF) {
    if (!cont(1) || !cont(2)) return 0;
    if (c == 0xE0 && p[1] < 0xA0) return 0;  // overlong
    if (c == 0xED && p[1] >= 0xA0) return 0; // surrogate
    return 3;
  }
  if (c >= 0xF0 && c <= 0xF4) {
    if (!cont(1) || !cont(2) || !cont(3)) return 0;
    if (c == 0xF0 && p[1] < 0x90) return 0;
    if (c == 0xF4 && p[1] >= 0x90) return 0;
    return 4;
  }
  return 0;
}

struct Utf8Scan {
  size_t invalid = 0;     // bytes in invalid sequences
  size_t multibyte = 0;   // valid multi-byte sequences
  size_t first_invalid = std::string_view::npos;
};

// Eight bytes of s from i, in memory order (memcpy: no alignment assumed).
uint64_t load8(std::string_view s, size_t i) {
  uint64_t x;
  std::memcpy(&x, s.data() + i, sizeof x);
  return x;
}

constexpr uint64_t kHighBits = 0x8080808080808080ULL;

Utf8Scan scan_utf8(std::string_view s) {
  Utf8Scan r;
  for (size_t i = 0; i < s.size();) {
    // Sixteen ASCII bytes per step (two loads, one test) while there are only such bytes.
    while (i + 16 <= s.size() && ((load8(s, i) | load8(s, i + 8)) & kHighBits) == 0) i += 16;
    if (i == s.size()) break;
    if (i + 8 <= s.size()) {  // eight ASCII bytes at once, else straight to the first other one
      uint64_t high = load8(s, i) & kHighBits;
      if (high == 0) {
        i += 8;
        continue;
      }
      i += static_cast<size_t>(std::countr_zero(high)) / 8;
    }
    if (static_cast<unsigned char>(s[i]) < 0x80) { ++i; continue; }
    size_t n = valid_sequence(s, i);
    if (n == 0) {
      if (r.first_invalid == std::string_view::npos) r.first_invalid = i;
      ++r.invalid;
      ++i;
    } else {
      ++r.multibyte;
      i += n;
    }
  }
  return r;
}

DecodeResult repair_utf8(std::string_view s, size_t offset_base) {
  DecodeResult r;
  r.encoding = "UTF-8";
  r.utf8.text.reserve(s.size());
  r.utf8.map.reserve(s.size() + 1);
  for (size_t i = 0; i < s.size();) {
    size_t n = valid_sequence(s, i);
    if (n == 0) {
      r.utf8.text += "\xEF\xBF\xBD";
      for (int k = 0; k < 3; ++k) r.utf8.map.push_back(static_cast<uint32_t>(offset_base + i));
      ++r.repaired_bytes;
      ++i;
      continue;
    }
    for (size_t k = 0; k < n; ++k) {
      r.utf8.text += s[i + k];
      r.utf8.map.push_back(static_cast<uint32_t>(offset_base + i + k));
    }
    i += n;
  }
  r.utf8.map.push_back(static_cast<uint32_t>(offset_base + s.size()));
  return r;
}

struct ConverterCloser {
  void operator()(UConverter* c) const { ucnv_close(c); }
};

// Converts with ICU, keeping for every output byte the input offset of its character.
bool convert_with_icu(std::string_view s, const char* charset, size_t offset_base, DecodeResult& r) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UConverter, ConverterCloser> conv(ucnv_open(charset, &status));
  if (U_FAILURE(status)) return false;
  std::vector<UChar> u16(s.size() + 1);
  std::vector<int32_t> offsets(s.size() + 1);
  UChar* target = u16.data();
  const char* source = s.data();
  ucnv_toUnicode(conv.get(), &target, u16.data() + u16.size(), &source, s.data() + s.size(),
                 offsets.data(), true, &status);
  if (U_FAILURE(status)) return false;
  size_t n16 = static_cast<size_t>(target - u16.data());
  r.utf8.text.clear();
  r.utf8.map.clear();
  for (size_t i = 0; i < n16;) {
    char32_t cp = u16[i];
    size_t at = i;
    if (cp >= 0xD800 && cp <= 0xDBFF && i + 1 < n16 && u16[i + 1] >= 0xDC00 && u16[i + 1] <= 0xDFFF) {
      cp = 0x10000 + ((cp - 0xD800) << 10) + (u16[i + 1] - 0xDC00);
      ++i;
    }
    ++i;
    size_t before = r.utf8.text.size();
    append_utf8(r.utf8.text, cp);
    uint32_t src = static_cast<uint32_t>(offset_base + (offsets[at] >= 0 ? offsets[at] : 0));
    r.utf8.map.insert(r.utf8.map.end(), r.utf8.text.size() - before, src);
  }
  r.utf8.map.push_back(static_cast<uint32_t>(offset_base + s.size()));
  // ICU's internal converter names (ibm-5348_P100-1997) mean nothing to users: report the
  // IANA name, falling back to the name we asked for.
  const char* internal = ucnv_getName(conv.get(), &status);
  const char* iana = U_SUCCESS(status) ? ucnv_getStandardName(internal, "IANA", &status) : nullptr;
  r.encoding = (U_SUCCESS(status) && iana) ? iana : charset;
  return true;
}

std::string detect_charset(std::string_view s) {
  UErrorCode status = U_ZERO_ERROR;
  UCharsetDetector* det = ucsdet_open(&status);
  if (U_FAILURE(status)) return "windows-1252";
  ucsdet_setText(det, s.data(), static_cast<int32_t>(std::min<size_t>(s.size(), 1 << 20)), &status);
  const UCharsetMatch* m = ucsdet_detect(det, &status);
  std::string name = "windows-1252";
  if (U_SUCCESS(status) && m) {
    const char* n = ucsdet_getName(m, &status);
    if (U_SUCCESS(status) && n) name = n;
  }
  ucsdet_close(det);
  // The detector names ISO-8859-1 for text that is really windows-1252 (curly quotes in 0x80-0x9F).
  if (name == "ISO-8859-1") name = "windows-1252";
  if (name == "UTF-8") name = "windows-1252";  // we only get here when it is not valid UTF-8
  return name;
}

}  // namespace

bool looks_binary(std::string_view bytes) {
  size_t n = std::min<size_t>(bytes.size(), 64 * 1024);
  size_t control = 0;
  // Flags bytes below 0x20 (the lowest flag exact, as in the loop below).
  auto low_bytes = [](uint64_t x) { return (x - 0x2020202020202020ULL) & ~x & kHighBits; };
  for (size_t i = 0; i < n;) {
    while (i + 16 <= n && (low_bytes(load8(bytes, i)) | low_bytes(load8(bytes, i + 8))) == 0) i += 16;
    if (i == n) break;
    // Eight bytes at once while none is below 0x20 (the test may flag a clean word, never
    // miss a control byte): text is nearly all such words.
    if (i + 8 <= n) {
      uint64_t low = low_bytes(load8(bytes, i));
      if (low == 0) {
        i += 8;
        continue;
      }
      // The lowest flag is exact: go straight to it (a newline costs one step, not eight).
      i += static_cast<size_t>(std::countr_zero(low)) / 8;
    }
    unsigned char c = static_cast<unsigned char>(bytes[i++]);
    if (c == 0) return true;
    if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') ++control;
  }
  return n > 0 && control * 20 > n;  // more than 5% control characters
}

DecodeResult decode_bytes(std::string_view bytes, InvalidUtf8Policy policy) {
  size_t base = 0;
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") {
    bytes.remove_prefix(3);
    base = 3;
  }
  Utf8Scan scan = scan_utf8(bytes);
  if (scan.invalid == 0) {
    DecodeResult r;
    r.encoding = "UTF-8";
    r.utf8.text.assign(bytes);
    if (base != 0) {  // shift the map past the BOM; otherwise identity (left empty = cheap)
      r.utf8.map.resize(bytes.size() + 1);
      for (size_t i = 0; i <= bytes.size(); ++i) r.utf8.map[i] = static_cast<uint32_t>(i + base);
    }
    return r;
  }
  if (policy == InvalidUtf8Policy::reject)
    throw Error(ExitCode::bad_input,
                "invalid UTF-8 at byte " + std::to_string(scan.first_invalid + base));
  if (scan.multibyte == 0) {
    // No valid multi-byte sequence anywhere: a legacy 8-bit encoding, not damaged UTF-8.
    DecodeResult r;
    if (convert_with_icu(bytes, detect_charset(bytes).c_str(), base, r)) return r;
  }
  return repair_utf8(bytes, base);
}

DecodeResult decode_bytes_as(std::string_view bytes, std::string_view charset) {
  std::string name(charset);
  for (auto& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (name.empty() || name == "utf-8" || name == "utf8") return decode_bytes(bytes);
  if (scan_utf8(bytes).invalid == 0 && scan_utf8(bytes).multibyte > 0) return decode_bytes(bytes);
  if (name == "iso-8859-1" || name == "latin1" || name == "us-ascii") name = "windows-1252";
  DecodeResult r;
  if (convert_with_icu(bytes, name.c_str(), 0, r)) return r;
  return decode_bytes(bytes);
}

}  // namespace dateline
