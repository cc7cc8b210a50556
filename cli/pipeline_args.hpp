// The pipeline options of the commands that read articles as `dateline read` does (read,
// eval news): one definition of the flags and of the PipelineOptions they give.
#pragma once

#include <string>
#include <vector>

#include "command.hpp"
#include "dateline/stage.hpp"

namespace dateline::cli {

struct PipelineArgs {
  std::string models;
  std::vector<std::string> stages;
  std::string verbs, actors, agents, discards;  // PETRARCH dictionaries for the events stage
  int parse_beam = 0;
  std::string home_country;
  bool petrarch_conventions = false;
  bool no_actor_table = false;
};

// --models, --stages, --parse-beam, --home-country, --verbs, --actors, --agents, --discards,
// --petrarch-conventions, --no-actor-table.
inline void add_pipeline_options(CLI::App& app, PipelineArgs& a) {
  app.add_option("--models", a.models, "Directory of trained models (default: $DATELINE_MODELS or the built-in path)");
  app.add_option("--stages", a.stages, "Only these stages, e.g. normalize,structure,tokenize")->delimiter(',');
  add_parse_beam_option(app, a.parse_beam);
  add_home_country_option(app, a.home_country);
  app.add_option("--verbs", a.verbs, "PETRARCH/TABARI verb dictionary (extends the built-in verb lexicon; its verbs come first)");
  app.add_option("--actors", a.actors, "PETRARCH actor dictionaries, comma-separated (consulted before entities and the gazetteer)");
  app.add_option("--agents", a.agents, "PETRARCH agent dictionary (replaces the built-in role nouns)");
  app.add_option("--discards", a.discards, "PETRARCH discard list (sentences/stories not coded)");
  app.add_flag("--petrarch-conventions", a.petrarch_conventions,
               "Code events in every tense and mood, as PETRARCH does (default: dateline's news conventions, docs/events.md)");
  add_actor_table_option(app, a.no_actor_table);
}

inline PipelineOptions pipeline_options(const PipelineArgs& a) {
  PipelineOptions popts;
  popts.models_dir = a.models;
  popts.stages = a.stages;
  popts.verbs_dict = a.verbs;
  popts.actors_dict = a.actors;
  popts.agents_dict = a.agents;
  popts.discards_dict = a.discards;
  popts.parse_beam = a.parse_beam;
  popts.home_country = a.home_country;
  popts.petrarch_conventions = a.petrarch_conventions;
  popts.actor_table = !a.no_actor_table;
  return popts;
}

}  // namespace dateline::cli
