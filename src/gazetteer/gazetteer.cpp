// Exact and longest-match lookups over the gazetteer tables.
#include <cctype>
#include <string>

#include "gazetteer/gazetteer_tables.hpp"

namespace dateline::gazetteer {
namespace {

using detail::Slot;
using detail::tables;

// The slot for a spelling: as written, else (for an ALL-CAPS spelling) its upper-case form.
const Slot* find_slot(std::string_view key) {
  const auto& t = tables();
  if (auto it = t.exact.find(key); it != t.exact.end()) return &it->second;
  if (detail::is_all_caps(key))
    if (auto it = t.upper.find(key); it != t.upper.end()) return &it->second;
  return nullptr;
}

bool is_prefix(std::string_view key) {
  const auto& t = tables();
  return t.prefixes.find(key) != t.prefixes.end();
}

std::optional<Match> best_of(const Slot* slot, size_t length) {
  if (!slot) return std::nullopt;
  for (int index : slot->by_kind) {
    if (index < 0) continue;
    const auto& e = tables().entries[index];
    return Match{e.iso3, e.kind, e.canonical, e.capital, length};
  }
  return std::nullopt;
}

std::optional<std::string_view> code_of_kind(std::string_view name, Kind kind) {
  std::string scratch;
  const Slot* slot = find_slot(detail::key_form(name, scratch));
  if (!slot) return std::nullopt;
  int index = slot->by_kind[static_cast<int>(kind)];
  if (index < 0) return std::nullopt;
  return tables().entries[index].iso3;
}

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// A name may end before byte `e` of a word when what follows is punctuation: "Korea's",
// "U.S.-led", "Beijing," — but not inside a run of letters ("Korean" is not "Korea").
bool is_boundary(std::string_view text, size_t e, size_t word_end) {
  if (e == word_end) return true;
  unsigned char c = static_cast<unsigned char>(text[e]);
  if (c < 0x80) return !std::isalnum(c);
  return text.compare(e, 3, "\xE2\x80\x99") == 0 || text.compare(e, 3, "\xE2\x80\x9D") == 0;
}

}  // namespace

std::optional<std::string_view> country_code(std::string_view name) {
  return code_of_kind(name, Kind::country);
}

std::optional<std::string_view> place_country(std::string_view name) {
  return code_of_kind(name, Kind::place);
}

std::optional<std::string_view> demonym_country(std::string_view word) {
  return code_of_kind(word, Kind::demonym);
}

std::optional<std::string_view> country_name(std::string_view iso3) {
  const auto& d = tables().display;
  auto it = d.find(iso3);
  if (it == d.end()) return std::nullopt;
  return it->second;
}

std::optional<Match> lookup(std::string_view name) {
  std::string scratch;
  return best_of(find_slot(detail::key_form(name, scratch)), name.size());
}

size_t max_words() { return tables().max_words; }

std::optional<Match> longest_match(std::span<const std::string_view> words, size_t first) {
  std::optional<Match> best;
  std::string key, scratch;
  for (size_t i = first; i < words.size() && i - first < max_words(); ++i) {
    if (i > first) key += ' ';
    key += detail::key_form(words[i], scratch);
    if (auto m = best_of(find_slot(key), i - first + 1)) best = m;
    if (!is_prefix(key)) break;
  }
  return best;
}

std::optional<Match> longest_match_at(std::string_view text, size_t pos) {
  std::optional<Match> best;
  std::string key, scratch, candidate;
  size_t word_start = pos;
  for (size_t words = 0; words < max_words() && word_start < text.size(); ++words) {
    size_t word_end = word_start;
    while (word_end < text.size() && !is_space(text[word_end])) ++word_end;
    if (word_end == word_start) break;
    for (size_t e = word_start + 1; e <= word_end; ++e) {
      if (!is_boundary(text, e, word_end)) continue;
      candidate = key;
      if (words > 0) candidate += ' ';
      candidate += detail::key_form(text.substr(word_start, e - word_start), scratch);
      if (auto m = best_of(find_slot(candidate), e - pos)) best = m;
    }
    if (words > 0) key += ' ';
    key += detail::key_form(text.substr(word_start, word_end - word_start), scratch);
    if (!is_prefix(key)) break;
    // Words continue across spaces and one newline, not across a blank line.
    size_t next = word_end, newlines = 0;
    while (next < text.size() && is_space(text[next])) newlines += text[next++] == '\n';
    if (newlines > 1) break;
    word_start = next;
  }
  return best;
}

}  // namespace dateline::gazetteer
