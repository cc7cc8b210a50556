#include "parties.hpp"

#include <string>
#include <unordered_map>
#include <vector>

#include "dateline/lexicon.hpp"

namespace dateline::entities {
namespace {

struct Party {
  std::string name, country;
  std::vector<std::pair<std::string, std::string>> periods;  // [from, to), "" = open
};

struct Parties {
  std::vector<Party> parties;
  std::unordered_map<std::string, size_t> by_word;  // name and modifier forms
};

std::vector<std::string> split(std::string_view s, char sep) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start <= s.size()) {
    size_t end = s.find(sep, start);
    if (end == std::string_view::npos) end = s.size();
    if (end > start) out.emplace_back(s.substr(start, end - start));
    start = end + 1;
  }
  return out;
}

const Parties& table() {
  static const Parties t = [] {
    Parties p;
    for (const auto& row : lexicon_rows("parties.tsv")) {
      if (row.size() < 2) continue;
      Party party{std::string(row[0]), std::string(row[1]), {}};
      if (row.size() > 3)
        for (const std::string& period : split(row[3], '|')) {
          size_t slash = period.find('/');
          party.periods.emplace_back(period.substr(0, slash), slash == std::string::npos ? "" : period.substr(slash + 1));
        }
      p.by_word.emplace(party.name, p.parties.size());
      if (row.size() > 2)
        for (const std::string& form : split(row[2], '|')) p.by_word.emplace(form, p.parties.size());
      p.parties.push_back(std::move(party));
    }
    return p;
  }();
  return t;
}

}  // namespace

std::optional<PartyStanding> party_standing(std::string_view word, std::string_view date) {
  const Parties& t = table();
  auto it = t.by_word.find(std::string(word));
  if (it == t.by_word.end()) return std::nullopt;
  const Party& p = t.parties[it->second];
  PartyStanding s{p.name, p.country, false};
  for (const auto& [from, to] : p.periods) {
    // Undated: standing today, i.e. in an open period.
    if (date.empty() ? to.empty() : (from <= date && (to.empty() || date < to))) s.governing = true;
  }
  return s;
}

}  // namespace dateline::entities
