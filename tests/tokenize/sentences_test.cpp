// Sentence splitting and the tokenize stage, on short texts written for these tests.
#include <gtest/gtest.h>

#include "dateline/normalize.hpp"
#include "dateline/tokenize.hpp"

namespace dateline {
namespace {

Document run(const std::string& text, std::vector<Span> paragraphs = {}) {
  Document doc;
  doc.text = text;
  doc.paragraphs = std::move(paragraphs);
  make_tokenize_stage()->process(doc);
  return doc;
}

std::vector<std::string> sentences_of(const std::string& text, std::vector<Span> paragraphs = {}) {
  Document doc = run(text, std::move(paragraphs));
  std::vector<std::string> out;
  for (const auto& s : doc.sentences) {
    EXPECT_FALSE(s.tokens.empty());
    EXPECT_EQ(s.start, s.tokens.front().start);
    EXPECT_EQ(s.end, s.tokens.back().end);
    out.emplace_back(doc.slice(s.start, s.end));
  }
  return out;
}

using S = std::vector<std::string>;

TEST(Sentences, SplitsAtFinalPunctuation) {
  EXPECT_EQ(sentences_of("The vote passed. Critics objected! Why now? Nobody knows."),
            (S{"The vote passed.", "Critics objected!", "Why now?", "Nobody knows."}));
}

TEST(Sentences, AbbreviationsInsideSentences) {
  EXPECT_EQ(sentences_of("Mr. Ruiz met Gen. Tamba on Dec. 4 in the U.S. capital."),
            (S{"Mr. Ruiz met Gen. Tamba on Dec. 4 in the U.S. capital."}));
  EXPECT_EQ(sentences_of("She was born in Accra, the capital of Ghana, in 1961 and met J. K. Mensah."),
            (S{"She was born in Accra, the capital of Ghana, in 1961 and met J. K. Mensah."}));
}

TEST(Sentences, AbbreviationAtSentenceEndGivesUpItsPeriod) {
  Document doc = run("Troops left the U.S. The talks resumed.");
  ASSERT_EQ(doc.sentences.size(), 2u);
  const auto& first = doc.sentences[0].tokens;
  ASSERT_GE(first.size(), 2u);
  EXPECT_EQ(first[first.size() - 2].text, "U.S");
  EXPECT_EQ(first.back().text, ".");
  EXPECT_EQ(doc.slice(doc.sentences[1].start, doc.sentences[1].end), "The talks resumed.");
}

TEST(Sentences, ClosingQuotesStayWithTheirSentence) {
  EXPECT_EQ(sentences_of("\u201CWe will win.\u201D The crowd cheered."),
            (S{"\u201CWe will win.\u201D", "The crowd cheered."}));
  EXPECT_EQ(sentences_of("\"Why?\" he asked. She left."), (S{"\"Why?\" he asked.", "She left."}));
  EXPECT_EQ(sentences_of("(It rained.) Then it stopped."), (S{"(It rained.)", "Then it stopped."}));
}

TEST(Sentences, EllipsisFollowedByLowerCaseContinues) {
  EXPECT_EQ(sentences_of("We waited... and waited. Then home."),
            (S{"We waited... and waited.", "Then home."}));
}

TEST(Sentences, NeverCrossParagraphs) {
  EXPECT_EQ(sentences_of("Headline without a stop\n\nBody starts here. It ends"),
            (S{"Headline without a stop", "Body starts here.", "It ends"}));
  std::string text = "First part and second part";
  EXPECT_EQ(sentences_of(text, {{0, 10}, {11, 26}}), (S{"First part", "and second part"}));
}

TEST(Sentences, ShortLinesAreSentencesLongWrappedLinesAreNot) {
  EXPECT_EQ(sentences_of("Markets rally on rate hopes\nShares rose sharply on Monday."),
            (S{"Markets rally on rate hopes", "Shares rose sharply on Monday."}));
  std::string wrapped =
      "The committee said that it would meet again next week to consider the\n"
      "proposals that were tabled by the members.";
  EXPECT_EQ(sentences_of(wrapped).size(), 1u);
}

TEST(Sentences, OffsetsPointIntoTheText) {
  Document doc = run("  Prices rose 4.5% in May.\n\nThe bank didn't act.  ");
  ASSERT_EQ(doc.sentences.size(), 2u);
  for (const auto& s : doc.sentences)
    for (const auto& t : s.tokens) {
      EXPECT_GE(t.start, s.start);
      EXPECT_LE(t.end, s.end);
      EXPECT_EQ(doc.slice(t.start, t.end), t.text);
    }
  EXPECT_EQ(doc.sentences[1].tokens[2].text, "did");
  EXPECT_TRUE(doc.sentences[1].tokens[2].joins_next);
  EXPECT_FALSE(doc.sentences[1].tokens[3].joins_next);
}

TEST(Sentences, StageIsInTheStandardPipeline) {
  Pipeline p = Pipeline::standard({.models_dir = "", .stages = {"normalize", "tokenize"}});
  auto names = p.stage_names();
  ASSERT_EQ(names.size(), 2u);
  EXPECT_EQ(names[1], "tokenize");
  Document doc;
  doc.text = "One. Two.";
  p.run(doc);
  EXPECT_EQ(doc.sentences.size(), 2u);
}

}  // namespace
}  // namespace dateline
