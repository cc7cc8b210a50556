#include "name_lists.hpp"

#include <algorithm>
#include <sstream>

#include "dateline/lexicon.hpp"

namespace dateline::ner {
namespace {

int word_count(std::string_view s) {
  int n = 1;
  for (char c : s) n += c == ' ';
  return n;
}

void merge(NameInfo& into, uint8_t kind, std::string_view country, std::string_view canonical,
           std::string_view org_kind, std::string_view sector) {
  into.kinds |= kind;
  if (into.country.empty()) into.country = country;
  if (into.canonical.empty()) into.canonical = canonical;
  if (into.org_kind.empty()) into.org_kind = org_kind;
  if (into.sector.empty()) into.sector = sector;
}

// Rows of an optional lexicon (the gazetteer files may not exist in every build).
std::vector<std::vector<std::string_view>> optional_rows(std::string_view name) {
  if (!embedded_lexicon(name)) return {};
  return lexicon_rows(name);
}

}  // namespace

std::string fold(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

const NameLists& NameLists::get() {
  static const NameLists lists;
  return lists;
}

void NameLists::add(std::string_view phrase, uint8_t kind, std::string_view country, std::string_view canonical,
                    std::string_view org_kind, std::string_view sector) {
  if (phrase.empty()) return;
  merge(exact_[std::string(phrase)], kind, country, canonical, org_kind, sector);
  merge(folded_[fold(phrase)], kind, country, canonical, org_kind, sector);
  max_words_ = std::max(max_words_, word_count(phrase));
}

NameLists::NameLists() {
  for (const auto& row : optional_rows("countries.tsv")) {
    if (row.size() < 2) continue;
    add(row[0], kCountry, row[1], {});
    if (row.size() < 3 || row[2] == "display") country_names_.emplace(std::string(row[1]), std::string(row[0]));
  }
  // places.tsv: name, ISO3, kind (capital marks a seat of government); demonyms.tsv: word, ISO3.
  for (const auto& row : optional_rows("places.tsv")) {
    if (row.size() < 2) continue;
    bool capital = row.size() > 2 && row[2].find("capital") != std::string_view::npos;
    add(row[0], kPlace | (capital ? kCapital : 0), row[1]);
  }
  for (const auto& row : optional_rows("demonyms.tsv")) {
    if (row.size() < 2) continue;
    add(row[0], kDemonym, row[1]);
  }
  for (const auto& row : lexicon_rows("organizations.tsv")) {
    if (row.size() < 2) continue;
    std::string_view code = row.size() > 2 ? row[2] : std::string_view{};
    add(row[0], kOrganization, code, row[0], row[1]);
    if (row.size() > 3) {
      std::string aliases(row[3]);
      std::stringstream ss(aliases);
      std::string alias;
      while (std::getline(ss, alias, '|')) {
        // Aliases are matched case-sensitively only: "Fed", "IS" or "AP" are common words folded.
        merge(exact_[alias], kOrganization, code, row[0], row[1], {});
        max_words_ = std::max(max_words_, word_count(alias));
      }
    }
  }
  for (const auto& row : lexicon_rows("roles.tsv")) {
    if (row.size() < 2) continue;
    std::string_view canonical = row.size() > 2 && !row[2].empty() ? row[2] : row[0];
    std::string_view home = row.size() > 3 ? row[3] : std::string_view{};  // "Secretary of State" → USA
    add(row[0], kRole, home, canonical, {}, row[1]);
    // Roles are written lower case in running text ("China's president").
    merge(exact_[fold(row[0])], kRole, home, canonical, {}, row[1]);
  }
  for (const auto& [phrase, info] : exact_) add_prefixes(fold(phrase));
  for (const auto& [phrase, info] : folded_) add_prefixes(phrase);
}

void NameLists::add_prefixes(const std::string& folded_phrase) {
  for (size_t pos = folded_phrase.find(' '); pos != std::string::npos; pos = folded_phrase.find(' ', pos + 1))
    folded_prefixes_.insert(folded_phrase.substr(0, pos));
  folded_prefixes_.insert(folded_phrase);
}

const NameInfo* NameLists::find(std::string_view phrase) const {
  if (auto it = exact_.find(std::string(phrase)); it != exact_.end()) return &it->second;
  // Folded lookup only for names that are not all lower case in the text, so "china" the
  // porcelain or "turkey" the bird is not a country, while "CHINA" in a headline is.
  bool has_upper = std::any_of(phrase.begin(), phrase.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
  if (!has_upper) return nullptr;
  if (auto it = folded_.find(fold(phrase)); it != folded_.end()) {
    // Folded aliases of organisations are not registered, so acronyms stay exact.
    return &it->second;
  }
  return nullptr;
}

std::vector<NameMatch> NameLists::match(const std::vector<std::string>& words) const {
  std::vector<NameMatch> out;
  const int n = static_cast<int>(words.size());
  for (int i = 0; i < n;) {
    int best = 0;
    const NameInfo* best_info = nullptr;
    std::string phrase, folded;
    for (int len = 1; len <= max_words_ && i + len <= n; ++len) {
      if (len > 1) {
        phrase += ' ';
        folded += ' ';
      }
      phrase += words[i + len - 1];
      folded += fold(words[i + len - 1]);
      if (!folded_prefixes_.contains(folded)) break;  // no listed phrase goes on like this
      if (const NameInfo* info = find(phrase)) {
        best = len;
        best_info = info;
      }
    }
    if (best) {
      out.push_back({i, i + best, best_info});
      i += best;
    } else {
      ++i;
    }
  }
  return out;
}

std::string NameLists::country_name(std::string_view iso3) const {
  auto it = country_names_.find(std::string(iso3));
  return it == country_names_.end() ? std::string() : it->second;
}

}  // namespace dateline::ner
