// Longest-match phrase lookup shared by the actor, agent and discard dictionaries.
#include <algorithm>

#include "dateline/petrarch.hpp"

namespace dateline::petrarch {
namespace {

// Stems shorter than this match exactly: "ENT" must not match "ENTRY".
constexpr size_t kMinStem = 4;

bool word_matches(const std::string& pattern, const std::string& word, bool stem) {
  if (pattern == word) return true;
  return stem && pattern.size() >= kMinStem && word.size() > pattern.size() &&
         word.compare(0, pattern.size(), pattern) == 0;
}

}  // namespace

template <typename Value>
void PhraseTable<Value>::add(std::vector<std::string> words, Value value, bool stem_last, std::vector<bool> spaced) {
  if (words.empty()) return;
  ++size;
  Item item{std::move(words), std::move(value), stem_last, std::move(spaced)};
  if (item.words.size() == 1 && stem_last && item.words[0].size() >= kMinStem) {
    single_stems[item.words[0].substr(0, kMinStem)].push_back(item);
  }
  auto& bucket = by_first_word[item.words[0]];
  // Longest first, and among equals the first one read wins (dictionary order).
  auto at = std::find_if(bucket.begin(), bucket.end(),
                         [&](const Item& other) { return other.words.size() < item.words.size(); });
  bucket.insert(at, std::move(item));
}

template <typename Value>
size_t PhraseTable<Value>::match(const std::vector<std::string>& words, size_t i, const Value** out) const {
  if (i >= words.size()) return 0;
  if (auto it = by_first_word.find(words[i]); it != by_first_word.end()) {
    for (const Item& item : it->second) {
      size_t n = item.words.size();
      if (i + n > words.size()) continue;
      bool ok = true;
      for (size_t k = 1; k < n && ok; ++k)
        ok = word_matches(item.words[k], words[i + k], item.stem_last && k + 1 == n);
      if (ok) {
        *out = &item.value;
        return n;
      }
    }
  }
  if (words[i].size() > kMinStem) {
    if (auto it = single_stems.find(words[i].substr(0, kMinStem)); it != single_stems.end()) {
      for (const Item& item : it->second) {
        if (word_matches(item.words[0], words[i], true)) {
          *out = &item.value;
          return 1;
        }
      }
    }
  }
  return 0;
}

template struct PhraseTable<size_t>;
template struct PhraseTable<std::string>;
template struct PhraseTable<bool>;

}  // namespace dateline::petrarch
