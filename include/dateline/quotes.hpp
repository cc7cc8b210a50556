// Who said what: quoted passages, reported speech and the speakers they are attributed to.
//
// The quotes stage fills Document::quotes. It works on the surface text alone, and uses what
// earlier stages left behind when they ran: sentences and part-of-speech tags sharpen the
// speaker phrases, entities turn "he" or "the minister" into an entity id.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dateline/document.hpp"
#include "dateline/stage.hpp"

namespace dateline {

// A passage between quotation marks. `start`/`end` exclude the marks themselves,
// `open`/`close` include them. A quote whose closing mark never comes ends at its paragraph's
// end (`closed` false), unless the next paragraph opens with a quote mark: then the quote runs
// on (the news convention for multi-paragraph quotes).
struct QuotedSpan {
  uint32_t open = 0, start = 0, end = 0, close = 0;
  bool closed = true;
  int depth = 0;  // 0 = outermost; 1 = a quote inside a quote
};

// Every quoted passage of `text`, in order, outer ones with depth 0. `paragraphs` may be empty
// (then blank lines separate paragraphs).
std::vector<QuotedSpan> find_quoted_spans(std::string_view text, const std::vector<Span>& paragraphs);

// One attribution with everything the evaluation needs: the spans as well as the strings.
struct Attribution {
  std::string kind;                 // direct | partial | indirect
  std::string cue_class = "speech";  // speech | belief | intention (lexicons/speech_cues.tsv)
  Span content;
  std::optional<Span> cue;
  std::optional<Span> source;       // the speaker as written here ("he", "the minister")
  std::optional<Span> addressee;
  std::optional<std::string> speaker_entity;  // Entity::id when resolved
  std::optional<std::string> speaker_name;    // the resolved name ("John Kerry")
  bool continued = false;           // speaker carried over from an earlier quote (no cue here)
};

// All attributions in a document (run after the entities stage, when there is one).
std::vector<Attribution> find_attributions(const Document& doc);

// The public record of an attribution.
Quote to_quote(const Document& doc, const Attribution& a);

std::unique_ptr<Stage> make_quotes_stage();

// --- Gold attributions in brat standoff (PolNeAR), for `dateline eval quotes` ---------------

// One gold attribution. Spans are byte offsets into the article's raw text (brat counts code
// points; read_brat_attributions converts). Discontinuous brat spans keep their pieces.
struct GoldAttribution {
  std::vector<Span> source, cue, content;
};

// Parses a .ann file against the raw article text it annotates. Malformed lines throw
// dateline::Error (bad_input) naming the line.
std::vector<GoldAttribution> read_brat_attributions(std::string_view ann, std::string_view raw_text);

}  // namespace dateline
