#include "dateline/json.hpp"

#include "dateline/error.hpp"

namespace dateline {
namespace {

using json = nlohmann::ordered_json;

template <class T>
json optional_json(const std::optional<T>& v) {
  return v ? json(*v) : json(nullptr);
}

json actor_json(const EventActor& a) {
  return {{"entity", optional_json(a.entity)}, {"name", a.name}, {"code", a.code},
          {"country", a.country.empty() ? json(nullptr) : json(a.country)}, {"country_inferred", a.country_inferred}};
}

EventActor actor_from(const json& j) {
  EventActor a;
  if (!j.at("entity").is_null()) a.entity = j.at("entity").get<std::string>();
  a.name = j.value("name", "");
  a.code = j.value("code", "");
  if (j.contains("country") && !j["country"].is_null()) a.country = j["country"].get<std::string>();
  a.country_inferred = j.value("country_inferred", false);
  return a;
}

std::optional<std::string> opt_string(const json& j, const char* key) {
  if (!j.contains(key) || j[key].is_null()) return std::nullopt;
  return j[key].get<std::string>();
}

}  // namespace

json to_json(const Document& doc) {
  json j;
  j["schema"] = kSchemaVersion;
  j["id"] = doc.id;
  j["source"] = doc.source;
  j["date"] = optional_json(doc.date);
  j["date_source"] = doc.date && !doc.date_source.empty() ? json(doc.date_source) : json(nullptr);
  j["headline"] = optional_json(doc.headline);
  if (doc.dateline)
    j["dateline"] = {{"place", doc.dateline->place},
                     {"country", doc.dateline->country.empty() ? json(nullptr) : json(doc.dateline->country)}};
  else
    j["dateline"] = nullptr;
  j["byline"] = optional_json(doc.byline);
  j["captions"] = json::array();
  for (const auto& c : doc.captions) j["captions"].push_back({{"text", c.text}, {"credit", c.credit}});
  j["boilerplate"] = json::array();
  for (const auto& b : doc.boilerplate) j["boilerplate"].push_back({{"text", b.text}, {"reason", b.reason}});
  j["text"] = doc.text;
  j["paragraphs"] = json::array();
  for (const auto& p : doc.paragraphs) j["paragraphs"].push_back({{"start", p.start}, {"end", p.end}});
  json& sentences = j["sentences"] = json::array();
  for (const auto& s : doc.sentences) {
    json tokens = json::array();
    for (const auto& t : s.tokens) {
      json tj = {{"start", t.start}, {"end", t.end}, {"text", t.text}, {"upos", t.upos}, {"xpos", t.xpos},
                 {"lemma", t.lemma}, {"head", t.head}, {"deprel", t.deprel}};
      if (!t.feats.empty()) tj["feats"] = t.feats;
      if (t.joins_next) tj["joins_next"] = true;
      tokens.push_back(std::move(tj));
    }
    sentences.push_back({{"start", s.start}, {"end", s.end}, {"tokens", std::move(tokens)}});
  }
  json& entities = j["entities"] = json::array();
  for (const auto& e : doc.entities) {
    json mentions = json::array();
    for (const auto& m : e.mentions) mentions.push_back({{"start", m.start}, {"end", m.end}, {"text", m.text}});
    entities.push_back({{"id", e.id}, {"name", e.name}, {"type", e.type},
                        {"country", e.country.empty() ? json(nullptr) : json(e.country)},
                        {"role", e.role.empty() ? json(nullptr) : json(e.role)},
                        {"sector", e.sector.empty() ? json(nullptr) : json(e.sector)},
                        {"igo", e.igo.empty() ? json(nullptr) : json(e.igo)},
                        {"country_source", e.country_source.empty() ? json(nullptr) : json(e.country_source)},
                        {"mentions", std::move(mentions)}});
  }
  json& quotes = j["quotes"] = json::array();
  for (const auto& q : doc.quotes)
    quotes.push_back({{"speaker", optional_json(q.speaker)}, {"speaker_name", optional_json(q.speaker_name)},
                      {"cue", optional_json(q.cue)}, {"addressee", optional_json(q.addressee)},
                      {"kind", q.kind}, {"start", q.start}, {"end", q.end}, {"text", q.text}});
  json& events = j["events"] = json::array();
  for (const auto& e : doc.events)
    events.push_back({{"source", actor_json(e.source)},
                      {"target", e.target ? actor_json(*e.target) : json(nullptr)},
                      {"cameo", e.cameo}, {"plover", e.plover},
                      {"mode", e.mode.empty() ? json(nullptr) : json(e.mode)},
                      {"quad_class", e.quad_class}, {"goldstein", e.goldstein},
                      {"date", optional_json(e.date)},
                      {"date_source", e.date && !e.date_source.empty() ? json(e.date_source) : json(nullptr)},
                      {"place", optional_json(e.place)},
                      {"sentence", e.sentence},
                      {"evidence", {{"start", e.evidence.start}, {"end", e.evidence.end}, {"text", e.evidence.text}}}});
  json& models = j["models"] = json::object();
  for (const auto& m : doc.models) models[m.name] = {{"file", m.file}, {"crc32", m.crc32}};
  if (!doc.warnings.empty()) j["warnings"] = doc.warnings;
  if (doc.encoding != "UTF-8") j["encoding"] = doc.encoding;
  return j;
}

Document document_from_json(const json& j) try {
  if (j.value("schema", "") != kSchemaVersion)
    throw Error(ExitCode::bad_input, "not a " + std::string(kSchemaVersion) + " document");
  Document d;
  d.id = j.at("id").get<std::string>();
  d.source = j.at("source").get<std::string>();
  d.date = opt_string(j, "date");
  d.date_source = opt_string(j, "date_source").value_or("");
  d.headline = opt_string(j, "headline");
  if (!j.at("dateline").is_null())
    d.dateline = DatelineInfo{j["dateline"].at("place").get<std::string>(),
                              opt_string(j["dateline"], "country").value_or("")};
  d.byline = opt_string(j, "byline");
  for (const auto& c : j.at("captions")) d.captions.push_back({c.at("text"), c.at("credit")});
  for (const auto& b : j.at("boilerplate")) d.boilerplate.push_back({b.at("text"), b.at("reason")});
  d.text = j.at("text").get<std::string>();
  for (const auto& p : j.at("paragraphs")) d.paragraphs.push_back({p.at("start"), p.at("end")});
  for (const auto& s : j.at("sentences")) {
    Sentence sent{s.at("start"), s.at("end"), {}};
    for (const auto& t : s.at("tokens")) {
      Token tok;
      tok.start = t.at("start");
      tok.end = t.at("end");
      tok.text = t.at("text");
      tok.upos = t.value("upos", "");
      tok.xpos = t.value("xpos", "");
      tok.lemma = t.value("lemma", "");
      tok.feats = t.value("feats", "");
      tok.head = t.value("head", -1);
      tok.deprel = t.value("deprel", "");
      tok.joins_next = t.value("joins_next", false);
      sent.tokens.push_back(std::move(tok));
    }
    d.sentences.push_back(std::move(sent));
  }
  for (const auto& e : j.at("entities")) {
    Entity ent;
    ent.id = e.at("id");
    ent.name = e.at("name");
    ent.type = e.at("type");
    ent.country = opt_string(e, "country").value_or("");
    ent.role = opt_string(e, "role").value_or("");
    ent.sector = opt_string(e, "sector").value_or("");
    ent.igo = opt_string(e, "igo").value_or("");
    ent.country_source = opt_string(e, "country_source").value_or("");
    for (const auto& m : e.at("mentions")) ent.mentions.push_back({m.at("start"), m.at("end"), m.at("text")});
    d.entities.push_back(std::move(ent));
  }
  for (const auto& q : j.at("quotes")) {
    Quote quote;
    quote.speaker = opt_string(q, "speaker");
    quote.speaker_name = opt_string(q, "speaker_name");
    quote.cue = opt_string(q, "cue");
    quote.addressee = opt_string(q, "addressee");
    quote.kind = q.at("kind");
    quote.start = q.at("start");
    quote.end = q.at("end");
    quote.text = q.at("text");
    d.quotes.push_back(std::move(quote));
  }
  for (const auto& e : j.at("events")) {
    Event ev;
    ev.source = actor_from(e.at("source"));
    if (!e.at("target").is_null()) ev.target = actor_from(e["target"]);
    ev.cameo = e.at("cameo");
    ev.plover = e.value("plover", "");
    ev.mode = opt_string(e, "mode").value_or("");
    ev.quad_class = e.value("quad_class", 0);
    ev.goldstein = e.value("goldstein", 0.0);
    ev.date = opt_string(e, "date");
    ev.date_source = opt_string(e, "date_source").value_or("");
    ev.place = opt_string(e, "place");
    ev.sentence = e.value("sentence", -1);
    const auto& ev_j = e.at("evidence");
    ev.evidence = {ev_j.at("start"), ev_j.at("end"), ev_j.at("text")};
    d.events.push_back(std::move(ev));
  }
  // Documents stored before models were recorded have no "models".
  if (j.contains("models"))
    for (const auto& [name, m] : j["models"].items()) d.models.push_back({name, m.at("file"), m.at("crc32")});
  if (j.contains("warnings")) d.warnings = j["warnings"].get<std::vector<std::string>>();
  d.encoding = j.value("encoding", "UTF-8");
  return d;
} catch (const nlohmann::ordered_json::exception& e) {
  throw Error(ExitCode::bad_input, std::string("malformed document JSON: ") + e.what());
}

}  // namespace dateline
