#include "quotes/word_view.hpp"

#include <algorithm>
#include <array>

#include "dateline/text.hpp"
#include "quotes/paragraphs.hpp"

namespace dateline::quotes {
namespace {

bool is_alnum_cp(char32_t c) {
  if (c < 0x80) return std::isalnum(static_cast<int>(c)) != 0;
  // Letters outside ASCII: everything but the punctuation and space blocks we meet in news.
  return !(c >= 0x2000 && c <= 0x206F) && c != 0xA0 && c != 0xAB && c != 0xBB && c != 0xB7;
}

// Abbreviations whose final period does not end a sentence.
bool is_abbreviation(std::string_view w) {
  static constexpr std::array<std::string_view, 30> list = {
      "Mr", "Mrs", "Ms", "Dr", "Sen", "Rep", "Gov", "Gen", "St", "Jr", "Sr", "Lt", "Col", "Sgt", "Prof",
      "Inc", "Corp", "Co", "Ltd", "vs", "No", "Jan", "Feb", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec", "Pres"};
  if (std::find(list.begin(), list.end(), w) != list.end()) return true;
  return w.size() == 1 && std::isupper(static_cast<unsigned char>(w[0]));  // initials: "J."
}

std::string ascii_lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// Surface words of one paragraph: runs of letters and digits (with inner . ' ’ - joining them,
// as in "U.S." or "it's"), every other visible character on its own.
void scan_words(std::string_view text, Span para, std::vector<Word>& out) {
  size_t i = para.start;
  while (i < para.end) {
    int len = 0;
    char32_t c = decode_utf8(text, i, &len);
    if (c == ' ' || c == '\n' || c == '\t') { i += len; continue; }
    size_t start = i;
    if (!is_alnum_cp(c)) {
      i += len;
    } else {
      while (i < para.end) {
        char32_t d = decode_utf8(text, i, &len);
        if (is_alnum_cp(d)) { i += len; continue; }
        bool joiner = d == '.' || d == '\'' || d == 0x2019 || d == '-';
        int next_len = 0;
        char32_t next = i + len < para.end ? decode_utf8(text, i + len, &next_len) : 0;
        if (joiner && next && is_alnum_cp(next)) { i += len; continue; }
        // "U.S." keeps its last period; so do known abbreviations.
        if (d == '.' && (is_abbreviation(text.substr(start, i - start)) ||
                         text.substr(start, i - start).find('.') != std::string_view::npos)) i += len;
        break;
      }
    }
    Word w;
    w.start = static_cast<uint32_t>(start);
    w.end = static_cast<uint32_t>(i);
    w.text = text.substr(start, i - start);
    out.push_back(std::move(w));
  }
}

bool is_closing_mark(std::string_view w) { return w == "\xE2\x80\x9D" || w == "\"" || w == "\xE2\x80\x99" || w == ")" || w == "\xC2\xBB"; }
bool is_opening_mark(std::string_view w) { return w == "\xE2\x80\x9C" || w == "\"" || w == "\xE2\x80\x98" || w == "(" || w == "\xC2\xAB"; }

// Sentence ends in a scanned paragraph: after . ! ? (and any closing marks) when the next word
// starts with a capital, a digit or an opening mark.
void split_sentences(const std::vector<Word>& words, size_t first, size_t last, int paragraph,
                     std::vector<SentenceRange>& out) {
  size_t begin = first;
  for (size_t i = first; i < last; ++i) {
    std::string_view t = words[i].text;
    if (t != "." && t != "!" && t != "?") continue;
    size_t end = i + 1;
    while (end < last && is_closing_mark(words[end].text)) ++end;
    if (end >= last) break;
    std::string_view next = words[end].text;
    bool starts = std::isupper(static_cast<unsigned char>(next[0])) || std::isdigit(static_cast<unsigned char>(next[0])) ||
                  is_opening_mark(next);
    if (!starts) continue;
    out.push_back({words[begin].start, words[end - 1].end, static_cast<int>(begin), static_cast<int>(end), paragraph});
    begin = end;
    i = end - 1;
  }
  if (begin < last)
    out.push_back({words[begin].start, words[last - 1].end, static_cast<int>(begin), static_cast<int>(last), paragraph});
}

int paragraph_of(const std::vector<Span>& paragraphs, uint32_t offset) {
  auto it = std::upper_bound(paragraphs.begin(), paragraphs.end(), offset,
                             [](uint32_t o, const Span& p) { return o < p.start; });
  return it == paragraphs.begin() ? 0 : static_cast<int>(it - paragraphs.begin()) - 1;
}

}  // namespace

bool Word::is_punct() const {
  if (!upos.empty()) return upos == "PUNCT" || upos == "SYM";
  int len = 0;
  return !text.empty() && !is_alnum_cp(decode_utf8(text, 0, &len));
}

WordView build_word_view(const Document& doc) {
  WordView view;
  std::string_view text = doc.text;
  view.paragraphs = doc.paragraphs.empty() ? split_paragraphs(text) : doc.paragraphs;
  for (const auto& q : find_quoted_spans(text, view.paragraphs))
    if (q.depth == 0) view.quotes.push_back(q);

  if (!doc.sentences.empty()) {
    for (const auto& s : doc.sentences) {
      int first = static_cast<int>(view.words.size());
      for (const auto& t : s.tokens) {
        Word w;
        w.start = t.start;
        w.end = t.end;
        w.text = std::string_view(t.text);
        w.upos = t.upos;
        view.tagged = view.tagged || !t.upos.empty();
        view.words.push_back(std::move(w));
      }
      view.sentences.push_back({s.start, s.end, first, static_cast<int>(view.words.size()),
                                paragraph_of(view.paragraphs, s.start)});
    }
  } else {
    for (size_t p = 0; p < view.paragraphs.size(); ++p) {
      size_t first = view.words.size();
      scan_words(text, view.paragraphs[p], view.words);
      split_sentences(view.words, first, view.words.size(), static_cast<int>(p), view.sentences);
    }
  }
  size_t q = 0;
  for (size_t s = 0; s < view.sentences.size(); ++s) {
    for (int i = view.sentences[s].first; i < view.sentences[s].last; ++i) {
      Word& w = view.words[i];
      w.sentence = static_cast<int>(s);
      w.lower = ascii_lower(w.text);
      while (q < view.quotes.size() && view.quotes[q].close <= w.start) ++q;
      if (q < view.quotes.size() && view.quotes[q].open <= w.start && w.end <= view.quotes[q].close)
        w.quote = static_cast<int>(q);
    }
  }
  return view;
}

int word_at_or_after(const WordView& view, uint32_t offset) {
  auto it = std::lower_bound(view.words.begin(), view.words.end(), offset,
                             [](const Word& w, uint32_t o) { return w.start < o; });
  return static_cast<int>(it - view.words.begin());
}

}  // namespace dateline::quotes
