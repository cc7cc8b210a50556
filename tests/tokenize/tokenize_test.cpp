// Tokenisation shapes, written for these tests (no corpus text).
#include <gtest/gtest.h>

#include "dateline/normalize.hpp"
#include "dateline/text.hpp"
#include "dateline/tokenize.hpp"

namespace dateline {
namespace {

// The words of `text`, with "+" between the parts of one multiword token.
std::vector<std::string> words_of(const std::string& text) {
  std::vector<Token> toks;
  tokenize_span(text, 0, static_cast<uint32_t>(text.size()), toks);
  std::vector<std::string> out;
  bool glue = false;
  for (const auto& t : toks) {
    EXPECT_LE(t.start, t.end);
    EXPECT_LE(t.end, text.size());
    EXPECT_EQ(text.substr(t.start, t.end - t.start), t.text) << "offsets must match the text";
    if (glue)
      out.back() += "+" + t.text;
    else
      out.push_back(t.text);
    glue = t.joins_next;
  }
  return out;
}

using W = std::vector<std::string>;

TEST(Tokenize, SplitsPunctuationFromWords) {
  EXPECT_EQ(words_of("Hello, world!"), (W{"Hello", ",", "world", "!"}));
  EXPECT_EQ(words_of("(see below)"), (W{"(", "see", "below", ")"}));
  EXPECT_EQ(words_of("\"Quiet,\" she said."), (W{"\"", "Quiet", ",", "\"", "she", "said", "."}));
}

TEST(Tokenize, SplitsContractionsAsMultiwordTokens) {
  EXPECT_EQ(words_of("I don't know"), (W{"I", "do+n't", "know"}));
  EXPECT_EQ(words_of("They can't, we won't."), (W{"They", "ca+n't", ",", "we", "wo+n't", "."}));
  EXPECT_EQ(words_of("it's we're I'm you'll they've she'd"),
            (W{"it+'s", "we+'re", "I+'m", "you+'ll", "they+'ve", "she+'d"}));
  EXPECT_EQ(words_of("We cannot go, gonna stay"), (W{"We", "can+not", "go", ",", "gon+na", "stay"}));
  EXPECT_EQ(words_of("I dont care"), (W{"I", "do+nt", "care"}));
}

TEST(Tokenize, CurlyApostrophesWorkLikeStraightOnes) {
  EXPECT_EQ(words_of("don\u2019t stop"), (W{"do+n\u2019t", "stop"}));
  EXPECT_EQ(words_of("the mayor\u2019s office"), (W{"the", "mayor+\u2019s", "office"}));
}

TEST(Tokenize, SplitsPossessives) {
  EXPECT_EQ(words_of("the council's vote"), (W{"the", "council+'s", "vote"}));
  EXPECT_EQ(words_of("the farmers' union"), (W{"the", "farmers+'", "union"}));
  EXPECT_EQ(words_of("O'Neill arrived"), (W{"O'Neill", "arrived"}));
}

TEST(Tokenize, KeepsAbbreviationsAndInitials) {
  EXPECT_EQ(words_of("Mr. Okafor met Gen. Diaz"), (W{"Mr.", "Okafor", "met", "Gen.", "Diaz"}));
  EXPECT_EQ(words_of("the U.S. envoy"), (W{"the", "U.S.", "envoy"}));
  EXPECT_EQ(words_of("J. R. Hartley wrote"), (W{"J.", "R.", "Hartley", "wrote"}));
  EXPECT_EQ(words_of("on Dec. 3 at 9 a.m. sharp"), (W{"on", "Dec.", "3", "at", "9", "a.m.", "sharp"}));
  EXPECT_EQ(words_of("No. 10 and the answer is no."), (W{"No.", "10", "and", "the", "answer", "is", "no", "."}));
}

TEST(Tokenize, KeepsNumbersWhole) {
  EXPECT_EQ(words_of("1,000.5 units"), (W{"1,000.5", "units"}));
  EXPECT_EQ(words_of("up 3.5% to $20"), (W{"up", "3.5", "%", "to", "$", "20"}));
  EXPECT_EQ(words_of("at 10:30 on 11/28/2000"), (W{"at", "10:30", "on", "11/28/2000"}));
  EXPECT_EQ(words_of("call 555-0123 now"), (W{"call", "555-0123", "now"}));
  EXPECT_EQ(words_of("in 1990-1995"), (W{"in", "1990", "-", "1995"}));
}

TEST(Tokenize, KeepsUrlsAndEmails) {
  EXPECT_EQ(words_of("See https://example.org/a-b?x=1."), (W{"See", "https://example.org/a-b?x=1", "."}));
  EXPECT_EQ(words_of("(www.example.com)"), (W{"(", "www.example.com", ")"}));
  EXPECT_EQ(words_of("mail jane.doe@example.co.uk, please"), (W{"mail", "jane.doe@example.co.uk", ",", "please"}));
}

TEST(Tokenize, HyphensFollowUdEnglish) {
  EXPECT_EQ(words_of("a well-known case"), (W{"a", "well", "-", "known", "case"}));
  EXPECT_EQ(words_of("non-profit e-mail"), (W{"non-profit", "e-mail"}));
  EXPECT_EQ(words_of("a 24-hour strike -- again"), (W{"a", "24", "-", "hour", "strike", "--", "again"}));
}

TEST(Tokenize, EllipsesAndRepeatedMarks) {
  EXPECT_EQ(words_of("Wait... what?!"), (W{"Wait", "...", "what", "?!"}));
  EXPECT_EQ(words_of("so\u2026 no"), (W{"so", "\u2026", "no"}));
}

TEST(Tokenize, SplitsSentencesTypedWithoutSpace) {
  EXPECT_EQ(words_of("was great.The staff"), (W{"was", "great", ".", "The", "staff"}));
  EXPECT_EQ(words_of("visit example.com today"), (W{"visit", "example.com", "today"}));
}

TEST(Tokenize, RepairedTextKeepsReplacementCharacterInWords) {
  // Valid UTF-8 elsewhere in the input, so the bytes are repaired rather than read as Latin-1.
  DecodeResult d = decode_bytes(std::string("na\xC3\xAFve caf\xC3 bar\xFF baz"));
  MappedText n = normalize_text(d.utf8.text);
  auto w = words_of(n.text);
  ASSERT_EQ(w.size(), 4u);
  EXPECT_EQ(w[1], "caf\uFFFD");
  EXPECT_EQ(w[2], "bar\uFFFD");
}

TEST(Tokenize, NonAsciiLettersStayInWords) {
  EXPECT_EQ(words_of("Zürich's café, São Paulo"), (W{"Zürich+'s", "café", ",", "São", "Paulo"}));
}

TEST(Tokenize, HugeInputsFinish) {
  std::string one_line(1 << 20, 'x');
  for (size_t i = 0; i < one_line.size(); i += 7) one_line[i] = '.';
  std::vector<Token> toks;
  tokenize_span(one_line, 0, static_cast<uint32_t>(one_line.size()), toks);
  ASSERT_FALSE(toks.empty());
  EXPECT_EQ(toks.back().end, one_line.size());

  std::string words;
  for (int i = 0; i < 100000; ++i) words += i % 17 == 16 ? "end. " : "word ";
  toks.clear();
  tokenize_span(words, 0, static_cast<uint32_t>(words.size()), toks);
  EXPECT_EQ(toks.size(), 100000u + 100000u / 17);
  auto sentences = split_sentences(words, std::move(toks));
  EXPECT_EQ(sentences.size(), 100000u / 17 + 1);
}

TEST(Tokenize, EmptyAndSpaceOnlyInputGiveNoTokens) {
  std::vector<Token> toks;
  tokenize_span("", 0, 0, toks);
  tokenize_span("   \n\n  ", 0, 7, toks);
  EXPECT_TRUE(toks.empty());
}

}  // namespace
}  // namespace dateline
