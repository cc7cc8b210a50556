// The seed article through the whole CLI pipeline: the events it is known to report must come
// out (the list in docs/events.md).
#include <gtest/gtest.h>

#include <filesystem>
#include <regex>

#include "test_helpers.hpp"

namespace {

// Rows of `dateline read --format events` matching source/target code prefixes and a CAMEO root.
bool has_event(const std::string& tsv, const std::string& source, const std::string& target, const std::string& root) {
  std::regex row("(^|\\n)[^\\t]*\\t" + source + "[A-Z]*\\t" + target + "[A-Z]*\\t" + root + "[0-9]*\\t");
  return std::regex_search(tsv, row);
}

}  // namespace

TEST(SeedEvents, KerryInBeijing) {
  std::string seed = dateline::testing::shared_dir() + "/seeds/000_bf33f83c632db0e0.txt";
  if (!std::filesystem::exists(seed)) GTEST_SKIP() << "no seed article";
  auto r = dateline::testing::run_cli("read --date 2014-02-14 --format events " + seed);
  ASSERT_EQ(r.exit_code, 0) << dateline::testing::last_stderr();
  EXPECT_TRUE(has_event(r.out, "USA", "CHN", "04")) << r.out;  // the meeting
  EXPECT_TRUE(has_event(r.out, "CHN", "USA", "03")) << r.out;  // China's commitment
  EXPECT_TRUE(has_event(r.out, "USA", "CHN", "05")) << r.out;  // praise
  EXPECT_TRUE(has_event(r.out, "USA", "CHN", "02")) << r.out;  // urging Beijing
  EXPECT_TRUE(has_event(r.out, "USA", "PRK", "10")) << r.out;  // demand on North Korea
  // "he urged Beijing": the actor is shown by the entity's name, the evidence keeps "he".
  EXPECT_NE(r.out.find("\tJohn Kerry\tBeijing\t"), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find("\the\tBeijing\t"), std::string::npos) << r.out;
  // Time expressions: "Friday" is the article's day.
  EXPECT_NE(r.out.find("2014-02-14\tUSA"), std::string::npos);
  // The seed's "December" event ("Beijing received no prior warning of the December arrest")
  // is not an event at all, so a month before the article date is checked on a story of ours.
  std::string story = dateline::testing::temp_file(
      "december.txt", "China hosted North Korean Foreign Minister Ri Yong Ho in December, officials said.\n");
  auto december = dateline::testing::run_cli("read --date 2014-02-14 --format events " + story);
  EXPECT_NE(december.out.find("2013-12-01/2013-12-31\t"), std::string::npos) << december.out;
  EXPECT_FALSE(has_event(r.out, "CHN", "PRK", "043")) << r.out;  // "received no prior warning"
}

TEST(SeedEvents, BadDictionaryIsAResourceError) {
  std::string dict = dateline::testing::temp_file("bad.verbs", "--- X [010] ---\nX\n- * Y\n");
  std::string article = dateline::testing::temp_file("a.txt", "Norway praised Sweden.\n");
  auto r = dateline::testing::run_cli("read --format events --verbs " + dict + " " + article);
  EXPECT_EQ(r.exit_code, 4);
  EXPECT_NE(dateline::testing::last_stderr().find("bad.verbs:3"), std::string::npos) << dateline::testing::last_stderr();
}
