// dateline actor-table: writes lexicons/actors.tsv (world knowledge of actors) from the Phoenix
// actor dictionaries, read with the PETRARCH reader the events stage uses.
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include "command.hpp"
#include "dateline/error.hpp"
#include "dateline/entities.hpp"

namespace dateline::cli {
namespace {

struct ActorTableArgs {
  std::vector<std::string> inputs;
  bool quiet = false;
};

const char* const kPhoenixFiles[] = {"Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt",
                                     "Phoenix.MilNonState.actors.txt"};

int run_actor_table(const ActorTableArgs& a) {
  std::vector<std::string> paths;
  for (const std::string& in : a.inputs) {
    if (std::filesystem::is_directory(in)) {
      for (const char* f : kPhoenixFiles) paths.push_back((std::filesystem::path(in) / f).string());
    } else {
      paths.push_back(in);
    }
  }
  std::vector<std::pair<std::string, std::string>> texts;
  for (const std::string& p : paths) {
    std::ifstream f(p, std::ios::binary);
    if (!f) throw Error(ExitCode::bad_resource, "cannot read dictionary " + p);
    std::stringstream ss;
    ss << f.rdbuf();
    texts.emplace_back(std::filesystem::path(p).filename().string(), ss.str());
  }
  ActorTableBuild built = build_actor_table(texts);
  std::cout << built.tsv;
  if (!a.quiet) {
    for (const std::string& n : built.notes) std::cerr << "actor-table: " << n << '\n';
    std::cerr << "actor-table: " << built.names << " names, " << built.rows << " rows, " << built.tsv.size() << " bytes\n";
  }
  return 0;
}

const RegisterCommand reg{{"", "actor-table", "Write the actor table (lexicons/actors.tsv) from the Phoenix actor dictionaries",
  [](CLI::App& app) -> std::function<int()> {
    auto a = std::make_shared<ActorTableArgs>();
    app.add_option("dictionaries", a->inputs,
                   "PETRARCH actor dictionaries, or a directory holding the three Phoenix ones "
                   "(e.g. ../shared/data/petrarch_dicts)")
        ->required();
    app.add_flag("-q,--quiet", a->quiet, "Do not report what was repaired or left out");
    return [a] { return run_actor_table(*a); };
  }}};

}  // namespace
}  // namespace dateline::cli
