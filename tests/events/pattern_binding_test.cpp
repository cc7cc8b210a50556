// How verb patterns bind actors: '^' at a noun phrase skips it, elsewhere it skips the next
// actor; a pattern that binds the verb's own subject as target leaves the source to the actor
// before it; a pattern coded "+++" (TABARI's complex-sentence marker) is passed over; an
// infinitive without subject takes the actor before it.
#include <gtest/gtest.h>

#include "event_codes.hpp"

using namespace dateline;
using dateline::testing::W;

namespace {

std::vector<std::string> code(const std::vector<W>& words) {
  EventDictionaries d;
  d.verbs = std::make_shared<petrarch::VerbDictionary>(petrarch::parse_verbs(
      "--- REGRET [111] ---\nREGRET\n- NOTED + * [115]\n"
      "--- HOST [---] ---\nHOST\n- * FEAST ^ $ [042]\n"
      "--- MEND [---] ---\nMEND\n- * OLD FENCES [+++]\n- * FENCES [051]\n",
      "binding.verbs"));
  auto actors = std::make_shared<petrarch::ActorDictionary>();
  petrarch::parse_actors("ARNOR [ARN]\nGONDOR [GON]\nBREE [BRE]\n", "binding.actors", *actors);
  d.actors = actors;
  d.builtin_verbs_too = false;
  d.news_conventions = false;  // PETRARCH's pattern rules, tense and mood aside
  return dateline::testing::code_words(d, words);
}

}  // namespace

TEST(PatternBinding, TargetBoundToTheSubjectLeavesTheSourceToTheActorBefore) {
  auto s = code({{"Arnor", 2, "nsubj", "PROPN", "Arnor"},
                 {"noted", 0, "root", "VERB", "note"},
                 {"that", 5, "mark", "SCONJ", "that"},
                 {"Gondor", 5, "nsubj", "PROPN", "Gondor"},
                 {"regretted", 2, "ccomp", "VERB", "regret"},
                 {"Bree", 5, "obj", "PROPN", "Bree"}});
  EXPECT_EQ(s, std::vector<std::string>{"ARN>GON:115"});
}

TEST(PatternBinding, CaretAwayFromANounPhraseSkipsTheNextActor) {
  // Tagged, not parsed: "Arnor hosted a feast with Gondor at Bree".
  auto s = code({{"Arnor", -1, "", "PROPN", ""}, {"hosted", -1, "", "VERB", "host"}, {"a", -1, "", "DET", "a"},
                 {"feast", -1, "", "NOUN", "feast"}, {"with", -1, "", "ADP", "with"}, {"Gondor", -1, "", "PROPN", ""},
                 {"at", -1, "", "ADP", "at"}, {"Bree", -1, "", "PROPN", ""}});
  EXPECT_EQ(s, std::vector<std::string>{"BRE>GON:042"});
}

TEST(PatternBinding, ComplexMarkerPatternIsPassedOver) {
  EXPECT_EQ(code({{"Arnor"}, {"mended"}, {"old"}, {"fences"}, {"with"}, {"Gondor"}}), std::vector<std::string>{"ARN>GON:051"});
}

TEST(PatternBinding, InfinitiveWithoutSubjectTakesTheActorBeforeIt) {
  // "Arnor waits to regret Gondor", the infinitive parsed as an adverbial clause.
  std::vector<W> words{{"Arnor", 2, "nsubj", "PROPN", "Arnor"},
                       {"waits", 0, "root", "VERB", "wait"},
                       {"to", 4, "mark", "PART", "to"},
                       {"regret", 2, "advcl", "VERB", "regret"},
                       {"Gondor", 4, "obj", "PROPN", "Gondor"}};
  EXPECT_EQ(code(words), std::vector<std::string>{"ARN>GON:111"});
  // "after regretting" has a subject of its own, left unnamed.
  words[2] = {"after", 4, "mark", "SCONJ", "after"};
  EXPECT_TRUE(code(words).empty());
}
