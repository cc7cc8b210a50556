// The HTTP server: every route against a small store, over a real socket, and its errors.
#include <gtest/gtest.h>
#include <httplib.h>

#include <filesystem>
#include <nlohmann/json.hpp>
#include <thread>

#include "dateline/error.hpp"
#include "dateline/ingest.hpp"
#include "dateline/server.hpp"
#include "dateline/store.hpp"
#include "test_helpers.hpp"

namespace dateline {
namespace {

using Json = nlohmann::json;

const Pipeline& pipeline() {
  static const Pipeline p = Pipeline::standard();
  return p;
}

// A store with two articles of our own, run through the whole pipeline.
std::string sample_store() {
  std::string path = testing::scratch_dir() + "/served.db";
  for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path + suffix);
  Store store(path);
  store.begin();
  const char* articles[] = {
      "Harbour talks resume\n\nROTTERDAM — Dutch union leader Marit de Vries met port operators on Monday. "
      "\"We want a fair deal,\" she said.\n",
      "Rain delays the harvest\n\nFarmers in Kenya said the rains came late this year.\n"};
  int n = 0;
  for (const char* text : articles) {
    ReadOptions options;
    options.date = "2024-03-1" + std::to_string(n);
    Document doc = document_from_text(text, "article" + std::to_string(++n) + ".txt", options);
    pipeline().run(doc);
    store.add_article(doc, content_hash(text), pack_document(doc));
  }
  store.commit();
  return path;
}

// A server on a free port, serving on its own thread for the test's lifetime.
class Served {
 public:
  explicit Served(ServerOptions options) : server_(pipeline(), std::move(options)) {
    port_ = server_.bind("127.0.0.1", 0);
    thread_ = std::thread([this] { server_.run(); });
  }
  ~Served() {
    server_.stop();
    thread_.join();
  }
  httplib::Client client() const { return httplib::Client("127.0.0.1", port_); }

 private:
  HttpServer server_;
  int port_ = 0;
  std::thread thread_;
};

TEST(HttpServer, ServesThePageStatsQueriesAndDocuments) {
  Served served(ServerOptions{sample_store()});
  auto cli = served.client();

  auto page = cli.Get("/");
  ASSERT_TRUE(page);
  EXPECT_EQ(page->status, 200);
  EXPECT_NE(page->body.find("<title>dateline</title>"), std::string::npos);

  auto stats = cli.Get("/api/stats");
  ASSERT_TRUE(stats);
  EXPECT_EQ(Json::parse(stats->body)["articles"], 2);

  auto articles = cli.Get("/api/query/articles?since=2024-03-11");
  ASSERT_TRUE(articles);
  Json rows = Json::parse(articles->body)["rows"];
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0]["headline"], "Rain delays the harvest");

  // Paging: a cut answer gives the total and where the next page starts.
  auto first = cli.Get("/api/query/articles?limit=1");
  ASSERT_TRUE(first);
  Json page1 = Json::parse(first->body);
  ASSERT_EQ(page1["rows"].size(), 1u);
  EXPECT_EQ(page1["total"], 2);
  EXPECT_EQ(page1["next_offset"], 1);
  auto second = cli.Get("/api/query/articles?limit=1&offset=1");
  ASSERT_TRUE(second);
  Json page2 = Json::parse(second->body);
  ASSERT_EQ(page2["rows"].size(), 1u);
  EXPECT_NE(page2["rows"][0]["id"], page1["rows"][0]["id"]);
  EXPECT_TRUE(page2["next_offset"].is_null());
  auto all = cli.Get("/api/query/articles?limit=0");
  ASSERT_TRUE(all);
  EXPECT_EQ(Json::parse(all->body)["rows"].size(), 2u);
  EXPECT_EQ(Json::parse(all->body)["limit"], 1000) << "0 asks for the most one answer holds";

  auto doc = cli.Get("/api/articles/" + rows[0]["id"].get<std::string>());
  ASSERT_TRUE(doc);
  EXPECT_EQ(doc->status, 200);
  Json j = Json::parse(doc->body);
  EXPECT_EQ(j["schema"], "dateline.document/1");
  EXPECT_EQ(j["source"], "article2.txt");
}

TEST(HttpServer, BadRequestsGetJsonErrorsWithTheRightStatus) {
  ServerOptions options{sample_store()};
  options.max_body_bytes = 4096;
  Served served(options);
  auto cli = served.client();
  auto status_and_error = [](const httplib::Result& r) {
    return std::make_pair(r ? r->status : -1, r ? Json::parse(r->body).value("error", "") : "");
  };

  auto [bad_date, why] = status_and_error(cli.Get("/api/query/events?since=2024-02-30"));
  EXPECT_EQ(bad_date, 400);
  EXPECT_NE(why.find("YYYY-MM-DD"), std::string::npos);
  EXPECT_EQ(status_and_error(cli.Get("/api/query/people")).first, 400);
  EXPECT_EQ(status_and_error(cli.Get("/api/query/events?limit=lots")).first, 400);
  EXPECT_EQ(status_and_error(cli.Get("/api/query/events?offset=-1")).first, 400);
  EXPECT_EQ(status_and_error(cli.Get("/api/query/quotes?unique=1")).first, 400);
  EXPECT_EQ(status_and_error(cli.Get("/api/articles/999")).first, 404);
  EXPECT_EQ(status_and_error(cli.Get("/no/such/route")).first, 404);
  EXPECT_EQ(status_and_error(cli.Post("/api/read", "", "text/plain")).first, 400);
  EXPECT_EQ(status_and_error(cli.Post("/api/read", std::string("\x89PNG\r\n\x1a\n\0\0\0", 11), "text/plain")).first, 400);
  EXPECT_EQ(status_and_error(cli.Post("/api/read", std::string(10000, 'a'), "text/plain")).first, 413);
  EXPECT_EQ(status_and_error(cli.Post("/api/read?date=yesterday", "Text.", "text/plain")).first, 400);
}

// Paths and parameters are percent-decoded to any bytes at all; those that are not UTF-8
// still get a JSON answer with the right status, and the server goes on serving.
TEST(HttpServer, BytesThatAreNotUtf8GetJsonErrors) {
  Served served(ServerOptions{sample_store()});
  auto cli = served.client();
  auto not_found = cli.Get("/%ff");
  ASSERT_TRUE(not_found);
  EXPECT_EQ(not_found->status, 404);
  Json error = Json::parse(not_found->body, nullptr, false);
  ASSERT_FALSE(error.is_discarded()) << not_found->body;
  EXPECT_NE(error.value("error", "").find("no route /\xEF\xBF\xBD"), std::string::npos) << not_found->body;

  auto since = cli.Get("/api/query/events?since=%ff");
  ASSERT_TRUE(since);
  EXPECT_EQ(since->status, 400);
  EXPECT_FALSE(Json::parse(since->body, nullptr, false).is_discarded()) << since->body;
  auto date = cli.Post("/api/read?date=%ff", "Officials met on Monday.", "text/plain");
  ASSERT_TRUE(date);
  EXPECT_EQ(date->status, 400);
  EXPECT_FALSE(Json::parse(date->body, nullptr, false).is_discarded()) << date->body;

  auto stats = cli.Get("/api/stats");
  ASSERT_TRUE(stats);
  EXPECT_EQ(stats->status, 200);
}

// A store damaged while the server runs is the server's fault (500), named in the error.
TEST(HttpServer, AStoreDamagedWhileServingAnswers500) {
  std::string path = sample_store();
  Served served(ServerOptions{path});
  auto cli = served.client();
  ASSERT_EQ(cli.Get("/api/stats")->status, 200);
  std::string whole = testing::read_file(path);
  std::ofstream(path, std::ios::binary | std::ios::trunc) << whole.substr(0, 100) << std::string(whole.size() - 100, '\xA5');
  auto stats = cli.Get("/api/stats");
  ASSERT_TRUE(stats);
  EXPECT_EQ(stats->status, 500);
  EXPECT_NE(Json::parse(stats->body).value("error", "").find("served.db"), std::string::npos) << stats->body;
}

TEST(HttpServer, ReadsAPostedArticleWithoutAStore) {
  Served served(ServerOptions{});
  auto cli = served.client();
  auto r = cli.Post("/api/read?date=2024-05-02", "Kenya and Uganda signed a trade deal on Tuesday.\n", "text/plain");
  ASSERT_TRUE(r);
  ASSERT_EQ(r->status, 200);
  Json j = Json::parse(r->body);
  EXPECT_EQ(j["date"], "2024-05-02");
  EXPECT_FALSE(j["sentences"].empty());
  // The store routes say there is no store rather than failing obscurely.
  auto stats = cli.Get("/api/stats");
  ASSERT_TRUE(stats);
  EXPECT_EQ(stats->status, 404);
}

TEST(HttpServer, AMissingStoreFailsAtBindNotOnTheFirstRequest) {
  HttpServer server(pipeline(), ServerOptions{testing::scratch_dir() + "/no-such.db"});
  EXPECT_THROW(server.bind("127.0.0.1", 0), Error);
}

}  // namespace
}  // namespace dateline
