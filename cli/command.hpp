// The CLI is a thin dispatcher: each command lives in its own cli/cmd_*.cpp and registers
// itself here with a static RegisterCommand, so adding a command touches no other file.
#pragma once

#include <CLI/CLI.hpp>
#include <functional>
#include <string>
#include <vector>

namespace dateline::cli {

// Adds the command's options to `app` and returns what runs it (returns the exit code).
using Setup = std::function<std::function<int()>(CLI::App& app)>;

struct Command {
  std::string parent;  // "" for top-level commands, else e.g. "eval" or "train"
  std::string name;
  std::string description;
  Setup setup;
};

std::vector<Command>& registry();

struct RegisterCommand {
  explicit RegisterCommand(Command c) { registry().push_back(std::move(c)); }
};

// --parse-beam, for every command that runs the pipeline (PipelineOptions::parse_beam).
inline void add_parse_beam_option(CLI::App& app, int& beam) {
  app.add_option("--parse-beam", beam, "Parser beam width (default 2; 1 is greedy: about 1.5x faster to parse, 0.9 UAS worse)")
      ->check(CLI::Range(1, 64));
}

// --home-country, for every command that codes events (PipelineOptions::home_country).
inline void add_home_country_option(CLI::App& app, std::string& iso3) {
  app.add_option("--home-country", iso3,
                 "The publication's country (ISO3, e.g. GBR): event roles without a country take it, unless the "
                 "article names another country more often; flagged country_inferred in the JSON");
}

// --no-actor-table, for every command that runs the entities stage (PipelineOptions::actor_table).
inline void add_actor_table_option(CLI::App& app, bool& off) {
  app.add_flag("--no-actor-table", off,
               "Do not give people and organisations a country from the built-in actor table (lexicons/actors.tsv) "
               "when the text gives none");
}

}  // namespace dateline::cli
