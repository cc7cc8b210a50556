#include <unistd.h>
#include <zlib.h>

#include <cstdlib>
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
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
  const char* model_name = nullptr;  // the key in a document's "models"
  const char* model_file = nullptr;  // in the models directory; nullptr: the stage reads none
};

// The standard pipeline, in order; a new stage is added here.
const std::vector<StageEntry>& stage_table() {
  static const std::vector<StageEntry> table = {
      {"normalize", [](const PipelineOptions&, std::string&) { return make_normalize_stage(); }},
      {"structure", [](const PipelineOptions&, std::string&) { return make_structure_stage(); }},
      {"tokenize", [](const PipelineOptions& o, std::string&) { return make_tokenize_stage(models_directory(o.models_dir)); },
       "sentences", "sentences.dlm"},
      {"tag", [](const PipelineOptions& o, std::string& why) { return make_tag_stage(models_directory(o.models_dir), why); },
       "tagger", "en_tagger.dlm"},
      {"lemmatize", [](const PipelineOptions& o, std::string& why) { return make_lemmatize_stage(models_directory(o.models_dir), why); },
       "lemmatizer", "en_lemmatizer.dlm"},
      {"parse", [](const PipelineOptions& o, std::string& why) { return make_parse_stage(o, why); }, "parser", "en_parser.dlm"},
      {"entities", [](const PipelineOptions& o, std::string& why) { return make_entities_stage(o, why); }, "ner", "en_ner.dlm"},
      {"quotes", [](const PipelineOptions& o, std::string&) { return make_quotes_stage(models_directory(o.models_dir)); },
       "quotes", "en_quotes.dlm"},
      {"events", [](const PipelineOptions& o, std::string&) { return make_events_stage(o); }},
  };
  return table;
}

// zlib's CRC-32 of a whole file as 8 hex digits: cheap next to loading the model, and anyone
// can check it (python3 -c 'import zlib; print(hex(zlib.crc32(open(F, "rb").read())))').
std::string file_crc32(const std::string& path) {
  std::ifstream f(path, std::ios::binary);
  if (!f) throw Error(ExitCode::bad_resource, "model " + path + ": cannot open");
  uLong crc = crc32(0L, Z_NULL, 0);
  std::vector<char> buffer(1 << 20);
  while (f) {
    f.read(buffer.data(), static_cast<std::streamsize>(buffer.size()));
    crc = crc32(crc, reinterpret_cast<const Bytef*>(buffer.data()), static_cast<uInt>(f.gcount()));
  }
  if (f.bad()) throw Error(ExitCode::bad_resource, "model " + path + ": cannot read");
  char hex[9];
  std::snprintf(hex, sizeof hex, "%08lx", crc & 0xffffffffUL);
  return hex;
}

}  // namespace

const char* stage_model_file(std::string_view stage) {
  for (const auto& entry : stage_table())
    if (stage == entry.name) return entry.model_file;
  return nullptr;
}

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
  namespace fs = std::filesystem;
  std::vector<const StageEntry*> chosen;
  for (const auto& entry : stage_table())
    if (options.stages.empty() ||
        std::find(options.stages.begin(), options.stages.end(), entry.name) != options.stages.end())
      chosen.push_back(&entry);
  // Every model the chosen stages read must be there before anything loads, so the error
  // names the first missing file in stage order, whichever load would have finished first.
  std::string dir;
  for (const StageEntry* entry : chosen) {
    if (!entry->model_file) continue;
    if (dir.empty()) {
      dir = models_directory(options.models_dir);
      if (!fs::is_directory(dir))
        throw Error(ExitCode::bad_resource, dir + ": no such models directory (the '" + entry->name +
                                                "' stage needs " + entry->model_file + " from it)");
    }
    fs::path path = fs::path(dir) / entry->model_file;
    if (!fs::exists(path))
      throw Error(ExitCode::bad_resource, path.string() + ": no such model file (the '" + entry->name +
                                              "' stage needs it; --stages without that stage runs without it)");
  }

  // Stages are built side by side: most of the start-up time is reading models and
  // dictionaries, which are independent of each other. They are added in table order.
  struct Pending {
    const StageEntry* entry;
    std::string why;
    std::string crc32;
    std::future<std::unique_ptr<Stage>> stage;
  };
  std::vector<Pending> pending;
  pending.reserve(chosen.size());
  for (const StageEntry* entry : chosen) {
    Pending& job = pending.emplace_back(Pending{entry, {}, {}, {}});
    job.stage = std::async(std::launch::async, [entry, &options, &dir, &job] {
      auto stage = entry->make(options, job.why);
      if (entry->model_file) job.crc32 = file_crc32((fs::path(dir) / entry->model_file).string());
      return stage;
    });
  }
  Pipeline p;
  std::exception_ptr failure;
  for (Pending& job : pending) {
    try {
      auto stage = job.stage.get();  // every future is waited for, even after a failure
      // A maker that declines after the file was found (it vanished in between) is as much
      // an error as a missing file.
      if (!stage) throw Error(ExitCode::bad_resource, std::string(job.entry->name) + ": " + job.why);
      p.add(std::move(stage));
      if (job.entry->model_file) p.models_.push_back({job.entry->model_name, job.entry->model_file, job.crc32});
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
