// Internals of entity resolution, split by concern: mention facts (mention_facts.cpp),
// clustering (clustering.cpp), roles and countries (attributes.cpp), pronouns (pronouns.cpp).
#pragma once

#include <string>
#include <vector>

#include "dateline/document.hpp"
#include "dateline/entities.hpp"
#include "dateline/ner.hpp"

namespace dateline::entities {

// A mention with what resolution needs to know about it.
struct MentionInfo {
  NamedSpan span;
  std::string text;        // the words joined by single spaces
  std::vector<std::string> words;
  std::string country;     // ISO3 from the gazetteers (countries, demonyms, places, organisations)
  bool is_country = false; // names a country itself ("China", "U.S.")
  bool is_demonym = false;
  bool is_capital = false;
  bool acts = false;       // subject, possessor or addressee: a capital standing for its government
  bool subject = false;    // grammatical subject (parse, or a verb right after it)
  int cluster = -1;
};

// One entity under construction.
struct Cluster {
  std::string type;
  std::string name;
  std::string country, role, sector;
  std::string igo;                  // IGO code from the actor table (UNO, EEC ...), else empty
  bool country_from_table = false;  // country or igo came from the actor table, not the text
  std::vector<int> mentions;  // indices into the mention list
};

// Fills the gazetteer facts and the syntactic flags of each mention.
void describe_mentions(const Document& doc, std::vector<MentionInfo>& mentions);
// Groups mentions into clusters (sets MentionInfo::cluster).
std::vector<Cluster> cluster_mentions(std::vector<MentionInfo>& mentions);
// Roles, sectors and countries from pre-modifiers, appositions and the lexicons.
void attach_attributes(const Document& doc, const std::vector<MentionInfo>& mentions, std::vector<Cluster>& clusters);
// Whether a sector is the state's (government, legislature, courts, police, armed forces,
// parties in and out of office).
bool is_state_sector(const std::string& sector);
// A person or organisation the text and the actor table give no country, in a datelined
// story, is the dateline country's: wire stories name the local officials, firms and analysts
// of the place they are filed from ("Commerce Secretary Malcolm Baldrige" in a WASHINGTON
// story, "the Foreign Ministry" or a bank in a PEKING one). Not for international bodies.
void apply_dateline_country(const Document& doc, std::vector<Cluster>& clusters);
// People, and state institutions, no country was found for take the publication's (`home`),
// when the article names it at least twice as often as any other country; returns which
// clusters took it.
std::vector<bool> apply_home_country(const std::string& home, const std::vector<MentionInfo>& mentions,
                                     std::vector<Cluster>& clusters);
// Third-person pronouns (he, she, his, her, him) → the person they most likely refer to, added as
// mentions to that person's cluster.
void resolve_pronouns(const Document& doc, std::vector<MentionInfo>& mentions, std::vector<Cluster>& clusters);

// Span repairs before typing (chunk_repairs.cpp): adjacent names of one type joined by a
// hyphen written without spaces become one ("Asia-Pacific"), a name takes in a glued particle
// ("al-Qaeda", typed ORG when the gazetteer lists it); a one-word MISC name the gazetteers do not
// know, before "administration", "campaign"..., is a person ("the Obama administration").
void join_hyphenated_chunks(const Sentence& s, std::vector<ner::Chunk>& chunks);
void type_name_before_office_noun(const Sentence& s, ner::Chunk& c);
// A name followed by a geographic feature word takes it in and is a LOC ("Korean" + "Peninsula").
void extend_to_feature(const Sentence& s, ner::Chunk& c);
// A name that is not a person's but ends in a person's title ("the Salford MP", "a Labour
// spokesman" tagged ORG) is what modifies the title: the title is cut off. False when nothing
// is left that is a name (a listed title as a whole: "Prime Minister" tagged ORG).
bool cut_trailing_person_title(const Sentence& s, ner::Chunk& c);

// Helpers shared by the files above.
bool is_verb_token(const Token& t);
std::string word_text(const Sentence& s, int begin, int end);  // words as written (spaces where the text has them)
// The head noun of an organisation's name: the last word before "of"/"for" ("Reserve Bank of
// Australia" → "Bank"), else the last word ("European Commission" → "Commission"). Not empty.
const std::string& head_word(const std::vector<std::string>& words);
std::vector<std::string> split_words(const std::string& name);  // on spaces

}  // namespace dateline::entities
