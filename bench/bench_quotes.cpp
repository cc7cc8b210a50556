// What the quotes stage adds to the full pipeline: the standard pipeline without "quotes" is
// timed over a corpus, then the quotes stage alone over the documents it produced. The share
// is quotes / (pipeline without quotes). Default corpus: ../shared/data/news/bbc/politics;
// argv[1] another directory of .txt files, argv[2] the number of rounds (best is kept).
// Not a test: run it by hand or with `make bench`.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "dateline/ingest.hpp"
#include "dateline/quotes.hpp"
#include "dateline/stage.hpp"

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

int main(int argc, char** argv) {
  std::string dir = argc > 1 ? argv[1] : std::string(DATELINE_SHARED_DIR) + "/data/news/bbc/politics";
  int rounds = argc > 2 ? std::max(1, std::atoi(argv[2])) : 3;
  if (!fs::is_directory(dir)) {
    std::fprintf(stderr, "bench_quotes: no corpus at %s\n", dir.c_str());
    return 1;
  }
  std::vector<dateline::Document> inputs;
  size_t bytes = 0;
  for (const auto& entry : fs::recursive_directory_iterator(dir)) {
    if (!entry.is_regular_file() || entry.path().extension() != ".txt") continue;
    try {
      std::string raw = dateline::read_input_bytes(entry.path().string(), size_t{8} << 20);
      bytes += raw.size();
      inputs.push_back(dateline::document_from_text(raw, entry.path().string()));
    } catch (const std::exception& e) {
      std::fprintf(stderr, "bench_quotes: skipping %s: %s\n", entry.path().c_str(), e.what());
    }
  }
  if (inputs.empty()) {
    std::fprintf(stderr, "bench_quotes: no .txt files under %s\n", dir.c_str());
    return 1;
  }
  // Every available stage except quotes, in the standard order.
  std::vector<std::string> others;
  for (const auto& name : dateline::Pipeline::standard().stage_names())
    if (name != "quotes") others.push_back(name);
  dateline::PipelineOptions options;
  options.stages = others;
  dateline::Pipeline without_quotes = dateline::Pipeline::standard(options);
  auto quotes = dateline::make_quotes_stage(dateline::models_directory());  // with the learned tagger when present

  double best_rest = 1e100, best_quotes = 1e100;
  size_t found = 0;
  for (int round = 0; round < rounds; ++round) {
    std::vector<dateline::Document> docs = inputs;  // copied outside the timed part
    auto t0 = Clock::now();
    for (auto& doc : docs) without_quotes.run(doc);
    auto t1 = Clock::now();
    for (auto& doc : docs) quotes->process(doc);
    auto t2 = Clock::now();
    best_rest = std::min(best_rest, std::chrono::duration<double>(t1 - t0).count());
    best_quotes = std::min(best_quotes, std::chrono::duration<double>(t2 - t1).count());
    found = 0;
    for (const auto& doc : docs) found += doc.quotes.size();
  }
  std::string names;
  for (const auto& n : others) names += (names.empty() ? "" : ",") + n;
  std::printf("bench_quotes: %zu articles, %.2f MB, %zu attributions per pass\n", inputs.size(), double(bytes) / 1e6, found);
  std::printf("  pipeline without quotes (%s): %.3f s (best of %d)\n", names.c_str(), best_rest, rounds);
  std::printf("  quotes stage: %.3f s = %.1f%% of the rest of the pipeline (%.1f MB/s)\n", best_quotes,
              100.0 * best_quotes / best_rest, double(bytes) / 1e6 / best_quotes);
  return 0;
}
