// The one data structure every pipeline stage reads and fills.
//
// Offsets: every `start`/`end` in a Document is a half-open range of UTF-8 *byte* offsets into
// `Document::text`, the normalised body text. `Document::source_offset()` maps such an offset
// back to a byte offset in the input as it was read (before decoding and normalisation).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace dateline {

struct Span {
  uint32_t start = 0;
  uint32_t end = 0;
};

// A syntactic word (UD "word"). Several words may share one surface token, as UD splits
// "don't" into "do" + "n't": then every word but the last has `joins_next` set.
struct Token {
  uint32_t start = 0;
  uint32_t end = 0;
  std::string text;
  std::string upos;
  std::string xpos;
  std::string lemma;
  std::string feats;
  int head = -1;  // 1-based index of the head word in the sentence, 0 = root, -1 = not parsed
  std::string deprel;
  bool joins_next = false;
};

struct Sentence {
  uint32_t start = 0;
  uint32_t end = 0;
  std::vector<Token> tokens;
};

struct Caption {
  std::string text;
  std::string credit;
};

struct Boilerplate {
  std::string text;
  std::string reason;
};

struct DatelineInfo {
  std::string place;
  std::string country;  // ISO 3166 alpha-3, empty when unknown
};

// A model file a pipeline read, recorded in every document it produces so that output can be
// traced to the exact models (a directory of other models gives other output).
struct ModelUse {
  std::string name;   // "tagger", "parser", ... (the key in the JSON "models" object)
  std::string file;   // the file's name, without its directory: en_tagger.dlm
  std::string crc32;  // of the whole file, 8 hex digits (zlib's CRC-32, as Python's zlib.crc32)
};

struct Mention {
  uint32_t start = 0;
  uint32_t end = 0;
  std::string text;
};

struct Entity {
  std::string id;
  std::string name;
  std::string type;     // PERSON ORG GPE LOC NORP MISC DATE TIME
  std::string country;  // ISO3 or empty
  std::string role;     // e.g. "Secretary of State", empty when none
  std::string sector;   // CAMEO-style sector code (GOV, MIL, ...) or empty
  std::vector<Mention> mentions;
  std::string igo;      // intergovernmental organisation code (UNO, EEC, NAT, ...) or empty
  // Where `country` (or `igo`) came from: "text" (the article, read with dateline's lexicons),
  // "actor_table" (world knowledge: lexicons/actors.tsv), empty when there is neither.
  std::string country_source;
};

struct Quote {
  std::optional<std::string> speaker;  // entity id
  std::optional<std::string> speaker_name;
  std::optional<std::string> cue;
  std::optional<std::string> addressee;
  std::string kind;  // direct | partial | indirect
  uint32_t start = 0;
  uint32_t end = 0;
  std::string text;
};

struct EventActor {
  std::optional<std::string> entity;
  std::string name;
  std::string code;     // CAMEO actor code, e.g. USAGOV
  std::string country;  // ISO3 or empty
  bool country_inferred = false;  // the country is the publication's (home country), not the text's
};

struct Event {
  EventActor source;
  std::optional<EventActor> target;
  std::string cameo;
  std::string plover;
  std::string mode;     // PLOVER mode, may be empty
  int quad_class = 0;
  double goldstein = 0.0;
  std::optional<std::string> date;  // YYYY-MM-DD, or a range "YYYY-MM-DD/YYYY-MM-DD"
  // "sentence": a time expression of the event's sentence ("on Tuesday") resolved against the
  // article date; "article": the article's date; empty when the event has no date.
  std::string date_source;
  std::optional<std::string> place;
  int sentence = -1;    // index into Document::sentences
  Mention evidence;
};

struct Document {
  std::string id;
  std::string source;                 // path, URL or "-" for stdin
  std::optional<std::string> date;    // YYYY-MM-DD: the article date, anchors time expressions
  // Where `date` came from (empty when there is none): "sgm" (Reuters <DATE>), "jsonl" (a
  // field of the line), "meta", "json-ld", "time" (<time datetime>), "url" (/2005/03/14/),
  // "dateline" ("WASHINGTON, June 2 -", its year from a weaker date), "warc" (the crawl's
  // WARC-Date), "cli" (--date, the default for undated input).
  std::string date_source;
  std::optional<std::string> headline;
  std::optional<DatelineInfo> dateline;
  std::optional<std::string> byline;
  std::vector<Caption> captions;
  std::vector<Boilerplate> boilerplate;

  std::string text;  // normalised body text; all offsets point here
  std::vector<Span> paragraphs;
  std::vector<Sentence> sentences;
  std::vector<Entity> entities;
  std::vector<Quote> quotes;
  std::vector<Event> events;
  std::vector<ModelUse> models;  // the models the pipeline that filled this document read

  // Where the text came from. `source_map[i]` is the input byte offset of text byte i; it has
  // text.size() + 1 entries (the last maps the end). Empty means the identity map.
  std::vector<uint32_t> source_map;
  std::string encoding = "UTF-8";     // encoding the input was read in
  std::vector<std::string> warnings;  // e.g. "invalid UTF-8 repaired (3 bytes)"

  // Hints from the container (HTML metadata, JSONL fields) that later stages may use.
  std::optional<std::string> title_hint;
  std::optional<std::string> url;

  uint32_t source_offset(uint32_t text_offset) const {
    if (source_map.empty()) return text_offset;
    if (text_offset >= source_map.size()) return source_map.back();
    return source_map[text_offset];
  }
  std::string_view slice(uint32_t start, uint32_t end) const {
    return std::string_view(text).substr(start, end - start);
  }
};

}  // namespace dateline
