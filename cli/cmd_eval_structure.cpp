// dateline eval structure: how well the structure stage finds headlines, datelines and bodies,
// measured on corpora whose structure is known (docs/structure.md, "Evaluation"):
//   --reuters FILE.sgm...  Reuters-21578: TITLE, DATELINE and BODY are marked up, so the
//                          article is rebuilt as "TITLE\n\nDATELINE BODY" and the parts checked;
//   --bbc DIR              BBC News: line 1 is the headline, the rest is body with no
//                          boilerplate, captions or datelines.
#include <filesystem>
#include <fstream>
#include <sstream>

#include "dateline/corpus.hpp"
#include "dateline/error.hpp"
#include "dateline/ingest.hpp"
#include "dateline/normalize.hpp"
#include "dateline/structure.hpp"
#include "eval_report.hpp"

namespace dateline::cli {
namespace {

namespace fs = std::filesystem;

struct EvalStructureArgs {
  std::vector<std::string> reuters;
  std::string bbc;
  std::string format = "text";
};

struct Gold {
  std::string text, headline, place, body_start;
};

std::string collapse(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
      if (!out.empty() && out.back() != ' ') out += ' ';
    } else {
      out += c;
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

std::string lower(std::string s) {
  for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(ExitCode::bad_input, "cannot read " + path);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::vector<Gold> reuters_gold(const std::vector<std::string>& files) {
  std::vector<Gold> out;
  for (const auto& f : files) {
    for (auto& story : read_reuters_file(f)) {
      if (story.title.empty() || story.dateline.empty() || collapse(story.body).empty()) continue;
      Gold g;
      g.text = std::move(story.text);
      g.headline = story.title;
      g.place = lower(story.dateline.substr(0, story.dateline.find(',')));
      g.body_start = collapse(story.body).substr(0, 40);
      out.push_back(std::move(g));
    }
  }
  return out;
}

std::vector<Gold> bbc_gold(const std::string& dir) {
  if (!fs::is_directory(dir)) throw Error(ExitCode::bad_input, "no directory " + dir);
  std::vector<std::string> files;
  for (const auto& e : fs::recursive_directory_iterator(dir))
    if (e.is_regular_file() && e.path().extension() == ".txt") files.push_back(e.path().string());
  std::sort(files.begin(), files.end());
  std::vector<Gold> out;
  for (const auto& f : files) {
    Gold g;
    g.text = slurp(f);
    size_t nl = g.text.find('\n');
    g.headline = collapse(g.text.substr(0, nl));
    g.body_start = nl == std::string::npos ? "" : collapse(g.text.substr(nl)).substr(0, 40);
    out.push_back(std::move(g));
  }
  return out;
}

int run_eval_structure(const EvalStructureArgs& a) {
  if (a.reuters.empty() == a.bbc.empty())
    throw Error(ExitCode::usage, "give either --reuters FILE.sgm... or --bbc DIR");
  std::vector<Gold> gold = a.bbc.empty() ? reuters_gold(a.reuters) : bbc_gold(a.bbc);
  auto normalize = make_normalize_stage();
  size_t headline_ok = 0, dateline_found = 0, place_ok = 0, country = 0, body_ok = 0, spurious = 0;
  for (const auto& g : gold) {
    Document doc = document_from_text(g.text, "eval");
    normalize->process(doc);
    structure_article(doc);
    headline_ok += doc.headline && collapse(*doc.headline) == g.headline;
    if (doc.dateline) {
      ++dateline_found;
      country += !doc.dateline->country.empty();
      place_ok += !g.place.empty() && lower(doc.dateline->place.substr(0, doc.dateline->place.find(','))) == g.place;
    }
    body_ok += collapse(doc.text).starts_with(g.body_start);
    // Anything removed beyond what the corpus holds: BBC has no captions, bylines, datelines or
    // boilerplate; Reuters has only its "Reuter" sign-off.
    bool extra = !doc.captions.empty() || doc.byline || (a.reuters.empty() && doc.dateline);
    for (const auto& b : doc.boilerplate) extra |= b.reason != "agency-signoff" || a.reuters.empty();
    spurious += extra;
  }
  EvalReport report;
  report.title = a.bbc.empty() ? "Structure: Reuters-21578 (" + std::to_string(a.reuters.size()) + " files)"
                               : "Structure: BBC News (" + a.bbc + ")";
  double n = static_cast<double>(gold.size());
  report.add("headline_accuracy", percent(headline_ok, n));
  if (a.bbc.empty()) {
    report.add("dateline_recall", percent(dateline_found, n));
    report.add("dateline_place_accuracy", percent(place_ok, n));
    report.add("dateline_country_rate", percent(country, dateline_found));
  }
  report.add("body_start_accuracy", percent(body_ok, n));
  report.add("spurious_removals", percent(spurious, n));
  report.extra["articles"] = gold.size();
  report.notes.push_back(std::to_string(gold.size()) + " articles");
  print_eval_report(report, a.format);
  return 0;
}

const RegisterCommand reg{{"eval", "structure", "Headline, dateline and body detection on Reuters-21578 or BBC News",
  [](CLI::App& app) -> std::function<int()> {
    auto a = std::make_shared<EvalStructureArgs>();
    app.add_option("--reuters", a->reuters, "Reuters-21578 SGML files (reut2-*.sgm)");
    app.add_option("--bbc", a->bbc, "BBC News directory (line 1 headline, then paragraphs)");
    add_eval_format_option(app, a->format);
    return [a] { return run_eval_structure(*a); };
  }}};

}  // namespace
}  // namespace dateline::cli
