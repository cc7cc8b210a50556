// A pipeline stage: one step that reads and fills a Document. Stages are immutable once built
// (models loaded in the constructor), so one instance serves many threads at once.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "dateline/document.hpp"

namespace dateline {

class Stage {
 public:
  virtual ~Stage() = default;
  virtual std::string_view name() const = 0;
  virtual void process(Document& doc) const = 0;
};

struct PipelineOptions {
  std::string models_dir;          // empty: the default search (see models_directory())
  std::vector<std::string> stages; // empty: every stage whose model is available
  // Event-coding dictionaries in PETRARCH format (empty: the built-in lexicon).
  std::string verbs_dict, actors_dict, agents_dict, discards_dict;
  // Parser search (Parser::Decoding); 0 keeps the parser's default.
  int parse_beam = 0;
  float parse_temperature = 0, parse_margin = 0;
  // ISO 3166 alpha-3 of the publication ("GBR" for the BBC), empty when not given: event actors
  // the text gives a role but no country ("the government", "ministers") take it, unless the
  // article names another country more often (EventDictionaries::home_country).
  std::string home_country;
  // Code as PETRARCH does, every tense and mood alike ("will meet" is a meeting), instead of
  // dateline's news conventions (docs/events.md, "Non-events in news"). The PETRARCH unit-test
  // suite is written to PETRARCH's convention.
  bool petrarch_conventions = false;
  // The entities stage's world knowledge of actors (EntityOptions::actor_table); false is
  // --no-actor-table.
  bool actor_table = true;
};

class Pipeline {
 public:
  // Builds the standard pipeline (every stage, or options.stages). A chosen stage whose model
  // file is missing or broken throws dateline::Error (bad_resource) naming the file: a stage
  // left out quietly would change the output without a word. Stages that read no model
  // (normalize, structure, events) never look at the models directory.
  static Pipeline standard(const PipelineOptions& options = {});

  void add(std::unique_ptr<Stage> stage) { stages_.push_back(std::move(stage)); }
  void run(Document& doc) const {
    doc.models = models_;
    for (const auto& s : stages_) s->process(doc);
  }
  std::vector<std::string> stage_names() const;
  // The model files the stages read, in stage order; each document records them.
  const std::vector<ModelUse>& models() const { return models_; }

 private:
  std::vector<std::unique_ptr<Stage>> stages_;
  std::vector<ModelUse> models_;
};

// The model file a standard stage reads ("en_tagger.dlm" for "tag"), or nullptr for a stage
// that reads none.
const char* stage_model_file(std::string_view stage);

// Where models are looked for: the option, else $DATELINE_MODELS, else the source tree's
// models/ (set at build time), else models/ beside the executable's parent directory.
std::string models_directory(const std::string& option = "");

}  // namespace dateline
