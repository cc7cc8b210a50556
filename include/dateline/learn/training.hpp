// Options shared by every `dateline train ...` learner.
#pragma once

#include <cstdint>
#include <ostream>

namespace dateline::learn {

struct TrainOptions {
  int epochs = 10;       // passes over the training data; the best epoch on dev is kept
  uint32_t seed = 1;     // seeds std::mt19937 for shuffling and exploration
  std::ostream* log = nullptr;  // progress lines (epoch, dev score), or nothing
};

}  // namespace dateline::learn
