// dateline: reads news and turns it into structured, attributed facts.
#include <iostream>
#include <map>

#include "command.hpp"
#include "dateline/error.hpp"

namespace dateline::cli {

std::vector<Command>& registry() {
  static std::vector<Command> commands;
  return commands;
}

}  // namespace dateline::cli

int main(int argc, char** argv) {
  using namespace dateline;
  CLI::App app{"dateline: reads news and turns it into structured, attributed facts.\n"
               "Exit codes: 0 ok, 1 some inputs failed, 2 usage error, 3 bad input,\n"
               "4 missing or broken model/dictionary, 70 internal error.",
               "dateline"};
  app.require_subcommand(1);
  app.set_version_flag("--version", "dateline 0.1.0");

  std::map<std::string, CLI::App*> groups;
  std::vector<std::pair<CLI::App*, std::function<int()>>> runners;
  auto group = [&](const std::string& name) {
    auto it = groups.find(name);
    if (it != groups.end()) return it->second;
    static const std::map<std::string, std::string> descriptions = {
        {"eval", "Measure accuracy on a gold corpus"}, {"train", "Train a model"},
        {"export", "Write the contents of a database in other formats"}};
    auto d = descriptions.count(name) ? descriptions.at(name) : name;
    CLI::App* g = app.add_subcommand(name, d);
    g->require_subcommand(1);
    groups[name] = g;
    return g;
  };
  auto commands = cli::registry();
  std::sort(commands.begin(), commands.end(), [](const auto& a, const auto& b) {
    return std::tie(a.parent, a.name) < std::tie(b.parent, b.name);
  });
  for (const auto& c : commands) {
    CLI::App* parent = c.parent.empty() ? &app : group(c.parent);
    CLI::App* sub = parent->add_subcommand(c.name, c.description);
    runners.emplace_back(sub, c.setup(*sub));
  }

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    app.exit(e);
    return static_cast<int>(ExitCode::usage);
  }
  try {
    for (auto& [sub, run] : runners)
      if (sub->parsed()) return run();
  } catch (const Error& e) {
    std::cerr << "dateline: error: " << e.what() << '\n';
    return static_cast<int>(e.code());
  } catch (const std::exception& e) {
    std::cerr << "dateline: internal error: " << e.what() << '\n';
    return static_cast<int>(ExitCode::internal);
  }
  return static_cast<int>(ExitCode::usage);
}
