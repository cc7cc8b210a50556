#include "dateline/learn/parallel.hpp"

#include <algorithm>
#include <atomic>
#include <thread>
#include <vector>

namespace dateline::learn {

void run_on_cores(int count, const std::function<void(int)>& job) {
  std::atomic<int> next{0};
  auto worker = [&] {
    for (int i; (i = next++) < count;) job(i);
  };
  const int threads = std::min(count, static_cast<int>(std::max(1u, std::thread::hardware_concurrency())));
  std::vector<std::thread> pool;
  for (int t = 1; t < threads; ++t) pool.emplace_back(worker);
  worker();
  for (std::thread& t : pool) t.join();
}

}  // namespace dateline::learn

namespace dateline::learn {

LinearModel train_members(int members, uint32_t seed, double prune_below, const std::string& what,
                          const TrainOne& train) {
  if (members <= 1) return train(seed, prune_below, what + " ");
  std::vector<LinearModel> models(members);
  run_on_cores(members, [&](int m) {
    models[m] = train(seed + static_cast<uint32_t>(m), 0.0, what + " member " + std::to_string(m + 1) + " ");
  });
  std::vector<const LinearModel*> refs;
  for (const LinearModel& m : models) refs.push_back(&m);
  return LinearModel::mean(refs, prune_below);
}

}  // namespace dateline::learn
