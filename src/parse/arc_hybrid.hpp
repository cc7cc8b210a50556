// The arc-hybrid transition system and its dynamic oracle.
//   SHIFT     moves the first buffer word b0 onto the stack
//   LEFT(l)   s0 becomes a dependent of b0 with label l; pops s0
//   RIGHT(l)  s0 becomes a dependent of s1 with label l; pops s0
// The root (0) sits at the bottom of the stack and takes its dependent by a RIGHT once the
// buffer is empty, which guarantees exactly one root word. The buffer is always the contiguous
// range [next, n], so "in the buffer" is "index >= next".
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace dateline::parsing {

enum class Move : uint8_t { shift = 0, left = 1, right = 2 };

// Action ids: 0 = SHIFT, 1 + 2l = LEFT(l), 2 + 2l = RIGHT(l).
inline int action_id(Move m, int label) { return m == Move::shift ? 0 : (m == Move::left ? 1 : 2) + 2 * label; }
inline Move move_of(int action) { return action == 0 ? Move::shift : (action % 2 == 1 ? Move::left : Move::right); }
inline int label_of(int action) { return action == 0 ? -1 : (action - 1) / 2; }

struct ParseState {
  explicit ParseState(int words);

  int n;                    // words 1..n; 0 is the root
  int next = 1;             // first buffer word; buffer empty when next > n
  std::vector<int> stack;   // bottom is the root
  std::vector<int> head, label;                  // per word (index 0 unused), -1 = none yet
  std::vector<int> left1, left2, right1, right2; // closest-to-edge children: leftmost, 2nd leftmost, ...
  std::vector<uint8_t> n_left, n_right;
  std::vector<uint64_t> left_labels, right_labels;  // label sets as bit masks (label % 64)

  bool terminal() const { return next > n && stack.size() == 1; }
  int s(std::size_t i) const { return stack.size() > i ? stack[stack.size() - 1 - i] : -1; }  // -1: none
  int b(int i) const { return next + i <= n ? next + i : -1; }
  bool legal(Move m) const;
  void apply(int action);
};

// Unlabelled costs of the three moves given gold heads (index 0 unused): the number of gold
// arcs each would make unreachable (Goldberg & Nivre 2013, exact for projective trees).
struct MoveCosts {
  int shift = 0, left = 0, right = 0;
};
MoveCosts move_costs(const ParseState& state, const std::vector<int>& gold_head);

}  // namespace dateline::parsing
