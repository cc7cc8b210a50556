// Sentence splitting over the tokens of one paragraph. A sentence ends after final punctuation
// (with any closing quotes and brackets that follow) when the next token can begin a sentence,
// after an abbreviation only when a typical sentence starter follows, and at line breaks that
// look like the end of a headline or list line rather than a wrapped line.
#include <unicode/uchar.h>

#include <cstring>

#include "dateline/tokenize.hpp"
#include "tokenize/char_class.hpp"
#include "tokenize/boundary_model.hpp"
#include "tokenize/scanner.hpp"
#include "tokenize/word_lists.hpp"

namespace dateline {
namespace tok {
namespace {

enum class Ending { none, terminal, ellipsis, abbreviation };

std::string_view view(std::string_view text, const Piece& p) { return text.substr(p.start, p.end - p.start); }

Ending ending_of(std::string_view s) {
  if (s.empty()) return Ending::none;
  // Fast exit for ordinary words: only marks and words ending in '.' can end a sentence.
  unsigned char first = static_cast<unsigned char>(s[0]);
  if (s.back() != '.' && first != '!' && first != '?' && first < 0x80) return Ending::none;
  bool all_marks = true, question_or_bang = false;
  for (size_t i = 0; i < s.size();) {
    CharInfo c = char_at(s, i);
    if (c.kind != CharKind::period && c.kind != CharKind::terminal) all_marks = false;
    if (c.kind == CharKind::terminal && c.cp != 0x2026) question_or_bang = true;
    i += c.length;
  }
  if (all_marks) return !question_or_bang && s.size() > 1 ? Ending::ellipsis : Ending::terminal;
  if (s.size() > 1 && s.back() == '.') {
    std::string_view stem = s.substr(0, s.size() - 1);
    // Titles and initials stand before a name: never the end of a sentence.
    if (const auto* kind = word_lists().abbreviation(stem); kind && *kind == AbbreviationKind::title)
      return Ending::none;
    if (stem.size() == 1 && stem[0] >= 'A' && stem[0] <= 'Z') return Ending::none;
    return Ending::abbreviation;
  }
  return Ending::none;
}

// ending_of()'s fast exit, without building the view: most words end nothing.
bool may_end(std::string_view text, const Piece& p) {
  auto first = static_cast<unsigned char>(text[p.start]);
  return text[p.end - 1] == '.' || first == '!' || first == '?' || first >= 0x80;
}

bool starts_lower(std::string_view s) {
  char c = s[0];
  if (static_cast<unsigned char>(c) < 0x80) return c >= 'a' && c <= 'z';
  return u_islower(static_cast<UChar32>(char_at(s, 0).cp));
}

bool is_emoticon(std::string_view s) {
  return s.size() >= 2 && s.size() <= 3 && (s[0] == ':' || s[0] == ';' || s[0] == '=') &&
         std::string_view(")(DPp/").find(s.back()) != std::string_view::npos;
}

// Is piece `j` a closing mark that belongs to the sentence before it?
bool is_closer(std::string_view text, const std::vector<Piece>& w, size_t j) {
  std::string_view s = view(text, w[j]);
  if (is_emoticon(s)) return true;  // "Loved it! :)" ends with its smiley
  CharInfo c = char_at(s, 0);
  if (c.length != s.size()) return false;
  if (c.kind == CharKind::close_quote) return true;
  bool glued_left = j > 0 && w[j - 1].end == w[j].start;
  if (c.kind == CharKind::apostrophe) return glued_left;
  if (c.cp != '"') return false;
  uint32_t e = w[j].end;
  bool free_right = e >= text.size() || char_at(text, e).kind == CharKind::space ||
                    char_at(text, e).kind == CharKind::newline;
  return glued_left && free_right;
}

bool line_break_between(std::string_view text, uint32_t a, uint32_t b) {
  for (uint32_t i = a; i < b; ++i)  // gaps are a byte or two: a loop beats a memchr call
    if (text[i] == '\n') return true;
  return false;
}

// Line breaks inside a paragraph: a short line (a headline, a list item) ends its sentence;
// a long line without final punctuation is wrapped text that continues.
bool ends_line_sentence(std::string_view text, const Piece& last, const Piece& next) {
  size_t line_start = text.rfind('\n', last.start);
  line_start = line_start == std::string_view::npos ? 0 : line_start + 1;
  bool short_line = last.end - line_start < 60;
  std::string_view s = view(text, next);
  return short_line && (char_at(s, 0).kind != CharKind::letter || !starts_lower(s));
}

// UD English writes an abbreviation that ends a sentence without its period and gives the
// period a token of its own ("... in the U.S" "."), as if the sentence's full stop absorbed it.
// Sentence [begin, end); returns 1 when a piece was inserted.
size_t detach_final_period(std::string_view text, std::vector<Piece>& w, size_t begin, size_t end) {
  size_t k = end;
  while (k > begin + 1 && is_closer(text, w, k - 1)) --k;
  Piece& p = w[k - 1];
  if (p.joins_next || (k > begin + 1 && w[k - 2].joins_next) || ending_of(view(text, p)) != Ending::abbreviation)
    return 0;
  Piece period{p.end - 1, p.end, false};
  p.end -= 1;
  w.insert(w.begin() + static_cast<long>(k), period);
  return 1;
}

// ". The" / "? We": a lone full stop, question or exclamation mark right before a capitalised
// word, the case the rules never get wrong in the training data's sense.
bool certain_rule_boundary(std::string_view text, const std::vector<Piece>& w, size_t j) {
  std::string_view prev = view(text, w[j - 1]);
  char first = text[w[j].start];
  return (prev == "." || prev == "?" || prev == "!") && first >= 'A' && first <= 'Z' &&
         !(j >= 2 && w[j - 2].joins_next);
}

// A piece's token, built right in the vector's storage: emplace_back converts it, and the
// conversion's named result is the element itself (no temporary Token to move). Unlike
// resize(), which value-initialises, no byte of the 216-byte Token is zeroed first.
struct TokenOf {
  std::string_view text;
  const Piece& piece;
  operator Token() const {
    Token t;  // default-initialised: only the members' own initialisers run
    t.start = piece.start;
    t.end = piece.end;
    // append, not assign: the string is empty, and append skips assign's overlap checks.
    t.text.append(text.data() + piece.start, piece.end - piece.start);
    t.joins_next = piece.joins_next;
    return t;
  }
};

}  // namespace

std::vector<uint8_t> rule_sentence_starts(std::string_view text, const std::vector<Piece>& w) {
  std::vector<uint8_t> starts(w.size(), 0);  // bytes, not bits: read once per gap
  const auto& lists = word_lists();
  const size_t n = w.size();  // a local: stores to `starts` (bytes) could alias w's size
  // Most paragraphs are one line: then no gap needs to be searched for a line break.
  bool multiline = n > 0 && std::memchr(text.data() + w[0].start, '\n', w[n - 1].end - w[0].start) != nullptr;
  for (size_t i = 0; i < n;) {
    // Most pieces are lone words that end nothing: on a single line, skip them in a tight loop.
    if (!multiline)
      while (i + 1 < n && !w[i].joins_next && !may_end(text, w[i])) ++i;
    size_t last = i;
    while (last + 1 < n && w[last].joins_next) ++last;
    size_t next = last + 1;
    if (next >= n) break;
    Ending e = last == i && may_end(text, w[i]) ? ending_of(view(text, w[i])) : Ending::none;
    bool split = false;
    if (e != Ending::none) {
      while (next < n && is_closer(text, w, next)) ++next;
      if (next >= n) break;
      std::string_view t = view(text, w[next]);
      bool quoted = next > last + 1;  // '?" he asked' continues the sentence
      switch (e) {
        case Ending::terminal: split = !starts_lower(t) || (!quoted && view(text, w[i]) != "..."); break;
        case Ending::ellipsis: split = !starts_lower(t) && char_at(t, 0).kind != CharKind::digit; break;
        case Ending::abbreviation: split = lists.sentence_starters.count(t) > 0; break;
        case Ending::none: break;
      }
    }
    if (!split && multiline && next == last + 1 && line_break_between(text, w[last].end, w[next].start))
      split = ends_line_sentence(text, w[last], w[next]);
    if (split) starts[next] = 1;
    i = next;
  }
  return starts;
}

std::vector<size_t> decide_sentence_starts(std::string_view text, std::vector<Piece>& w,
                                           const BoundaryScorer* model) {
  std::vector<uint8_t> rules = rule_sentence_starts(text, w);
  std::vector<size_t> starts;
  if (model) {
    std::array<uint64_t, BoundaryFeatures::kCount> feats;
    thread_local BoundaryFeatures features;  // its memo keeps its memory from paragraph to paragraph
    features.reset(text, w);
    size_t since = 0;
    const size_t n = w.size();  // pieces change only after this loop
    for (size_t j = 1; j < n; ++j) {
      if (w[j - 1].joins_next) continue;  // inside a multiword token
      ++since;
      if (!boundary_candidate(text, w, j, rules[j])) continue;
      if (rules[j] && certain_rule_boundary(text, w, j)) {  // trusted without scoring: faster, no loss on dev
        starts.push_back(j);
        since = 0;
        continue;
      }
      features(j, rules[j], since, feats);
      if (model->is_boundary(feats)) {
        starts.push_back(j);
        since = 0;
      }
    }
  } else {
    for (size_t j = 1; j < w.size(); ++j)
      if (rules[j]) starts.push_back(j);
  }
  // Detach sentence-final abbreviation periods, last sentence first so indices stay valid.
  size_t end = w.size();
  for (size_t k = starts.size() + 1; k-- > 0;) {
    size_t begin = k == 0 ? 0 : starts[k - 1];
    if (detach_final_period(text, w, begin, end) > 0)
      for (size_t m = k; m < starts.size(); ++m) ++starts[m];
    end = begin;
  }
  return starts;
}

void append_sentences(std::string_view text, std::vector<Piece>& pieces, const BoundaryScorer* model,
                      std::vector<Sentence>& out) {
  if (pieces.empty()) return;
  std::vector<size_t> starts = decide_sentence_starts(text, pieces, model);
  starts.push_back(pieces.size());
  size_t begin = 0;
  for (size_t end : starts) {
    // Tokens are built once, in place: they are large, and moving them costs more than scanning.
    Sentence& s = out.emplace_back();
    s.start = pieces[begin].start;
    s.end = pieces[end - 1].end;
    s.tokens.reserve(end - begin);
    for (size_t i = begin; i < end; ++i) s.tokens.emplace_back(TokenOf{text, pieces[i]});
    begin = end;
  }
}

}  // namespace tok

std::vector<Sentence> split_sentences(std::string_view text, std::vector<Token> words) {
  if (words.empty()) return {};
  std::vector<tok::Piece> pieces;
  pieces.reserve(words.size());
  for (const auto& t : words) pieces.push_back({t.start, t.end, t.joins_next});
  std::vector<Sentence> out;
  tok::append_sentences(text, pieces, nullptr, out);
  return out;
}

}  // namespace dateline
