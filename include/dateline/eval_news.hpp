// Scoring dateline against the news gold set (gold/news, docs/annotation.md): events, entity
// countries and quote speakers of one story, as `dateline eval news` reports them (docs/eval.md).
//
// The scorer is a pure function of a parsed gold story and the Document the pipeline made of
// that story, so it is tested without models. Gold offsets point into the raw story; the
// Document's text is the body after the structure stage, so every gold item is located again
// in Document::text by its snippet (runs of white space match any run of white space).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dateline/document.hpp"

namespace dateline {

struct NewsGoldEvent {
  std::string snippet;
  std::string source, target;  // actor codes: GBRGOV, KEN, IGOEEC
  std::string cameo;           // "042"
};

struct NewsGoldEntity {
  std::string text;     // the first mention as written
  std::string type;     // PERSON ORG GPE LOC MISC
  std::string country;  // ISO3 or IGO code; empty for null
};

struct NewsGoldQuote {
  std::string snippet;
  std::string kind;                    // direct | partial | indirect
  std::optional<std::string> speaker;  // null when the story names none
};

struct NewsGold {
  std::string id;
  std::string source;                // relative to the shared data folder
  std::string newid;                 // the Reuters-21578 NEWID ("" for other sources)
  std::optional<std::string> date;   // YYYY-MM-DD, passed to the pipeline as the article date
  std::optional<std::string> home_country;  // the publication's country (ISO3), as --home-country
  std::vector<NewsGoldEvent> events;
  std::vector<NewsGoldEntity> entities;
  std::vector<NewsGoldQuote> quotes;
};

// One gold file's JSON. Throws dateline::Error (bad_input), its message starting with `name`,
// when the text is not JSON or a field the scorer needs is missing or of the wrong type:
// id, source, date (YYYY-MM-DD or null), events (snippet, source, target, cameo), entities
// (text, type; country a string or null), quotes (snippet; speaker a string or null), and newid
// for a .sgm source.
NewsGold parse_news_gold(std::string_view json_text, const std::string& name);

// The gold file at `path` (parse_news_gold, named by its path).
NewsGold read_news_gold(const std::string& path);

// The story text the gold offsets count in (tools/gold_news.py reads it the same way): for a
// .sgm source the Reuters-21578 element whose NEWID is gold.newid, built as
// read_reuters_story() builds it; any other source read as a plain file. Throws dateline::Error
// (bad_input) when the file does not exist or the NEWID is not in it.
std::string news_story_text(const NewsGold& gold, const std::string& data_dir);

// An actor code written as the gold set writes it (docs/annotation.md: a country and sectors,
// or "IGO" + the organisation's code of lexicons/organizations.tsv: IGOUNO, IGOEEC, IGOWBK).
// - CAMEO dictionaries (--actors, Phoenix) chain IGO codes: "IGOEUREEC", "IGOUNODEVWBK",
//   "IGOBUSIMF". Such a code becomes "IGO" + the last of its three-letter parts that is an
//   organisation code of the lexicon (IGOEEC, IGOWBK, IGOIMF); with none it stays as it is.
// - dateline's own coder writes an actor whose entity has the sector IGO (and so no country)
//   as "---IGO" + sectors ("---IGOMIL" for "UN Secretary-General Kofi Annan"). With `entity`
//   given and an organisation the lexicon knows by the entity's name, that is "IGO" + its code;
//   otherwise "IGO---" + sectors: an IGO, but not which one.
// Other codes are returned unchanged.
std::string news_actor_code(std::string_view code, const Entity* entity = nullptr);

// The part of an actor code (after news_actor_code) that the event match compares: an IGO
// code's first six characters (IGOUNO, IGOEEC; a bare "IGO" stays "IGO"), any other code's
// first three (the country). A key holding "---" (unknown) or an empty code gives "", which
// matches nothing.
std::string news_actor_key(std::string_view code, const Entity* entity = nullptr);

// Where `snippet` first occurs in `text`, white space insensitively (a run of white space in
// either matches any run in the other; the snippet's leading and trailing white space is
// ignored). With `word_bounded`, only an occurrence with no letter or digit right before or
// after it. nullopt when there is none or the snippet is blank.
std::optional<Span> find_snippet(std::string_view text, std::string_view snippet, bool word_bounded = false);

// The key (as news_actor_key) of a predicted entity's country. An entity of the sector IGO has
// no country: its code is the one lexicons/organizations.tsv gives its name (the entities stage
// names a known organisation by the lexicon's canonical name), so "United Nations" → IGOUNO;
// an IGO entity the lexicon does not name (a UN official) gives "", as does no country.
std::string news_entity_key(const Entity& entity);

struct NewsCounts {
  size_t gold_events = 0;
  size_t predicted_events = 0;    // without CAMEO root 01
  size_t matched_events = 0;      // same sentence, actor keys and CAMEO root
  size_t code_matched_events = 0; // same sentence, full actor codes and full CAMEO code
  size_t ignored_statements = 0;  // predicted events of CAMEO root 01, left out of the rest
  size_t gold_entities = 0;       // PERSON, ORG and GPE with a country
  size_t found_entities = 0;      // located and overlapped by a predicted entity's mention
  size_t right_countries = 0;     // found, with the gold country key
  size_t gold_quotes = 0;
  size_t matched_quotes = 0;      // located and overlapped by a predicted quote (one to one)
  size_t gold_speakers = 0;       // matched gold quotes with a speaker
  size_t right_speakers = 0;
  size_t not_located = 0;         // gold items whose snippet (or entity text) is not in doc.text

  NewsCounts& operator+=(const NewsCounts& o);
};

// One line of error analysis (eval news --show-errors).
struct NewsError {
  enum class Kind { missed_event, false_event, entity, speaker, quote };
  Kind kind;
  std::string line;
};

struct NewsScore {
  NewsCounts counts;
  std::vector<NewsError> errors;  // missed and false events, then entities, then quotes
};

// Scores one story. Events: a located gold event sits in the doc sentence holding its
// snippet's start; predicted events of CAMEO root 01 are only counted (ignored_statements);
// the others, with or without a target, are matched one to one, greedily in document order.
// Entities and quotes as docs/eval.md says.
NewsScore score_news(const NewsGold& gold, const Document& doc);

}  // namespace dateline
