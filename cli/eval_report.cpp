#include "eval_report.hpp"

#include <fmt/format.h>

#include <cmath>
#include <iostream>

#include "dateline/json.hpp"
#include "terminal.hpp"

namespace dateline::cli {

void add_eval_format_option(CLI::App& app, std::string& format) {
  app.add_option("--format", format, "Output: text (a table) or json")
      ->check(CLI::IsMember({"text", "json"}))
      ->capture_default_str();
}

void print_eval_report(const EvalReport& report, const std::string& format) {
  if (format == "json") {
    nlohmann::ordered_json j = nlohmann::ordered_json::object();
    for (const auto& [k, v] : report.metrics) {
      if (report.is_count(k))
        j[k] = static_cast<long long>(std::llround(v));
      else
        j[k] = std::round(v * 100.0) / 100.0;
    }
    for (const auto& [k, v] : report.extra.items()) j[k] = v;
    std::cout << dump_json(j, 2) << '\n';
    return;
  }
  Style st = stdout_style();
  std::cout << st.bold(report.title) << '\n';
  size_t width = 8;
  for (const auto& [k, v] : report.metrics) width = std::max(width, k.size());
  for (const auto& [k, v] : report.metrics) {
    bool is_count = report.is_count(k) || k.find("total") != std::string::npos || k.find("exact") != std::string::npos ||
                    k.ends_with("_count");  // not "country"
    std::cout << fmt::format("  {:<{}}  {:>8}\n", k, width,
                             is_count ? fmt::format("{:.0f}", v) : fmt::format("{:.2f}", v));
  }
  for (const auto& n : report.notes) std::cout << st.dim("  " + n) << '\n';
}

}  // namespace dateline::cli
