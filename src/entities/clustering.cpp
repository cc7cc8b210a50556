// Mentions → clusters. Names are matched in document order:
//   countries, their demonyms and their capitals when they act → one country entity (by ISO3);
//   people: a later "Kerry" joins the earlier "John Kerry" (surname, or first word for
//   family-name-first names like "Kim Jong Un" → "Kim"), a later full name absorbs an earlier
//   surname; organisations: the lexicon's canonical form, acronym ↔ expansion, a short form
//   that begins the full name ("Xinhua" ↔ "Xinhua News Agency") and the name's head noun alone
//   ("the Bank" ↔ "the Reserve Bank of Australia"); anything else by its text.
#include <algorithm>
#include <map>

#include "../ner/name_lists.hpp"
#include "resolver.hpp"

namespace dateline::entities {
namespace {

bool is_connector(const std::string& w) { return w == "of" || w == "the" || w == "and" || w == "for" || w == "&"; }

// "UN" or "U.N." against "United Nations": the initials of the capitalised words.
bool acronym_of(const std::string& acronym, const std::vector<std::string>& words) {
  std::string letters;
  for (char c : acronym)
    if (c != '.') letters += c;
  if (letters.size() < 2 || !std::all_of(letters.begin(), letters.end(), [](char c) { return std::isupper(static_cast<unsigned char>(c)); }))
    return false;
  std::string initials;
  for (const auto& w : words)
    if (!is_connector(w) && !w.empty()) initials += static_cast<char>(std::toupper(static_cast<unsigned char>(w[0])));
  return words.size() >= 2 && initials == letters;
}

bool starts_with_words(const std::vector<std::string>& longer, const std::vector<std::string>& shorter) {
  return shorter.size() < longer.size() && std::equal(shorter.begin(), shorter.end(), longer.begin());
}

// A courtesy title before a name: "Ms Roche" is the surname "Roche" for matching.
bool is_title(const std::string& w) {
  static const char* const kTitles[] = {"Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Sir", "Dame", "Lady", "Lord", "Prof", "Rev"};
  std::string_view v(w);
  if (!v.empty() && v.back() == '.') v.remove_suffix(1);
  return std::any_of(std::begin(kTitles), std::end(kTitles), [&](const char* t) { return v == t; });
}

std::vector<std::string> without_title(const std::vector<std::string>& words) {
  size_t k = 0;
  while (k + 1 < words.size() && is_title(words[k])) ++k;
  return {words.begin() + static_cast<long>(k), words.end()};
}

struct Builder {
  std::vector<Cluster> clusters;
  std::map<std::string, int> by_key;
  std::vector<std::vector<std::string>> longest_words;  // per cluster: words of its longest mention
  std::vector<std::string> longest_text;                // and that mention as written

  int add(const std::string& key, const MentionInfo& m, int index, const std::string& type) {
    int c;
    if (auto it = by_key.find(key); !key.empty() && it != by_key.end()) {
      c = it->second;
    } else {
      c = static_cast<int>(clusters.size());
      clusters.push_back(Cluster{type, m.text, {}, {}, {}, {}});
      longest_words.push_back(m.words);
      longest_text.push_back(m.text);
      if (!key.empty()) by_key[key] = c;
    }
    join(c, m, index);
    return c;
  }
  void join(int c, const MentionInfo& m, int index) {
    clusters[c].mentions.push_back(index);
    // A person's name is the longest without titles: "Barbara Roche", not "Ms Roche".
    const bool person = clusters[c].type == "PERSON";
    const size_t words = person ? without_title(m.words).size() : m.words.size();
    const size_t longest = person ? without_title(longest_words[c]).size() : longest_words[c].size();
    if (words > longest) {
      longest_words[c] = m.words;
      longest_text[c] = m.text;
    }
  }
};

int find_person(const Builder& b, const MentionInfo& m) {
  const std::vector<std::string> name = without_title(m.words);
  for (int c = static_cast<int>(b.clusters.size()) - 1; c >= 0; --c) {
    if (b.clusters[c].type != "PERSON") continue;
    const std::vector<std::string> full = without_title(b.longest_words[c]);
    if (full == name) return c;
    if (name.size() == 1 && full.size() > 1 && (full.back() == name[0] || full.front() == name[0])) return c;
    // A full name after its surname alone ("Kerry" ... "John Kerry").
    if (full.size() == 1 && name.size() > 1 && name.back() == full[0]) return c;
  }
  return -1;
}

// "Bank", not "MTFG" (an acronym is matched as one) nor "X" alone.
bool is_title_case(const std::string& w) {
  return w.size() > 2 && std::isupper(static_cast<unsigned char>(w[0])) &&
         std::all_of(w.begin() + 1, w.end(), [](char ch) { return std::islower(static_cast<unsigned char>(ch)); });
}

int find_org(const Builder& b, const MentionInfo& m) {
  for (int c = static_cast<int>(b.clusters.size()) - 1; c >= 0; --c) {
    if (b.clusters[c].type != "ORG") continue;
    const auto& full = b.longest_words[c];
    if (full == m.words) return c;
    if (m.words.size() == 1 && acronym_of(m.words[0], full)) return c;
    if (full.size() == 1 && acronym_of(full[0], m.words)) return c;
    if (starts_with_words(full, m.words) || starts_with_words(m.words, full)) return c;
    // "the Bank" after "the Reserve Bank of Australia", "the Commission" after "the European
    // Commission": a name's head noun alone stands for it.
    if (m.words.size() == 1 && full.size() > 1 && is_title_case(m.words[0]) && head_word(full) == m.words[0]) return c;
  }
  return -1;
}

}  // namespace

std::vector<Cluster> cluster_mentions(std::vector<MentionInfo>& mentions) {
  Builder b;
  const auto& lists = ner::NameLists::get();
  for (int i = 0; i < static_cast<int>(mentions.size()); ++i) {
    MentionInfo& m = mentions[i];
    const std::string& type = m.span.type;
    if (type == "DATE" || type == "TIME") {
      m.cluster = b.add("T:" + ner::fold(m.text), m, i, type);
      continue;
    }
    bool country_like = !m.country.empty() && (m.is_country || m.is_demonym || (m.is_capital && m.acts));
    // The model tags a capital acting for its government ORG at times ("Seoul would send a
    // delegation"); a country name or an acting capital is still the country. (In sports
    // tables such names are clubs: `eval ner` scores the model's types, not this.)
    bool org_standing_for_country = type == "ORG" && (m.is_country || (m.is_capital && m.acts));
    if (country_like && type != "PERSON" && (type != "ORG" || org_standing_for_country)) {
      m.cluster = b.add("C:" + m.country, m, i, m.is_country || m.is_capital ? "GPE" : "NORP");
      Cluster& c = b.clusters[m.cluster];
      if (m.is_country || m.is_capital) c.type = "GPE";
      continue;
    }
    // A lone word naming a person already met ("Kerry" tagged ORG in one sentence) is that person.
    if (type == "PERSON" || m.words.size() == 1) {
      int c = find_person(b, m);
      if (c >= 0 && (type == "PERSON" || m.country.empty())) {
        b.join(c, m, i);
        m.cluster = c;
        continue;
      }
    }
    if (type == "ORG") {
      const ner::NameInfo* info = lists.find(m.text);
      if (info && (info->kinds & ner::kOrganization) && !info->canonical.empty()) {
        m.cluster = b.add("O:" + info->canonical, m, i, "ORG");
        b.clusters[m.cluster].name = info->canonical;
        continue;
      }
      if (int c = find_org(b, m); c >= 0) {
        b.join(c, m, i);
        m.cluster = c;
        continue;
      }
    }
    m.cluster = b.add(type == "PERSON" ? "" : type + ":" + m.text, m, i, type);
  }
  // Canonical names: the country's display name, the lexicon's organisation name, else the
  // longest mention.
  for (size_t c = 0; c < b.clusters.size(); ++c) {
    Cluster& cl = b.clusters[c];
    const MentionInfo& first = mentions[cl.mentions.front()];
    bool country_cluster = b.by_key.count("C:" + first.country) && b.by_key.at("C:" + first.country) == static_cast<int>(c);
    if (country_cluster) {
      cl.country = first.country;
      std::string display = lists.country_name(first.country);
      if (!display.empty()) cl.name = display;
      continue;
    }
    if (cl.type == "PERSON" || (cl.type == "ORG" && !lists.find(cl.name))) {
      cl.name = b.longest_text[c];
    }
  }
  return b.clusters;
}

}  // namespace dateline::entities
