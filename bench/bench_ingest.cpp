// Ingest throughput: a corpus into a fresh SQLite store with 1 and with 2 worker threads.
// Prints articles/s, MB/s, the 2-thread speed-up, peak RSS and the share of time the writer
// spent in SQLite. Usage: bench_ingest [CORPUS_DIR] [STAGES]   (default: the BBC corpus and
// every stage with a model; STAGES like "normalize,structure,tokenize")
#include <sys/resource.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <sstream>
#include <string>

#include "dateline/stage.hpp"
#include "dateline/store.hpp"

namespace {

std::vector<std::string> split(const std::string& s) {
  std::vector<std::string> out;
  std::stringstream ss(s);
  for (std::string part; std::getline(ss, part, ',');)
    if (!part.empty()) out.push_back(part);
  return out;
}

double peak_rss_mb() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return static_cast<double>(u.ru_maxrss) / 1024.0;
}

}  // namespace

int main(int argc, char** argv) {
  namespace fs = std::filesystem;
  std::string corpus = argc > 1 ? argv[1] : std::string(DATELINE_SHARED_DIR) + "/data/news/bbc";
  if (!fs::exists(corpus)) {
    std::printf("bench_ingest: %s not found, skipped\n", corpus.c_str());
    return 0;
  }
  dateline::PipelineOptions popts;
  if (argc > 2) popts.stages = split(argv[2]);
  dateline::Pipeline pipeline = dateline::Pipeline::standard(popts);
  std::string names;
  for (const auto& n : pipeline.stage_names()) names += (names.empty() ? "" : ",") + n;
  std::printf("corpus %s, stages: %s\n", corpus.c_str(), names.c_str());
  double rate1 = 0;
  for (unsigned threads : {1u, 2u}) {
    std::string db = (fs::temp_directory_path() / ("bench_ingest_" + std::to_string(getpid()) + ".db")).string();
    for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(db + suffix);
    dateline::IngestSummary s;
    {
      dateline::Store store(db);
      dateline::IngestOptions options;
      options.threads = threads;
      s = dateline::ingest_corpus({corpus}, store, pipeline, options);
    }
    double articles = static_cast<double>(s.articles_added);
    double rate = articles / s.seconds;
    if (threads == 1) rate1 = rate;
    std::printf("%u thread%s: %zu articles (%zu duplicates, %zu failed) in %.2f s = %.1f articles/s, %.3f MB/s; "
                "writer busy %.0f%% of the time%s\n",
                threads, threads > 1 ? "s" : "", s.articles_added, s.duplicates, s.failures,
                s.seconds, rate, static_cast<double>(s.bytes_done) / 1e6 / s.seconds, 100.0 * s.write_seconds / s.seconds,
                threads == 2 ? (", speed-up " + std::to_string(rate / rate1).substr(0, 4) + "x").c_str() : "");
    for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(db + suffix);
  }
  std::printf("peak RSS %.0f MB\n", peak_rss_mb());
  return 0;
}
