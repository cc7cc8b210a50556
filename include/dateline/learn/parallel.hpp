// Independent training jobs (jackknife folds, ensemble members) side by side, one per core.
#pragma once

#include <cstdint>
#include <functional>
#include <string>

#include "dateline/learn/perceptron.hpp"

namespace dateline::learn {

// Calls job(0), ..., job(count - 1), each exactly once, on up to one thread per core, and
// returns when all are done. Jobs must write only their own results.
void run_on_cores(int count, const std::function<void(int)>& job);

// train(seed, prune_below, log_prefix) trains one model. With members > 1 this trains members
// from seeds seed, seed + 1, ... one per core, unpruned, and returns their mean pruned once
// (LinearModel::mean: an ensemble that runs as fast as one model).
using TrainOne = std::function<LinearModel(uint32_t seed, double prune_below, const std::string& log_prefix)>;
LinearModel train_members(int members, uint32_t seed, double prune_below, const std::string& what,
                          const TrainOne& train);

}  // namespace dateline::learn
