// The cue lexicon's frames (evidence, belief and evaluative verbs), a partial quote's cue
// framing the indirect speech around it, and how an uncued quote takes the learned tagger's
// cue. Sentences written for these tests.
#include <gtest/gtest.h>

#include "dateline/quotes.hpp"
#include "quotes/learned.hpp"

namespace dateline {
namespace {

std::vector<Quote> quotes_of(const std::string& text) {
  Document d;
  d.text = text;
  std::vector<Quote> out;
  for (const auto& a : find_attributions(d)) out.push_back(to_quote(d, a));
  return out;
}

const Quote* with_kind(const std::vector<Quote>& qs, const std::string& kind) {
  for (const auto& q : qs)
    if (q.kind == kind) return &q;
  return nullptr;
}

TEST(CueCoverage, EvidenceVerbTakesAThatClause) {
  auto qs = quotes_of("The county survey shows that most renters now spend half their income on housing.");
  ASSERT_EQ(qs.size(), 1u);
  EXPECT_EQ(qs[0].cue.value_or(""), "shows");
  EXPECT_EQ(qs[0].speaker_name.value_or(""), "The county survey");
  EXPECT_EQ(qs[0].text, "that most renters now spend half their income on housing");
}

TEST(CueCoverage, BeliefVerbNeedsThat) {
  auto with_that = quotes_of("The coach knew that the pitch would be slow after the rain.");
  ASSERT_EQ(with_that.size(), 1u);
  EXPECT_EQ(with_that[0].cue.value_or(""), "knew");
  EXPECT_TRUE(quotes_of("The coach knew the groundsman from school.").empty());
}

TEST(CueCoverage, EvaluativeVerbFramesAQuoteButNotIndirectSpeech) {
  auto qs = quotes_of("The senator blasted the harbour plan: \xE2\x80\x9CIt hands the waterfront to the developers.\xE2\x80\x9D");
  ASSERT_EQ(qs.size(), 1u);
  EXPECT_EQ(qs[0].kind, "direct");
  EXPECT_EQ(qs[0].cue.value_or(""), "blasted");
  EXPECT_EQ(qs[0].speaker_name.value_or(""), "The senator");
  // "criticized the plan" takes a noun phrase, not a reported clause.
  EXPECT_TRUE(quotes_of("The senator criticized the harbour plan on Monday.").empty());
}

TEST(CueCoverage, PartialQuoteCueAlsoFramesTheIndirectSpeech) {
  auto qs = quotes_of("Ortiz says the new toll that the county board approved on Tuesday for drivers crossing the "
                      "river bridge was \xE2\x80\x9C" "a tax on the poor.\xE2\x80\x9D");
  const Quote* partial = with_kind(qs, "partial");
  const Quote* indirect = with_kind(qs, "indirect");
  ASSERT_NE(partial, nullptr);
  ASSERT_NE(indirect, nullptr);
  EXPECT_EQ(partial->cue.value_or(""), "says");
  EXPECT_EQ(indirect->cue.value_or(""), "says");
  EXPECT_EQ(indirect->speaker_name.value_or(""), "Ortiz");
  EXPECT_EQ(indirect->text.substr(0, 12), "the new toll");
  EXPECT_NE(indirect->text.find("a tax on the poor"), std::string::npos);
}

TEST(CueCoverage, DirectQuoteCueIsNotReusedForIndirectSpeech) {
  // The cue frames a direct quote: no indirect attribution is made from it.
  auto qs = quotes_of("Ortiz said: \xE2\x80\x9CThe toll is a tax on the people who can least afford it.\xE2\x80\x9D");
  ASSERT_EQ(qs.size(), 1u);
  EXPECT_EQ(qs[0].kind, "direct");
}

Attribution make(const std::string& kind, Span content, std::optional<Span> cue, std::optional<Span> source) {
  Attribution a;
  a.kind = kind;
  a.content = content;
  a.cue = cue;
  a.source = source;
  a.continued = !cue && kind == "direct";
  return a;
}

TEST(CueCoverage, UncuedQuoteTakesTheTaggersCueAndSource) {
  // “…,” Ortiz, who chairs the transport committee, said — the cue too far from the mark for
  // the rules; the tagger read it.
  std::vector<Attribution> rules{make("direct", {1, 40}, std::nullopt, std::nullopt)};
  std::vector<Attribution> learned{make("direct", {0, 42}, Span{90, 94}, Span{43, 48})};
  auto merged = quotes::merge_with_rules(learned, rules);
  ASSERT_EQ(merged.size(), 1u);
  EXPECT_EQ(merged[0].content.start, 1u);
  ASSERT_TRUE(merged[0].cue);
  EXPECT_EQ(merged[0].cue->start, 90u);
  ASSERT_TRUE(merged[0].source);
  EXPECT_EQ(merged[0].source->start, 43u);
  EXPECT_FALSE(merged[0].continued);
}

TEST(CueCoverage, UncuedQuoteDoesNotTakeACueAnotherQuoteHolds) {
  std::vector<Attribution> rules{make("direct", {1, 40}, Span{50, 54}, Span{43, 48}),
                                 make("direct", {60, 90}, std::nullopt, std::nullopt)};
  std::vector<Attribution> learned{make("direct", {0, 95}, Span{50, 54}, Span{43, 48})};
  auto merged = quotes::merge_with_rules(learned, rules);
  ASSERT_EQ(merged.size(), 2u);
  EXPECT_FALSE(merged[1].cue);
  EXPECT_TRUE(merged[1].continued);
}

TEST(CueCoverage, LearnedAttributionYieldsToAccordingTo) {
  Document doc;
  doc.text = "The bridge will reopen in May, according to the mayor. Lee said the toll would rise.";
  auto at = [&](const std::string& s) {
    auto i = static_cast<uint32_t>(doc.text.find(s));
    return Span{i, i + static_cast<uint32_t>(s.size())};
  };
  std::vector<Attribution> rules{make("indirect", at("The bridge will reopen in May"), at("according to"), at("the mayor"))};
  std::vector<Attribution> learned{make("indirect", at("reopen in May"), at("will"), std::nullopt),
                                   make("indirect", at("the toll would rise"), at("said"), at("Lee"))};
  quotes::yield_to_according_to(doc, learned, rules);
  ASSERT_EQ(learned.size(), 1u);  // the one inside the "according to" frame gives way
  EXPECT_EQ(doc.slice(learned[0].cue->start, learned[0].cue->end), "said");
  // Another cue phrase does not make the rules win.
  std::vector<Attribution> said_rules{make("indirect", at("the toll would rise"), at("said"), at("Lee"))};
  quotes::yield_to_according_to(doc, learned, said_rules);
  EXPECT_EQ(learned.size(), 1u);
}

// "Brown issued a statement, saying the action would not affect the government's
// “determination”": the rules read Brown's indirect speech and a frameless partial quote inside
// it; the tagger read the same cue with another source. The quote is Brown's words.
TEST(MergeAttributions, PartialQuoteInsideIndirectSpeechTakesItsSource) {
  const Span cue{40, 46}, brown{0, 12}, tagger_source{20, 30};
  std::vector<Attribution> rules{make("partial", {100, 113}, std::nullopt, std::nullopt),
                                 make("indirect", {50, 130}, cue, brown)};
  std::vector<Attribution> learned{make("indirect", {50, 130}, cue, tagger_source)};
  auto out = quotes::merge_with_rules(learned, rules);
  const Attribution* partial = nullptr;
  for (const auto& a : out)
    if (a.kind == "partial") partial = &a;
  ASSERT_NE(partial, nullptr);
  ASSERT_TRUE(partial->source.has_value());
  EXPECT_EQ(partial->source->start, brown.start);
  EXPECT_EQ(partial->source->end, brown.end);
  EXPECT_FALSE(partial->cue.has_value());  // one cue, one attribution: the speech keeps it
}

}  // namespace
}  // namespace dateline
