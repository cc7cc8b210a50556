// Dates end to end: a Reuters .sgm file read and ingested with each story's <DATE>, --date as
// the default for undated input on read and ingest, and query --since/--until selecting by
// the dates so stored.
#include <gtest/gtest.h>

#include <filesystem>
#include <nlohmann/json.hpp>

#include "test_helpers.hpp"

namespace dateline::testing {
namespace {

namespace fs = std::filesystem;

std::string fresh_dir(const std::string& name) {
  std::string dir = scratch_dir() + "/" + name;
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir;
}

void write(const std::string& path, const std::string& content) { std::ofstream(path, std::ios::binary) << content; }

std::string element(const std::string& newid, const std::string& date, const std::string& title,
                    const std::string& dateline, const std::string& body) {
  return "<REUTERS TOPICS=\"NO\" LEWISSPLIT=\"TEST\" CGISPLIT=\"TRAINING-SET\" OLDID=\"1\" NEWID=\"" + newid +
         "\">\n<DATE>" + date + "</DATE>\n<TEXT>&#2;\n<TITLE>" + title + "</TITLE>\n<DATELINE>    " + dateline +
         " </DATELINE><BODY>" + body + "\n Reuter\n&#3;</BODY></TEXT>\n</REUTERS>\n";
}

const std::string kSgm =
    "<!DOCTYPE lewis SYSTEM \"lewis.dtd\">\n" +
    element("21", " 9-MAR-1987 14:00:00.00", "KENYA CONDEMNS SUDAN", "NAIROBI, March 9 -",
            "Kenya condemned Sudan over the border raid, the foreign ministry said.") +
    element("22", "10-MAR-1987 09:30:00.00", "UGANDA ACCUSES SUDAN", "KAMPALA, March 10 -",
            "Uganda accused Sudan of arming the rebels, officials said.");

TEST(DatesCli, ReadsReutersSgmWithEachStorysDate) {
  std::string path = temp_file("two_stories.sgm", kSgm);
  auto r = run_cli("read " + path + " -f json --stages normalize,structure");
  ASSERT_EQ(r.exit_code, 0) << last_stderr();
  auto j = nlohmann::json::parse(r.out);
  ASSERT_TRUE(j.is_array());
  ASSERT_EQ(j.size(), 2u);
  EXPECT_EQ(j[0]["source"], path + "#NEWID=21");
  EXPECT_EQ(j[0]["date"], "1987-03-09");
  EXPECT_EQ(j[0]["date_source"], "sgm");
  EXPECT_EQ(j[0]["headline"], "KENYA CONDEMNS SUDAN");
  EXPECT_EQ(j[0]["dateline"]["place"], "Nairobi");
  EXPECT_EQ(j[1]["date"], "1987-03-10");
  // --date does not override a story's own date.
  auto with_default = run_cli("read " + path + " -f json --date 2000-01-01 --stages normalize,structure");
  ASSERT_EQ(with_default.exit_code, 0) << last_stderr();
  EXPECT_EQ(nlohmann::json::parse(with_default.out)[1]["date"], "1987-03-10");
}

TEST(DatesCli, DateOptionDatesUndatedInputOnReadAndIngest) {
  std::string text = temp_file("undated.txt", "Talks resume\n\nKenya condemned Sudan over the raid, officials said.\n");
  auto r = run_cli("read " + text + " -f json --date 2014-02-14 --stages normalize,structure");
  ASSERT_EQ(r.exit_code, 0) << last_stderr();
  auto j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["date"], "2014-02-14");
  EXPECT_EQ(j["date_source"], "cli");
  EXPECT_EQ(run_cli("ingest -q --date 2014-02-30 " + text + " --db " + scratch_dir() + "/never.db").exit_code, 2);
  EXPECT_EQ(run_cli("serve --date yesterday --port 0").exit_code, 2);
}

TEST(DatesCli, QuerySinceUntilSelectsIngestedStoriesByTheirOwnDates) {
  std::string dir = fresh_dir("dated_corpus");
  write(dir + "/wire.sgm", kSgm);
  write(dir + "/later.txt", "Talks resume\n\nKenya condemned Sudan over the raid on Tuesday, officials said.\n");
  std::string db = dir + "/news.db";
  auto ingest = run_cli("ingest -q --threads 2 --date 2014-02-14 " + dir + " --db " + db);
  ASSERT_EQ(ingest.exit_code, 0) << last_stderr();
  auto articles = [&](const std::string& range) {
    auto r = run_cli("query articles --format json --db " + db + " " + range);
    EXPECT_EQ(r.exit_code, 0) << last_stderr();
    return nlohmann::json::parse(r.out, nullptr, false);
  };
  auto march = articles("--since 1987-03-01 --until 1987-03-09");
  ASSERT_EQ(march.size(), 1u) << march.dump();
  EXPECT_EQ(march[0]["date"], "1987-03-09");
  EXPECT_EQ(march[0]["date_source"], "sgm");
  auto all_1987 = articles("--since 1987-01-01 --until 1987-12-31");
  EXPECT_EQ(all_1987.size(), 2u) << all_1987.dump();
  auto cli_dated = articles("--since 2014-01-01");
  ASSERT_EQ(cli_dated.size(), 1u) << cli_dated.dump();
  EXPECT_EQ(cli_dated[0]["date_source"], "cli");
  // Events: the Reuters ones on their stories' days; "on Tuesday" before 2014-02-14 is the 11th.
  auto events = run_cli("query events --format json --db " + db + " --since 2014-02-01");
  ASSERT_EQ(events.exit_code, 0) << last_stderr();
  auto ev = nlohmann::json::parse(events.out);
  ASSERT_FALSE(ev.empty()) << events.out;
  EXPECT_EQ(ev[0]["date"], "2014-02-11");
  EXPECT_EQ(ev[0]["date_source"], "sentence");
  auto old = nlohmann::json::parse(run_cli("query events --format json --db " + db + " --until 1987-12-31").out);
  ASSERT_FALSE(old.empty());
  for (const auto& e : old) {
    EXPECT_TRUE(e["date"] == "1987-03-09" || e["date"] == "1987-03-10") << e.dump();
    EXPECT_EQ(e["date_source"], "article") << e.dump();
  }
}

TEST(DatesCli, EvalDatesCountsStoriesDatedBySource) {
  std::string broken = element("23", "11-MAR-1987 10:00:00.00", "X", "LAGOS, March 11 -", "Y.");
  broken.erase(broken.find("</REUTERS>"));
  std::string path = temp_file("eval_dates.sgm", kSgm + element("24", "no date at all", "OIL", "LAGOS, March 11 -",
                                                                "Nigeria raised oil output.") + broken +
                                                     element("25", "12-MAR-1987 10:00:00.00", "Z", "ACCRA -", "Q."));
  auto r = run_cli("eval dates --format json --reuters " + path);
  ASSERT_EQ(r.exit_code, 0) << last_stderr();
  auto j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["stories_count"], 5);
  EXPECT_EQ(j["corrupt_count"], 1);
  EXPECT_DOUBLE_EQ(j["date_from_source"].get<double>(), 60.0);  // 3 of 5 by <DATE>
  EXPECT_EQ(j["date_source_sgm_count"], 3);
  EXPECT_EQ(j["date_source_none_count"], 1);  // "March 11" has no year to go by
  EXPECT_NE(last_stderr().find(path + "#"), std::string::npos) << last_stderr();
  EXPECT_EQ(run_cli("eval dates --format json").exit_code, 2);
}

// The measured figures (docs/store.md, docs/html.md) hold on the shared corpora.
TEST(DatesCli, SharedCorporaKeepTheirMeasuredDateFigures) {
  std::string reuters = shared_dir() + "/data/news/reuters21578";
  std::string html = shared_dir() + "/data/html/trafilatura-eval";
  if (!fs::exists(reuters + "/reut2-000.sgm") || !fs::exists(html + "/expected.json")) GTEST_SKIP() << "shared corpora absent";
  auto r = run_cli("eval dates --format json --reuters " + reuters);
  ASSERT_EQ(r.exit_code, 0) << last_stderr();
  EXPECT_GE(nlohmann::json::parse(r.out)["date_from_source"].get<double>(), 99.0) << r.out;
  auto h = run_cli("eval dates --format json --html " + html);
  ASSERT_EQ(h.exit_code, 0) << last_stderr();
  auto j = nlohmann::json::parse(h.out);
  EXPECT_DOUBLE_EQ(j["declared_got"].get<double>(), 100.0) << h.out;
}

}  // namespace
}  // namespace dateline::testing
