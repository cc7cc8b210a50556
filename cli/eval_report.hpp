// The shared output convention of every `dateline eval` command (docs/eval.md): a readable
// table by default, one JSON object of the same figures with --format json. Percentages 0–100.
#pragma once

#include <nlohmann/json.hpp>

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "command.hpp"

namespace dateline::cli {

struct EvalReport {
  std::string title;                                 // e.g. "Tokenization: en_ewt-ud-test.conllu"
  std::vector<std::pair<std::string, double>> metrics;  // key (docs/eval.md) → value
  nlohmann::ordered_json extra = nlohmann::ordered_json::object();  // nested figures, e.g. per_type
  std::vector<std::string> notes;                    // printed under the table, not in JSON
  std::vector<std::string> counts;                   // keys of metrics that are whole numbers

  void add(const std::string& key, double value) { metrics.emplace_back(key, value); }
  // A count: printed without decimals, a JSON integer.
  void add_count(const std::string& key, size_t value) {
    metrics.emplace_back(key, static_cast<double>(value));
    counts.push_back(key);
  }
  bool is_count(const std::string& key) const {
    return std::find(counts.begin(), counts.end(), key) != counts.end();
  }
};

// Adds --format text|json to an eval command.
void add_eval_format_option(CLI::App& app, std::string& format);

// Prints the report in the chosen format on standard output.
void print_eval_report(const EvalReport& report, const std::string& format);

// 100 * a / b, or 0 when b is 0; and the F1 of precision p and recall r (both in percent).
inline double percent(double a, double b) { return b > 0 ? 100.0 * a / b : 0.0; }
inline double f1_of(double p, double r) { return p + r > 0 ? 2 * p * r / (p + r) : 0.0; }

}  // namespace dateline::cli
