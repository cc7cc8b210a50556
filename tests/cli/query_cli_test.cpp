// `dateline query` as the command shows it: paging and its notice, --unique and --count-by.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <sstream>

#include "dateline/store.hpp"
#include "test_helpers.hpp"

namespace {

using namespace dateline::testing;

// A store of `n` articles with one event each, on consecutive days of March 2024.
std::string store_of(int n) {
  std::string path = scratch_dir() + "/paged.db";
  for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path + suffix);
  dateline::Store s(path);
  s.begin();
  for (int i = 1; i <= n; ++i) {
    dateline::Document d;
    d.source = "story" + std::to_string(i) + ".txt";
    d.date = "2024-03-" + std::string(i < 10 ? "0" : "") + std::to_string(i);
    d.text = "Norway praised Sweden " + std::to_string(i) + " times.";
    dateline::Event e;
    e.source = {std::nullopt, "Norway", "NOR", "NOR"};
    e.target = dateline::EventActor{std::nullopt, "Sweden", "SWE", "SWE"};
    e.cameo = "051";
    e.date = d.date;
    d.events.push_back(e);
    s.add_article(d, dateline::content_hash(d.text), dateline::pack_document(d));
  }
  s.commit();
  return path;
}

size_t lines(const std::string& s) { return static_cast<size_t>(std::count(s.begin(), s.end(), '\n')); }

TEST(QueryCli, ACutAnswerSaysSoOnStderrAndLimitZeroIsAll) {
  std::string db = store_of(12);
  auto cut = run_cli("query events --db " + db + " --limit 5 --format csv");
  ASSERT_EQ(cut.exit_code, 0) << last_stderr();
  EXPECT_EQ(lines(cut.out), 6u) << cut.out;  // header and five rows
  EXPECT_NE(last_stderr().find("5 of 12 rows; --limit 0 for all, --offset 5 for the next page"), std::string::npos)
      << last_stderr();

  auto page = run_cli("query events --db " + db + " --limit 5 --offset 10 --format csv");
  ASSERT_EQ(page.exit_code, 0) << last_stderr();
  EXPECT_EQ(lines(page.out), 3u) << page.out;
  EXPECT_NE(page.out.find("2024-03-11"), std::string::npos);
  EXPECT_NE(page.out.find("2024-03-12"), std::string::npos);
  EXPECT_EQ(page.out.find("2024-03-10"), std::string::npos);
  EXPECT_EQ(last_stderr(), "") << "the last page is not cut";

  auto all = run_cli("query events --db " + db + " --limit 0 --format csv");
  ASSERT_EQ(all.exit_code, 0) << last_stderr();
  EXPECT_EQ(lines(all.out), 13u);
  EXPECT_EQ(last_stderr(), "");

  auto middle = run_cli("query events --db " + db + " --limit 3 --offset 3 --format json");
  ASSERT_EQ(middle.exit_code, 0);
  EXPECT_NE(last_stderr().find("rows 4-6 of 12"), std::string::npos) << last_stderr();

  auto bad = run_cli("query quotes --db " + db + " --unique");
  EXPECT_EQ(bad.exit_code, 2) << "--unique is for events only";
}

TEST(QueryCli, UniqueAndCountByAsJson) {
  std::string db = store_of(3);
  auto unique = run_cli("query events --db " + db + " --unique --format json");
  ASSERT_EQ(unique.exit_code, 0) << last_stderr();
  auto rows = nlohmann::json::parse(unique.out);
  ASSERT_EQ(rows.size(), 3u);  // one a day
  for (const char* key : {"date", "source_code", "target_code", "cameo", "mentions", "articles", "sources", "first_article"})
    EXPECT_TRUE(rows[0].contains(key)) << key << " missing: " << rows[0].dump();
  EXPECT_EQ(rows[0]["mentions"], "1");
  EXPECT_EQ(rows[2]["first_article"], "3");

  auto months = run_cli("query events --db " + db + " --count-by month --source NOR --target swe --format json");
  ASSERT_EQ(months.exit_code, 0) << last_stderr();
  auto m = nlohmann::json::parse(months.out);
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0]["month"], "2024-03");
  EXPECT_EQ(m[0]["events"], "3");
  auto none = run_cli("query events --db " + db + " --count-by month --source SWE --format json");
  ASSERT_EQ(none.exit_code, 0) << last_stderr();
  EXPECT_TRUE(nlohmann::json::parse(none.out).empty());
}

}  // namespace
