// What a careful coder of real news does not code as a plain event: acts that have not
// happened (future, conditional, possible), questions, warnings that threaten no one, promises
// of an act the lexicon cannot name, and travel inside one's own country. Internal to
// src/events; docs/events.md ("Non-events in news").
#pragma once

#include <string>

#include "events/sentence_view.hpp"

namespace dateline::events_detail {

// The verb's act is not asserted to have happened: a modal ("will meet", "could impose"), a
// condition ("if X attacks"), an infinitive ("asked X to leave", "is due to sign", "a plan to
// visit", a headline-style "X to meet Y"; not "managed to", "began to"), or a verb coordinated
// with such a verb. Needs the parse.
bool is_unrealised(const SentenceView& v, size_t verb);

// "was asked by journalists whether ...", "asked if he would resign": a question, no appeal.
bool is_question(const SentenceView& v, size_t verb);

// "X warned (Y) that the deletion could break the law": a warning about what may happen, not a
// threat by X against anyone. (A warning about an actor's act, "warned it would retaliate",
// "warned that Kenya would strike", or with no clause, "warned Iran", stays a threat.)
bool is_warning_not_threat(const SentenceView& v, size_t verb);

// "said it would retaliate", "said he would meet": a speaker's own act announced with will /
// would, reported: an intention or a threat (CAMEO 03 / 13), not the act.
bool reports_own_future_act(const SentenceView& v, size_t verb);

// Readiness or plan words among the intent verbs: prepare, ready, willing, plan, intend.
bool is_readiness(const SentenceView& v, size_t verb);

// "pledged the economy would outstrip the US": a clause with a subject of its own (not a
// pronoun) says what will happen, not what the pledger will do.
bool governs_other_clause(const SentenceView& v, size_t verb);

// Codes of acts two parties do together: intentions (03), meetings (04), agreements signed
// (057), material cooperation (06), concessions (08). (Praise, 05, is done to a third party:
// "X and Y welcome talks".)
bool is_mutual_code(const std::string& code);

// "accuse each other", "met one another".
bool has_reciprocal_object(const SentenceView& v, size_t verb);

// The verb has an object that is no joint undertaking ("telephoning voters"; not "talks", "a deal").
bool has_other_object(const SentenceView& v, size_t verb);

// The verb governs a verbal complement ("was prepared to stand up to", "agreed to hold"): what
// is promised is that complement's act.
bool governs_verb(const SentenceView& v, size_t verb);

}  // namespace dateline::events_detail
