// Sentence splitting over the tokens of one paragraph. A sentence ends after final punctuation
// (with any closing quotes and brackets that follow) when the next token can begin a sentence,
// after an abbreviation only when a typical sentence starter follows, and at line breaks that
// look like the end of a headline or list line rather than a wrapped line.
#include <unicode/uchar.h>

#include "dateline/tokenize.hpp"
#include "tokenize/char_class.hpp"
#include "tokenize/word_lists.hpp"

namespace dateline {
namespace {

using tok::CharKind;

enum class Ending { none, terminal, ellipsis, abbreviation };

Ending ending_of(const Token& t) {
  std::string_view s = t.text;
  bool all_marks = true, question_or_bang = false;
  for (size_t i = 0; i < s.size();) {
    tok::CharInfo c = tok::char_at(s, i);
    if (c.kind != CharKind::period && c.kind != CharKind::terminal) all_marks = false;
    if (c.kind == CharKind::terminal && c.cp != 0x2026) question_or_bang = true;
    i += c.length;
  }
  if (all_marks) {
    bool ellipsis = !question_or_bang && (s.size() > 1);
    return ellipsis ? Ending::ellipsis : Ending::terminal;
  }
  if (s.size() > 1 && s.back() == '.') {
    std::string_view stem = s.substr(0, s.size() - 1);
    // Titles and initials stand before a name: never the end of a sentence.
    if (const auto* kind = tok::word_lists().abbreviation(stem); kind && *kind == tok::AbbreviationKind::title)
      return Ending::none;
    if (stem.size() == 1 && stem[0] >= 'A' && stem[0] <= 'Z') return Ending::none;
    return Ending::abbreviation;
  }
  return Ending::none;
}

CharKind first_kind(const Token& t) { return tok::char_at(t.text, 0).kind; }

bool starts_lower(const Token& t) {
  char c = t.text[0];
  if (static_cast<unsigned char>(c) < 0x80) return c >= 'a' && c <= 'z';
  return u_islower(static_cast<UChar32>(tok::char_at(t.text, 0).cp));
}

bool is_emoticon(std::string_view s) {
  return s.size() >= 2 && s.size() <= 3 && (s[0] == ':' || s[0] == ';' || s[0] == '=') &&
         std::string_view(")(DPp/").find(s.back()) != std::string_view::npos;
}

// Is token `j` a closing mark that belongs to the sentence before it?
bool is_closer(std::string_view text, const std::vector<Token>& w, size_t j) {
  const Token& t = w[j];
  tok::CharInfo c = tok::char_at(t.text, 0);
  if (is_emoticon(t.text)) return true;  // "Loved it! :)" ends with its smiley
  if (c.length != t.text.size()) return false;
  if (c.kind == CharKind::close_quote) return true;
  bool glued_left = j > 0 && w[j - 1].end == t.start;
  bool free_right = t.end >= text.size() || tok::char_at(text, t.end).kind == CharKind::space ||
                    tok::char_at(text, t.end).kind == CharKind::newline;
  if (c.kind == CharKind::apostrophe) return glued_left;
  if (c.cp == '"') return glued_left && free_right;
  return false;
}

bool line_break_between(std::string_view text, uint32_t a, uint32_t b) {
  return text.substr(a, b - a).find('\n') != std::string_view::npos;
}

// Line breaks inside a paragraph: a short line (a headline, a list item) ends its sentence;
// a long line without final punctuation is wrapped text that continues.
bool ends_line_sentence(std::string_view text, const Token& last, const Token& next) {
  size_t line_start = text.rfind('\n', last.start);
  line_start = line_start == std::string_view::npos ? 0 : line_start + 1;
  bool short_line = last.end - line_start < 60;
  CharKind k = first_kind(next);
  return short_line && (k != CharKind::letter || !starts_lower(next));
}

// UD English writes an abbreviation that ends a sentence without its period and gives the
// period a token of its own ("... in the U.S" "."), as if the sentence's full stop absorbed it.
void detach_final_period(std::string_view text, std::vector<Token>& tokens) {
  size_t k = tokens.size();
  while (k > 1 && is_closer(text, tokens, k - 1)) --k;
  if (k == 0) return;
  Token& t = tokens[k - 1];
  if (t.joins_next || (k > 1 && tokens[k - 2].joins_next) || ending_of(t) != Ending::abbreviation) return;
  Token period;
  period.start = t.end - 1;
  period.end = t.end;
  period.text = ".";
  t.end -= 1;
  t.text.pop_back();
  tokens.insert(tokens.begin() + static_cast<long>(k), std::move(period));
}

}  // namespace

std::vector<Sentence> split_sentences(std::string_view text, std::vector<Token> words) {
  std::vector<Sentence> out;
  const auto& lists = tok::word_lists();
  size_t n = words.size(), begin = 0;
  auto close_sentence = [&](size_t end_word) {  // words [begin, end_word)
    Sentence s;
    s.start = words[begin].start;
    s.end = words[end_word - 1].end;
    s.tokens.assign(std::make_move_iterator(words.begin() + static_cast<long>(begin)),
                    std::make_move_iterator(words.begin() + static_cast<long>(end_word)));
    detach_final_period(text, s.tokens);
    out.push_back(std::move(s));
    begin = end_word;
  };
  for (size_t i = 0; i < n;) {
    size_t last = i;
    while (last + 1 < n && words[last].joins_next) ++last;
    size_t next = last + 1;
    if (next >= n) break;
    Ending e = last == i ? ending_of(words[i]) : Ending::none;
    bool split = false;
    if (e != Ending::none) {
      while (next < n && is_closer(text, words, next)) ++next;
      if (next >= n) break;
      const Token& t = words[next];
      bool quoted = next > last + 1;  // '?" he asked' continues the sentence
      switch (e) {
        case Ending::terminal: split = !starts_lower(t) || (!quoted && words[i].text != "..."); break;
        case Ending::ellipsis: split = !starts_lower(t) && first_kind(t) != CharKind::digit; break;
        case Ending::abbreviation: split = lists.sentence_starters.count(t.text) > 0; break;
        case Ending::none: break;
      }
    }
    if (!split && next == last + 1 && line_break_between(text, words[last].end, words[next].start))
      split = ends_line_sentence(text, words[last], words[next]);
    if (split) close_sentence(next);
    i = next;
  }
  if (begin < n) close_sentence(n);
  return out;
}

}  // namespace dateline
