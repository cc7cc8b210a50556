// The SQLite store: rows for everything in a Document, dedupe, failures, bound queries.
#include <gtest/gtest.h>

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
  EXPECT_TRUE(s.add_article(d, content_hash(d.text), pack_document(d)));
  s.commit();
  StoreCounts c = s.counts();
  EXPECT_EQ(c.articles, 1);
  EXPECT_EQ(c.inputs, 1);
  EXPECT_EQ(c.entities, 1);
  EXPECT_EQ(c.mentions, 1);
  EXPECT_EQ(c.quotes, 1);
  EXPECT_EQ(c.events, 1);
  auto back = s.load_document(1);
  ASSERT_TRUE(back.has_value());
  EXPECT_EQ(back->text, d.text);
  EXPECT_EQ(back->headline.value_or(""), "Harbour talks resume");
}

TEST(Store, SameContentIsStoredOnceWithEverySource) {
  Store s(fresh_db("dedupe.db"));
  Document d = sample_document();
  std::string hash = content_hash(d.text);
  s.begin();
  EXPECT_TRUE(s.add_article(d, hash, pack_document(d)));
  d.source = "copy-of-sample.txt";
  EXPECT_FALSE(s.add_article(d, hash, pack_document(d)));
  EXPECT_FALSE(s.add_article(d, hash, pack_document(d)));
  s.commit();
  StoreCounts c = s.counts();
  EXPECT_EQ(c.articles, 1);
  EXPECT_EQ(c.inputs, 2);
  EXPECT_EQ(c.events, 1);
  EXPECT_EQ(s.known_hashes().count(hash), 1u);
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
  EXPECT_EQ(r.rows[0][3].value_or(""), "036");
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
