// The gazetteer's in-memory tables, built once from the embedded lexicons.
#pragma once

#include <array>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "dateline/gazetteer.hpp"

namespace dateline::gazetteer::detail {

struct Entry {
  std::string_view canonical;  // points into the embedded lexicon text
  std::string_view iso3;
  Kind kind = Kind::country;
  bool capital = false;
};

// Lets unordered containers keyed by std::string be probed with a string_view (no copy).
struct StringHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const noexcept { return std::hash<std::string_view>{}(s); }
};

// For one spelling, the first entry of each kind (index into Tables::entries, or -1).
struct Slot {
  std::array<int, 3> by_kind{-1, -1, -1};
};

using KeyMap = std::unordered_map<std::string, Slot, StringHash, std::equal_to<>>;
using KeySet = std::unordered_set<std::string, StringHash, std::equal_to<>>;

struct Tables {
  std::vector<Entry> entries;
  KeyMap exact;       // spellings as written (typographic apostrophes made ASCII)
  KeyMap upper;       // the same spellings in ALL CAPS
  KeySet prefixes;    // every proper word prefix of a multi-word spelling, both casings
  std::unordered_map<std::string, std::string_view, StringHash, std::equal_to<>> display;
  size_t max_words = 1;
};

const Tables& tables();

// The spelling used as a key: U+2019 (’) becomes an ASCII apostrophe. Returns `s` unchanged
// (no copy) when there is nothing to replace.
std::string_view key_form(std::string_view s, std::string& scratch);

// True when `s` has letters and none of them is an ASCII lower-case letter.
bool is_all_caps(std::string_view s);

}  // namespace dateline::gazetteer::detail
