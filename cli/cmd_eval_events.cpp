// dateline eval events: the PETRARCH unit-test records coded with their own (validation)
// dictionaries, from the records' sentences only (dateline parses them itself).
#include <filesystem>
#include <cctype>
#include <fstream>
#include <map>
#include <sstream>

#include "dateline/error.hpp"
#include "dateline/events.hpp"
#include "dateline/ingest.hpp"
#include "dateline/stage.hpp"
#include "eval_report.hpp"

namespace dateline::cli {
namespace {

struct Record {
  std::string id, date, text;
  std::multiset<std::string> expected;  // "SRC>TGT:CODE"
  bool require_dyad = true;             // the suite's <Config option="require_dyad"> in force
};

std::string attribute(const std::string& tag, const std::string& name) {
  size_t at = tag.find(name);
  while (at != std::string::npos) {
    size_t q = tag.find('"', at + name.size());
    size_t eq = tag.find('=', at + name.size());
    if (eq != std::string::npos && q != std::string::npos && eq < q) {
      size_t end = tag.find('"', q + 1);
      if (end == std::string::npos) return "";
      return tag.substr(q + 1, end - q - 1);
    }
    at = tag.find(name, at + 1);
  }
  return "";
}

bool config_true(std::string value) {
  for (auto& c : value) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return value != "false" && value != "0";
}

// The suite's <Config> settings hold from where they stand until changed, as in PETRARCH's
// validation run: require_dyad=false codes one-sided events (target "---") in the records after it.
bool dyad_setting(const std::string& xml, size_t from, size_t to, bool current) {
  for (size_t c = xml.find("<Config", from); c < to; c = xml.find("<Config", c + 1)) {
    std::string tag = xml.substr(c, xml.find('>', c) - c);
    if (attribute(tag, "option") == "require_dyad") current = config_true(attribute(tag, "value"));
  }
  return current;
}

std::vector<Record> read_records(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(ExitCode::bad_input, "cannot read records file " + path);
  std::stringstream ss;
  ss << in.rdbuf();
  const std::string xml = ss.str();
  std::vector<Record> records;
  size_t pos = 0, scanned = 0;
  bool require_dyad = true;
  while ((pos = xml.find("<Sentence ", pos)) != std::string::npos) {
    require_dyad = dyad_setting(xml, scanned, pos, require_dyad);
    size_t close = xml.find("</Sentence>", pos);
    if (close == std::string::npos) throw Error(ExitCode::bad_input, path + ": unclosed <Sentence>");
    std::string body = xml.substr(pos, close - pos);
    std::string open = body.substr(0, body.find('>'));
    Record r;
    r.require_dyad = require_dyad;
    r.id = attribute(open, "id");
    std::string d = attribute(open, "date");
    if (d.size() == 8) r.date = d.substr(0, 4) + "-" + d.substr(4, 2) + "-" + d.substr(6, 2);
    for (size_t e = body.find("<EventCoding"); e != std::string::npos; e = body.find("<EventCoding", e + 1)) {
      std::string tag = body.substr(e, body.find('>', e) - e);
      std::string code = attribute(tag, "eventcode");
      if (!code.empty()) r.expected.insert(attribute(tag, "sourcecode") + ">" + attribute(tag, "targetcode") + ":" + code);
    }
    size_t t0 = body.find("<Text>"), t1 = body.find("</Text>");
    if (t0 == std::string::npos || t1 == std::string::npos) throw Error(ExitCode::bad_input, path + ": record " + r.id + " has no <Text>");
    std::string text = body.substr(t0 + 6, t1 - t0 - 6);
    // The records are hard-wrapped: one sentence, lines joined by spaces.
    std::string joined;
    for (char c : text) {
      if (c == '\n' || c == '\r' || c == '\t') c = ' ';
      if (c == ' ' && (joined.empty() || joined.back() == ' ')) continue;
      joined += c;
    }
    while (!joined.empty() && joined.back() == ' ') joined.pop_back();
    r.text = joined;
    records.push_back(std::move(r));
    pos = scanned = close;
  }
  if (records.empty()) throw Error(ExitCode::bad_input, path + ": no <Sentence> records");
  return records;
}

struct EvalArgs {
  std::string records, dict_dir, models, format = "text";
  bool show = false;
  bool news_conventions = false;
  int parse_beam = 0;
};

int run_eval(const EvalArgs& a) {
  auto records = read_records(a.records);
  PipelineOptions popts;
  popts.models_dir = a.models;
  popts.parse_beam = a.parse_beam;
  popts.petrarch_conventions = !a.news_conventions;
  popts.stages = {"normalize", "tokenize", "tag", "lemmatize", "parse"};
  namespace fs = std::filesystem;
  auto dict = [&](const char* name) {
    fs::path p = fs::path(a.dict_dir) / name;
    if (!fs::exists(p)) throw Error(ExitCode::bad_input, "no " + p.string());
    return p.string();
  };
  popts.verbs_dict = dict("PETR.Validate.verbs.txt");
  popts.actors_dict = dict("PETR.Validate.actors.txt");
  popts.agents_dict = dict("PETR.Validate.agents.txt");
  popts.discards_dict = dict("PETR.Validate.discards.txt");
  Pipeline pipeline = Pipeline::standard(popts);
  EventDictionaries dicts = EventDictionaries::load(popts);
  dicts.builtin_verbs_too = false;  // the suite is coded with its own dictionaries only
  EventCoder dyad_coder(dicts);
  dicts.require_target = false;
  EventCoder one_sided_coder(dicts);

  size_t exact = 0, tp = 0, predicted = 0, gold = 0;
  for (const auto& r : records) {
    ReadOptions ro;
    ro.date = r.date;
    Document doc = document_from_text(r.text, r.id, ro);
    pipeline.run(doc);
    (r.require_dyad ? dyad_coder : one_sided_coder).code(doc);
    std::multiset<std::string> got;
    for (const auto& e : doc.events) got.insert(e.source.code + ">" + (e.target ? e.target->code : "---") + ":" + e.cameo);
    std::multiset<std::string> remaining = r.expected;
    size_t hit = 0;
    for (const auto& g : got)
      if (auto it = remaining.find(g); it != remaining.end()) {
        remaining.erase(it);
        ++hit;
      }
    tp += hit;
    predicted += got.size();
    gold += r.expected.size();
    bool ok = hit == got.size() && hit == r.expected.size();
    if (ok) ++exact;
    if (a.show && !ok) {
      std::string exp, out;
      for (const auto& x : r.expected) exp += x + " ";
      for (const auto& x : got) out += x + " ";
      std::cerr << r.id << "\texpected: " << exp << "\tgot: " << out << "\t" << r.text << "\n";
    }
  }
  EvalReport report;
  report.title = "Events: " + fs::path(a.records).filename().string() + " (own parse, validation dictionaries)";
  report.add("records_exact", static_cast<double>(exact));
  report.add("records_total", static_cast<double>(records.size()));
  double p = percent(static_cast<double>(tp), static_cast<double>(predicted));
  double rc = percent(static_cast<double>(tp), static_cast<double>(gold));
  report.add("precision", p);
  report.add("recall", rc);
  report.add("f1", f1_of(p, rc));
  report.notes.push_back("stages used: " + [&] {
    std::string s;
    for (const auto& n : pipeline.stage_names()) s += n + " ";
    return s;
  }());
  print_eval_report(report, a.format);
  return 0;
}

const RegisterCommand reg{{"eval", "events", "Code the PETRARCH unit-test records and score the events",
  [](CLI::App& app) -> std::function<int()> {
    auto a = std::make_shared<EvalArgs>();
    app.add_option("--records", a->records, "PETR.UnitTest.records.xml")->required();
    app.add_option("--dict-dir", a->dict_dir, "Directory holding the PETR.Validate.* dictionaries")->required();
    app.add_option("--models", a->models, "Directory of trained models");
    add_parse_beam_option(app, a->parse_beam);
    app.add_flag("--news-conventions", a->news_conventions,
                 "Code with dateline's news conventions (no future or conditional acts ...); the suite is written to PETRARCH's");
    app.add_flag("--show-errors", a->show, "Print every record not coded exactly (to standard error)");
    add_eval_format_option(app, a->format);
    return [a] { return run_eval(*a); };
  }}};

}  // namespace
}  // namespace dateline::cli
