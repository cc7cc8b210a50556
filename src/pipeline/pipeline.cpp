#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <functional>
#include <future>

#include "dateline/entities.hpp"
#include "dateline/error.hpp"
#include "dateline/events.hpp"
#include "dateline/lemmatizer.hpp"
#include "dateline/normalize.hpp"
#include "dateline/parser.hpp"
#include "dateline/quotes.hpp"
#include "dateline/stage.hpp"
#include "dateline/structure.hpp"
#include "dateline/tagger.hpp"
#include "dateline/tokenize.hpp"

namespace dateline {
namespace {

// A stage maker returns nullptr (and says why) when the stage cannot run here, e.g. no model.
using StageMaker = std::function<std::unique_ptr<Stage>(const PipelineOptions&, std::string& why_not)>;

struct StageEntry {
  const char* name;
  StageMaker make;
};

// The standard pipeline, in order; a new stage is added here.
const std::vector<StageEntry>& stage_table() {
  static const std::vector<StageEntry> table = {
      {"normalize", [](const PipelineOptions&, std::string&) { return make_normalize_stage(); }},
      {"structure", [](const PipelineOptions&, std::string&) { return make_structure_stage(); }},
      {"tokenize", [](const PipelineOptions& o, std::string&) { return make_tokenize_stage(models_directory(o.models_dir)); }},
      {"tag", [](const PipelineOptions& o, std::string& why) { return make_tag_stage(models_directory(o.models_dir), why); }},
      {"lemmatize", [](const PipelineOptions& o, std::string& why) { return make_lemmatize_stage(models_directory(o.models_dir), why); }},
      {"parse", [](const PipelineOptions& o, std::string& why) { return make_parse_stage(o, why); }},
      {"entities", [](const PipelineOptions& o, std::string& why) { return make_entities_stage(o, why); }},
      {"quotes", [](const PipelineOptions& o, std::string&) { return make_quotes_stage(models_directory(o.models_dir)); }},
      {"events", [](const PipelineOptions& o, std::string&) { return make_events_stage(o); }},
  };
  return table;
}

}  // namespace

std::string models_directory(const std::string& option) {
  namespace fs = std::filesystem;
  if (!option.empty()) return option;
  if (const char* env = std::getenv("DATELINE_MODELS"); env && *env) return env;
#ifdef DATELINE_SOURCE_DIR
  if (fs::is_directory(fs::path(DATELINE_SOURCE_DIR) / "models")) return (fs::path(DATELINE_SOURCE_DIR) / "models").string();
#endif
  std::error_code ec;
  fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (!ec && fs::is_directory(exe.parent_path().parent_path() / "models"))
    return (exe.parent_path().parent_path() / "models").string();
  return "models";
}

Pipeline Pipeline::standard(const PipelineOptions& options) {
  // Stages are built side by side: most of the start-up time is reading models and
  // dictionaries, which are independent of each other. They are added in table order.
  struct Pending {
    const char* name;
    std::string why;
    std::future<std::unique_ptr<Stage>> stage;
  };
  std::vector<Pending> pending;
  pending.reserve(stage_table().size());
  for (const auto& entry : stage_table()) {
    if (!options.stages.empty() &&
        std::find(options.stages.begin(), options.stages.end(), entry.name) == options.stages.end())
      continue;
    Pending& job = pending.emplace_back(Pending{entry.name, {}, {}});
    job.stage = std::async(std::launch::async, [&entry, &options, &why = job.why] { return entry.make(options, why); });
  }
  Pipeline p;
  std::exception_ptr failure;
  for (Pending& job : pending) {
    try {
      auto stage = job.stage.get();  // every future is waited for, even after a failure
      if (stage)
        p.add(std::move(stage));
      else
        p.skipped_.push_back(std::string(job.name) + ": " + job.why);
    } catch (...) {
      if (!failure) failure = std::current_exception();
    }
  }
  if (failure) std::rethrow_exception(failure);
  return p;
}

std::vector<std::string> Pipeline::stage_names() const {
  std::vector<std::string> names;
  for (const auto& s : stages_) names.emplace_back(s->name());
  return names;
}

}  // namespace dateline
