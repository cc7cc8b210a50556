// Finding quoted passages: every kind of mark, nesting, paragraphs, unbalanced marks.
#include <gtest/gtest.h>

#include "dateline/quotes.hpp"

namespace dateline {
namespace {

std::vector<std::string> outer_quotes(const std::string& text) {
  std::vector<std::string> out;
  for (const auto& q : find_quoted_spans(text, {}))
    if (q.depth == 0) out.emplace_back(text.substr(q.start, q.end - q.start));
  return out;
}

TEST(QuoteMarks, CurlyStraightGuillemetAndWireStyle) {
  EXPECT_EQ(outer_quotes("She said \xE2\x80\x9Cthe ferry is late\xE2\x80\x9D again."),
            std::vector<std::string>{"the ferry is late"});
  EXPECT_EQ(outer_quotes("He said \"no more delays\" and left."), std::vector<std::string>{"no more delays"});
  EXPECT_EQ(outer_quotes("\xC2\xAB" "Nous restons" "\xC2\xBB, a-t-il dit."), std::vector<std::string>{"Nous restons"});
  // Wire copy's doubled single marks count as double marks, even before normalisation.
  EXPECT_EQ(outer_quotes("\xE2\x80\x98\xE2\x80\x98We will rebuild,\xE2\x80\x99\xE2\x80\x99 she said."),
            std::vector<std::string>{"We will rebuild,"});
}

TEST(QuoteMarks, ApostrophesDoNotCloseOrOpenQuotes) {
  std::string text = "\xE2\x80\x9CIt\xE2\x80\x99s the farmers\xE2\x80\x99 harvest we can\xE2\x80\x99t lose,\xE2\x80\x9D he said.";
  EXPECT_EQ(outer_quotes(text).size(), 1u);
  EXPECT_EQ(outer_quotes("The \xE2\x80\x99" "90s were hard, and it's over."), std::vector<std::string>{});
}

TEST(QuoteMarks, ClosingMarkStartingAWordOpensTheQuote) {
  // A mistyped opening mark (a right double mark before a word, after a space or at the start) still opens.
  EXPECT_EQ(outer_quotes("\xE2\x80\x9DThe buses run late again.\xE2\x80\x9D \xE2\x80\x95 Ana Ruiz"),
            std::vector<std::string>{"The buses run late again."});
  EXPECT_EQ(outer_quotes("She said \xE2\x80\x9Dnever again\xE2\x80\x9D and left."), std::vector<std::string>{"never again"});
  // After a word it still closes.
  EXPECT_EQ(outer_quotes("\xE2\x80\x9CWe wait,\xE2\x80\x9D she said."), std::vector<std::string>{"We wait,"});
}

TEST(QuoteMarks, NestedSingleQuotesStayInsideTheOuterQuote) {
  std::string text = "\xE2\x80\x9CShe told me \xE2\x80\x98wait here\xE2\x80\x99 and drove off,\xE2\x80\x9D he said.";
  auto spans = find_quoted_spans(text, {});
  ASSERT_EQ(spans.size(), 2u);
  EXPECT_EQ(spans[0].depth, 0);
  EXPECT_EQ(text.substr(spans[0].start, spans[0].end - spans[0].start),
            "She told me \xE2\x80\x98wait here\xE2\x80\x99 and drove off,");
  EXPECT_EQ(spans[1].depth, 1);
  EXPECT_EQ(text.substr(spans[1].start, spans[1].end - spans[1].start), "wait here");
}

TEST(QuoteMarks, QuoteSpanningSentences) {
  EXPECT_EQ(outer_quotes("\"The road is shut. It stays shut until May,\" she said."),
            std::vector<std::string>{"The road is shut. It stays shut until May,"});
}

TEST(QuoteMarks, MultiParagraphQuoteRunsOnWhileParagraphsOpenWithAMark) {
  std::string text =
      "\xE2\x80\x9C" "First we cleared the roads.\n\n"
      "\xE2\x80\x9CThen we opened the schools.\n\n"
      "\xE2\x80\x9CNow we rebuild,\xE2\x80\x9D the mayor said.\n\nThe council agreed.";
  auto quotes = outer_quotes(text);
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_NE(quotes[0].find("First we cleared"), std::string::npos);
  EXPECT_NE(quotes[0].find("Now we rebuild,"), std::string::npos);
  EXPECT_EQ(quotes[0].find("council"), std::string::npos);
}

// Copy that runs a quote into a new sentence (or whose paragraphs were merged) opens it again
// with a straight mark and closes only the last: each sentence is its own quote, and the
// narrative after the last stays narrative.
TEST(QuoteMarks, StraightMarkOpeningASentenceInsideAQuoteStartsANewOne) {
  EXPECT_EQ(outer_quotes("He said: \"Costs will rise. \"We are ready for it.\" Ms Hale disagreed, saying \"not so\"."),
            (std::vector<std::string>{"Costs will rise.", "We are ready for it.", "not so"}));
  // A mark after a sentence end that is followed by a space closes, as before.
  EXPECT_EQ(outer_quotes("He said \"Costs will rise.\" Then he left."), std::vector<std::string>{"Costs will rise."});
  // Mid-sentence, a straight mark after a space still closes the open quote.
  EXPECT_EQ(outer_quotes("She called it \"a good \"deal for all."), std::vector<std::string>{"a good "});
}

TEST(QuoteMarks, UnbalancedMarkIsCappedAtItsParagraph) {
  std::string text =
      "He called it \xE2\x80\x9C" "a disgrace and walked out.\n\n"
      "The vote went ahead.\n\n"
      "\xE2\x80\x9CWe won,\xE2\x80\x9D she said.";
  auto quotes = outer_quotes(text);
  ASSERT_EQ(quotes.size(), 2u);
  EXPECT_EQ(quotes[0], "a disgrace and walked out.");
  EXPECT_EQ(quotes[1], "We won,");
  auto spans = find_quoted_spans(text, {});
  EXPECT_FALSE(spans[0].closed);
  EXPECT_TRUE(spans[1].closed);
}

TEST(QuoteMarks, StrayClosingMarksAndEmptyTextAreHarmless) {
  EXPECT_TRUE(outer_quotes("").empty());
  EXPECT_TRUE(outer_quotes("\xE2\x80\x9D\xE2\x80\x9D\xE2\x80\x9D").empty());
  std::string many(10000, '"');
  EXPECT_LE(outer_quotes(many).size(), 5000u);
}

TEST(QuoteMarks, GivenParagraphsAreRespected) {
  std::string text = "\"one two\nthree four";
  // With the whole text as one paragraph the open quote runs to its end.
  std::vector<Span> one{{0, static_cast<uint32_t>(text.size())}};
  auto spans = find_quoted_spans(text, one);
  ASSERT_EQ(spans.size(), 1u);
  EXPECT_EQ(spans[0].end, text.size());
}

}  // namespace
}  // namespace dateline
