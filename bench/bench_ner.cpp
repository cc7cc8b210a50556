// What NER + entity resolution add to the full pipeline's time. Runs every stage over a sample
// of BBC articles (../shared/data/news/bbc, or argv[1]; at most argv[2] articles, default 300),
// timing each stage separately, and reports the "entities" stage's share of the total.
// The budget: entities adds at most 30% to the pipeline without it. Also times the
// entities stage without the actor table (lexicons/actors.tsv) on the same input, and what
// parsing the table adds to building the stage.
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
  // The actor table is parsed once per process, when the first entities stage that uses it is
  // built: building the stage without it and then with it shows what the table costs.
  auto build_seconds = [](bool actor_table) {
    dateline::PipelineOptions o;
    o.stages = {"entities"};
    o.actor_table = actor_table;
    auto t0 = std::chrono::steady_clock::now();
    dateline::Pipeline p = dateline::Pipeline::standard(o);
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  };
  const double build_without = build_seconds(false), build_with = build_seconds(true);
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
  // The entities stage once more without the actor table, on a copy of the same input.
  dateline::PipelineOptions no_table;
  no_table.stages = {"entities"};
  no_table.actor_table = false;
  dateline::Pipeline entities_without_table = dateline::Pipeline::standard(no_table);
  double without_table = 0;
  size_t articles = 0;
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
      dateline::Document copy;
      if (name == "entities") copy = doc;
      // Which of the two goes first alternates, so neither always finds the caches warm.
      if (name == "entities" && articles % 2 == 0) {
        auto t0 = std::chrono::steady_clock::now();
        entities_without_table.run(copy);
        without_table += std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
      }
      auto t0 = std::chrono::steady_clock::now();
      stage.run(doc);
      seconds[name] += std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
      if (name == "entities" && articles % 2 == 1) {
        auto t1 = std::chrono::steady_clock::now();
        entities_without_table.run(copy);
        without_table += std::chrono::duration<double>(std::chrono::steady_clock::now() - t1).count();
      }
    }
    ++articles;
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
  std::printf("  entities without the actor table %.3f s (the table adds %.1f%%); building the stage %.3f s "
              "without it, %.3f s with it (the table parsed)\n",
              without_table, without_table > 0 ? 100.0 * (ner - without_table) / without_table : 0.0, build_without,
              build_with);
  return 0;
}
