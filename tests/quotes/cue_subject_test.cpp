// Who speaks through a cue verb, read from a parse written here by hand (no models needed).
#include <gtest/gtest.h>

#include <sstream>

#include "quotes/learned.hpp"

namespace dateline {
namespace {

// One sentence from lines "form head deprel" (1-based heads, 0 = root).
Sentence parsed(const std::vector<std::string>& lines) {
  Sentence s;
  for (const auto& line : lines) {
    std::istringstream in(line);
    Token t;
    in >> t.text >> t.head >> t.deprel;
    t.upos = t.deprel == "punct" ? "PUNCT" : "X";
    s.tokens.push_back(t);
  }
  return s;
}

std::string words(const Sentence& s, std::optional<quotes::TokenRange> r) {
  if (!r) return "<none>";
  std::string out;
  for (int k = r->first; k <= r->last; ++k) out += (out.empty() ? "" : " ") + s.tokens[k].text;
  return out;
}

TEST(CueSubject, ActiveVerbIsSpokenByItsSubject) {
  Sentence s = parsed({"The 2 det", "minister 3 nsubj", "said 0 root", "talks 5 nsubj", "failed 3 ccomp", ". 3 punct"});
  EXPECT_EQ(words(s, quotes::cue_subject(s, 2, 2)), "The minister");
}

TEST(CueSubject, PassiveSubjectIsNeverTheSpeaker) {
  // "Reporters were told that talks would resume": the reporters were spoken to.
  Sentence s = parsed({"Reporters 3 nsubj:pass", "were 3 aux:pass", "told 0 root", "that 6 mark", "talks 6 nsubj",
                       "resume 3 ccomp", ". 3 punct"});
  EXPECT_EQ(words(s, quotes::cue_subject(s, 1, 2)), "<none>");
}

TEST(CueSubject, PassiveVerbIsSpokenByItsAgentWithoutBy) {
  // "The plan was announced by the interior ministry".
  Sentence s = parsed({"The 2 det", "plan 4 nsubj:pass", "was 4 aux:pass", "announced 0 root", "by 8 case",
                       "the 8 det", "interior 8 amod", "ministry 4 obl:agent", ". 4 punct"});
  EXPECT_EQ(words(s, quotes::cue_subject(s, 3, 3)), "the interior ministry");
}

TEST(CueSubject, VerbWithoutSubjectTakesThatOfTheVerbItIsCoordinatedWith) {
  // "He arrived and said ...": and a passive subject is not taken from the first verb's clause.
  Sentence s = parsed({"He 2 nsubj", "arrived 0 root", "and 4 cc", "said 2 conj", "it 6 nsubj", "worked 4 ccomp"});
  EXPECT_EQ(words(s, quotes::cue_subject(s, 3, 3)), "He");
  Sentence p = parsed({"Steps 3 nsubj:pass", "were 3 aux:pass", "taken 0 root", "and 5 cc", "announced 3 conj",
                       "today 5 obl"});
  EXPECT_EQ(words(p, quotes::cue_subject(p, 4, 4)), "<none>");
}

TEST(CueComplement, IsWhatTheCueGovernsAfterIt) {
  // "Critics warned against the plan in May .": "the plan" and "in May" hang from "warned" by obl.
  Sentence s = parsed({"Critics 2 nsubj", "warned 0 root", "against 5 case", "the 5 det", "plan 2 obl", "in 7 case",
                       "May 2 obl", ". 2 punct"});
  EXPECT_EQ(words(s, quotes::cue_complement(s, 1, 2)), "the plan in May");
  // The subject before the cue is not its complement, nor is anything when it governs nothing after it.
  Sentence t = parsed({"He 3 nsubj", "is 3 cop", "opponent 0 root", "of 6 case", "the 6 det", "deal 3 nmod",
                       ". 3 punct"});
  EXPECT_EQ(words(t, quotes::cue_complement(t, 2, 3)), "the deal");
  EXPECT_EQ(words(t, quotes::cue_complement(t, 5, 5)), "<none>");
}

}  // namespace
}  // namespace dateline
