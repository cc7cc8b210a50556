// Article dates from the containers: Reuters .sgm <DATE>, JSONL date fields, WARC-Date, and
// which of them (and --date) wins when several are there.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>

#include "dateline/corpus.hpp"
#include "dateline/ingest.hpp"
#include "test_helpers.hpp"
#include "read_all.hpp"

namespace dateline {
namespace {

using testing::shared_dir;
using testing::temp_file;

using testing::Collected;
using testing::read_all;

std::string story(const std::string& newid, const std::string& date, const std::string& title,
                  const std::string& dateline, const std::string& body) {
  return "<REUTERS TOPICS=\"NO\" LEWISSPLIT=\"TEST\" CGISPLIT=\"TRAINING-SET\" OLDID=\"9\" NEWID=\"" + newid +
         "\">\n<DATE>" + date + "</DATE>\n<TEXT>&#2;\n<TITLE>" + title + "</TITLE>\n<DATELINE>    " + dateline +
         " </DATELINE><BODY>" + body + "\n Reuter\n&#3;</BODY></TEXT>\n</REUTERS>\n";
}

bool has_warning(const std::vector<std::string>& warnings, const std::string& part) {
  return std::any_of(warnings.begin(), warnings.end(), [&](const std::string& w) { return w.find(part) != std::string::npos; });
}

TEST(ReutersDate, ReadsDayMonthYearAndRefusesTheRest) {
  EXPECT_EQ(reuters_date(" 26-FEB-1987 15:01:01.79").value_or(""), "1987-02-26");
  EXPECT_EQ(reuters_date("3-mar-1987 09:00:00.00").value_or(""), "1987-03-03");
  EXPECT_EQ(reuters_date("31-DEC-1987").value_or(""), "1987-12-31");
  EXPECT_FALSE(reuters_date("30-FEB-1987 10:00:00.00"));  // no such day
  EXPECT_FALSE(reuters_date("26-FOO-1987 10:00:00.00"));
  EXPECT_FALSE(reuters_date("26-FEB-87"));
  EXPECT_FALSE(reuters_date(""));
  EXPECT_FALSE(reuters_date("123-FEB-1987"));
}

TEST(SgmInput, EachElementIsAnArticleDatedByItsDate) {
  std::string sgml = "<!DOCTYPE lewis SYSTEM \"lewis.dtd\">\n" +
                     story("5", " 2-MAR-1987 10:00:00.00", "GRAIN SHIPMENTS RISE", "ROTTERDAM, March 2 -",
                           "Grain shipments through the port rose in February.") +
                     story("6", " 3-MAR-1987 11:30:00.00", "BANK CUTS RATE", "TORONTO, March 3 -",
                           "The bank cut its prime rate &lt;to 8 pct>.");
  std::string path = temp_file("two.sgm", sgml);
  EXPECT_EQ(format_from_name(path), InputFormat::sgm);
  EXPECT_EQ(sniff_format(sgml), InputFormat::sgm);  // its <BODY> does not make it a web page
  auto c = read_all(path);
  ASSERT_EQ(c.items.size(), 2u);
  EXPECT_TRUE(c.failures.empty());
  EXPECT_EQ(c.items[0].source, path + "#NEWID=5");
  EXPECT_EQ(c.items[0].date.value_or(""), "1987-03-02");
  EXPECT_EQ(c.items[0].date_source, "sgm");
  EXPECT_EQ(c.items[0].title.value_or(""), "GRAIN SHIPMENTS RISE");
  EXPECT_FALSE(c.items[0].html);
  EXPECT_EQ(c.items[1].bytes.substr(0, 34), "BANK CUTS RATE\n\nTORONTO, March 3 -");
  EXPECT_NE(c.items[1].bytes.find("<to 8 pct>"), std::string::npos);
  Document doc = document_from_item(c.items[1]);
  EXPECT_EQ(doc.date.value_or(""), "1987-03-03");
  EXPECT_EQ(doc.date_source, "sgm");
}

TEST(SgmInput, ACorruptElementIsReportedWithItsOffsetAndSkipped) {
  std::string first = story("7", " 4-MAR-1987 08:00:00.00", "OIL OUTPUT FALLS", "VIENNA, March 4 -",
                            "Output fell for the second month.");
  // The second element lost its end tag; the third is sound and must still be read.
  std::string broken = story("8", " 4-MAR-1987 09:00:00.00", "COPPER", "LIMA, March 4 -", "Copper rose.");
  broken.erase(broken.find("</REUTERS>"));
  std::string third = story("9", " 5-MAR-1987 09:00:00.00", "COFFEE QUOTAS", "LONDON, March 5 -",
                            "Coffee talks resumed.");
  std::string path = temp_file("broken.sgm", first + broken + third);
  auto c = read_all(path);
  ASSERT_EQ(c.items.size(), 2u);
  EXPECT_EQ(c.items[0].source, path + "#NEWID=7");
  EXPECT_EQ(c.items[1].source, path + "#NEWID=9");
  ASSERT_EQ(c.failures.size(), 1u);
  EXPECT_EQ(c.failures[0].source, path + "#" + std::to_string(first.size()));
  EXPECT_NE(c.failures[0].reason.find("</REUTERS>"), std::string::npos) << c.failures[0].reason;
}

TEST(SgmInput, AnUnreadableDateIsAWarningAndTheStoryIsStillRead) {
  std::string path = temp_file("baddate.sgm", story("10", " 4-MRZ-1987 08:00:00.00", "SUGAR", "PARIS, March 4 -",
                                                   "Sugar prices were steady."));
  auto c = read_all(path);
  ASSERT_EQ(c.items.size(), 1u);
  EXPECT_FALSE(c.items[0].date);
  Document doc = document_from_item(c.items[0]);
  EXPECT_FALSE(doc.date);
  EXPECT_TRUE(has_warning(doc.warnings, "4-MRZ-1987")) << ::testing::PrintToString(doc.warnings);
}

TEST(SgmInput, AnUnprocessedStoryIsReadFromItsText) {
  std::string unproc =
      "<REUTERS TOPICS=\"NO\" LEWISSPLIT=\"TRAIN\" CGISPLIT=\"TRAINING-SET\" OLDID=\"1\" NEWID=\"11\">\n"
      "<DATE> 6-MAR-1987 12:00:00.00</DATE>\n<TEXT TYPE=\"UNPROC\">&#2;\nf0001 reute\nu f BC-TABLE 03-06 0050\n"
      "Wheat stocks at 12 mln tonnes &amp; rising\n&#3;\n</TEXT>\n</REUTERS>\n";
  auto c = read_all(temp_file("unproc.sgm", unproc));
  ASSERT_EQ(c.items.size(), 1u);
  EXPECT_NE(c.items[0].bytes.find("Wheat stocks at 12 mln tonnes & rising"), std::string::npos) << c.items[0].bytes;
  EXPECT_EQ(document_from_item(c.items[0]).date.value_or(""), "1987-03-06");
}

TEST(JsonlInput, EveryCommonDateFieldIsRead) {
  std::string jsonl =
      R"({"text": "a", "date": "2014-02-14"})" "\n"
      R"({"text": "b", "published": "2014-02-15T08:00:00Z"})" "\n"
      R"({"text": "c", "published_at": "2014-02-16 09:00"})" "\n"
      R"({"text": "d", "pubDate": "Mon, 17 Feb 2014 10:00:00 GMT"})" "\n"
      R"({"text": "e", "datePublished": "2014-02-18"})" "\n"
      R"({"text": "f", "published": 1392854400})" "\n"        // 2014-02-20T00:00:00Z in seconds
      R"({"text": "g", "date": 1392854400000})" "\n"          // the same in milliseconds
      R"({"text": "h"})" "\n";
  auto c = read_all(temp_file("dates.jsonl", jsonl));
  ASSERT_EQ(c.items.size(), 8u);
  std::vector<std::string> want{"2014-02-14", "2014-02-15", "2014-02-16", "2014-02-17",
                                "2014-02-18", "2014-02-20", "2014-02-20", ""};
  for (size_t i = 0; i < want.size(); ++i) {
    EXPECT_EQ(c.items[i].date.value_or(""), want[i]) << "line " << i + 1;
    EXPECT_EQ(c.items[i].date_source, want[i].empty() ? "" : "jsonl") << "line " << i + 1;
  }
}

TEST(JsonlInput, AnUnreadableDateIsAWarningAndTheNextFieldIsTried) {
  auto c = read_all(temp_file("bad.jsonl", R"({"text": "a", "date": "soon", "published": "2014-02-15"})" "\n"
                                           R"({"text": "b", "date": "last Tuesday"})" "\n"));
  ASSERT_EQ(c.items.size(), 2u);
  EXPECT_EQ(c.items[0].date.value_or(""), "2014-02-15");
  EXPECT_TRUE(has_warning(c.items[0].warnings, "'soon'"));
  EXPECT_FALSE(c.items[1].date);
  Document doc = document_from_item(c.items[1]);
  EXPECT_FALSE(doc.date);
  EXPECT_TRUE(has_warning(doc.warnings, "last Tuesday")) << ::testing::PrintToString(doc.warnings);
}

std::string warc_record(const std::string& url, const std::string& date, const std::string& html) {
  std::string http = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + html;
  return "WARC/1.1\r\nWARC-Type: response\r\nWARC-Target-URI: " + url + "\r\nWARC-Date: " + date +
         "\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: " + std::to_string(http.size()) +
         "\r\n\r\n" + http + "\r\n\r\n";
}

const char* kBody = "<body><article><p>The minister resigned on Monday after the vote, officials said.</p></article></body>";

TEST(WarcInput, TheCrawlDateIsAFlaggedFallback) {
  std::string dated_page = std::string("<html><head><meta property=\"article:published_time\" "
                                       "content=\"2019-10-14T09:00:00+02:00\"></head>") + kBody + "</html>";
  std::string plain_page = std::string("<html><head></head>") + kBody + "</html>";
  std::string warc = warc_record("https://news.example/politics/minister", "2019-10-16T08:00:00Z", plain_page) +
                     warc_record("https://news.example/politics/other", "2019-10-16T08:00:00Z", dated_page) +
                     warc_record("https://news.example/2019/10/12/minister", "2019-10-16T08:00:00Z", plain_page) +
                     warc_record("https://news.example/x", "yesterday-ish", plain_page);
  auto c = read_all(temp_file("dates.warc", warc));
  ASSERT_EQ(c.items.size(), 4u);
  EXPECT_EQ(c.items[0].date_source, "warc");
  ReadOptions cli;
  cli.date = "2020-01-01";
  Document crawl = document_from_item(c.items[0], cli);
  EXPECT_EQ(crawl.date.value_or(""), "2019-10-16");
  EXPECT_EQ(crawl.date_source, "warc");
  Document page = document_from_item(c.items[1], cli);
  EXPECT_EQ(page.date.value_or(""), "2019-10-14");
  EXPECT_EQ(page.date_source, "meta");
  Document from_url = document_from_item(c.items[2], cli);
  EXPECT_EQ(from_url.date.value_or(""), "2019-10-12");
  EXPECT_EQ(from_url.date_source, "url");
  Document undated = document_from_item(c.items[3], cli);
  EXPECT_EQ(undated.date.value_or(""), "2020-01-01");
  EXPECT_EQ(undated.date_source, "cli");
  EXPECT_TRUE(has_warning(undated.warnings, "WARC-Date"));
}

TEST(DateOption, IsTheDefaultForUndatedInputOnly) {
  ReadOptions cli;
  cli.date = "2020-01-01";
  Document text = document_from_text("Talks resumed on Friday.", "a.txt", cli);
  EXPECT_EQ(text.date.value_or(""), "2020-01-01");
  EXPECT_EQ(text.date_source, "cli");
  auto c = read_all(temp_file("one.jsonl", R"({"text": "Talks resumed.", "date": "2014-02-14"})" "\n"));
  ASSERT_EQ(c.items.size(), 1u);
  Document jsonl = document_from_item(c.items[0], cli);
  EXPECT_EQ(jsonl.date.value_or(""), "2014-02-14");
  EXPECT_EQ(jsonl.date_source, "jsonl");
  Document none = document_from_text("Talks resumed on Friday.", "b.txt");
  EXPECT_FALSE(none.date);
  EXPECT_EQ(none.date_source, "");
}

// The corpus: at least 99% of Reuters-21578's stories are dated by their own <DATE>.
TEST(SgmInput, SharedReutersStoriesAreDatedByTheirSource) {
  std::string dir = shared_dir() + "/data/news/reuters21578";
  if (!std::filesystem::exists(dir + "/reut2-000.sgm")) GTEST_SKIP() << "no Reuters-21578 under " << dir;
  size_t stories = 0, dated = 0, corrupt = 0;
  for (int i = 0; i <= 21; ++i) {
    char name[32];
    std::snprintf(name, sizeof name, "/reut2-%03d.sgm", i);
    if (!std::filesystem::exists(dir + name)) continue;
    read_corpus_file(
        dir + name,
        [&](CorpusItem&& item) {
          ++stories;
          dated += item.date_source == "sgm";
        },
        [&](CorpusFailure&&) {
          ++stories;
          ++corrupt;
        });
  }
  ASSERT_GT(stories, 0u);
  EXPECT_GE(static_cast<double>(dated), 0.99 * static_cast<double>(stories)) << dated << " of " << stories;
  EXPECT_LE(corrupt, stories / 100);
}

}  // namespace
}  // namespace dateline
