#include "parse/beam_search.hpp"

#include <gtest/gtest.h>

#include <random>

#include "parse/parse_features.hpp"

namespace dateline::parsing {
namespace {

constexpr int kActions = 3;  // one label: SHIFT, LEFT, RIGHT

// A garden path on three words. After the first SHIFT the scorer slightly prefers SHIFT
// (p = 0.55) over LEFT(1 <- 2), but SHIFT leads to states where it cannot decide (every legal
// action equal), while LEFT leads to confident ones. The best whole sequence starts with LEFT.
void garden_path(const ParseState& st, std::span<float> scores) {
  if (st.head[1] == 2) {
    scores[0] = 10;  // confident: SHIFT where legal
  } else if (st.stack.size() == 2 && st.stack[1] == 1 && st.next == 2) {
    scores[0] = 0.2f;
  }
}

TEST(BeamSearch, WiderBeamLeavesTheGardenPathThatGreedyTakes) {
  BeamOptions greedy{1, 1.0f, 1e9f}, beam{2, 1.0f, 1.5f};
  EXPECT_NE(beam_parse(3, kActions, garden_path, greedy).head[1], 2);
  EXPECT_EQ(beam_parse(3, kActions, garden_path, beam).head[1], 2);
  // A margin smaller than the first step's difference (log 0.55/0.45 = 0.2) keeps one state.
  BeamOptions narrow{2, 1.0f, 0.1f};
  EXPECT_NE(beam_parse(3, kActions, garden_path, narrow).head[1], 2);
}

// Scores that depend on the whole state, so any wrong bookkeeping of states shows.
void state_hash_scores(const ParseState& st, std::span<float> scores) {
  uint64_t h = static_cast<uint64_t>(st.next);
  for (int s : st.stack) h = h * 31 + static_cast<uint64_t>(s);
  for (int x : st.head) h = h * 17 + static_cast<uint64_t>(x + 1);
  std::mt19937 rng(static_cast<uint32_t>(h ^ (h >> 32)));
  std::uniform_real_distribution<float> u(-5, 5);
  for (float& s : scores) s = u(rng);
}

TEST(BeamSearch, WidthOneTakesTheBestLegalActionEveryStep) {
  for (int n : {1, 2, 5, 12}) {
    ParseState expected(n);
    std::vector<float> scores(kActions);
    while (!expected.terminal()) {
      std::fill(scores.begin(), scores.end(), 0.0f);
      state_hash_scores(expected, scores);
      int best = -1;
      for (int a = 0; a < kActions; ++a)
        if (expected.legal(move_of(a)) && (best < 0 || scores[a] > scores[best])) best = a;
      expected.apply(best);
    }
    ParseState got = beam_parse(n, kActions, state_hash_scores, {1, 3.0f, 1e9f});
    EXPECT_EQ(got.head, expected.head) << n << " words";
  }
}

TEST(BeamSearch, EveryWidthEndsInOneTreeWithOneRoot) {
  for (int width : {2, 3, 8})
    for (int n : {1, 4, 9, 30}) {
      ParseState st = beam_parse(n, kActions, state_hash_scores, {width, 2.0f, 1e9f});
      ASSERT_TRUE(st.terminal());
      int roots = 0;
      for (int i = 1; i <= n; ++i) {
        ASSERT_GE(st.head[i], 0) << "word " << i << " has no head";
        roots += st.head[i] == 0;
      }
      EXPECT_EQ(roots, 1);
    }
}

// parser_features reads each template's seed from a table of 256 (the cluster templates, left
// out here, add 14).
TEST(ParserFeatures, FewerTemplatesThanTheSeedTable) {
  std::vector<Token> words(6);
  for (auto& t : words) t.text = "word", t.xpos = "NN", t.upos = "NOUN";
  learn::WordClusters none;
  SentenceKeys keys(words, none);
  ParseState st(6);
  st.apply(0);
  st.apply(0);
  std::vector<uint64_t> features;
  parser_features(st, keys, features);
  EXPECT_GT(features.size(), 50u);
  EXPECT_LT(features.size() + 14, 256u);
}

}  // namespace
}  // namespace dateline::parsing
