// The "events" pipeline stage and the loading of its dictionaries.
#include "dateline/error.hpp"
#include "dateline/events.hpp"
#include "dateline/gazetteer.hpp"

namespace dateline {
namespace {

class EventsStage : public Stage {
 public:
  explicit EventsStage(EventDictionaries d) : coder_(std::move(d)) {}
  std::string_view name() const override { return "events"; }
  void process(Document& doc) const override { coder_.code(doc); }

 private:
  EventCoder coder_;
};

std::vector<std::string> split_list(const std::string& s) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start <= s.size()) {
    size_t comma = s.find(',', start);
    std::string part = s.substr(start, comma == std::string::npos ? std::string::npos : comma - start);
    if (!part.empty()) out.push_back(part);
    if (comma == std::string::npos) break;
    start = comma + 1;
  }
  return out;
}

}  // namespace

EventDictionaries EventDictionaries::load(const PipelineOptions& o) {
  EventDictionaries d;
  if (!o.verbs_dict.empty()) d.verbs = std::make_shared<petrarch::VerbDictionary>(petrarch::read_verbs(o.verbs_dict));
  if (!o.actors_dict.empty()) {
    auto actors = std::make_shared<petrarch::ActorDictionary>();
    for (const auto& path : split_list(o.actors_dict)) petrarch::read_actors(path, *actors);
    d.actors = actors;
  }
  if (!o.agents_dict.empty()) d.agents = std::make_shared<petrarch::AgentDictionary>(petrarch::read_agents(o.agents_dict));
  if (!o.discards_dict.empty())
    d.discards = std::make_shared<petrarch::DiscardDictionary>(petrarch::read_discards(o.discards_dict));
  if (!o.home_country.empty() && !gazetteer::country_name(o.home_country))
    throw Error(ExitCode::usage, "home country must be an ISO 3166 alpha-3 code the gazetteer knows (e.g. GBR), got '" +
                                     o.home_country + "'");
  d.home_country = o.home_country;
  d.news_conventions = !o.petrarch_conventions;
  return d;
}

std::unique_ptr<Stage> make_events_stage(const PipelineOptions& options) {
  return std::make_unique<EventsStage>(EventDictionaries::load(options));
}

}  // namespace dateline
