#include "arc_hybrid.hpp"

namespace dateline::parsing {

ParseState::ParseState(int words)
    : n(words),
      stack{0},
      head(words + 1, -1),
      label(words + 1, -1),
      left1(words + 1, -1),
      left2(words + 1, -1),
      right1(words + 1, -1),
      right2(words + 1, -1),
      n_left(words + 1, 0),
      n_right(words + 1, 0),
      left_labels(words + 1, 0),
      right_labels(words + 1, 0) {
  stack.reserve(words + 1);
}

bool ParseState::legal(Move m) const {
  switch (m) {
    case Move::shift: return next <= n;
    case Move::left: return next <= n && stack.size() >= 2;
    case Move::right: return stack.size() >= 2 && (stack.size() > 2 || next > n);
  }
  return false;
}

void ParseState::apply(int action) {
  Move m = move_of(action);
  if (m == Move::shift) {
    stack.push_back(next++);
    return;
  }
  int dep = stack.back();
  stack.pop_back();
  int l = label_of(action);
  int h = m == Move::left ? next : stack.back();
  head[dep] = h;
  label[dep] = l;
  if (h == 0) return;
  // Left dependents arrive right to left, right dependents left to right.
  if (dep < h) {
    left2[h] = left1[h];
    left1[h] = dep;
    if (n_left[h] < 255) ++n_left[h];
    left_labels[h] |= uint64_t{1} << (l % 64);
  } else {
    right2[h] = right1[h];
    right1[h] = dep;
    if (n_right[h] < 255) ++n_right[h];
    right_labels[h] |= uint64_t{1} << (l % 64);
  }
}

MoveCosts move_costs(const ParseState& st, const std::vector<int>& gold_head) {
  MoveCosts c;
  int s0 = st.s(0), s1 = st.s(1), b0 = st.b(0);
  auto in_buffer = [&](int k) { return k >= st.next; };
  // Gold dependents of s0 still in the buffer are lost by popping s0 (LEFT or RIGHT).
  int s0_children_in_buffer = 0;
  if (s0 > 0)
    for (int d = st.next; d <= st.n; ++d) s0_children_in_buffer += gold_head[d] == s0;
  if (s0 > 0) {
    int h = gold_head[s0];
    c.left = s0_children_in_buffer + ((h == s1) || (in_buffer(h) && h != b0) ? 1 : 0);
    c.right = s0_children_in_buffer + (in_buffer(h) ? 1 : 0);
  }
  if (b0 > 0) {
    // b0 can no longer take a head below s0, nor any dependent on the stack.
    for (std::size_t i = 0; i < st.stack.size(); ++i) {
      int k = st.stack[i];
      if (k != s0 && gold_head[b0] == k) ++c.shift;
      if (k > 0 && gold_head[k] == b0) ++c.shift;
    }
  }
  return c;
}

}  // namespace dateline::parsing
