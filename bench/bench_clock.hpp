// Wall-clock and thread-CPU time side by side. On a quiet machine the two agree; on a shared,
// overloaded one the CPU time is the figure that still says how fast the code is, so the
// benchmarks print both.
#pragma once

#include <time.h>

#include <chrono>

namespace dateline::bench {

struct Elapsed {
  double wall = 0, cpu = 0;  // seconds
  Elapsed& operator+=(const Elapsed& o) {
    wall += o.wall;
    cpu += o.cpu;
    return *this;
  }
};

// CPU time of the calling thread (the default) or of the whole process (for work that
// spreads over threads, such as loading models side by side).
enum class CpuClock { thread, process };

class Stopwatch {
 public:
  explicit Stopwatch(CpuClock which = CpuClock::thread)
      : clock_(which == CpuClock::thread ? CLOCK_THREAD_CPUTIME_ID : CLOCK_PROCESS_CPUTIME_ID),
        wall0_(std::chrono::steady_clock::now()),
        cpu0_(cpu()) {}
  Elapsed elapsed() const {
    return {std::chrono::duration<double>(std::chrono::steady_clock::now() - wall0_).count(), cpu() - cpu0_};
  }

 private:
  double cpu() const {
    timespec ts{};
    clock_gettime(clock_, &ts);
    return static_cast<double>(ts.tv_sec) + 1e-9 * static_cast<double>(ts.tv_nsec);
  }
  clockid_t clock_;
  std::chrono::steady_clock::time_point wall0_;
  double cpu0_;
};

}  // namespace dateline::bench
