#include "tokenize/scanner.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <cstring>

namespace dateline::tok {
namespace {

bool starts_with_ci(std::string_view s, size_t p, std::string_view prefix) {
  if (s.size() - p < prefix.size()) return false;
  for (size_t i = 0; i < prefix.size(); ++i) {
    char c = s[p + i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != prefix[i]) return false;
  }
  return true;
}

bool is_ascii_digit(char c) { return c >= '0' && c <= '9'; }
bool is_upper_ascii(char c) { return c >= 'A' && c <= 'Z'; }

// Characters that may trail a URL or e-mail address but belong to the sentence instead.
bool is_url_trailer(char c) { return std::strchr(".,;:!?)]}\"'>", c) != nullptr && c != '\0'; }

bool is_space_kind(CharKind k) { return k == CharKind::space || k == CharKind::newline; }

// ASCII bytes that belong to a chunk (all but white space).
constexpr auto ascii_in_chunk = [] {
  std::array<bool, 128> t{};
  for (int c = 0; c < 128; ++c) t[c] = c != ' ' && c != '\t' && c != '\f' && c != '\v' && c != '\r' && c != '\n';
  return t;
}();

// ASCII letters and digits: the bytes a word grows over without a second look (false for
// every byte from 0x80 up, so one look-up a byte).
constexpr auto ascii_word = [] {
  std::array<bool, 256> t{};
  for (int c = 0; c < 128; ++c) t[c] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  return t;
}();

// The first byte at or after j (before end) that is not printable ASCII (0x21-0x7F), or end:
// eight bytes per step, as chunks are mostly such bytes.
size_t skip_printable_ascii(const char* s, size_t j, size_t end) {
  constexpr uint64_t ones = 0x0101010101010101ULL, high = ones * 0x80;
  while (j + 8 <= end) {
    uint64_t x;
    std::memcpy(&x, s + j, 8);
    // Bytes below 0x21 (the lowest flagged byte is exact) or from 0x80 up.
    uint64_t stop = ((x - ones * 0x21) & ~x & high) | (x & high);
    if (stop) return j + static_cast<size_t>(std::countr_zero(stop)) / 8;
    j += 8;
  }
  while (j < end && static_cast<unsigned char>(s[j]) > 0x20 && static_cast<unsigned char>(s[j]) < 0x80) ++j;
  return j;
}

// The first byte at or after q that is not an ASCII letter or digit, capped at end. A byte
// loop: words are short (five bytes on average), and eight bytes of range arithmetic per step
// cost more than a look-up per byte.
size_t skip_ascii_alnum(const char* s, size_t q, size_t end) {
  while (q < end && ascii_word[static_cast<unsigned char>(s[q])]) ++q;
  return q;
}

// The ASCII marks that may join a word to what follows ("U.S", "don't", "200,000", "a@b").
constexpr auto ascii_may_join = [] {
  std::array<bool, 128> t{};
  for (char c : {'.', '\'', '-', ',', ':', '/', '&', '@', '_'}) t[static_cast<unsigned char>(c)] = true;
  return t;
}();

// First letters of URL schemes, any case: one table look-up rules out most positions.
constexpr auto url_first_byte = [] {
  std::array<bool, 256> t{};
  for (char c : {'h', 'w', 'f', 'm'}) t[static_cast<unsigned char>(c)] = t[static_cast<unsigned char>(c - 32)] = true;
  return t;
}();

// Only these first two letters start a URL (http, https, www, ftp, mailto), any case.
bool may_start_url(std::string_view s, size_t p, size_t end) {
  if (!url_first_byte[static_cast<unsigned char>(s[p])] || p + 1 >= end) return false;
  char a = static_cast<char>(s[p] | 0x20), b = static_cast<char>(s[p + 1] | 0x20);
  return (a == 'h' && b == 't') || (a == 'w' && b == 'w') || (a == 'f' && b == 't') || (a == 'm' && b == 'a');
}

}  // namespace

size_t Scanner::chunk_end(size_t p, size_t end) const {
  const char* s = text_.data();
  size_t j = p;
  while (j < end) {
    j = skip_printable_ascii(s, j, end);
    if (j >= end) break;
    auto b = static_cast<unsigned char>(s[j]);
    if (b < 0x80) {  // a table look-up per ASCII byte; ICU only for the rest
      if (!ascii_in_chunk[b]) break;
      ++j;
      continue;
    }
    CharInfo d = char_at(text_, j);
    if (is_space_kind(d.kind)) break;
    j += d.length;
  }
  return std::min(j, end);
}

void Scanner::run(size_t start, size_t end) {
  // One pass: tokens are scanned up to the paragraph's end and stop at white space by
  // themselves; the few rules that need the chunk's end (URLs, "@") find it on demand.
  chunk_begin_ = start;
  const char* data = text_.data();
  size_t p = start;
  while (p < end) {
    // Most tokens are plain words of ASCII letters and digits followed by a space: such a word
    // needs none of scan_token's rules (no URL, shorthand, inner mark or final period), only
    // emit_word's clitic test, and the space after it is stepped over here.
    if (ascii_word[static_cast<unsigned char>(data[p])] && !may_start_url(text_, p, end)) {
      size_t q = skip_ascii_alnum(data, p + 1, end);
      if (q == end || data[q] == ' ') {
        emit_word(p, q, false);
        p = q + 1;
        chunk_begin_ = p;
        continue;
      }
      // A mark follows: the word's own rules go on from there ("w/" still needs scan_token).
      if (!(q == p + 1 && data[q] == '/')) {
        p = scan_word(p, q, end);
        continue;
      }
    }
    if (data[p] == ',') {  // a comma is a token of its own (scan_symbols' answer for it)
      emit(p, p + 1);
      ++p;
      continue;
    }
    if (space_at(p)) {
      p += static_cast<unsigned char>(text_[p]) < 0x80 ? 1 : char_at(text_, p).length;
      chunk_begin_ = p;
      continue;
    }
    size_t next = scan_token(p, end);
    p = next > p ? next : p + 1;
  }
}

// scan_token and scan_word are inlined by force (each has one caller): as calls, they saved
// and restored a full set of registers for every token.
[[gnu::always_inline]] inline size_t Scanner::scan_token(size_t p, size_t end) {
  if (size_t u = may_start_url(text_, p, end) ? url_end(p, end) : p; u > p) {
    emit(p, u);
    return u;
  }
  CharInfo c = char_at(text_, p);
  size_t next = p + c.length;
  switch (c.kind) {
    case CharKind::letter:
    case CharKind::digit:
      if (size_t s = p + 1 < end && text_[p + 1] == '/' ? slash_abbreviation_end(p, end) : p; s > p) {
        emit(p, s);
        next = s;
        break;
      }
      next = scan_word(p, p, end);
      break;
    case CharKind::apostrophe:
      next = scan_apostrophe(p, chunk_begin_, end);
      break;
    case CharKind::period:
    case CharKind::terminal:
      // "...", "!!", "?!" and the like are one token.
      while (next < end) {
        CharKind k = kind_at(next);
        if (k != CharKind::period && k != CharKind::terminal) break;
        next += char_at(text_, next).length;
      }
      emit(p, next);
      break;
    case CharKind::hyphen:
      // Rules drawn with dashes and equals signs ("----==") are one token. (A byte loop: a
      // non-ASCII hyphen's lead byte may also lead a white space, so stop at the chunk's end.)
      if (static_cast<unsigned char>(text_[p]) >= 0x80) end = chunk_end(p, end);
      while (next < end && (text_[next] == text_[p] || (text_[p] == '-' && text_[next] == '='))) ++next;
      emit(p, next);
      break;
    case CharKind::open_quote:
      if (c.cp == 0x2018) single_quote_open_ = true;
      emit(p, next);
      break;
    default:
      next = scan_symbols(p, end);
      break;
  }
  return next;
}

size_t Scanner::slash_abbreviation_end(size_t p, size_t end) const {
  // Informal shorthands written with a slash: "w/" (with), "w/o" (without), "b/c" (because).
  if (end - p < 2 || text_[p + 1] != '/') return p;
  static constexpr std::string_view forms[] = {"w/o", "b/c", "w/"};
  for (std::string_view f : forms) {
    if (!starts_with_ci(text_, p, f) || p + f.size() > end) continue;
    size_t e = p + f.size();
    if (e < end && is_word_kind(kind_at(e))) continue;
    return e;
  }
  return p;
}

size_t Scanner::scan_symbols(size_t p, size_t end) {
  char first = text_[p];  // every face starts with one of these: most marks skip the table
  bool face = first == ':' || first == ';' || first == '=' || first == '^';
  if (size_t e = face ? emoticon_end(p, end) : p; e > p) {
    emit(p, e);
    return e;
  }
  CharInfo c = char_at(text_, p);
  size_t next = p + c.length;
  // Runs of one ASCII symbol (***, ===, <<, >>) are one token; other marks stand alone.
  if (c.cp < 0x80 && std::strchr("*=+<>~#^_|/\\$", static_cast<char>(c.cp)) != nullptr && c.cp != 0)
    while (next < end && (text_[next] == text_[p] || (text_[p] == '=' && text_[next] == '-'))) ++next;
  emit(p, next);
  return next;
}

size_t Scanner::emoticon_end(size_t p, size_t end) const {
  static constexpr std::string_view faces[] = {":-)", ":-(", ":-D", ":-P", ";-)", ":'(", "^_^",
                                               ":)", ":(", ":D", ":P", ":p", ";)", "=)", ":/"};
  for (std::string_view f : faces) {
    if (text_.size() - p < f.size() || text_.compare(p, f.size(), f) != 0) continue;
    size_t e = p + f.size();
    if (e > end) continue;
    // A face is only a face when no word is glued to its end (":Daily" is not one).
    if (e < end && is_word_kind(kind_at(e))) continue;
    return e;
  }
  return p;
}

size_t Scanner::url_end(size_t p, size_t end) const {
  char c = text_[p];
  if (c != 'h' && c != 'H' && c != 'w' && c != 'W' && c != 'f' && c != 'F' && c != 'm' && c != 'M') return p;
  // Cheap shape test first: every scheme we know has ':' or '.' within its first 8 bytes.
  // (A loop: find_first_of would call memchr once per byte.)
  size_t head_end = p + std::min<size_t>(8, end - p);
  size_t mark = p;
  while (mark < head_end && text_[mark] != ':' && text_[mark] != '.') ++mark;
  if (mark == head_end) return p;
  if (p > 0 && is_word_kind(char_before(text_, p).kind)) return p;
  if (!(starts_with_ci(text_, p, "http://") || starts_with_ci(text_, p, "https://") ||
        starts_with_ci(text_, p, "www.") || starts_with_ci(text_, p, "ftp://") ||
        starts_with_ci(text_, p, "mailto:")))
    return p;
  size_t e = chunk_end(p, end);
  while (e > p && is_url_trailer(text_[e - 1])) {
    // Keep a closing bracket that has its opening partner inside the URL (wiki links).
    if (text_[e - 1] == ')' && text_.substr(p, e - p).find('(') != std::string_view::npos) break;
    --e;
  }
  return e;
}

size_t Scanner::scan_apostrophe(size_t p, size_t chunk_begin, size_t end) {
  CharInfo c = char_at(text_, p);
  size_t after = p + c.length;
  size_t q = after;
  while (q < end && kind_at(q) == CharKind::letter) q += char_at(text_, q).length;
  std::string_view rest = text_.substr(after, q - after);
  bool word_follows = q > after;
  // A clitic written apart from its host ("Jones 's"): one token, as UD writes it.
  if (word_follows && (q == end || !is_word_kind(kind_at(q))) && p == chunk_begin) {
    static constexpr std::string_view clitics[] = {"s", "S", "ll", "re", "ve", "m", "d", "LL", "RE", "VE", "M", "D"};
    for (std::string_view k : clitics)
      if (rest == k) {
        emit(p, q);
        return q;
      }
  }
  if (word_follows || (after < end && kind_at(after) == CharKind::digit))
    single_quote_open_ = true;  // an opening single quote ('Hello', '90s)
  else
    single_quote_open_ = false;
  emit(p, after);
  return after;
}

bool Scanner::keep_hyphen(size_t word_start, size_t segment_start, size_t hyphen, size_t after, size_t end) const {
  std::string_view left = text_.substr(segment_start, hyphen - segment_start);
  size_t r = after;
  bool right_digits = true, right_has_digit = false;
  while (r < end && is_word_kind(kind_at(r))) {
    bool d = is_ascii_digit(text_[r]);
    right_digits &= d;
    right_has_digit |= d;
    r += char_at(text_, r).length;
  }
  bool left_digits = !left.empty(), left_has_digit = false;
  for (char ch : left) {
    left_digits &= is_ascii_digit(ch);
    left_has_digit |= is_ascii_digit(ch);
  }
  if (left_digits && right_digits) {
    // Phone numbers and dates stay whole (555-0123, 1-800-555-0199, 8-7-01); ranges split.
    bool more_groups = segment_start > word_start || (r + 1 < end && text_[r] == '-' && is_ascii_digit(text_[r + 1]));
    return more_groups || (left.size() == 3 && r - after == 4);
  }
  if (left_has_digit && right_has_digit) return true;  // codes such as x3-9890
  if (left_has_digit || right_has_digit) return false;  // "24 - hour", "F - 16"
  return segment_start == word_start && lists_.is_hyphen_prefix(left);
}

bool Scanner::sentence_glued_at(size_t segment, size_t period, size_t after, size_t end) const {
  // "quality.You'll" is two sentences typed without a space; "Compaq.com", "ENRON.XLS",
  // "U.S" and "3.5" are single tokens. Only a lower-case word of 2+ letters before the period
  // and a word after it that is no domain or file suffix split.
  if (period - segment < 2) return false;
  for (size_t i = segment; i < period; ++i)
    if (text_[i] < 'a' || text_[i] > 'z') return false;
  size_t r = after;
  while (r < end && kind_at(r) == CharKind::letter) r += char_at(text_, r).length;
  if (r - after < 2) return false;
  if (r < end && (text_[r] == '.' || text_[r] == '@' || text_[r] == '/' || is_word_kind(kind_at(r)))) return false;
  if (text_.substr(segment, chunk_end(r, end) - segment).find('@') != std::string_view::npos) return false;
  return !lists_.is_domain_suffix(text_.substr(after, r - after));
}

bool Scanner::takes_final_period(size_t p, size_t q, bool internal_period) const {
  std::string_view word = text_.substr(p, q - p);
  if (internal_period) {
    // U.S. e.g. a.m. Ph.D. — short letter segments only (not "site.com.", "3.5.").
    size_t seg = 0;
    for (char ch : word) {
      if (ch == '.') {
        seg = 0;
        continue;
      }
      if (is_ascii_digit(ch) || ++seg > 2) return false;
    }
    return true;
  }
  CharInfo first = char_at(text_, p);
  if (first.length == word.size() && first.kind == CharKind::letter) {
    // A single capital is an initial ("J. Smith"); lower-case letters are list labels.
    return first.cp < 0x80 ? is_upper_ascii(static_cast<char>(first.cp)) : true;
  }
  const AbbreviationKind* kind = lists_.abbreviation(word);
  if (!kind) return false;
  if (*kind == AbbreviationKind::numeral) {
    size_t n = q + 1;
    while (n < text_.size() && text_[n] == ' ') ++n;
    return n < text_.size() && is_ascii_digit(text_[n]);
  }
  return true;
}

[[gnu::always_inline]] inline size_t Scanner::scan_word(size_t p, size_t q, size_t end) {
  const char* data = text_.data();
  size_t segment = p;
  bool internal_period = false, apostrophe = false;
  while (true) {
    while (q < end) {
      q = skip_ascii_alnum(data, q, end);
      // It stops only at the end or at a byte that is no ASCII letter or digit.
      if (q >= end || static_cast<unsigned char>(data[q]) < 0x80) break;
      CharInfo c = char_at(text_, q);
      if (!is_word_kind(c.kind)) break;
      q += c.length;
    }
    if (q >= end) break;
    // Only these marks ever join a word to what follows: the rest (white space above all) end
    // it without a look ahead.
    auto b = static_cast<unsigned char>(data[q]);
    if (b < 0x80 && !ascii_may_join[b]) break;
    CharInfo j = char_at(text_, q);
    if (b >= 0x80 && j.kind != CharKind::apostrophe && j.kind != CharKind::hyphen) break;
    size_t k = q + j.length;
    bool word_next = k < end && is_word_kind(kind_at(k));
    bool digit_before = is_ascii_digit(text_[q - 1]);
    bool digit_next = k < end && is_ascii_digit(text_[k]);
    bool letter_next = k < end && kind_at(k) == CharKind::letter;
    bool join = false;
    switch (j.kind) {
      case CharKind::period:
        if (k < end && text_[k] == '.') {
          // Obfuscated addresses keep their dots: "franz371...@example.com".
          size_t d = k;
          while (d < end && text_[d] == '.') ++d;
          if (d < end && text_[d] == '@') {
            k = d;
            join = true;
          }
          break;
        }
        join = word_next && !sentence_glued_at(segment, q, k, end);
        internal_period |= join;
        break;
      case CharKind::apostrophe:
        join = letter_next;
        apostrophe |= join;
        break;
      case CharKind::hyphen:
        join = word_next && keep_hyphen(p, segment, q, k, end);
        if (join) segment = k;
        break;
      default:
        switch (j.cp) {
          case ',':  // thousands: 200,000 but not "5,a" or "1,23"
            join = digit_before && k + 3 <= end && is_ascii_digit(text_[k]) && is_ascii_digit(text_[k + 1]) &&
                   is_ascii_digit(text_[k + 2]) && (k + 3 == end || !is_ascii_digit(text_[k + 3]));
            break;
          case ':': case '/': join = digit_before && digit_next; break;
          case '&': join = !digit_before && letter_next; break;
          case '@': case '_': join = word_next; break;
          default: break;
        }
    }
    if (!join) break;
    q = k;
  }
  auto last = q < end ? static_cast<unsigned char>(data[q]) : 0;  // most words end at a space
  if (last == '.' && !(q + 1 < end && text_[q + 1] == '.') && takes_final_period(p, q, internal_period)) {
    ++q;
  } else if ((last == '\'' || last >= 0x80) && kind_at(q) == CharKind::apostrophe &&
             (text_[q - 1] == 's' || text_[q - 1] == 'S')) {
    // Plural possessive ("the students' union"), unless it closes a single quote.
    size_t after = q + char_at(text_, q).length;
    if (!single_quote_open_ && (after >= end || !is_word_kind(kind_at(after)))) {
      q = after;
      apostrophe = true;
    }
  }
  emit_word(p, q, apostrophe);
  return q;
}

void Scanner::emit_split(size_t start, size_t end) {
  thread_local std::vector<size_t> splits;
  splits.clear();
  clitic_splits(text_, start, end, splits);
  size_t from = start;
  for (size_t s : splits) {
    emit(from, s);
    out_.back().joins_next = true;
    from = s;
  }
  emit(from, end);
}

}  // namespace dateline::tok
