// Throughput of the structure stage alone, one thread, over every article in
// ../shared/data/news/bbc (or the directory given as argv[1]): normalised text is prepared
// first, then only structure_article() is timed. Not a test: run it by hand or with `make bench`.
#include <algorithm>
#include <chrono>
#include <ctime>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "bench_corpus.hpp"
#include "dateline/ingest.hpp"
#include "dateline/normalize.hpp"
#include "dateline/structure.hpp"

namespace fs = std::filesystem;

int main(int argc, char** argv) {
  std::string dir = argc > 1 ? argv[1] : std::string(DATELINE_SHARED_DIR) + "/data/news/bbc";
  int rounds = argc > 2 ? std::max(1, std::atoi(argv[2])) : 5;
  if (!fs::is_directory(dir)) {
    std::fprintf(stderr, "bench_structure: no corpus at %s\n", dir.c_str());
    return 1;
  }
  std::vector<dateline::Document> normalised;
  size_t bytes = 0;
  auto normalize = dateline::make_normalize_stage();
  for (const auto& a : dateline::bench::read_text_articles(dir, &bytes)) {
    dateline::Document doc = dateline::document_from_text(a.bytes, a.path);
    normalize->process(doc);
    normalised.push_back(std::move(doc));
  }
  if (normalised.empty()) {
    std::fprintf(stderr, "bench_structure: no .txt files under %s\n", dir.c_str());
    return 1;
  }
  double best = 0, total_cpu = 0;
  size_t paragraphs = 0, removed = 0, datelines = 0;
  for (int round = 0; round < rounds; ++round) {
    std::vector<dateline::Document> docs = normalised;  // copied outside the timed part
    paragraphs = removed = datelines = 0;
    auto t0 = std::chrono::steady_clock::now();
    std::clock_t c0 = std::clock();
    for (auto& doc : docs) dateline::structure_article(doc);
    double cpu = double(std::clock() - c0) / CLOCKS_PER_SEC;
    double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    best = std::max(best, double(bytes) / 1e6 / secs);
    // CPU time too: on a shared, loaded machine wall time mostly measures the neighbours.
    total_cpu += cpu;
    for (const auto& doc : docs) {
      paragraphs += doc.paragraphs.size();
      removed += doc.boilerplate.size();
      datelines += doc.dateline.has_value();
    }
  }
  std::printf("bench_structure: %zu articles, %.1f MB\n", normalised.size(), double(bytes) / 1e6);
  std::printf("  %zu paragraphs, %zu boilerplate lines, %zu datelines per pass\n", paragraphs, removed, datelines);
  double cpu_rate = total_cpu > 0 ? double(bytes) * rounds / 1e6 / total_cpu : 0;
  std::printf("  structure throughput (1 thread): best of %d %.1f MB/s wall; mean %.1f MB/s of CPU time\n",
              rounds, best, cpu_rate);
  return 0;
}
