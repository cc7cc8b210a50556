#include "tokenize/word_lists.hpp"

#include <algorithm>

#include "dateline/error.hpp"
#include "dateline/lexicon.hpp"

namespace dateline::tok {
namespace {

AbbreviationKind parse_kind(std::string_view s, std::string_view word) {
  if (s == "title") return AbbreviationKind::title;
  if (s == "numeral") return AbbreviationKind::numeral;
  if (s == "month") return AbbreviationKind::month;
  if (s == "general") return AbbreviationKind::general;
  throw Error(ExitCode::internal, "tokenizer_abbreviations.txt: bad kind '" + std::string(s) + "' for " +
                                      std::string(word));
}

WordLists load() {
  WordLists w;
  // Lexicon text is embedded with static storage, so string_views into it stay valid.
  for (const auto& row : lexicon_rows("tokenizer_abbreviations.txt"))
    w.abbreviations.emplace(row[0], row.size() > 1 ? parse_kind(row[1], row[0]) : AbbreviationKind::general);
  for (const auto& [word, kind] : w.abbreviations) w.longest_abbreviation = std::max(w.longest_abbreviation, word.size());
  for (const auto& row : lexicon_rows("tokenizer_hyphen_prefixes.txt")) w.hyphen_prefixes.insert(row[0]);
  for (const auto& row : lexicon_rows("tokenizer_sentence_starters.txt")) w.sentence_starters.insert(row[0]);
  for (const auto& row : lexicon_rows("tokenizer_domain_suffixes.txt")) w.domain_suffixes.insert(row[0]);
  return w;
}

}  // namespace

bool WordLists::contains_lower(const std::unordered_set<std::string_view>& set, std::string_view word) {
  char buf[16] = {};
  if (word.size() >= sizeof buf) return false;
  for (size_t i = 0; i < word.size(); ++i) {
    char c = word[i];
    buf[i] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  }
  return set.count(std::string_view(buf, word.size())) > 0;
}

const WordLists& word_lists() {
  static const WordLists lists = load();
  return lists;
}

}  // namespace dateline::tok
