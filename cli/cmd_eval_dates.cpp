// dateline eval dates: how many articles get their date from their source (docs/store.md).
//   --reuters PATH...  Reuters-21578 .sgm files (or folders of them): the share of stories
//                      dated by their <DATE>, and by the dateline where <DATE> fails.
//   --html DIR         a folder in the trafilatura evaluation layout (expected.json, pages/):
//                      every page whose markup declares a date, and whether it was got; the
//                      annotators' `date` is compared too where there is one.
#include <fmt/format.h>

#include <filesystem>
#include <iostream>
#include <map>

#include "dateline/corpus.hpp"
#include "dateline/error.hpp"
#include "dateline/html.hpp"
#include "dateline/normalize.hpp"
#include "dateline/structure.hpp"
#include "eval_report.hpp"

namespace dateline::cli {
namespace {

struct EvalDatesArgs {
  std::vector<std::string> reuters;
  std::string html;
  std::string format = "text";
  bool list = false;
};

int run_reuters(const EvalDatesArgs& a) {
  std::vector<CorpusFailure> missing;
  std::vector<std::string> files;
  for (const auto& f : list_corpus_files(a.reuters, missing))
    if (format_from_name(f) == InputFormat::sgm) files.push_back(f);
  for (const auto& m : missing) std::cerr << "dateline: " << m.source << ": " << m.reason << '\n';
  if (files.empty()) throw Error(ExitCode::bad_input, "no .sgm files under the given paths");
  auto normalize = make_normalize_stage();
  size_t stories = 0, corrupt = 0, unreadable = 0;
  std::map<std::string, size_t> by_source;
  for (const auto& file : files) {
    read_corpus_file(
        file,
        [&](CorpusItem&& item) {
          ++stories;
          try {
            // As `read` and `ingest` read it, up to the structure stage (which may take the
            // dateline's date when <DATE> gives none).
            Document doc = document_from_item(item);
            normalize->process(doc);
            structure_article(doc);
            ++by_source[doc.date ? doc.date_source : "none"];
            if (a.list && doc.date_source != "sgm")
              std::cerr << item.source << ": " << (doc.date ? *doc.date + " from " + doc.date_source : "no date")
                        << (item.warnings.empty() ? "" : " (" + item.warnings.front() + ")") << '\n';
          } catch (const Error& e) {
            ++unreadable;  // the reader's message already names the story
            std::cerr << "dateline: " << e.what() << '\n';
          }
        },
        [&](CorpusFailure&& f) {
          ++stories;
          ++corrupt;
          std::cerr << "dateline: " << f.source << ": " << f.reason << '\n';
        });
  }
  EvalReport report;
  report.title = fmt::format("Article dates: Reuters-21578 ({} files)", files.size());
  double n = static_cast<double>(stories);
  report.add("date_from_source", percent(static_cast<double>(by_source["sgm"]), n));
  report.add("dated", percent(n - static_cast<double>(by_source["none"] + corrupt + unreadable), n));
  report.add_count("stories_count", stories);
  report.add_count("corrupt_count", corrupt);
  for (const auto& [source, count] : by_source) {
    report.add_count("date_source_" + source + "_count", count);
  }
  report.notes.push_back("date_from_source: stories dated by their <DATE>; dated: by <DATE> or, failing it, the dateline");
  print_eval_report(report, a.format);
  return 0;
}

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// The value of attribute `name` in one start tag (raw bytes, quotes optional); empty if none.
std::string tag_attribute(std::string_view tag, std::string_view name) {
  std::string low = lower(tag);
  for (size_t at = low.find(name); at != std::string::npos; at = low.find(name, at + 1)) {
    if (at == 0 || !(low[at - 1] == ' ' || low[at - 1] == '\t' || low[at - 1] == '\n')) continue;
    size_t i = at + name.size();
    while (i < low.size() && low[i] == ' ') ++i;
    if (i >= low.size() || low[i] != '=') continue;
    ++i;
    while (i < low.size() && low[i] == ' ') ++i;
    if (i >= low.size()) return {};
    char quote = low[i] == '"' || low[i] == '\'' ? low[i] : ' ';
    size_t start = quote == ' ' ? i : i + 1;
    size_t end = tag.find_first_of(quote == ' ' ? std::string_view(" >") : std::string_view(&quote, 1), start);
    return std::string(tag.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start));
  }
  return {};
}

// A value that holds a year of the web's time (19xx or 20xx): a date, in some format.
bool has_year(std::string_view v) {
  for (size_t i = 0; i + 4 <= v.size(); ++i) {
    bool four = true;
    for (size_t k = 0; k < 4; ++k) four = four && std::isdigit(static_cast<unsigned char>(v[i + k]));
    bool alone = (i == 0 || !std::isdigit(static_cast<unsigned char>(v[i - 1]))) &&
                 (i + 4 == v.size() || !std::isdigit(static_cast<unsigned char>(v[i + 4])));
    if (four && alone && (v.substr(i, 2) == "19" || v.substr(i, 2) == "20")) return true;
  }
  return false;
}

// How the page's markup declares a date, found with a scan of its own (not the extractor's
// rules, so that a declaration the extractor misses shows up): meta tags whose name speaks of
// a date, time or publication and whose value holds a year, JSON-LD date keys, <time
// datetime>, a date in the canonical URL. Empty when the page declares none.
std::vector<std::string> declared_dates(std::string_view page) {
  std::vector<std::string> found;
  auto add = [&](std::string what) {
    if (std::find(found.begin(), found.end(), what) == found.end()) found.push_back(std::move(what));
  };
  std::string low = lower(page);
  for (size_t at = low.find("<meta"); at != std::string::npos; at = low.find("<meta", at + 5)) {
    size_t end = low.find('>', at);
    if (end == std::string::npos) break;
    std::string_view tag = page.substr(at, end - at);
    std::string key;
    for (const char* attr : {"property", "name", "itemprop", "http-equiv"})
      if (key.empty()) key = lower(tag_attribute(tag, attr));
    std::string value = tag_attribute(tag, "content");
    if (value.empty()) value = tag_attribute(tag, "datetime");
    bool datey = key.find("date") != std::string::npos || key.find("time") != std::string::npos ||
                 key.find("publish") != std::string::npos || key.find("modified") != std::string::npos;
    bool noise = key.find("validate") != std::string::npos || key.find("label") != std::string::npos ||
                 key.find("data") != std::string::npos;
    if (datey && !noise && has_year(value)) add("meta " + key);
  }
  for (std::string_view key : {"\"datepublished\"", "\"datecreated\"", "\"datemodified\""}) {
    size_t at = low.find(key);
    if (at != std::string::npos && has_year(std::string_view(page).substr(at + key.size(), 40)))
      add("json " + std::string(key.substr(1, key.size() - 2)));
  }
  for (size_t at = low.find("<time"); at != std::string::npos; at = low.find("<time", at + 5)) {
    size_t end = low.find('>', at);
    if (end == std::string::npos) break;
    if (low[at + 5] != ' ' && low[at + 5] != '\n' && low[at + 5] != '\t') continue;  // <time-ago> is another element
    if (has_year(tag_attribute(page.substr(at, end - at), "datetime"))) {
      add("<time datetime>");
      break;
    }
  }
  for (size_t at = low.find("<link"); at != std::string::npos; at = low.find("<link", at + 5)) {
    size_t end = low.find('>', at);
    if (end == std::string::npos) break;
    std::string_view tag = page.substr(at, end - at);
    if (lower(tag_attribute(tag, "rel")) == "canonical" && url_date(tag_attribute(tag, "href"))) add("url");
  }
  return found;
}

int run_html(const EvalDatesArgs& a) {
  namespace fs = std::filesystem;
  fs::path expected_path = fs::path(a.html) / "expected.json";
  std::string expected_text;
  try {
    expected_text = read_input_bytes(expected_path.string(), size_t{1} << 30);
  } catch (const Error& e) {
    throw Error(ExitCode::bad_input, e.what());
  }
  auto expected = nlohmann::json::parse(expected_text, nullptr, false);
  if (expected.is_discarded() || !expected.is_object())
    throw Error(ExitCode::bad_input, expected_path.string() + ": not a JSON object");
  size_t pages = 0, declaring = 0, got_declared = 0, got_any = 0, gold_dated = 0, gold_got = 0, gold_equal = 0;
  std::map<std::string, size_t> by_source;
  for (const auto& [name, gold] : expected.items()) {
    fs::path page_path = fs::path(a.html) / "pages" / name;
    if (!fs::exists(page_path)) continue;
    ++pages;
    std::string page = read_input_bytes(page_path.string(), size_t{1} << 30);
    HtmlArticle article;
    try {
      article = extract_html(page);
    } catch (const Error& e) {
      std::cerr << "dateline: " << name << ": " << e.what() << '\n';
    }
    std::vector<std::string> declared = declared_dates(page);
    std::string gold_date = gold.value("date", "");
    if (article.date) {
      ++got_any;
      ++by_source[article.date_source];
    }
    if (!declared.empty()) {
      ++declaring;
      got_declared += article.date.has_value();
    }
    if (!gold_date.empty()) {
      ++gold_dated;
      gold_got += article.date.has_value();
      gold_equal += article.date == gold_date;
    }
    if (a.list && (!declared.empty() || !gold_date.empty())) {
      std::string markers;
      for (const auto& d : declared) markers += (markers.empty() ? "" : ", ") + d;
      std::cout << fmt::format("{}\t{}\t{}\tgold {}\tdeclares: {}\n", article.date ? "GOT " : "MISS", name,
                               article.date ? *article.date + " (" + article.date_source + ")" : "-",
                               gold_date.empty() ? "-" : gold_date, markers.empty() ? "nothing" : markers);
    }
  }
  EvalReport report;
  report.title = "Article dates: HTML pages (" + a.html + ")";
  double d = static_cast<double>(declaring);
  report.add("declared_got", percent(static_cast<double>(got_declared), d));
  report.add("gold_got", percent(static_cast<double>(gold_got), static_cast<double>(gold_dated)));
  report.add("gold_equal", percent(static_cast<double>(gold_equal), static_cast<double>(gold_dated)));
  report.add_count("pages_count", pages);
  report.add_count("declaring_count", declaring);
  report.add_count("dated_count", got_any);
  report.add_count("gold_dated_count", gold_dated);
  for (const auto& [source, count] : by_source) report.add_count("date_source_" + source + "_count", count);
  report.notes.push_back("declared_got: pages whose markup declares a date (meta, JSON-LD, <time datetime>, "
                         "canonical URL) that got one; gold_*: pages the annotators dated");
  if (a.list) std::cout << '\n';
  print_eval_report(report, a.format);
  return 0;
}

int run_eval_dates(const EvalDatesArgs& a) {
  if (a.reuters.empty() == a.html.empty()) throw Error(ExitCode::usage, "give either --reuters PATH... or --html DIR");
  return a.reuters.empty() ? run_html(a) : run_reuters(a);
}

const RegisterCommand reg{{"eval", "dates", "How many articles get their date from their source (Reuters .sgm, HTML pages)",
  [](CLI::App& app) -> std::function<int()> {
    auto a = std::make_shared<EvalDatesArgs>();
    app.add_option("--reuters", a->reuters, "Reuters-21578 .sgm files or folders holding them");
    app.add_option("--html", a->html, "Folder with expected.json and pages/ (trafilatura evaluation layout)");
    app.add_flag("--list", a->list,
                 "--html: one line per page that declares a date or has a gold one (standard output); "
                 "--reuters: every story not dated by its <DATE> (standard error)");
    add_eval_format_option(app, a->format);
    return [a] { return run_eval_dates(*a); };
  }}};

}  // namespace
}  // namespace dateline::cli
