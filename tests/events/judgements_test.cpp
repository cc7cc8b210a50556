// Judgements in reported speech (src/events/judgements.cpp): a speaker criticises (111) or
// praises (051) the one the reported clause judges. A news convention: under PETRARCH's, none.
#include <gtest/gtest.h>

#include "dateline/events.hpp"
#include "event_codes.hpp"
#include "event_test_doc.hpp"

using namespace dateline;
using dateline::testing::news;
using dateline::testing::petrarch_coded;
using dateline::testing::W;

namespace {

const std::vector<std::string> kNone;

}  // namespace

TEST(Judgements, ASpeakerCallingSomeoneWrongCriticisesThem) {
  // "Uganda was wrong, Kenya said."
  std::vector<W> words{{"Uganda", 3, "nsubj", "PROPN", "Uganda"}, {"was", 3, "cop", "AUX", "be"},
                       {"wrong", 0, "root", "ADJ", "wrong"},       {",", 6, "punct", "PUNCT", ","},
                       {"Kenya", 6, "nsubj", "PROPN", "Kenya"},    {"said", 3, "parataxis", "VERB", "say"}};
  EXPECT_EQ(news(words), std::vector<std::string>{"KEN>UGA:111"});
  EXPECT_EQ(petrarch_coded(words), kNone);
  // "Uganda was not wrong" is no praise either.
  std::vector<W> negated{{"Uganda", 4, "nsubj", "PROPN", "Uganda"}, {"was", 4, "cop", "AUX", "be"},
                         {"not", 4, "advmod", "PART", "not"},         {"wrong", 0, "root", "ADJ", "wrong"},
                         {",", 7, "punct", "PUNCT", ","},             {"Kenya", 7, "nsubj", "PROPN", "Kenya"},
                         {"said", 4, "parataxis", "VERB", "say"}};
  EXPECT_EQ(news(negated), kNone);
}

TEST(Judgements, TheOwnerOfAStanceIsJudgedNotTheOneSomethingIsDoneTo) {
  // "Kenya said Uganda's case was weak": Uganda is judged.
  std::vector<W> words{{"Kenya", 2, "nsubj", "PROPN", "Kenya"}, {"said", 0, "root", "VERB", "say"},
                       {"Uganda", 5, "nmod:poss", "PROPN", "Uganda"}, {"'s", 3, "case", "PART", "'s"},
                       {"case", 7, "nsubj", "NOUN", "case"},         {"was", 7, "cop", "AUX", "be"},
                       {"weak", 2, "ccomp", "ADJ", "weak"}};
  EXPECT_EQ(news(words), std::vector<std::string>{"KEN>UGA:111"});
  // "Kenya said Uganda's arrest was unfair": the one arrested is not judged.
  words[4] = {"arrest", 7, "nsubj", "NOUN", "arrest"};
  words[6] = {"unfair", 2, "ccomp", "ADJ", "unfair"};
  EXPECT_EQ(news(words), kNone);
}

TEST(Judgements, TheSpeakersDispleasureAtAnActJudgesItsActor) {
  // "Kenya said it was astonished that Uganda would propose it."
  std::vector<W> words{{"Kenya", 2, "nsubj", "PROPN", "Kenya"},  {"said", 0, "root", "VERB", "say"},
                       {"it", 5, "nsubj", "PRON", "it"},          {"was", 5, "cop", "AUX", "be"},
                       {"astonished", 2, "ccomp", "ADJ", "astonished"}, {"that", 9, "mark", "SCONJ", "that"},
                       {"Uganda", 9, "nsubj", "PROPN", "Uganda"}, {"would", 9, "aux", "AUX", "would"},
                       {"propose", 5, "ccomp", "VERB", "propose"}};
  EXPECT_EQ(news(words), std::vector<std::string>{"KEN>UGA:111"});
}

TEST(Judgements, APassiveParticipleJudgesByItsForm) {
  // "Kenya argued that Uganda was entitled to peace": praise.
  std::vector<W> words{{"Kenya", 2, "nsubj", "PROPN", "Kenya"},       {"argued", 0, "root", "VERB", "argue"},
                       {"that", 6, "mark", "SCONJ", "that"},          {"Uganda", 6, "nsubj:pass", "PROPN", "Uganda"},
                       {"was", 6, "aux:pass", "AUX", "be"},           {"entitled", 2, "ccomp", "VERB", "entitle"},
                       {"to", 8, "case", "ADP", "to"},                {"peace", 6, "obl", "NOUN", "peace"}};
  EXPECT_EQ(news(words), std::vector<std::string>{"KEN>UGA:051"});
  // Not reported by anyone, the same clause is no judgement.
  std::vector<W> alone{{"Uganda", 3, "nsubj:pass", "PROPN", "Uganda"}, {"was", 3, "aux:pass", "AUX", "be"},
                       {"entitled", 0, "root", "VERB", "entitle"},      {"to", 5, "case", "ADP", "to"},
                       {"peace", 3, "obl", "NOUN", "peace"}};
  EXPECT_EQ(news(alone), kNone);
}
