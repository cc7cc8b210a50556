// Throughput of the text layer: decode + normalise + structure + tokenize + sentences, one
// thread, over every article in ../shared/data/news/bbc (or the directory given as argv[1]).
// Prints MB/s of input bytes and the peak resident set size. Not a test: run it by hand or
// with `make bench`. Usage: bench_text [DIR [ROUNDS [STAGE,STAGE...]]]
#include <sys/resource.h>
#include <time.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "bench_corpus.hpp"
#include "dateline/ingest.hpp"
#include "dateline/stage.hpp"

namespace fs = std::filesystem;

int main(int argc, char** argv) {
  std::string dir = argc > 1 ? argv[1] : std::string(DATELINE_SHARED_DIR) + "/data/news/bbc";
  int rounds = argc > 2 ? std::max(1, std::atoi(argv[2])) : 5;
  if (!fs::is_directory(dir)) {
    std::fprintf(stderr, "bench_text: no corpus at %s\n", dir.c_str());
    return 1;
  }
  size_t bytes = 0;
  std::vector<std::string> articles;
  for (auto& a : dateline::bench::read_text_articles(dir, &bytes)) articles.push_back(std::move(a.bytes));
  if (articles.empty()) {
    std::fprintf(stderr, "bench_text: no .txt files under %s\n", dir.c_str());
    return 1;
  }
  dateline::PipelineOptions options;
  options.stages = {"normalize", "structure", "tokenize"};  // whichever of these exist
  if (argc > 3) {  // a comma-separated subset, to see where the time goes
    options.stages.clear();
    std::stringstream list(argv[3]);
    for (std::string s; std::getline(list, s, ',');) options.stages.push_back(s);
  }
  dateline::Pipeline pipeline = dateline::Pipeline::standard(options);
  std::string stages;
  for (const auto& s : pipeline.stage_names()) stages += (stages.empty() ? "" : ",") + s;

  // CPU time of this thread, so that other work on a shared machine does not count; wall time
  // is printed too.
  auto cpu_seconds = [] {
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) * 1e-9;
  };
  size_t tokens = 0, sentences = 0;
  double best = 0, best_wall = 0;
  std::vector<double> wall_rates;  // every round's, for the median: the shared machine is noisy
  for (int round = 0; round < rounds; ++round) {
    tokens = sentences = 0;
    double c0 = cpu_seconds();
    auto t0 = std::chrono::steady_clock::now();
    for (const auto& a : articles) {
      dateline::Document doc = dateline::document_from_text(a, "bench");
      pipeline.run(doc);
      sentences += doc.sentences.size();
      for (const auto& s : doc.sentences) tokens += s.tokens.size();
    }
    double wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    best = std::max(best, double(bytes) / 1e6 / (cpu_seconds() - c0));
    best_wall = std::max(best_wall, double(bytes) / 1e6 / wall);
    wall_rates.push_back(double(bytes) / 1e6 / wall);
  }
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  std::printf("bench_text: %zu articles, %.1f MB, stages %s\n", articles.size(), double(bytes) / 1e6, stages.c_str());
  std::printf("  %zu sentences, %zu words per pass\n", sentences, tokens);
  std::printf("  throughput (best of %d, 1 thread): %.1f MB/s of CPU time, %.1f MB/s wall clock\n", rounds, best,
              best_wall);
  std::nth_element(wall_rates.begin(), wall_rates.begin() + wall_rates.size() / 2, wall_rates.end());
  std::printf("  median round: %.1f MB/s wall clock\n", wall_rates[wall_rates.size() / 2]);
  std::printf("  peak RSS: %.1f MB\n", double(usage.ru_maxrss) / 1024.0);
  return 0;
}
