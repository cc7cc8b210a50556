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
