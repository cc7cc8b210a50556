// dateline eval html: main-text extraction scored against must/must-not snippets, following
// the trafilatura evaluation convention (docs/eval.md, docs/html.md).
#include <fmt/format.h>

#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include "dateline/error.hpp"
#include "dateline/html.hpp"
#include "dateline/text.hpp"
#include "eval_report.hpp"

namespace dateline::cli {
namespace {

bool is_unicode_space(char32_t c) {
  return c == ' ' || (c >= 0x09 && c <= 0x0D) || c == 0x1C || c == 0x1D || c == 0x1E || c == 0x1F || c == 0x85 ||
         c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F ||
         c == 0x205F || c == 0x3000;
}

// Every run of (Unicode) whitespace becomes one space, then trim — as Python's str.split() does.
std::string squeeze_spaces(std::string_view s) {
  std::string out;
  bool space = false;
  for (size_t i = 0; i < s.size();) {
    int len = 1;
    char32_t c = decode_utf8(s, i, &len);
    if (len < 1) len = 1;
    if (is_unicode_space(c)) {
      space = true;
    } else {
      if (space && !out.empty()) out.push_back(' ');
      space = false;
      out.append(s.substr(i, static_cast<size_t>(len)));
    }
    i += static_cast<size_t>(len);
  }
  return out;
}

std::string slurp(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

struct EvalHtmlArgs {
  std::string gold;
  std::string format = "text";
  bool show_misses = false;
};

int run_eval_html(const EvalHtmlArgs& a) {
  namespace fs = std::filesystem;
  fs::path expected_path = fs::path(a.gold) / "expected.json";
  if (!fs::exists(expected_path)) throw Error(ExitCode::bad_input, expected_path.string() + ": no such file");
  auto expected = nlohmann::json::parse(slurp(expected_path), nullptr, false);
  if (expected.is_discarded() || !expected.is_object())
    throw Error(ExitCode::bad_input, expected_path.string() + ": not a JSON object");
  size_t tp = 0, fp = 0, fn = 0, tn = 0, pages = 0, failed = 0;
  for (const auto& [name, gold] : expected.items()) {
    fs::path page = fs::path(a.gold) / "pages" / name;
    if (!fs::exists(page)) continue;
    ++pages;
    std::string text;
    try {
      text = squeeze_spaces(extract_html(slurp(page)).text);
    } catch (const Error& e) {
      ++failed;  // counts as an empty result: every `with` is missed, every `without` absent
      std::cerr << "dateline: " << name << ": " << e.what() << '\n';
    }
    for (const auto& s : gold.value("with", nlohmann::json::array())) {
      bool found = !text.empty() && text.find(squeeze_spaces(s.get<std::string>())) != std::string::npos;
      found ? ++tp : ++fn;
      if (!found && a.show_misses) std::cerr << "MISS " << name << ": " << s.get<std::string>() << '\n';
    }
    for (const auto& s : gold.value("without", nlohmann::json::array())) {
      bool found = !text.empty() && text.find(squeeze_spaces(s.get<std::string>())) != std::string::npos;
      found ? ++fp : ++tn;
      if (found && a.show_misses) std::cerr << "JUNK " << name << ": " << s.get<std::string>() << '\n';
    }
  }
  double p = percent(static_cast<double>(tp), static_cast<double>(tp + fp));
  double r = percent(static_cast<double>(tp), static_cast<double>(tp + fn));
  EvalReport report;
  report.title = "HTML main text: " + a.gold;
  report.add("precision", p);
  report.add("recall", r);
  report.add("f1", f1_of(p, r));
  report.add("accuracy", percent(static_cast<double>(tp + tn), static_cast<double>(tp + tn + fp + fn)));
  report.add("pages_count", static_cast<double>(pages));
  report.add("failed_count", static_cast<double>(failed));
  report.notes.push_back(fmt::format("snippets: {} TP, {} FP, {} FN, {} TN", tp, fp, fn, tn));
  print_eval_report(report, a.format);
  return 0;
}

const RegisterCommand reg{{"eval", "html", "Score HTML main-text extraction against with/without snippets",
  [](CLI::App& app) -> std::function<int()> {
    auto a = std::make_shared<EvalHtmlArgs>();
    app.add_option("--gold", a->gold, "Folder with expected.json and pages/ (trafilatura evaluation layout)")->required();
    app.add_flag("--show-misses", a->show_misses, "List missed and unwanted snippets on standard error");
    add_eval_format_option(app, a->format);
    return [a] { return run_eval_html(*a); };
  }}};

}  // namespace
}  // namespace dateline::cli
