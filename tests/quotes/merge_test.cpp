// How the learned tagger's attributions and the rules' are merged (merge_with_rules), on spans
// written here: no text or models needed.
#include <gtest/gtest.h>

#include "quotes/learned.hpp"

namespace dateline {
namespace {

Attribution attribution(const std::string& kind, Span content, std::optional<Span> cue, std::optional<Span> source) {
  Attribution a;
  a.kind = kind;
  a.content = content;
  a.cue = cue;
  a.source = source;
  return a;
}

// "Brown issued a statement, saying the action would not affect the government's
// “determination”": the rules read Brown's indirect speech and a frameless partial quote inside
// it; the tagger read the same cue with another source. The quote is Brown's words.
TEST(MergeAttributions, PartialQuoteInsideIndirectSpeechTakesItsSource) {
  const Span cue{40, 46}, brown{0, 12}, tagger_source{20, 30};
  std::vector<Attribution> rules{attribution("partial", {100, 113}, std::nullopt, std::nullopt),
                                 attribution("indirect", {50, 130}, cue, brown)};
  std::vector<Attribution> learned{attribution("indirect", {50, 130}, cue, tagger_source)};
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
