// Countries, places and demonyms, each resolved to an ISO 3166-1 alpha-3 code.
//
// The tables are lexicons/countries.tsv (generated from Debian's iso-codes by
// tools/gen_countries.py, plus common aliases), lexicons/places.tsv and lexicons/demonyms.tsv.
// They are loaded once, on first use, into hash maps; every lookup after that is one or a few
// hash probes and is safe from any number of threads.
//
// Case rules: a name matches as it is written in the lexicon ("US", "Beijing") or in ALL
// CAPITALS ("BEIJING", as datelines and headlines write it). Other casings do not match, so
// "us", "china" and "turkey" are ordinary words. Typographic apostrophes (’) match ASCII ones.
#pragma once

#include <cstddef>
#include <optional>
#include <span>
#include <string_view>

namespace dateline::gazetteer {

enum class Kind {
  country,  // a country name or alias: "North Korea", "U.S.", "Britain"
  place,    // a capital, city, state or region inside a country: "Pyongyang", "Texas"
  demonym,  // a nationality word: "Chinese", "North Korean", "Britons"
};

struct Match {
  std::string_view iso3;       // e.g. "PRK"
  Kind kind = Kind::country;
  std::string_view canonical;  // the name as the lexicon writes it, e.g. "Pyongyang"
  bool capital = false;        // a place that is its country's seat of government
  size_t length = 0;           // longest_match: words (span form) or bytes (string form) used
};

// A country by name or alias ("United States", "US", "U.S.", "America", "DPRK") → ISO3.
std::optional<std::string_view> country_code(std::string_view name);

// A place (capital, city, state) → the ISO3 of its country: "Pyongyang" → "PRK".
std::optional<std::string_view> place_country(std::string_view name);

// A demonym or adjective → ISO3: "Chinese" → "CHN", "North Korean" → "PRK".
std::optional<std::string_view> demonym_country(std::string_view word);

// The name dateline prints for an ISO3 code ("PRK" → "North Korea"), or nullopt.
std::optional<std::string_view> country_name(std::string_view iso3);

// Any of the three, exact (under the case rules above). Countries win over places, places over
// demonyms, so "Georgia" is the country and "Washington" the U.S. capital.
std::optional<Match> lookup(std::string_view name);

// The longest entry made of words[first], words[first+1], ... joined by single spaces, as a
// tokenizer gives them ("North", "Korea" → PRK; "U.S." → USA). Match::length is the number of
// words used.
std::optional<Match> longest_match(std::span<const std::string_view> words, size_t first = 0);

// The longest entry that starts at byte `pos` of `text` and ends at a word boundary (space,
// punctuation other than '.' and '-', or the end). Runs of spaces and single newlines between
// words count as one space. Match::length is the number of bytes used from `pos`.
std::optional<Match> longest_match_at(std::string_view text, size_t pos);

// The largest number of words in any entry (so callers know how far to look ahead).
size_t max_words();

}  // namespace dateline::gazetteer
