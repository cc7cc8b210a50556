// Cost of event coding relative to the full pipeline: the same articles through the standard
// pipeline with and without the "events" stage. Target: events add at most 20%.
// Usage: bench_events [DIR_OF_TEXT_ARTICLES] [MAX_ARTICLES]
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "dateline/ingest.hpp"
#include "dateline/stage.hpp"

int main(int argc, char** argv) {
  namespace fs = std::filesystem;
  std::string dir = argc > 1 ? argv[1] : std::string(DATELINE_SHARED_DIR) + "/data/news/bbc/politics";
  size_t max = argc > 2 ? static_cast<size_t>(std::atoi(argv[2])) : 100;
  if (!fs::is_directory(dir)) {
    std::printf("bench_events: %s not found, skipped\n", dir.c_str());
    return 0;
  }
  std::vector<std::string> texts;
  for (const auto& e : fs::directory_iterator(dir)) {
    if (texts.size() >= max) break;
    std::ifstream in(e.path(), std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    texts.push_back(ss.str());
  }
  auto time_with = [&](bool events) {
    dateline::PipelineOptions o;
    dateline::Pipeline all = dateline::Pipeline::standard(o);
    o.stages = all.stage_names();
    if (!events) std::erase(o.stages, std::string("events"));
    dateline::Pipeline p = dateline::Pipeline::standard(o);
    dateline::ReadOptions ro;
    ro.date = "2005-01-01";
    size_t found = 0;
    auto start = std::chrono::steady_clock::now();
    for (const auto& t : texts) {
      auto doc = dateline::document_from_text(t, "bench", ro);
      p.run(doc);
      found += doc.events.size();
    }
    double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    return std::make_pair(s, found);
  };
  auto [without, none] = time_with(false);
  auto [with, events] = time_with(true);
  (void)none;
  std::printf("bench_events: %zu articles, pipeline %.3f s without events, %.3f s with (%+.1f%%), %zu events\n",
              texts.size(), without, with, 100.0 * (with - without) / without, events);
  return 0;
}
