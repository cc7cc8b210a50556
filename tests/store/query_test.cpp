// Queries over a store of our own: paging (--limit 0, --offset, the total of a cut answer),
// one event per day with its counts (--unique), counts per period (--count-by), and the
// outlet an article is counted under.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>

#include "dateline/error.hpp"
#include "dateline/store.hpp"
#include "test_helpers.hpp"

namespace dateline {
namespace {

Event event(const std::string& source, const std::string& target, const std::string& cameo,
            std::optional<std::string> date = std::nullopt) {
  Event e;
  e.source = {std::nullopt, source + " people", source, source.substr(0, 3)};
  e.target = EventActor{std::nullopt, target + " people", target, target.substr(0, 3)};
  e.cameo = cameo;
  e.quad_class = 1;
  e.date = date;
  e.date_source = date ? "sentence" : "article";
  e.evidence = {0, 4, "said"};
  return e;
}

Document article(const std::string& source, const std::string& date, std::optional<std::string> url,
                 std::vector<Event> events) {
  Document d;
  d.source = source;
  d.url = std::move(url);
  d.date = date;
  d.text = "said " + source;
  for (auto& e : events) {
    if (!e.date) e.date = date;
    d.events.push_back(std::move(e));
  }
  return d;
}

// Four articles in three outlets, one of them a byte-identical copy of another.
std::string events_store() {
  std::string path = testing::scratch_dir() + "/events.db";
  for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path + suffix);
  Store s(path);
  s.begin();
  auto add = [&](const Document& d) { s.add_article(d, content_hash(d.text), pack_document(d)); };
  add(article("a/one.txt", "2024-03-12", "https://www.Example.com/x",
              {event("USAGOV", "CHNGOV", "036"), event("USAGOV", "CHNGOV", "036"),
               event("USAGOV", "CHNGOV", "036", "2024-03-10"), event("RUSGOV", "UKRMIL", "190")}));
  Document two = article("b/two.txt", "2024-03-12", std::nullopt, {event("USAGOV", "CHNGOV", "036")});
  add(two);
  s.add_duplicate(content_hash(two.text), "c/three.txt");
  add(article("a/four.txt", "2024-04-02", "http://example.com/y", {event("USAGOV", "CHNGOV", "036")}));
  s.commit();
  return path;
}

std::string cell(const QueryResult& r, size_t row, const std::string& column) {
  auto it = std::find(r.columns.begin(), r.columns.end(), column);
  if (it == r.columns.end()) return "(no column " + column + ")";
  return r.rows.at(row)[static_cast<size_t>(it - r.columns.begin())].value_or("(null)");
}

TEST(StoreQuery, LimitZeroIsEveryRowAndOffsetPages) {
  Store s(events_store(), /*read_only=*/true);
  QueryOptions q;
  q.what = "events";
  q.limit = 0;
  QueryResult all = query_store(s, q);
  EXPECT_EQ(all.rows.size(), 6u);
  EXPECT_EQ(all.total, 6);
  q.limit = 4;
  QueryResult first = query_store(s, q);
  EXPECT_EQ(first.rows.size(), 4u);
  EXPECT_EQ(first.total, 6) << "a full page counts what the limit cut off";
  q.offset = 4;
  QueryResult second = query_store(s, q);
  ASSERT_EQ(second.rows.size(), 2u);
  EXPECT_EQ(second.total, 6);
  EXPECT_EQ(cell(second, 0, "id"), cell(all, 4, "id"));
  EXPECT_EQ(cell(second, 1, "id"), cell(all, 5, "id"));
  q.offset = 10;
  QueryResult past = query_store(s, q);
  EXPECT_TRUE(past.rows.empty());
  EXPECT_EQ(past.total, 6);
  q.offset = -1;
  EXPECT_THROW(query_store(s, q), Error);
}

TEST(StoreQuery, UniqueEventsCarryMentionsArticlesAndSources) {
  Store s(events_store(), /*read_only=*/true);
  QueryOptions q;
  q.what = "events";
  q.unique = true;
  q.limit = 0;
  QueryResult r = query_store(s, q);
  ASSERT_EQ(r.rows.size(), 4u);
  // Ordered by day, then by first record.
  EXPECT_EQ(cell(r, 0, "date"), "2024-03-10");
  EXPECT_EQ(cell(r, 0, "mentions"), "1");
  EXPECT_EQ(cell(r, 1, "date"), "2024-03-12");
  EXPECT_EQ(cell(r, 1, "source_code"), "USAGOV");
  EXPECT_EQ(cell(r, 1, "target_code"), "CHNGOV");
  EXPECT_EQ(cell(r, 1, "cameo"), "036");
  // Two records in a/one.txt, one in b/two.txt, which c/three.txt copies byte for byte.
  EXPECT_EQ(cell(r, 1, "mentions"), "3");
  EXPECT_EQ(cell(r, 1, "articles"), "3");
  EXPECT_EQ(cell(r, 1, "sources"), "3");  // example.com, folder b, folder c
  EXPECT_EQ(cell(r, 1, "first_article"), "1");
  EXPECT_EQ(cell(r, 2, "cameo"), "190");
  EXPECT_EQ(cell(r, 2, "mentions"), "1");
  EXPECT_EQ(cell(r, 3, "date"), "2024-04-02");
  EXPECT_EQ(cell(r, 3, "sources"), "1");
  EXPECT_EQ(cell(r, 3, "first_article"), "4");  // the copy took id 3
  q.source_actor = "rus";
  r = query_store(s, q);
  ASSERT_EQ(r.rows.size(), 1u);
  EXPECT_EQ(cell(r, 0, "target_code"), "UKRMIL");
  q.source_actor = "";
  q.target_actor = "RUS";
  EXPECT_TRUE(query_store(s, q).rows.empty()) << "--target matches the target side only";
}

TEST(StoreQuery, CountsPerPeriod) {
  Store s(events_store(), /*read_only=*/true);
  QueryOptions q;
  q.what = "events";
  q.count_by = "month";
  QueryResult month = query_store(s, q);
  ASSERT_EQ(month.rows.size(), 2u);
  EXPECT_EQ(month.columns.front(), "month");
  EXPECT_EQ(cell(month, 0, "month"), "2024-03");
  EXPECT_EQ(cell(month, 0, "events"), "5");
  EXPECT_EQ(cell(month, 0, "unique_events"), "3");
  EXPECT_EQ(cell(month, 0, "articles"), "3");
  EXPECT_EQ(cell(month, 1, "month"), "2024-04");
  EXPECT_EQ(cell(month, 1, "events"), "1");
  q.count_by = "week";  // 2024-03-10 is a Sunday, 2024-03-12 and 2024-04-02 Tuesdays
  QueryResult week = query_store(s, q);
  ASSERT_EQ(week.rows.size(), 3u);
  EXPECT_EQ(cell(week, 0, "week"), "2024-03-04");
  EXPECT_EQ(cell(week, 1, "week"), "2024-03-11");
  EXPECT_EQ(cell(week, 1, "events"), "4");
  EXPECT_EQ(cell(week, 2, "week"), "2024-04-01");
  q.count_by = "day";
  q.source_actor = "USA";
  q.target_actor = "GOV People";  // a name matches by substring, in any case: "CHNGOV people"
  QueryResult day = query_store(s, q);
  ASSERT_EQ(day.rows.size(), 3u);
  EXPECT_EQ(cell(day, 1, "day"), "2024-03-12");
  EXPECT_EQ(cell(day, 1, "events"), "3");
  q.count_by = "year";
  EXPECT_THROW(query_store(s, q), Error);
  q.count_by = "";
  q.what = "quotes";
  q.unique = true;
  EXPECT_THROW(query_store(s, q), Error) << "--unique is for events";
}

TEST(StoreQuery, OutletIsTheUrlHostElseTheFolder) {
  EXPECT_EQ(article_outlet(std::string("https://www.BBC.co.uk/news/1"), "x.warc#1"), "bbc.co.uk");
  EXPECT_EQ(article_outlet(std::string("http://user@example.org:8080/a?b"), "x"), "example.org");
  EXPECT_EQ(article_outlet(std::nullopt, "data/bbc/politics/001.txt"), "data/bbc/politics");
  EXPECT_EQ(article_outlet(std::nullopt, "news/reuters/reut2-000.sgm#NEWID=5"), "news/reuters");
  EXPECT_EQ(article_outlet(std::nullopt, "feeds/day.jsonl:12"), "feeds");
  EXPECT_EQ(article_outlet(std::string("not a url"), "story.txt"), ".");
}

}  // namespace
}  // namespace dateline
