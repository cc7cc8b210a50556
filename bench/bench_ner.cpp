// What NER + entity resolution add to the full pipeline's time. Runs every stage over a sample
// of BBC articles (../shared/data/news/bbc, or argv[1]; at most argv[2] articles, default 300),
// timing each stage separately, and reports the "entities" stage's share of the total.
// The budget: entities adds at most 30% to the pipeline without it.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "dateline/entities.hpp"
#include "dateline/ingest.hpp"
#include "dateline/stage.hpp"

namespace fs = std::filesystem;

int main(int argc, char** argv) {
  std::string dir = argc > 1 ? argv[1] : std::string(DATELINE_SHARED_DIR) + "/data/news/bbc";
  size_t limit = argc > 2 ? static_cast<size_t>(std::max(1, std::atoi(argv[2]))) : 300;
  if (!fs::is_directory(dir)) {
    std::fprintf(stderr, "bench_ner: no corpus at %s\n", dir.c_str());
    return 1;
  }
  std::vector<fs::path> files;
  for (const auto& e : fs::recursive_directory_iterator(dir))
    if (e.is_regular_file() && e.path().extension() == ".txt") files.push_back(e.path());
  std::sort(files.begin(), files.end());
  if (files.size() > limit) {  // an even spread over the categories
    std::vector<fs::path> sample;
    for (size_t i = 0; i < limit; ++i) sample.push_back(files[i * files.size() / limit]);
    files = sample;
  }
  dateline::Pipeline pipeline = dateline::Pipeline::standard();
  bool has_entities = false;
  for (const auto& n : pipeline.stage_names()) has_entities |= n == "entities";
  if (!has_entities) {
    std::fprintf(stderr, "bench_ner: the entities stage is not available (no models/en_ner.dlm?)\n");
    return 1;
  }
  // Each stage on its own, so its time can be attributed: a one-stage pipeline per name.
  std::vector<std::pair<std::string, dateline::Pipeline>> stages;
  for (const auto& n : pipeline.stage_names()) {
    dateline::PipelineOptions o;
    o.stages = {n};
    stages.emplace_back(n, dateline::Pipeline::standard(o));
  }
  std::map<std::string, double> seconds;
  size_t bytes = 0, entities = 0, mentions = 0;
  for (const auto& f : files) {
    std::ifstream in(f, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    bytes += ss.str().size();
    dateline::Document doc;
    try {
      doc = dateline::document_from_text(ss.str(), f.string());
    } catch (const std::exception&) {
      continue;  // the Latin-1 article: ingest refuses or repairs it, not our concern here
    }
    for (auto& [name, stage] : stages) {
      auto t0 = std::chrono::steady_clock::now();
      stage.run(doc);
      seconds[name] += std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    }
    entities += doc.entities.size();
    for (const auto& e : doc.entities) mentions += e.mentions.size();
  }
  double total = 0;
  for (const auto& [n, s] : seconds) total += s;
  double ner = seconds["entities"], rest = total - ner;
  std::printf("bench_ner: %zu articles, %.2f MB, %zu entities, %zu mentions\n", files.size(), bytes / 1e6, entities,
              mentions);
  for (const auto& [name, stage] : stages) std::printf("  %-10s %8.3f s\n", name.c_str(), seconds[name]);
  std::printf("  entities adds %.1f%% to the rest of the pipeline (budget 30%%); %.2f MB/s alone\n",
              rest > 0 ? 100.0 * ner / rest : 0.0, ner > 0 ? bytes / 1e6 / ner : 0.0);
  return 0;
}
