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

class Stopwatch {
 public:
  Stopwatch() : wall0_(std::chrono::steady_clock::now()), cpu0_(thread_cpu()) {}
  Elapsed elapsed() const {
    return {std::chrono::duration<double>(std::chrono::steady_clock::now() - wall0_).count(), thread_cpu() - cpu0_};
  }

 private:
  static double thread_cpu() {
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) + 1e-9 * static_cast<double>(ts.tv_nsec);
  }
  std::chrono::steady_clock::time_point wall0_;
  double cpu0_;
};

}  // namespace dateline::bench
