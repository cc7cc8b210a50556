// Which parties held national government when (lexicons/parties.tsv): a party out of government
// is the opposition (CAMEO sector OPP). Internal to src/entities; docs/entities.md.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace dateline::entities {

struct PartyStanding {
  std::string party;    // canonical name
  std::string country;  // ISO3
  bool governing = false;
};

// The party a name or modifier stands for ("Tory", "Lib Dems", "Labour Party") and whether it
// governed on `date` (YYYY-MM-DD; empty: today, the last period). nullopt for words no listed
// party uses.
std::optional<PartyStanding> party_standing(std::string_view word, std::string_view date);

}  // namespace dateline::entities
