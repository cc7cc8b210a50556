// CAMEO/PLOVER event coding (pipeline stage "events"): who did what to whom, when and where,
// over the dependency parse when there is one and over word order when there is not.
// See docs/events.md.
#pragma once

#include <memory>
#include <ostream>
#include <optional>
#include <string>
#include <string_view>

#include "dateline/document.hpp"
#include "dateline/petrarch.hpp"
#include "dateline/stage.hpp"

namespace dateline {

struct CameoInfo {
  std::string code;
  std::string name;
  int quad_class = 0;
  double goldstein = 0.0;
  std::string plover;  // empty for CAMEO 01 (public statements)
  std::string mode;
};

// Facts about a CAMEO event code (lexicons/cameo_events.tsv); a code that is not listed takes
// its parent's (1053 → 105 → 10). nullopt for codes outside CAMEO (e.g. WEIS-only codes).
std::optional<CameoInfo> cameo_info(std::string_view code);

// The dictionaries an event coder uses. Null members mean dateline's own: the built-in verb and
// agent lexicons, and actors from the entities stage and the gazetteer.
struct EventDictionaries {
  std::shared_ptr<const petrarch::VerbDictionary> verbs;
  std::shared_ptr<const petrarch::ActorDictionary> actors;
  std::shared_ptr<const petrarch::AgentDictionary> agents;
  std::shared_ptr<const petrarch::DiscardDictionary> discards;
  bool require_target = true;  // PETRARCH's require_dyad: an event needs a source and a target
  // A loaded verb dictionary extends the built-in lexicon: its verbs come first, built-in verbs
  // it does not have still count. false: the loaded dictionary alone (as PETRARCH codes).
  bool builtin_verbs_too = true;
  // The publication's country (ISO3), or empty. A domestic story rarely says whose government
  // "the government" is; when the article names no other country more often than this one, a
  // role actor without a country ("---GOV") takes it, flagged EventActor::country_inferred.
  std::string home_country;
  // Not coded under the news conventions: acts that have not happened (future, conditional,
  // planned), questions, warnings that threaten no one, visits inside one's own country, and
  // targets named only as a topic, place or time ("talks about Turkey", "met in Brussels").
  // false: every tense and mood, as PETRARCH codes (PipelineOptions::petrarch_conventions).
  bool news_conventions = true;

  // Loads the files named in the options (verbs_dict, actors_dict: several files separated by
  // ',', agents_dict, discards_dict); throws Error(bad_resource) naming file and line.
  static EventDictionaries load(const PipelineOptions& options);
};

class EventCoder {
 public:
  explicit EventCoder(EventDictionaries dictionaries);
  // Replaces doc.events with the events coded from doc.sentences.
  void code(Document& doc) const;

 private:
  EventDictionaries dicts_;
};

std::unique_ptr<Stage> make_events_stage(const PipelineOptions& options);

// One TSV row per event, in the customary column order: date, source code, target code, CAMEO,
// PLOVER, quad class, Goldstein, source name, target name, place, sentence id, evidence text;
// then the event's id ("<article id>-<n>", n counting the article's events from 1), the
// article's id and its source (file path, `file#id` …). write_events_tsv_header writes the
// one header row (starting with '#') that heads the rows of every article.
void write_events_tsv_header(std::ostream& out);
void write_events_tsv(std::ostream& out, const Document& doc);

}  // namespace dateline
