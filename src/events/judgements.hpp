// Judgements in reported speech: "Ms Short said the US was very bad at co-ordinating" is a
// criticism of the US (CAMEO 111), "he argued that Mr Sharon was committed to the roadmap"
// praise or a defence of Mr Sharon (051). Internal to src/events.
#pragma once

#include <string>
#include <vector>

#include "events/sentence_view.hpp"

namespace dateline::events_detail {

struct Judgement {
  size_t reporter = 0;   // the reporting verb ("said", "argued")
  size_t predicate = 0;  // the judging word ("wrong", "committed", "astonished")
  // Who judges, when not the reporting verb's subject: "Japan is not happy with the bill,
  // officials said" is Japan's judgement. Empty: the reporter's subject.
  std::vector<const ActorMention*> judges;
  std::vector<const ActorMention*> judged;
  std::string code;  // 111 (criticise) or 051 (praise)
};

// The judgements the sentence reports (parsed sentences only).
std::vector<Judgement> find_judgements(const SentenceView& v);

}  // namespace dateline::events_detail
