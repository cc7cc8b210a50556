// Verbs of the lexicon that, in some constructions, report nothing that happened: a negated
// object ("received no warning") and a judgement ("considered X a threat").
#include <gtest/gtest.h>

#include "dateline/events.hpp"
#include "event_codes.hpp"
#include "event_test_doc.hpp"

using namespace dateline;
using dateline::testing::add_sentence;
using dateline::testing::coded_events;

TEST(NonEvents, NegatedObjectMeansNothingHappened) {
  Document hosted;
  add_sentence(hosted, {{"Kenya", 2, "nsubj", "PROPN", "Kenya"},
                        {"received", 0, "root", "VERB", "receive"},
                        {"Uganda", 2, "obj", "PROPN", "Uganda"},
                        {".", 2, "punct", "PUNCT", "."}});
  EXPECT_EQ(coded_events(hosted), std::vector<std::string>{"KEN>UGA:043"});

  Document none;
  add_sentence(none, {{"Kenya", 2, "nsubj", "PROPN", "Kenya"},
                      {"received", 0, "root", "VERB", "receive"},
                      {"no", 4, "det", "DET", "no"},
                      {"warning", 2, "obj", "NOUN", "warning"},
                      {"from", 6, "case", "ADP", "from"},
                      {"Uganda", 4, "nmod", "PROPN", "Uganda"},
                      {".", 2, "punct", "PUNCT", "."}});
  EXPECT_TRUE(coded_events(none).empty());
}

TEST(NonEvents, ConsideringSomeoneSomethingIsAJudgementNotAPolicyOption) {
  // (CAMEO 01 is coded under PETRARCH's conventions only.)
  Document option;
  add_sentence(option, {{"Kenya", 2, "nsubj", "PROPN", "Kenya"},
                        {"considered", 0, "root", "VERB", "consider"},
                        {"Uganda", 5, "nmod:poss", "PROPN", "Uganda"},
                        {"'s", 3, "case", "PART", "'s"},
                        {"proposal", 2, "obj", "NOUN", "proposal"},
                        {".", 2, "punct", "PUNCT", "."}});
  EXPECT_EQ(coded_events(option, false), std::vector<std::string>{"KEN>UGA:014"});

  Document judged;
  add_sentence(judged, {{"Kenya", 2, "nsubj", "PROPN", "Kenya"},
                        {"considered", 0, "root", "VERB", "consider"},
                        {"Uganda", 2, "obj", "PROPN", "Uganda"},
                        {"a", 5, "det", "DET", "a"},
                        {"threat", 2, "xcomp", "NOUN", "threat"},
                        {".", 2, "punct", "PUNCT", "."}});
  EXPECT_TRUE(coded_events(judged, false).empty());
}
