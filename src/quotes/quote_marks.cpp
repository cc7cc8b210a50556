// Finding quoted passages: pairing opening and closing marks paragraph by paragraph.
#include <algorithm>

#include "dateline/quotes.hpp"
#include "dateline/text.hpp"
#include "quotes/paragraphs.hpp"

namespace dateline {
namespace {

enum class Family { double_mark, single_mark, guillemet, straight_double, straight_single };

struct OpenMark {
  Family family;
  uint32_t open;   // offset of the mark
  uint32_t start;  // first byte after it
};

struct Mark {
  enum Role { none, opening, closing, either } role = none;
  Family family = Family::double_mark;
  int length = 0;
};

bool is_word_char(char32_t c) { return c >= 0x80 ? c != 0x2019 && c != 0x201D : std::isalnum(static_cast<int>(c)) != 0; }
bool is_space_or_open(char32_t c) {
  return c == 0 || c == ' ' || c == '\n' || c == '\t' || c == '(' || c == '[' || c == 0x2014 || c == 0x2013 ||
         c == 0x201C || c == '"' || c == '-';
}

char32_t code_point_at(std::string_view text, size_t i) {
  if (i >= text.size()) return 0;
  int len = 0;
  return decode_utf8(text, i, &len);
}

char32_t code_point_before(std::string_view text, size_t i) {
  if (i == 0) return 0;
  size_t j = i - 1;
  while (j > 0 && (static_cast<unsigned char>(text[j]) & 0xC0) == 0x80) --j;
  return code_point_at(text, j);
}

// What the character at `i` is as a quotation mark, judged from its neighbours.
Mark classify(std::string_view text, size_t i) {
  int len = 0;
  char32_t c = decode_utf8(text, i, &len);
  char32_t before = code_point_before(text, i);
  char32_t next = code_point_at(text, i + len);
  auto doubled = [&](char32_t second) { return next == second; };
  switch (c) {
    case 0x201C: return {Mark::opening, Family::double_mark, len};             // “
    case 0x201D:  // ”, but one that starts a word after a space is a mistyped opening mark
      if (is_space_or_open(before) && is_word_char(next)) return {Mark::opening, Family::double_mark, len};
      return {Mark::closing, Family::double_mark, len};
    case 0x00AB: case 0x2039: return {Mark::opening, Family::guillemet, len};  // « ‹
    case 0x00BB: case 0x203A: return {Mark::closing, Family::guillemet, len};  // » ›
    case 0x2018:  // ‘ (or wire-style ‘‘)
      if (doubled(0x2018)) return {Mark::opening, Family::double_mark, 2 * len};
      return {Mark::opening, Family::single_mark, len};
    case 0x2019:  // ’ closes a single quote, unless it is an apostrophe inside a word
      if (doubled(0x2019)) return {Mark::closing, Family::double_mark, 2 * len};
      if (is_word_char(next)) return {};
      return {Mark::closing, Family::single_mark, len};
    case '`':
      if (doubled('`')) return {Mark::opening, Family::double_mark, 2};
      return {};
    case '"': return {Mark::either, Family::straight_double, 1};
    case '\'':
      if (doubled('\'')) return {Mark::closing, Family::double_mark, 2};
      if (is_space_or_open(before) && is_word_char(next)) return {Mark::opening, Family::straight_single, 1};
      if (!is_word_char(next) && before != 0 && before != ' ') return {Mark::closing, Family::straight_single, 1};
      return {};
    default: return {};
  }
}

// Whether a character starting with this byte can be a mark at all: the ASCII marks, and the
// lead bytes of U+00AB/U+00BB (C2) and U+2018-U+203A (E2). Skips classify() for the rest.
bool could_be_mark(unsigned char lead) {
  return lead == '"' || lead == '\'' || lead == '`' || lead == 0xC2 || lead == 0xE2;
}

bool is_double(Family f) { return f != Family::single_mark && f != Family::straight_single; }

bool closes(Family open, Family close) {
  if (open == close) return true;
  // Wire copy mixes ‘‘ with ” and `` with '': all are double marks.
  return (open == Family::double_mark || open == Family::straight_double) &&
         (close == Family::double_mark || close == Family::straight_double);
}

// True when the paragraph starting at `start` opens with a double (or guillemet) mark.
bool opens_with_quote(std::string_view text, uint32_t start, uint32_t end) {
  size_t i = start;
  while (i < end && (text[i] == ' ' || text[i] == '\t')) ++i;
  if (i >= end) return false;
  Mark m = classify(text, i);
  return (m.role == Mark::opening || m.role == Mark::either) && m.family != Family::single_mark &&
         m.family != Family::straight_single;
}

uint32_t trim_end(std::string_view text, uint32_t start, uint32_t end) {
  while (end > start && (text[end - 1] == ' ' || text[end - 1] == '\n' || text[end - 1] == '\t')) --end;
  return end;
}

// Whether the straight mark at `i` opens a sentence inside a quote whose text began at
// `quote_start`: a space before it, a word after it, and a sentence end (. ? !) just before the
// space, with at least one word of quote in between.
bool starts_new_sentence_quote(std::string_view text, uint32_t quote_start, size_t i) {
  if (i < quote_start + 2 || text[i - 1] != ' ' || !is_word_char(code_point_at(text, i + 1))) return false;
  size_t j = i - 1;
  while (j > quote_start && text[j - 1] == ' ') --j;
  return j > quote_start && (text[j - 1] == '.' || text[j - 1] == '?' || text[j - 1] == '!');
}

}  // namespace

std::vector<QuotedSpan> find_quoted_spans(std::string_view text, const std::vector<Span>& given_paragraphs) {
  std::vector<Span> paragraphs = given_paragraphs.empty() ? split_paragraphs(text) : given_paragraphs;
  std::vector<QuotedSpan> spans;
  std::vector<OpenMark> stack;
  for (size_t p = 0; p < paragraphs.size(); ++p) {
    const Span para = paragraphs[p];
    size_t i = para.start;
    // A quote left open by the previous paragraph runs on: skip this paragraph's opening mark.
    if (!stack.empty()) {
      while (i < para.end && text[i] == ' ') ++i;
      i += classify(text, i).length;
    }
    while (i < para.end) {
      const unsigned char lead = static_cast<unsigned char>(text[i]);
      Mark m = could_be_mark(lead) ? classify(text, i) : Mark{};
      if (m.role == Mark::none) {
        i += utf8_length(lead);
        continue;
      }
      bool top_matches = !stack.empty() && closes(stack.back().family, m.family);
      if (m.role == Mark::either && top_matches && starts_new_sentence_quote(text, stack.back().start, i)) {
        // `… immigration. "We are …`: a straight mark opening a new sentence inside an open
        // quote. Copy that runs a quote over sentences (or paragraphs merged into one) opens
        // each with a mark and closes only the last: the open quote ends, unclosed, where its
        // sentence did, and a new one starts here. Read as a closer, the mark would turn the
        // next stretch of narrative into a quote and the next quote into narrative.
        OpenMark o = stack.back();
        stack.pop_back();
        const uint32_t end = trim_end(text, o.start, static_cast<uint32_t>(i));
        spans.push_back({o.open, o.start, end, end, false, static_cast<int>(stack.size())});
        stack.push_back({m.family, static_cast<uint32_t>(i), static_cast<uint32_t>(i + m.length)});
        i += m.length;
        continue;
      }
      bool is_closing = m.role == Mark::closing || (m.role == Mark::either && top_matches);
      if (is_closing) {
        // Pop to the matching mark; unmatched inner marks are dropped. A stray closer is ignored.
        auto it = std::find_if(stack.rbegin(), stack.rend(), [&](const OpenMark& o) { return closes(o.family, m.family); });
        if (it != stack.rend()) {
          size_t keep = stack.size() - 1 - static_cast<size_t>(it - stack.rbegin());
          OpenMark o = stack[keep];
          stack.resize(keep);
          spans.push_back({o.open, o.start, static_cast<uint32_t>(i), static_cast<uint32_t>(i + m.length), true,
                           static_cast<int>(keep)});
        }
      } else {
        stack.push_back({m.family, static_cast<uint32_t>(i), static_cast<uint32_t>(i + m.length)});
      }
      i += m.length;
    }
    if (stack.empty()) continue;
    // Still open at the paragraph's end: continue only the outer quote, and only when the next
    // paragraph opens with a quote mark; otherwise cap it here rather than swallow the article.
    // Single marks are too often apostrophes to trust unclosed; they are dropped instead.
    bool runs_on = p + 1 < paragraphs.size() && is_double(stack.front().family) &&
                   opens_with_quote(text, paragraphs[p + 1].start, paragraphs[p + 1].end);
    size_t first_to_cap = runs_on ? 1 : 0;
    uint32_t end = trim_end(text, para.start, para.end);
    for (size_t k = stack.size(); k-- > first_to_cap;)
      if (stack[k].start < end && is_double(stack[k].family))
        spans.push_back({stack[k].open, stack[k].start, end, end, false, static_cast<int>(k)});
    stack.resize(first_to_cap);
  }
  std::sort(spans.begin(), spans.end(), [](const QuotedSpan& a, const QuotedSpan& b) {
    return a.open != b.open ? a.open < b.open : a.depth < b.depth;
  });
  return spans;
}

}  // namespace dateline
