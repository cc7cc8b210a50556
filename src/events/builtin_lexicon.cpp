// dateline's own verb and agent lexicons, read into the PETRARCH dictionary structures so that
// one matcher serves both them and the field's dictionaries.
#include <cctype>
#include <map>
#include <sstream>

#include "dateline/lexicon.hpp"
#include "dateline/petrarch.hpp"

namespace dateline::petrarch {
namespace {

// Rewrites lexicons/event_verbs.tsv as a PETRARCH-1 verb dictionary: one block per verb.
std::string verbs_as_dictionary() {
  struct Block {
    std::string code = "---";
    std::vector<std::string> patterns;
  };
  std::vector<std::string> order;
  std::map<std::string, Block> blocks;
  for (const auto& row : lexicon_rows("event_verbs.tsv")) {
    if (row.size() < 3) continue;
    std::string verb(row[0]);
    if (!blocks.count(verb)) order.push_back(verb);
    Block& b = blocks[verb];
    std::string pattern(row[1]);
    if (pattern.empty())
      b.code = std::string(row[2]);
    else
      b.patterns.push_back("- " + pattern + " [" + std::string(row[2]) + "]");
  }
  std::ostringstream out;
  for (const auto& verb : order) {
    const Block& b = blocks[verb];
    out << "--- " << verb << " [" << b.code << "] ---\n" << verb << "\n";
    for (const auto& p : b.patterns) out << p << "\n";
    out << "\n";
  }
  return out.str();
}

std::string agents_as_dictionary() {
  std::ostringstream out;
  for (const auto& row : lexicon_rows("event_agents.tsv"))
    if (row.size() >= 2) out << row[0] << " [" << row[1] << "]\n";
  return out.str();
}

}  // namespace

const VerbDictionary& builtin_verbs() {
  static const VerbDictionary dict = [] {
    VerbDictionary d = parse_verbs(verbs_as_dictionary(), "lexicons/event_verbs.tsv");
    d.patterns_match_lemmas = true;  // our patterns name base forms: "* FOR AID" fits "aids"
    return d;
  }();
  return dict;
}

const AgentDictionary& builtin_agents() {
  static const AgentDictionary dict = [] {
    AgentDictionary d = parse_agents(agents_as_dictionary(), "lexicons/event_agents.tsv");
    for (const auto& row : lexicon_rows("event_agents.tsv"))
      if (row.size() >= 3 && row[2] == "noun") {
        std::string word(row[0]);
        for (char& c : word) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
        d.noun_only.insert(word);
      }
    return d;
  }();
  return dict;
}

}  // namespace dateline::petrarch
