// The SQLite store: rows for everything in a Document, duplicates, failures, bound queries,
// the migration from schema 1.
#include <gtest/gtest.h>

#include <sqlite3.h>

#include <algorithm>
#include <filesystem>

#include "dateline/error.hpp"
#include "dateline/store.hpp"
#include "test_helpers.hpp"

namespace dateline {
namespace {

std::string fresh_db(const std::string& name) {
  std::string path = testing::scratch_dir() + "/" + name;
  for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path + suffix);
  return path;
}

Document sample_document() {
  Document d;
  d.source = "sample.txt";
  d.date = "2024-03-12";
  d.headline = "Harbour talks resume";
  d.text = "Marit de Vries said the union would meet the operators.";
  Entity e;
  e.id = "E1";
  e.name = "Marit de Vries";
  e.type = "PERSON";
  e.mentions.push_back({0, 14, "Marit de Vries"});
  d.entities.push_back(e);
  Quote q;
  q.speaker = "E1";
  q.speaker_name = "Marit de Vries";
  q.kind = "indirect";
  q.text = "the union would meet the operators";
  d.quotes.push_back(q);
  Event ev;
  ev.source = {std::string("E1"), "Marit de Vries", "NLDLAB", "NLD"};
  ev.target = EventActor{std::nullopt, "port operators", "NLDBUS", "NLD"};
  ev.cameo = "036";
  ev.plover = "CONSULT";
  ev.evidence = {15, 19, "said"};
  d.events.push_back(ev);
  return d;
}

TEST(Store, WritesEveryRowAndRebuildsTheDocument) {
  Store s(fresh_db("rows.db"));
  EXPECT_EQ(s.schema_version(), kStoreSchemaVersion);
  Document d = sample_document();
  s.begin();
  EXPECT_EQ(s.add_article(d, content_hash(d.text), pack_document(d)), Store::Added::article);
  s.commit();
  StoreCounts c = s.counts();
  EXPECT_EQ(c.articles, 1);
  EXPECT_EQ(c.duplicates, 0);
  EXPECT_EQ(c.entities, 1);
  EXPECT_EQ(c.mentions, 1);
  EXPECT_EQ(c.quotes, 1);
  EXPECT_EQ(c.events, 1);
  auto back = s.load_document(1);
  ASSERT_TRUE(back.has_value());
  EXPECT_EQ(back->text, d.text);
  EXPECT_EQ(back->headline.value_or(""), "Harbour talks resume");
}

// Where each date came from is kept: the article's, and the event's ("article" when the event
// had none of its own and took the article's), for copies too.
TEST(Store, DateSourcesAreStoredAndQueried) {
  Store s(fresh_db("date_sources.db"));
  Document d = sample_document();
  d.date_source = "meta";
  Event dated = d.events[0];
  dated.date = "2024-03-10";
  dated.date_source = "sentence";
  dated.cameo = "043";
  d.events.push_back(dated);
  s.add_article(d, content_hash(d.text), pack_document(d));
  s.add_duplicate(content_hash(d.text), "copy.txt");
  auto column = [](const QueryResult& r, size_t row, const std::string& name) {
    auto it = std::find(r.columns.begin(), r.columns.end(), name);
    return it == r.columns.end() ? std::string("(no column)") : r.rows[row][static_cast<size_t>(it - r.columns.begin())].value_or("");
  };
  QueryOptions q;
  q.what = "events";
  QueryResult events = query_store(s, q);
  ASSERT_EQ(events.rows.size(), 2u);
  EXPECT_EQ(column(events, 0, "date"), "2024-03-10");
  EXPECT_EQ(column(events, 0, "date_source"), "sentence");
  EXPECT_EQ(column(events, 1, "date"), "2024-03-12");
  EXPECT_EQ(column(events, 1, "date_source"), "article");
  q.what = "articles";
  q.since = "2024-03-12";
  QueryResult articles = query_store(s, q);
  ASSERT_EQ(articles.rows.size(), 2u);
  EXPECT_EQ(column(articles, 0, "date_source"), "meta");
  EXPECT_EQ(column(articles, 1, "date_source"), "meta");  // the copy's
  q.since = "2024-03-13";
  EXPECT_TRUE(query_store(s, q).rows.empty());
}

TEST(Store, EverySourceIsAnArticleAndCopiesAreMarkedDuplicates) {
  Store s(fresh_db("dedupe.db"));
  Document d = sample_document();
  std::string hash = content_hash(d.text);
  s.begin();
  EXPECT_EQ(s.add_article(d, hash, pack_document(d)), Store::Added::article);
  EXPECT_EQ(s.add_article(d, hash, pack_document(d)), Store::Added::unchanged);
  d.source = "copy-of-sample.txt";
  EXPECT_EQ(s.add_article(d, hash, pack_document(d)), Store::Added::duplicate);
  EXPECT_EQ(s.add_article(d, hash, pack_document(d)), Store::Added::unchanged);
  EXPECT_EQ(s.add_duplicate(hash, "third-copy.txt"), Store::Added::duplicate);
  EXPECT_EQ(s.add_duplicate(content_hash("never stored"), "x.txt"), Store::Added::missing);
  s.commit();
  StoreCounts c = s.counts();
  EXPECT_EQ(c.articles, 3);
  EXPECT_EQ(c.duplicates, 2);
  EXPECT_EQ(c.events, 1) << "a duplicate shares its original's rows";
  EXPECT_EQ(s.known_hashes().size(), 1u);
  EXPECT_EQ(s.known_sources().size(), 3u);
  auto copy = s.load_document(2);
  ASSERT_TRUE(copy.has_value());
  EXPECT_EQ(copy->text, d.text);
  EXPECT_EQ(copy->source, "copy-of-sample.txt");
}

TEST(Store, ChangedSourceReplacesItsArticleAndCopiesKeepTheirRows) {
  Store s(fresh_db("changed.db"));
  Document d = sample_document();
  std::string hash = content_hash(d.text);
  s.add_article(d, hash, pack_document(d));
  s.add_duplicate(hash, "copy.txt");
  Document edited = sample_document();
  edited.text = "Marit de Vries said the talks would resume on Friday.";
  EXPECT_EQ(s.add_article(edited, content_hash(edited.text), pack_document(edited)), Store::Added::article);
  StoreCounts c = s.counts();
  EXPECT_EQ(c.articles, 2);
  EXPECT_EQ(c.duplicates, 0) << "the copy became the original of the old content";
  EXPECT_EQ(c.events, 2);
  auto copy = s.load_document(2);
  ASSERT_TRUE(copy.has_value());
  EXPECT_EQ(copy->text, d.text);
  QueryOptions q;
  q.what = "events";
  auto rows = query_store(s, q).rows;
  ASSERT_EQ(rows.size(), 2u);
}

// A version-1 store: one content read from two files (article_sources) is two articles after
// the migration, the second a duplicate sharing the first one's event.
TEST(Store, MigratesSchemaOneToOneRowPerSource) {
  std::string path = fresh_db("v1.db");
  Document d = sample_document();
  std::string blob = pack_document(d);
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
  const char* v1 = R"sql(
CREATE TABLE schema_version (version INTEGER NOT NULL); INSERT INTO schema_version VALUES (1);
CREATE TABLE articles (id INTEGER PRIMARY KEY, content_hash TEXT NOT NULL UNIQUE, source TEXT NOT NULL, url TEXT,
  encoding TEXT NOT NULL, date TEXT, headline TEXT, dateline_place TEXT, dateline_country TEXT, byline TEXT,
  text_bytes INTEGER NOT NULL, warnings TEXT, document BLOB NOT NULL, ingested_at TEXT NOT NULL DEFAULT 'then');
CREATE TABLE article_sources (source TEXT PRIMARY KEY, article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE);
CREATE TABLE entities (id INTEGER PRIMARY KEY, article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE);
CREATE TABLE mentions (entity_id INTEGER, article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE);
CREATE TABLE quotes (id INTEGER PRIMARY KEY, article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE);
CREATE TABLE events (id INTEGER PRIMARY KEY, article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE);
CREATE TABLE failures (source TEXT PRIMARY KEY, reason TEXT NOT NULL);
INSERT INTO article_sources VALUES ('sample.txt', 1), ('copy.txt', 1);
INSERT INTO events(article_id) VALUES (1);
)sql";
  ASSERT_EQ(sqlite3_exec(db, v1, nullptr, nullptr, nullptr), SQLITE_OK) << sqlite3_errmsg(db);
  sqlite3_stmt* insert = nullptr;
  sqlite3_prepare_v2(db, "INSERT INTO articles(id, content_hash, source, encoding, text_bytes, document) "
                         "VALUES (1, 'h', 'sample.txt', 'UTF-8', 10, ?1)", -1, &insert, nullptr);
  sqlite3_bind_blob(insert, 1, blob.data(), static_cast<int>(blob.size()), SQLITE_TRANSIENT);
  ASSERT_EQ(sqlite3_step(insert), SQLITE_DONE);
  sqlite3_finalize(insert);
  sqlite3_close(db);

  Store s(path);
  EXPECT_EQ(s.schema_version(), kStoreSchemaVersion);
  StoreCounts c = s.counts();
  EXPECT_EQ(c.articles, 2);
  EXPECT_EQ(c.duplicates, 1);
  EXPECT_EQ(c.events, 1) << "the migration must not cascade-delete rows";
  auto copy = s.load_document(2);
  ASSERT_TRUE(copy.has_value());
  EXPECT_EQ(copy->source, "copy.txt");
  EXPECT_EQ(copy->text, d.text);
  EXPECT_EQ(s.known_sources().at("copy.txt"), "h");
}

TEST(Store, FailuresAreKeptOncePerSourceAndClearedBySuccess) {
  Store s(fresh_db("failures.db"));
  s.add_failure("a.html", "no article text found");
  s.add_failure("a.html", "no article text found");
  s.add_failure("b.warc#10", "bad WARC record");
  EXPECT_EQ(s.counts().failures, 2);
  Document d = sample_document();
  d.source = "a.html";
  s.add_article(d, content_hash("x"), pack_document(d));
  EXPECT_EQ(s.counts().failures, 1);
}

TEST(Store, QueryValuesAreBoundNeverPasted) {
  std::string path = fresh_db("inject.db");
  {
    Store s(path);
    Document d = sample_document();
    s.add_article(d, content_hash(d.text), pack_document(d));
  }
  Store s(path, /*read_only=*/true);
  QueryOptions q;
  q.what = "events";
  q.actor = "x' OR '1'='1";
  EXPECT_TRUE(query_store(s, q).rows.empty());
  q.actor = "'); DROP TABLE events; --";
  EXPECT_TRUE(query_store(s, q).rows.empty());
  q.actor = "%";
  EXPECT_TRUE(query_store(s, q).rows.empty()) << "% is a plain character, not a wildcard";
  EXPECT_EQ(s.counts().events, 1);
  q.actor = "marit";
  auto r = query_store(s, q);
  ASSERT_EQ(r.rows.size(), 1u);
  auto cameo = std::find(r.columns.begin(), r.columns.end(), "cameo");
  ASSERT_NE(cameo, r.columns.end());
  EXPECT_EQ(r.rows[0][static_cast<size_t>(cameo - r.columns.begin())].value_or(""), "036");
  q.actor = "nld";  // an actor code matches by prefix: the country finds NLDLAB and NLDBUS
  EXPECT_EQ(query_store(s, q).rows.size(), 1u);
  q.actor = "LAB";  // but not in its middle
  EXPECT_TRUE(query_store(s, q).rows.empty());
  q.actor = "";
  q.type = "03";
  EXPECT_EQ(query_store(s, q).rows.size(), 1u);
  q.type = "04";
  EXPECT_TRUE(query_store(s, q).rows.empty());
  q.type = "";
  q.since = "2024-03-13";
  EXPECT_TRUE(query_store(s, q).rows.empty());
  q.since = "2024-03-12";
  q.until = "2024-03-12";
  EXPECT_EQ(query_store(s, q).rows.size(), 1u);
  q.what = "quotes";
  q.actor = "de vries";
  EXPECT_EQ(query_store(s, q).rows.size(), 1u);
  q.since = "12/03/2024";
  EXPECT_THROW(query_store(s, q), Error);
}

// A store cut short: the error says which file and that it is damaged, as bad input.
TEST(Store, TruncatedStoreIsBadInputNamingTheFile) {
  std::string path = fresh_db("whole.db");
  {
    Store s(path);
    s.begin();
    for (int i = 0; i < 40; ++i) {
      Document d = sample_document();
      d.source = "sample" + std::to_string(i) + ".txt";
      d.text += std::string(static_cast<size_t>(200 + i), 'x');
      s.add_article(d, content_hash(d.text), pack_document(d));
    }
    s.commit();
  }
  std::string whole = testing::read_file(path);
  ASSERT_GT(whole.size(), 8192u);
  std::string cut = testing::temp_file("cut.db", whole.substr(0, whole.size() / 2));
  try {
    Store s(cut, /*read_only=*/true);
    s.counts();
    FAIL() << "a truncated store was read";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ExitCode::bad_input) << e.what();
    EXPECT_NE(std::string(e.what()).find(cut), std::string::npos) << e.what();
    EXPECT_NE(std::string(e.what()).find("damaged"), std::string::npos) << e.what();
  }
}

TEST(Store, RefusesFilesThatAreNotStores) {
  std::string path = testing::temp_file("not-a-db.db", "this is a text file, not SQLite, and it is long enough........");
  try {
    Store s(path);
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ExitCode::bad_input);
    EXPECT_NE(std::string(e.what()).find("not a dateline store"), std::string::npos) << e.what();
  }
}

}  // namespace
}  // namespace dateline
