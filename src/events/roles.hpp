// Who is the source and who the target of a coded verb: from the dependency parse when the
// sentence is parsed, else from word order (TABARI style). Internal to src/events.
#pragma once

#include <vector>

#include "events/sentence_view.hpp"

namespace dateline::events_detail {

struct Roles {
  std::vector<const ActorMention*> sources, targets;
};

Roles find_roles(const SentenceView& v, const VerbHit& hit);

// The actors of the phrase headed by token i (its subtree, without clauses) and of the phrases
// coordinated with it ("China and the United States").
std::vector<const ActorMention*> phrase_actors(const SentenceView& v, size_t i);

// Speech verbs whose clausal complement reports what their subject said.
bool is_speech_verb(const SentenceView& v, size_t i);

}  // namespace dateline::events_detail
