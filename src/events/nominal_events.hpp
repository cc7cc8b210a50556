// Events named as nouns, in news: "following talks with Mr Blair, Mr Abbas said" (a meeting,
// 040), "Iran's offensive into Iraqi Kurdistan" (an attack, 190). Internal to src/events.
#pragma once

#include <string>
#include <vector>

#include "events/sentence_view.hpp"

namespace dateline::events_detail {

struct NominalEvent {
  size_t anchor = 0;       // the noun that names the event
  size_t source_verb = 0;  // the token the sources are resolved at (a pronoun's clause)
  std::vector<const ActorMention*> sources, targets;
  std::string code;
};

// The events the sentence names as nouns (parsed sentences only).
std::vector<NominalEvent> find_nominal_events(const SentenceView& v);

}  // namespace dateline::events_detail
