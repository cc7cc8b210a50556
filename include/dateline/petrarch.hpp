// Readers for the event-coding dictionaries of the field (TABARI, PETRARCH-1 and PETRARCH2
// formats: verbs, actors, agents, discards), and dateline's own lexicon in the same structures.
// Every phrase is stored as upper-case words; readers throw dateline::Error(bad_resource) naming
// the file and line of anything malformed.
#pragma once

#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace dateline::petrarch {

// One element of a verb pattern, in the order written.
struct PatternItem {
  enum class Kind { word, synset, source, target, compound, skip_phrase } kind = Kind::word;
  std::string text;       // the word (upper case) or the synset name without '&'
  bool adjacent = false;  // must immediately follow the previous matched item ('_' joins)
};

struct VerbPattern {
  std::vector<PatternItem> before;  // items before the verb, in text order
  std::vector<PatternItem> after;   // items after the verb, in text order
  std::string code;                 // "064", "---" (no event) or "A:B" (symmetric)
  bool verb_joined_before = false;  // "X_*": the verb directly follows the last `before` item
  int line = 0;
};

// A verb form: the words of a (possibly multi-word) verb with the inflected one marked.
struct VerbForm {
  std::vector<std::string> words;
  size_t head = 0;  // index of the inflected word in `words`
  int block = -1;   // index into VerbDictionary::blocks
  std::string code; // a code of its own, else empty (the block's code applies)
};

struct VerbBlock {
  std::string label;
  std::string code;
  std::vector<VerbPattern> patterns;
};

struct VerbDictionary {
  std::unordered_map<std::string, std::vector<std::vector<std::string>>> synsets;  // name → phrases
  std::vector<VerbBlock> blocks;
  // Inflected word (any form, upper case) → the verb forms that have it as head.
  std::unordered_map<std::string, std::vector<VerbForm>> forms;
  size_t pattern_count = 0;
  size_t transformation_count = 0;  // PETRARCH2 '~' lines: read, not applied
  // Pattern words match lemmas and plurals too; the field's dictionaries list each form they
  // mean ("* TREATY" does not fit "treaties"), so for them this stays false.
  bool patterns_match_lemmas = false;
};

struct DatedCode {
  std::string code;
  int from = 0;       // YYYYMMDD, 0 = open
  int to = 99999999;  // YYYYMMDD inclusive
  bool date_ignored = false;  // the restriction could not be read (a warning says which): undated
};

struct ActorEntry {
  std::vector<DatedCode> codes;  // the first undated one is the default
  // The code valid on `date` (YYYYMMDD, 0 = unknown): a dated code covering it, else the default.
  std::string code_on(int date) const;
};

// Phrases indexed by their first word, longest first, for longest-match lookups.
template <typename Value>
struct PhraseTable {
  struct Item {
    std::vector<std::string> words;
    Value value;
    bool stem_last = false;  // the last word also matches longer words it begins (TABARI stems)
    // spaced[k]: word k was written after a space, not '_'; TABARI lets other words of the
    // noun phrase stand there ("ITHILEN TELEVISION" fits "Ithilen state-run television").
    std::vector<bool> spaced;
  };
  std::unordered_map<std::string, std::vector<Item>> by_first_word;
  std::unordered_map<std::string, std::vector<Item>> single_stems;  // by first 4 letters
  size_t size = 0;

  void add(std::vector<std::string> words, Value value, bool stem_last = false, std::vector<bool> spaced = {});
  // The longest phrase starting at words[i]; returns its length (0 = none) and sets *out.
  size_t match(const std::vector<std::string>& words, size_t i, const Value** out) const;
};

struct ActorDictionary {
  std::vector<ActorEntry> entries;
  // Tolerated defects ("file:line: ..."), e.g. a 7-digit date in Phoenix.Countries.actors.txt:
  // the code is kept without its date restriction.
  std::vector<std::string> warnings;
  PhraseTable<size_t> phrases;  // → index into entries
};

struct AgentDictionary {
  PhraseTable<std::string> phrases;  // → "~GOV" (appended) or "IGO~" (prepended)
  // One-word agents (upper case) that are agents only as nouns: an adjective use ("general
  // election") is none. dateline's lexicon marks them; PETRARCH dictionaries have no such mark.
  std::set<std::string> noun_only;
  std::vector<std::string> warnings;  // tolerated defects, "file:line: ..."
};

struct DiscardDictionary {
  PhraseTable<bool> phrases;  // → true when the whole story is discarded
};

VerbDictionary read_verbs(const std::string& path);
VerbDictionary parse_verbs(std::string_view text, const std::string& name);
void read_actors(const std::string& path, ActorDictionary& into);  // several files may merge
void parse_actors(std::string_view text, const std::string& name, ActorDictionary& into);
AgentDictionary read_agents(const std::string& path);
AgentDictionary parse_agents(std::string_view text, const std::string& name);
DiscardDictionary read_discards(const std::string& path);
DiscardDictionary parse_discards(std::string_view text, const std::string& name);

// dateline's built-in verb lexicon (lexicons/event_verbs.tsv) and agent lexicon
// (lexicons/event_agents.tsv), in the same structures.
const VerbDictionary& builtin_verbs();
const AgentDictionary& builtin_agents();

// Regular English inflections of a verb (base, -s, -ed, -ing) and noun plurals.
std::vector<std::string> verb_inflections(const std::string& base);
std::string noun_plural(const std::string& noun);

// YYMMDD (00–30 → 20YY) or YYYYMMDD as YYYYMMDD; -1 when malformed.
int parse_dict_date(std::string_view s);

}  // namespace dateline::petrarch
