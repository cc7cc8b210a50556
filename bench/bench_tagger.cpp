// Speed of the tagger, lemmatiser and parser on BBC news (../shared/data/news/bbc, or argv[1]).
// argv[2] and argv[3], if given, set the parser's beam width and margin (Parser::Decoding), to
// compare search settings on one machine in one session.
// Single thread. Prints model load time, tokens/s for tagging alone and for
// tokenize+tag+lemmatize+parse, and the process's peak RSS.
// Targets (issue 3): tagger >= 150k tokens/s, full >= 40k tokens/s, load <= 300 ms, RSS <= 400 MB.
// Rates are given by wall clock and by thread CPU time (bench_clock.hpp).
#include <cstdlib>
#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "bench_clock.hpp"
#include "dateline/ingest.hpp"
#include "dateline/stage.hpp"

namespace fs = std::filesystem;
using dateline::bench::Elapsed;
using dateline::bench::Stopwatch;

static int parse_beam = 0;
static float parse_margin = 0;

static dateline::Pipeline stage_pipeline(const std::vector<std::string>& names) {
  dateline::PipelineOptions o;
  o.stages = names;
  o.parse_beam = parse_beam;
  o.parse_margin = parse_margin;
  return dateline::Pipeline::standard(o);
}

int main(int argc, char** argv) {
  std::string dir = argc > 1 ? argv[1] : std::string(DATELINE_SHARED_DIR) + "/data/news/bbc";
  if (argc > 2) parse_beam = std::atoi(argv[2]);
  if (argc > 3) parse_margin = static_cast<float>(std::atof(argv[3]));
  if (!fs::is_directory(dir)) {
    std::fprintf(stderr, "bench_tagger: no corpus at %s\n", dir.c_str());
    return 1;
  }
  std::vector<fs::path> files;
  for (const auto& e : fs::recursive_directory_iterator(dir))
    if (e.is_regular_file() && e.path().extension() == ".txt") files.push_back(e.path());
  std::sort(files.begin(), files.end());

  Stopwatch load_watch(dateline::bench::CpuClock::process);  // models load side by side
  dateline::Pipeline models = stage_pipeline({"tag", "lemmatize", "parse"});
  Elapsed load = load_watch.elapsed();
  // Stage by stage, so each one's time can be attributed.
  std::vector<std::pair<std::string, dateline::Pipeline>> stages;
  for (const char* n : {"normalize", "structure", "tokenize", "tag", "lemmatize", "parse"}) {
    dateline::Pipeline p = stage_pipeline({n});
    if (!p.stage_names().empty()) stages.emplace_back(n, std::move(p));
  }
  std::map<std::string, Elapsed> seconds;
  size_t tokens = 0, docs = 0;
  for (const auto& f : files) {
    std::ifstream in(f, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    dateline::Document doc;
    try {
      doc = dateline::document_from_text(ss.str(), f.string());
    } catch (const std::exception&) {
      continue;  // an article ingest refuses is not this benchmark's concern
    }
    for (auto& [name, stage] : stages) {
      Stopwatch watch;
      stage.run(doc);
      seconds[name] += watch.elapsed();
    }
    for (const auto& s : doc.sentences) tokens += s.tokens.size();
    ++docs;
  }
  Elapsed full = seconds["tokenize"];
  for (const char* n : {"tag", "lemmatize", "parse"}) full += seconds[n];
  auto rate = [&](const Elapsed& e, double Elapsed::*clock) { return e.*clock > 0 ? tokens / (e.*clock) : 0.0; };
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  std::printf("bench_tagger: %zu articles, %zu tokens (words); rates by wall clock / by thread CPU time\n", docs,
              tokens);
  for (const auto& [name, stage] : stages)
    std::printf("  %-10s %8.3f s  %10.0f / %10.0f tokens/s\n", name.c_str(), seconds[name].wall,
                rate(seconds[name], &Elapsed::wall), rate(seconds[name], &Elapsed::cpu));
  std::printf("  tagging alone                    %10.0f / %10.0f tokens/s (target >= 150000)\n",
              rate(seconds["tag"], &Elapsed::wall), rate(seconds["tag"], &Elapsed::cpu));
  std::printf("  tokenize+tag+lemmatize+parse     %10.0f / %10.0f tokens/s (target >= 40000)\n",
              rate(full, &Elapsed::wall), rate(full, &Elapsed::cpu));
  std::printf("  model load (tag+lemmatize+parse) %10.1f / %10.1f ms of CPU, all threads (target <= 300 wall)\n", 1000 * load.wall,
              1000 * load.cpu);
  std::printf("  peak RSS                         %10.1f MB (target <= 400)\n", usage.ru_maxrss / 1024.0);
  return 0;
}
