// The sentence-boundary model as the decoder asks it: a yes/no per gap. A two-class linear model
// decides by the sign of (class 1 − class 0), so each feature keeps one integer margin, found
// with one probe into a small table, instead of a row of class weights.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "dateline/learn/perceptron.hpp"

namespace dateline::tok {

class BoundaryScorer {
 public:
  // Reads the linear model saved under `prefix` (learn::LinearModel::save); throws
  // dateline::Error (bad_resource) when it is broken or has other than two classes.
  BoundaryScorer(const learn::ModelReader& reader, const std::string& prefix);

  // Exactly LinearModel::score()'s "class 1 beats class 0" (integer sums, no rounding).
  bool is_boundary(std::span<const uint64_t> features) const;

 private:
  struct Slot {
    uint64_t key = 0;  // 0: empty (feature keys are never 0)
    int32_t margin = 0;
  };
  std::vector<Slot> table_;  // open addressing, power-of-two size, at most half full
};

}  // namespace dateline::tok
