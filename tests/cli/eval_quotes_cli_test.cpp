// `dateline eval quotes`: how reports nested in another report's content are projected onto
// PolNeAR's one role per word, on a two-paragraph split written here (brat standoff).
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "test_helpers.hpp"

namespace dateline::testing {
namespace {
namespace fs = std::filesystem;

// A coordinated second report ("and said ...") that PolNeAR marks apart from the first, and a
// partial quote that it leaves inside the outer content.
const std::string kText =
    "Ortiz says the mayor promised new buses and said the bridge would reopen in May.\n\n"
    "Ortiz says the plan is what critics call \"a fraud\".\n";

std::string span_line(const std::string& id, const std::string& label, const std::string& piece, size_t from = 0) {
  size_t at = kText.find(piece, from);
  return id + "\t" + label + " " + std::to_string(at) + " " + std::to_string(at + piece.size()) + "\t" + piece + "\n";
}

std::string write_split() {
  fs::path dir = fs::path(scratch_dir()) / "polnear_nested";
  fs::create_directories(dir / "text");
  fs::create_directories(dir / "attributions");
  std::ofstream(dir / "text" / "nested.txt") << kText;
  const size_t second = kText.find("\n\n");
  std::ofstream ann(dir / "attributions" / "nested_a1.ann");
  ann << span_line("T1", "Source", "Ortiz") << span_line("T2", "Cue", "says")
      << span_line("T3", "Content", "the mayor promised new buses") << span_line("T4", "Cue", "said")
      << span_line("T5", "Content", "the bridge would reopen in May") << span_line("T6", "Source", "Ortiz", second)
      << span_line("T7", "Cue", "says", second) << span_line("T8", "Content", "the plan is what critics call \"a fraud\"")
      << "E1\tAttribution:T2 Source:T1 Cue:T2 Content:T3\n"
      << "E2\tAttribution:T4 Source:T1 Cue:T4 Content:T5\n"
      << "E3\tAttribution:T7 Source:T6 Cue:T7 Content:T8\n";
  return dir.string();
}

nlohmann::json scores(const std::string& nested) {
  auto r = run_cli("eval quotes --format json --gold " + write_split() + " --nested " + nested);
  EXPECT_EQ(r.exit_code, 0) << last_stderr();
  return nlohmann::json::parse(r.out);
}

}  // namespace

TEST(EvalQuotesCli, ACoordinatedReportIsScoredAndCutsTheOuterContent) {
  auto split = scores("split");
  EXPECT_DOUBLE_EQ(split.value("cue_recall", 0.0), 100.0);
  EXPECT_DOUBLE_EQ(split.value("recall", 0.0), 100.0);
  // The partial quote "a fraud" stays inside the outer content: nothing spurious.
  EXPECT_DOUBLE_EQ(split.value("precision", 0.0), 100.0);
  EXPECT_DOUBLE_EQ(split.value("strict_f1", 0.0), 100.0);
  // Leaving every nested report out misses the second cue of the first paragraph.
  auto drop = scores("drop");
  EXPECT_NEAR(drop.value("cue_recall", 0.0), 66.67, 0.01);
}

TEST(EvalQuotesCli, UnknownNestingRuleIsAUsageError) {
  auto r = run_cli("eval quotes --gold " + write_split() + " --nested outer");
  EXPECT_EQ(r.exit_code, 2);
}

}  // namespace dateline::testing
