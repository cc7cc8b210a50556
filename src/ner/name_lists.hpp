// Phrase lists the NER features and the entity resolver look names up in: the place gazetteer
// (lexicons/countries.tsv, places.tsv, demonyms.tsv, owned by the structure stage) and our own
// organisations and roles (lexicons/organizations.tsv, roles.tsv).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace dateline::ner {

enum NameKind : uint8_t {
  kCountry = 1,
  kPlace = 2,    // city, region, capital
  kDemonym = 4,
  kOrganization = 8,
  kRole = 16,
  kCapital = 32,
};

struct NameInfo {
  uint8_t kinds = 0;     // NameKind bits
  std::string country;   // ISO3 (IGO code for organisations; a role's usual country), first listed
  std::string canonical; // organisation / role canonical form, country display name
  std::string org_kind;  // organisations: IGO NGO MED PTY GOV MIL BUS REB ...
  std::string sector;    // roles: GOV MIL COP ...
};

// A match of a listed phrase over words [begin, end).
struct NameMatch {
  int begin = 0, end = 0;
  const NameInfo* info = nullptr;
};

class NameLists {
 public:
  static const NameLists& get();  // built once from the embedded lexicons

  // Exact (case-sensitive first, then case-folded) lookup of a phrase.
  const NameInfo* find(std::string_view phrase) const;
  // Longest non-overlapping matches, left to right, of phrases up to max_words() long.
  std::vector<NameMatch> match(const std::vector<std::string>& words) const;
  int max_words() const { return max_words_; }
  // The country's display name for an ISO3 code ("CHN" → "China"), or "".
  std::string country_name(std::string_view iso3) const;

 private:
  NameLists();
  void add(std::string_view phrase, uint8_t kind, std::string_view country, std::string_view canonical = {},
           std::string_view org_kind = {}, std::string_view sector = {});
  void add_prefixes(const std::string& folded_phrase);
  std::unordered_map<std::string, NameInfo> exact_;
  std::unordered_map<std::string, NameInfo> folded_;
  std::unordered_map<std::string, std::string> country_names_;
  // Every listed phrase, folded, and each of its word-boundary prefixes ("united", "united
  // arab"): match() stops extending a phrase as soon as no listed one starts with it.
  std::unordered_set<std::string> folded_prefixes_;
  int max_words_ = 1;
};

// Lower-case ASCII copy.
std::string fold(std::string_view s);

}  // namespace dateline::ner
