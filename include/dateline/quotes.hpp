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

namespace quotes {
class RoleTagger;  // the learned attribution tagger (src/quotes/role_tagger.hpp)
}

// All attributions in a document (run after the entities stage, when there is one), by the
// rules alone.
std::vector<Attribution> find_attributions(const Document& doc);
// With the learned tagger (nullptr: the rules alone): its attributions, plus those of the rules
// whose content it left untouched. Needs the tokenizer's sentences; tags and parse help.
std::vector<Attribution> find_attributions(const Document& doc, const quotes::RoleTagger* tagger);

// The public record of an attribution.
Quote to_quote(const Document& doc, const Attribution& a);

// models_dir/en_quotes.dlm, or nullptr when there is no such file (a broken one throws).
std::shared_ptr<const quotes::RoleTagger> load_quote_tagger(const std::string& models_dir);

// The stage by the rules alone, or with models_dir/en_quotes.dlm when that file exists.
std::unique_ptr<Stage> make_quotes_stage();
std::unique_ptr<Stage> make_quotes_stage(const std::string& models_dir);

// --- Gold attributions in brat standoff (PolNeAR), for `dateline eval quotes` ---------------

// One gold attribution. Spans are byte offsets into the article's raw text (brat counts code
// points; read_brat_attributions converts). Discontinuous brat spans keep their pieces.
struct GoldAttribution {
  std::vector<Span> source, cue, content;
};

// Parses a .ann file against the raw article text it annotates. Malformed lines throw
// dateline::Error (bad_input) naming the line.
std::vector<GoldAttribution> read_brat_attributions(std::string_view ann, std::string_view raw_text);

// --- Training the attribution tagger (models/en_quotes.dlm; docs/quotes.md) -----------------

struct QuoteTrainOptions {
  int epochs = 8;          // passes over train; the epoch with the best dev role F1 is kept
  uint32_t seed = 1;       // shuffling
  std::string models_dir;  // models for the pipeline that prepares the articles ("" = default)
  bool all_annotators = false;
  // Decoding bias for starting a cue and a content, written to the model's metadata (the
  // epoch is still chosen without it); see RoleTagger::kDefaultRoleBias.
  float cue_bias = 0.0f, content_bias = 0.0f;
  // 0: trained word by word (greedy, the model's own previous roles as history); N: whole
  // articles decoded in a beam of N, corrected where the gold roles fall out of it. Such a
  // model decodes without RoleTagger's margin (metadata beam_margin 0).
  int global_beam = 0;
  // With global_beam: the training search's cost of a wrong role for a gold cue / content word.
  float cue_cost = 0.0f, content_cost = 0.0f;
};

// Trains on a PolNeAR split (a directory holding text/ and attributions/), selects on `dev_dir`
// (may be empty) and writes the model to `out`. Progress goes to standard error.
void train_quote_tagger(const std::string& train_dir, const std::string& dev_dir, const std::string& out,
                        const QuoteTrainOptions& options);

}  // namespace dateline
