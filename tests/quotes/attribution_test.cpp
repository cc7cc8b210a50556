// Attribution on the surface text alone (no tokenizer, tagger or entities): every frame.
#include <gtest/gtest.h>

#include "dateline/quotes.hpp"

namespace dateline {
namespace {

Document doc_of(const std::string& text) {
  Document d;
  d.text = text;
  return d;
}

std::vector<Quote> quotes_of(const Document& d) {
  std::vector<Quote> out;
  for (const auto& a : find_attributions(d)) out.push_back(to_quote(d, a));
  return out;
}

const Quote* find_text(const std::vector<Quote>& qs, const std::string& needle, const std::string& kind = "") {
  for (const auto& q : qs)
    if (q.text.find(needle) != std::string::npos && (kind.empty() || q.kind == kind)) return &q;
  return nullptr;
}

std::string speaker(const Quote* q) { return q && q->speaker_name ? *q->speaker_name : "<none>"; }

// The quote containing `text`, checked to have this cue and speaker (nullptr and a failure if none).
const Quote* expect_cued(const std::vector<Quote>& qs, const std::string& text, const std::string& cue,
                         const std::string& who) {
  const Quote* q = find_text(qs, text);
  if (!q) {
    ADD_FAILURE() << "no quote with '" << text << "'";
    return nullptr;
  }
  EXPECT_EQ(q->cue.value_or(""), cue) << text;
  EXPECT_EQ(speaker(q), who) << text;
  return q;
}

TEST(Attribution, QuoteThenNameThenCue) {
  auto qs = quotes_of(doc_of("\xE2\x80\x9CThe bridge will reopen in May,\xE2\x80\x9D Mayor Lena Ortiz said."));
  ASSERT_EQ(qs.size(), 1u);
  EXPECT_EQ(qs[0].kind, "direct");
  EXPECT_EQ(speaker(&qs[0]), "Mayor Lena Ortiz");
  EXPECT_EQ(qs[0].cue.value_or(""), "said");
  EXPECT_EQ(qs[0].text, "The bridge will reopen in May,");
}

// A hyphenated modifier ("Moscow-based") stays inside the speaker phrase, before or after the cue.
TEST(Attribution, HyphenatedModifiersStayInTheSpeakerPhrase) {
  auto qs = quotes_of(doc_of(
      "\"The assets are pledged,\" said Moscow-based lawyer Jamie Firestone.\n\n"
      "\"We will fight them,\" the London-born banker Tim Osborne said."));
  expect_cued(qs, "The assets are pledged,", "said", "Moscow-based lawyer Jamie Firestone");
  expect_cued(qs, "We will fight them,", "said", "the London-born banker Tim Osborne");
}

TEST(Attribution, DashThenNameAfterTheQuote) {
  auto qs = quotes_of(doc_of("\xE2\x80\x9CThe new bus line changed my mornings.\xE2\x80\x9D \xE2\x80\x95 Lena Ortiz, a nurse\n\n"
                             "\xE2\x80\x9CWe were promised a bridge years ago.\xE2\x80\x9D \xE2\x80\x94 and nothing came of it."));
  expect_cued(qs, "bus line", "\xE2\x80\x95", "Lena Ortiz");
  const Quote* other = find_text(qs, "promised a bridge");  // a lower-case clause after the dash
  ASSERT_NE(other, nullptr);
  EXPECT_FALSE(other->cue.has_value());
}

TEST(Attribution, DashFrameAfterAMistypedOpeningMark) {
  auto qs = quotes_of(doc_of("\xE2\x80\x9DThe new bus line changed my mornings.\xE2\x80\x9D \xE2\x80\x95 Lena Ortiz, a nurse\n\n"));
  expect_cued(qs, "bus line", "\xE2\x80\x95", "Lena Ortiz");
}

TEST(Attribution, HeadlineNameThenColon) {
  auto qs = quotes_of(doc_of("Mayor Ortiz: Bridge Will Reopen in May\n\nThe council met on Monday to vote on the budget.\n"));
  const Quote* q = expect_cued(qs, "Bridge Will Reopen", ":", "Mayor Ortiz");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->text, "Bridge Will Reopen in May");
  // A title before the colon ("The Latest:") is no speaker, nor is a colon in the body.
  EXPECT_TRUE(quotes_of(doc_of("The Latest: Bridge Will Reopen in May\n\nThe council met on Monday.\n")).empty());
  EXPECT_TRUE(quotes_of(doc_of("Bridge News\n\nOrtiz: the plan has two parts and a budget.\n")).empty());
}

TEST(Attribution, TranscriptTurnsAreAttributedToTheirSpeakers) {
  auto qs = quotes_of(doc_of("Part of the interview follows.\n\n"
                             "\"LEE: Will the bridge open in May, as you promised last year?\n\n"
                             "\"ORTIZ: It will open in May, and the buses will run on it from June.\n\n"
                             "\"LEE: And what will the new bridge cost the city in the end?\n\n"
                             "\"ORTIZ: Less than the old one cost us in repairs every single year.\"\n\n"
                             "CLARIFICATION: An earlier version of this story gave the wrong date.\n"));
  const Quote* q = expect_cued(qs, "buses will run", ":", "ORTIZ");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->text, "It will open in May, and the buses will run on it from June");
  const Quote* lee = find_text(qs, "cost the city");
  ASSERT_NE(lee, nullptr);
  EXPECT_EQ(speaker(lee), "LEE");
  // One quote for the whole exchange would hide the turns; a one-off label is not a speaker.
  EXPECT_EQ(find_text(qs, "promised last year?\n"), nullptr);
  const Quote* note = find_text(qs, "wrong date");
  EXPECT_TRUE(note == nullptr || note->cue.value_or("") != ":");
}

TEST(Attribution, NameAndCueBeforeAColon) {
  auto qs = quotes_of(doc_of("Ortiz said: \xE2\x80\x9CWe have the money and the plans.\xE2\x80\x9D"));
  ASSERT_EQ(qs.size(), 1u);
  EXPECT_EQ(qs[0].kind, "direct");
  EXPECT_EQ(speaker(&qs[0]), "Ortiz");
}

TEST(Attribution, InvertedCueBeforeName) {
  auto qs = quotes_of(doc_of("\"We have waited long enough,\" said Councillor Ravi Menon."));
  ASSERT_EQ(qs.size(), 1u);
  EXPECT_EQ(speaker(&qs[0]), "Councillor Ravi Menon");
}

TEST(Attribution, PronounWithAddresseeTakesTheLastSpeaker) {
  auto qs = quotes_of(doc_of(
      "\xE2\x80\x9CThe water is still rising,\xE2\x80\x9D Ravi Menon said.\n\n"
      "\xE2\x80\x9CStay away from the banks,\xE2\x80\x9D he told reporters."));
  const Quote* q = find_text(qs, "Stay away");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(speaker(q), "Ravi Menon");
  EXPECT_EQ(q->addressee.value_or(""), "reporters");
}

TEST(Attribution, AccordingToAfterTheFrameKeepsTheSpeaker) {
  auto qs = quotes_of(doc_of(
      "\xE2\x80\x9CPrices will fall by spring,\xE2\x80\x9D Okafor said, according to the state news agency."));
  ASSERT_EQ(qs.size(), 1u);
  EXPECT_EQ(speaker(&qs[0]), "Okafor");
}

TEST(Attribution, CueFreeParagraphContinuesTheLastSpeaker) {
  auto qs = quotes_of(doc_of(
      "\xE2\x80\x9CWe lost two barns,\xE2\x80\x9D farmer Ines Duarte said. \xE2\x80\x9CThe goats are safe.\xE2\x80\x9D\n\n"
      "\xE2\x80\x9CNext year we will build higher.\xE2\x80\x9D"));
  ASSERT_EQ(qs.size(), 3u);
  EXPECT_EQ(speaker(find_text(qs, "goats")), "farmer Ines Duarte");
  EXPECT_EQ(speaker(find_text(qs, "build higher")), "farmer Ines Duarte");
}

TEST(Attribution, ExchangeAlternatesAfterAQuestion) {
  auto qs = quotes_of(doc_of(
      "\xE2\x80\x9CWhere were you that night?\xE2\x80\x9D asked Judge Amara Diallo.\n\n"
      "\xE2\x80\x9C" "At home with my sister,\xE2\x80\x9D answered Tomas Weber, who denies the charge.\n\n"
      "\xE2\x80\x9C" "Can anyone confirm that?\xE2\x80\x9D\n\n"
      "\xE2\x80\x9CMy sister can, and so can our neighbour.\xE2\x80\x9D"));
  EXPECT_EQ(speaker(find_text(qs, "Can anyone")), "Judge Amara Diallo");
  EXPECT_EQ(speaker(find_text(qs, "My sister can")), "Tomas Weber");
}

TEST(Attribution, PartialQuoteInsideReportedSpeech) {
  auto qs = quotes_of(doc_of(
      "Councillor Ravi Menon said the budget plan was \xE2\x80\x9C" "a costly mistake\xE2\x80\x9D that would burden "
      "families for a decade."));
  const Quote* partial = find_text(qs, "a costly mistake", "partial");
  ASSERT_NE(partial, nullptr);
  EXPECT_EQ(partial->kind, "partial");
  EXPECT_EQ(speaker(partial), "Councillor Ravi Menon");
}

TEST(Attribution, MultiSentenceAndMultiParagraphQuotesHaveOneSpeaker) {
  auto qs = quotes_of(doc_of(
      "Ines Duarte described the night.\n\n"
      "\xE2\x80\x9CThe wind came first. Then the rain.\n\n"
      "\xE2\x80\x9C" "By morning the river had taken the road,\xE2\x80\x9D she said."));
  ASSERT_EQ(qs.size(), 1u);
  EXPECT_EQ(qs[0].kind, "direct");
  EXPECT_NE(qs[0].text.find("The wind came first"), std::string::npos);
  EXPECT_NE(qs[0].text.find("taken the road"), std::string::npos);
  EXPECT_EQ(qs[0].cue.value_or(""), "said");
}

TEST(Attribution, GuillemetsAndNestedQuotes) {
  auto qs = quotes_of(doc_of(
      "\xC2\xAB" "We will not leave our homes" "\xC2\xBB, said Amara Diallo.\n\n"
      "\xE2\x80\x9CMy father told me \xE2\x80\x98never sell the land\xE2\x80\x99 and I never will,\xE2\x80\x9D Tomas Weber said."));
  ASSERT_EQ(qs.size(), 2u);
  EXPECT_EQ(speaker(find_text(qs, "not leave")), "Amara Diallo");
  const Quote* nested = find_text(qs, "never sell");
  ASSERT_NE(nested, nullptr);
  EXPECT_NE(nested->text.find("and I never will"), std::string::npos);  // the outer quote, whole
  EXPECT_EQ(speaker(nested), "Tomas Weber");
}

TEST(Attribution, UnbalancedQuoteDoesNotSwallowTheArticle) {
  auto qs = quotes_of(doc_of(
      "Menon called the plan \xE2\x80\x9C" "a disgrace and walked out.\n\n"
      "Ortiz said the vote would go ahead on Monday.\n\n"
      "\xE2\x80\x9CWe won,\xE2\x80\x9D Ortiz said later."));
  EXPECT_EQ(speaker(find_text(qs, "the vote would go ahead")), "Ortiz");
  EXPECT_EQ(speaker(find_text(qs, "We won")), "Ortiz");
}

}  // namespace
}  // namespace dateline
