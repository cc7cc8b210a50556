#include <gtest/gtest.h>

#include "parse/arc_hybrid.hpp"

namespace dateline::parsing {
namespace {

// Follows zero-cost moves only; for a projective tree this must rebuild the tree exactly.
std::vector<int> oracle_parse(const std::vector<int>& gold_head) {
  ParseState st(static_cast<int>(gold_head.size()) - 1);
  while (!st.terminal()) {
    MoveCosts c = move_costs(st, gold_head);
    if (st.legal(Move::left) && c.left == 0) st.apply(action_id(Move::left, 0));
    else if (st.legal(Move::right) && c.right == 0) st.apply(action_id(Move::right, 0));
    else if (st.legal(Move::shift) && c.shift == 0) st.apply(action_id(Move::shift, 0));
    else ADD_FAILURE() << "no zero-cost move";
    if (::testing::Test::HasFailure()) break;
  }
  return st.head;
}

TEST(ArcHybrid, ZeroCostMovesRebuildProjectiveTrees) {
  // index 0 unused; e.g. "She gave him a book": gave is the root.
  std::vector<std::vector<int>> trees = {
      {-1, 2, 0, 2, 5, 2},
      {-1, 0},
      {-1, 3, 3, 0, 3, 6, 4, 3},
      {-1, 2, 0, 2, 3, 4, 5},
      {-1, 4, 4, 4, 0, 4, 7, 5},
  };
  for (const auto& gold : trees) {
    std::vector<int> got = oracle_parse(gold);
    for (size_t i = 1; i < gold.size(); ++i) EXPECT_EQ(got[i], gold[i]) << "word " << i;
  }
}

TEST(ArcHybrid, WrongMovesHaveCost) {
  std::vector<int> gold = {-1, 2, 0, 2};  // "I saw it"
  ParseState st(3);
  st.apply(action_id(Move::shift, 0));   // stack [0 1], buffer [2 3]
  MoveCosts c = move_costs(st, gold);
  EXPECT_EQ(c.left, 0);   // 1 <- 2 is gold
  EXPECT_GT(c.shift, 0);  // 1 would lose its head 2
  EXPECT_FALSE(st.legal(Move::right));  // the root takes a dependent only at the end
}

TEST(ArcHybrid, AlwaysTerminatesWithOneRoot) {
  for (int n = 1; n < 12; ++n) {
    ParseState st(n);
    int steps = 0;
    while (!st.terminal() && steps < 4 * n) {
      // Prefer RIGHT, then LEFT, then SHIFT: a deliberately odd policy.
      if (st.legal(Move::right)) st.apply(action_id(Move::right, 1));
      else if (st.legal(Move::left)) st.apply(action_id(Move::left, 2));
      else st.apply(action_id(Move::shift, 0));
      ++steps;
    }
    ASSERT_TRUE(st.terminal());
    EXPECT_EQ(steps, 2 * n);
    int roots = 0;
    for (int i = 1; i <= n; ++i) roots += st.head[i] == 0;
    EXPECT_EQ(roots, 1);
  }
}

}  // namespace
}  // namespace dateline::parsing
