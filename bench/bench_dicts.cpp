// Loading the full PETRARCH2/Phoenix dictionary set (CAMEO.2.0 verbs, three Phoenix actor
// files, agents, discards): wall time per full load, best of N rounds. Target: under 1 s.
// Usage: bench_dicts [PETRARCH_DICTS_DIR] [ROUNDS]
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>

#include "dateline/events.hpp"

int main(int argc, char** argv) {
  namespace fs = std::filesystem;
  std::string dir = argc > 1 ? argv[1] : std::string(DATELINE_SHARED_DIR) + "/data/petrarch_dicts";
  int rounds = argc > 2 ? std::atoi(argv[2]) : 3;
  if (!fs::is_directory(dir)) {
    std::printf("bench_dicts: %s not found, skipped\n", dir.c_str());
    return 0;
  }
  dateline::PipelineOptions o;
  o.verbs_dict = dir + "/CAMEO.2.0.txt";
  o.actors_dict = dir + "/Phoenix.Countries.actors.txt," + dir + "/Phoenix.International.actors.txt," + dir +
                  "/Phoenix.MilNonState.actors.txt";
  o.agents_dict = dir + "/Phoenix.agents.txt";
  o.discards_dict = dir + "/Phoenix.discards.txt";
  double best = 1e9;
  size_t patterns = 0, actors = 0, agents = 0;
  for (int r = 0; r < rounds; ++r) {
    auto start = std::chrono::steady_clock::now();
    auto d = dateline::EventDictionaries::load(o);
    double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    best = std::min(best, s);
    patterns = d.verbs->pattern_count;
    actors = d.actors->phrases.size;
    agents = d.agents->phrases.size;
  }
  std::printf("bench_dicts: full Phoenix set loaded in %.3f s (best of %d): %zu verb patterns, %zu actor phrases, "
              "%zu agent phrases\n", best, rounds, patterns, actors, agents);
  return 0;
}
