// The tokenizer's word lists (lexicons/tokenizer_*.txt), loaded once and shared read-only.
#pragma once

#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace dateline::tok {

enum class AbbreviationKind { title, numeral, month, general };

struct WordLists {
  std::unordered_map<std::string_view, AbbreviationKind> abbreviations;  // without the period
  std::unordered_set<std::string_view> hyphen_prefixes;                  // lower case
  std::unordered_set<std::string_view> sentence_starters;
  std::unordered_set<std::string_view> domain_suffixes;                  // lower case
  size_t longest_abbreviation = 0;  // bytes: longer words are no abbreviation, without hashing

  const AbbreviationKind* abbreviation(std::string_view word) const {
    if (word.size() > longest_abbreviation) return nullptr;  // most words before a period
    auto it = abbreviations.find(word);
    return it == abbreviations.end() ? nullptr : &it->second;
  }
  // Case-insensitive for ASCII; prefixes longer than 15 bytes never match.
  bool is_hyphen_prefix(std::string_view word) const { return contains_lower(hyphen_prefixes, word); }
  bool is_domain_suffix(std::string_view word) const { return contains_lower(domain_suffixes, word); }

 private:
  static bool contains_lower(const std::unordered_set<std::string_view>& set, std::string_view word);
};

// The lists, parsed on first use (thread-safe static initialisation).
const WordLists& word_lists();

}  // namespace dateline::tok
