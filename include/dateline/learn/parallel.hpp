// Independent training jobs (jackknife folds, ensemble members) side by side, one per core.
#pragma once

#include <functional>

namespace dateline::learn {

// Calls job(0), ..., job(count - 1), each exactly once, on up to one thread per core, and
// returns when all are done. Jobs must write only their own results.
void run_on_cores(int count, const std::function<void(int)>& job);

}  // namespace dateline::learn
