// World knowledge of actors (lexicons/actors.tsv): people and organisations by name, with their
// CAMEO actor codes and the dates each code holds, derived from the Phoenix actor dictionaries
// by `dateline actor-table` (actor_table_build.cpp). The entities stage uses it for people and
// organisations whose country the text does not give (see docs/entities.md, "World knowledge of
// actors").
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "resolver.hpp"

namespace dateline::entities {

// One dated code of an actor. Codes are in dateline's vocabulary: ISO3 + optional sector
// ("GBRGOV", "GBR"), IGO + optional dateline organisation code ("IGOUNO", "IGO"), NGO or MNC +
// optional ISO3 ("NGOUSA", "MNCGBR"). The code views the table's text.
struct ActorRow {
  std::string_view code;
  int from = 0;         // YYYYMMDD, 0 = open
  int to = 99999999;    // YYYYMMDD inclusive, 99999999 = open
  bool dated() const { return from != 0 || to != 99999999; }
};

// What a code says about an entity.
struct ActorFacts {
  std::string country;  // ISO3, or empty
  std::string sector;   // GOV MIL ... IGO NGO BUS, or empty
  std::string igo;      // dateline organisation code of an IGO (UNO, EEC, NAT ...), or empty
  bool empty() const { return country.empty() && sector.empty() && igo.empty(); }
};

ActorFacts facts_of(std::string_view code);

// What the rows say on `date` (YYYYMMDD, 0 = unknown):
//   known date: the dated row covering it (of several, the one that starts last); else the first
//     undated row; else the country alone when every row gives the same one;
//   unknown date: the dated row that ends last (open-ended counts as latest; ties: starts
//     last), else the first undated row.
ActorFacts facts_on(std::span<const ActorRow> rows, int date);

class ActorTable;
// A titled person known by a surname ("President Reagan"): the country of the people of that
// surname in the table who hold a dated office on `date` (YYYYMMDD), when one country has at
// least twice as many such names (a person's aliases count each) as all others; else empty.
ActorFacts titled_surname(const ActorTable& table, const Cluster& c, int date);

// "YYYY-MM-DD" → YYYYMMDD; 0 when empty or malformed.
int date_number(std::string_view iso);

// The lookup key of a name: upper case, words separated by single spaces ('_' and runs of
// white space are separators, typographic apostrophes become '), a leading "the" and leading
// honorifics (Mr, Mrs, Ms, Dr, Sir, Lord, Lady, Dame) dropped while a word would remain.
std::string actor_key(std::string_view name);

// Names are keyed by their text in the table (compared without regard to ASCII case), so the
// table costs one hash node per name and 24 bytes per row besides its own text.
class ActorTable {
 public:
  // lexicons/actors.tsv, read on first use (thread-safe) and kept for the process.
  static const ActorTable& builtin();
  // Rows "name<TAB>code<TAB>from<TAB>to", names as the builder writes them (one space between
  // words). `tsv` must outlive the table. Throws dateline::Error on a malformed row.
  static ActorTable parse(std::string_view tsv, const std::string& name);

  // The rows of a name (by actor_key), in table order; empty when unknown.
  std::span<const ActorRow> find(std::string_view name) const;
  // The rows of every name of two or more words whose last word is `surname` (upper case).
  std::vector<std::pair<std::string_view, std::span<const ActorRow>>> by_surname(std::string_view surname) const;
  size_t names() const { return index_.size(); }

 private:
  struct FoldedHash {
    size_t operator()(std::string_view s) const;
  };
  struct FoldedEqual {
    bool operator()(std::string_view a, std::string_view b) const;
  };
  std::vector<ActorRow> rows_;
  // name → [first, first + count) in rows_
  std::unordered_map<std::string_view, std::pair<uint32_t, uint32_t>, FoldedHash, FoldedEqual> index_;
  // last word of a name → its rows, for titled surnames ("President Reagan")
  // surname -> full name (its key in index_)
  std::unordered_multimap<std::string_view, std::string_view, FoldedHash, FoldedEqual> surnames_;
};

// Fills country (and a missing sector, or the IGO) of PERSON and ORG clusters the text left
// without a country, from `table` by the cluster's name and then its mentions' texts; a person
// is looked up only by names of two words or more. A cluster with a country keeps it; it takes
// the table's sector only when the table gives the same country. A one-word name counts only
// for an organisation written as an acronym, listed in lexicons/organizations.tsv, or an IGO.
void apply_actor_table(const ActorTable& table, const Document& doc, const std::vector<MentionInfo>& mentions,
                       std::vector<Cluster>& clusters);

// --- Building the table (actor_table_build.cpp; dateline::build_actor_table) ----------------

// The code in dateline's vocabulary for a Phoenix code ("IGOEUREEC" → "IGOEEC", "GBRGOVHLH" →
// "GBRGOV", "MNCUSAHLH" → "MNCUSA"); empty when dateline cannot use it (regions, historical
// states, a sector without a country).
std::string table_code(std::string_view phoenix_code);

// A name as news writes it, from the dictionary's upper-case words: "TONY BLAIR" → "Tony Blair".
std::string display_name(const std::vector<std::string>& words);

}  // namespace dateline::entities
