// Clitics: where UD English cuts one surface token into several syntactic words. EWT and GUM
// split "n't", "'s" (possessive or "is"), "'m", "'re", "'ve", "'ll", "'d", the plural
// possessive apostrophe, and a few fused forms (cannot, gonna, wanna, gotta, dont, Im).
#include <array>
#include <cstring>

#include "tokenize/scanner.hpp"

namespace dateline::tok {
namespace {

constexpr size_t max_fused = 8;  // "shouldnt", the longest fused form

// Lower-cases an ASCII word into buf; false when it is not plain ASCII or too long.
bool ascii_lower(std::string_view w, std::array<char, max_fused>& buf) {
  if (w.size() > buf.size()) return false;
  for (size_t i = 0; i < w.size(); ++i) {
    char c = w[i];
    if (static_cast<unsigned char>(c) >= 0x80) return false;
    buf[i] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  }
  return true;
}

// Fused forms written without an apostrophe: the word and where UD cuts it.
struct Fused {
  std::string_view word;
  size_t cut;
};
constexpr Fused fused_forms[] = {
    {"cannot", 3}, {"gonna", 3},  {"wanna", 3},   {"gotta", 3},  {"dont", 2},     {"didnt", 3},
    {"doesnt", 4}, {"isnt", 2},   {"wasnt", 3},   {"arent", 3},  {"werent", 4},   {"couldnt", 5},
    {"wouldnt", 5}, {"shouldnt", 6}, {"havent", 4}, {"hasnt", 3}, {"hadnt", 3},   {"cant", 2},
    {"wont", 2},   {"im", 1},     {"aint", 2},
};

// Whether a word ending in the lower-case letters a, b may be a fused form: a cheap test that
// rules out nearly every word before the table is searched.
constexpr bool fused_ending(char a, char b) {
  return (b == 't' && (a == 'n' || a == 'o')) || (b == 'a' && (a == 'n' || a == 't')) || (a == 'i' && b == 'm');
}
constexpr bool fused_endings_cover_table() {
  for (const Fused& f : fused_forms)
    if (!fused_ending(f.word[f.word.size() - 2], f.word.back())) return false;
  return true;
}
static_assert(fused_endings_cover_table(), "fused_ending() must accept every fused form");

char lower_ascii(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

bool letter_before(std::string_view text, size_t i) { return char_before(text, i).kind == CharKind::letter; }

// The apostrophe (' or ’) ending just before byte `i`, as its start offset; npos if none.
size_t apostrophe_before(std::string_view text, size_t start, size_t i) {
  if (i > start && text[i - 1] == '\'') return i - 1;
  if (i >= start + 3 && text.compare(i - 3, 3, "\u2019") == 0) return i - 3;
  return std::string_view::npos;
}

bool ends_with_ci(std::string_view w, std::string_view suffix) {
  if (w.size() < suffix.size()) return false;
  for (size_t i = 0; i < suffix.size(); ++i) {
    char c = w[w.size() - suffix.size() + i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != suffix[i]) return false;
  }
  return true;
}

}  // namespace

bool may_be_fused_form(std::string_view word) {
  // Exact: the ending test alone let through "want", "point", "data" (a tenth of all words),
  // which then went through emit_split only to be left whole.
  std::array<char, max_fused> lower{};
  if (word.size() < 2 || !ascii_lower(word, lower) || !fused_ending(lower[word.size() - 2], lower[word.size() - 1]))
    return false;
  std::string_view lw(lower.data(), word.size());
  for (const Fused& f : fused_forms)
    if (lw == f.word) return true;
  return false;
}

void clitic_splits(std::string_view text, size_t start, size_t end, std::vector<size_t>& splits) {
  std::string_view word = text.substr(start, end - start);
  if (word.size() < 2) return;

  // Every clitic but the fused forms has an apostrophe among the word's last six bytes, and
  // the fused forms have their own endings: most words leave here, before any table.
  bool apostrophe_near_end = false;
  for (size_t i = word.size() > 6 ? word.size() - 6 : 0; i < word.size(); ++i)
    apostrophe_near_end |= word[i] == '\'' || word[i] == '\xE2';
  bool maybe_fused = word.size() <= max_fused &&
                     fused_ending(lower_ascii(word[word.size() - 2]), lower_ascii(word.back()));
  if (!apostrophe_near_end && !maybe_fused) return;

  std::array<char, max_fused> lower{};
  if (maybe_fused && ascii_lower(word, lower)) {
    std::string_view lw(lower.data(), word.size());
    for (const Fused& f : fused_forms)
      if (lw == f.word) {
        splits.push_back(start + f.cut);
        return;
      }
  }

  // Plural possessive: the word ends with s + apostrophe ("students'").
  if (size_t a = apostrophe_before(text, start, end); a != std::string_view::npos) {
    if (a > start + 1 && (text[a - 1] == 's' || text[a - 1] == 'S') && letter_before(text, a - 1))
      splits.push_back(a);
    return;
  }

  // "n't": the cut falls before the n ("do|n't", "ca|n't", "wo|n't").
  if (ends_with_ci(word, std::string_view("t", 1))) {
    size_t a = apostrophe_before(text, start, end - 1);
    if (a != std::string_view::npos && a >= start + 2 && (text[a - 1] == 'n' || text[a - 1] == 'N') &&
        letter_before(text, a - 1)) {
      splits.push_back(a - 1);
      return;
    }
  }

  // 's 'm 'd 'll 're 've: the cut falls at the apostrophe.
  using namespace std::string_view_literals;
  if (!apostrophe_near_end) return;
  for (std::string_view suffix : {"s"sv, "m"sv, "d"sv, "ll"sv, "re"sv, "ve"sv}) {
    if (!ends_with_ci(word, suffix)) continue;
    size_t a = apostrophe_before(text, start, end - suffix.size());
    if (a == std::string_view::npos || a <= start) continue;
    if (letter_before(text, a)) splits.push_back(a);
    return;
  }
}

}  // namespace dateline::tok
