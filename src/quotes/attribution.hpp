// The steps of find_attributions(), shared between its source files.
#pragma once

#include <optional>
#include <set>
#include <vector>

#include "dateline/quotes.hpp"
#include "quotes/cue_lexicon.hpp"
#include "quotes/phrases.hpp"
#include "quotes/word_view.hpp"

namespace dateline::quotes {

struct Context {
  const Document& doc;
  const WordView& view;
  std::vector<std::string_view> lower;  // lower-cased words, for the cue lexicon
  const CueLexicon& cues;
  std::set<int> used_cues;              // first words of cues already tied to a quote
  std::set<int> partial_cues;           // those of them tied to partial quotes only
  int last_frame_cue = -1;              // first word of the cue take_frame() used last
};

struct CueHit {
  WordRange words;
  const Cue* cue = nullptr;
};

// The cue starting at word i, if any (outside quotes only).
std::optional<CueHit> cue_at(const Context& ctx, int i);

// Direct and partial quotes, each with the frame that attributes it when there is one.
std::vector<Attribution> attribute_quotes(Context& ctx);

// Reported speech without quote marks: "X said (that) S", "X urged Y to V", "according to X, S".
void add_indirect_speech(Context& ctx, std::vector<Attribution>& out);

// "Name: what they said" as the article's headline: the colon is the cue.
void add_headline_frame(const WordView& view, std::vector<Attribution>& out);
// A transcript's turns, "ORTIZ: We have the money.": the colon is the cue.
void add_transcript_turns(const WordView& view, std::vector<Attribution>& out);

// Fills speaker_entity / speaker_name: entity mentions, pronouns, descriptions, continuation.
void resolve_speakers(const Document& doc, const WordView& view, std::vector<Attribution>& attributions);

}  // namespace dateline::quotes
