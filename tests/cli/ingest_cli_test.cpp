// dateline ingest / stats / query end to end: bad inputs skipped, re-ingest adds nothing,
// kill -9 mid-ingest then re-run equals an uninterrupted run, values bound in queries.
#include <gtest/gtest.h>
#include <fcntl.h>
#include <signal.h>

#include <chrono>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <thread>

#include "dateline/store.hpp"
#include "gzip_bytes.hpp"
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

std::string story(int i) {
  return "Talks number " + std::to_string(i) + " resume\n\nPort operators and the union met on day " +
         std::to_string(i) + ", officials said.\n\nBoth sides called the meeting useful.\n";
}

nlohmann::json stats(const std::string& db) {
  auto r = run_cli("stats --format json --db " + db);
  EXPECT_EQ(r.exit_code, 0) << last_stderr();
  return nlohmann::json::parse(r.out, nullptr, false);
}

TEST(IngestCli, BadInputsAreReportedAndSkipped) {
  std::string dir = fresh_dir("bad_corpus");
  for (int i = 0; i < 3; ++i) write(dir + "/good" + std::to_string(i) + ".txt", story(i));
  write(dir + "/zero.txt", "");
  std::string gz = gzip_bytes("{\"text\": \"" + std::string(400, 'a') + " harbour\"}\n");
  write(dir + "/cut.jsonl.gz", gz.substr(0, gz.size() / 2));
  std::string http = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<p>Operators met the union on Friday.</p>";
  write(dir + "/bad.warc", "WARC/1.0\r\nWARC-Type: response\r\nContent-Type: application/http\r\nContent-Length: " +
                               std::to_string(http.size() - 9) + "\r\n\r\n" + http + "\r\n\r\n");
  std::string deep = "<html><body>";
  for (int i = 0; i < 100000; ++i) deep += "<div>";
  write(dir + "/deep.html", deep + "text");
  write(dir + "/lines.jsonl", "{\"text\": \"The union met operators on Monday.\"}\nnot json at all\n");
  std::string db = dir + "/news.db";
  auto r = run_cli("ingest -q --threads 2 " + dir + " --db " + db);
  EXPECT_EQ(r.exit_code, 1) << last_stderr();
  std::string err = last_stderr();
  for (const char* what : {"zero.txt", "cut.jsonl.gz", "bad.warc", "deep.html", "lines.jsonl:2"})
    EXPECT_NE(err.find(what), std::string::npos) << what << " not reported in:\n" << err;
  auto s = stats(db);
  EXPECT_EQ(s["articles"], 4);  // 3 stories + 1 good JSONL line
  EXPECT_EQ(s["failures"], 5);
}

TEST(IngestCli, JsonlLineWithANumberOutOfRangeIsReportedAndTheRestStored) {
  std::string dir = fresh_dir("range_corpus");
  write(dir + "/good.txt", story(1));
  write(dir + "/lines.jsonl", "{\"text\": \"The union met operators on Monday.\"}\n"
                              "{\"title\": 1e999, \"text\": \"The union met operators on Tuesday.\"}\n"
                              "{\"text\": \"The union met operators on Friday.\"}\n");
  std::string db = dir + "/news.db";
  auto r = run_cli("ingest -q --threads 2 " + dir + " --db " + db);
  EXPECT_EQ(r.exit_code, 1) << last_stderr();
  EXPECT_NE(last_stderr().find("lines.jsonl:2"), std::string::npos) << last_stderr();
  auto s = stats(db);
  EXPECT_EQ(s["articles"], 3);
  EXPECT_EQ(s["failures"], 1);
}

// A file name that is not UTF-8 is stored, and the JSON that shows it replaces its bad bytes.
TEST(IngestCli, FileNameThatIsNotUtf8IsStoredAndQueriedAsJson) {
  std::string dir = fresh_dir("latin1_names");
  write(dir + "/caf\xE9.txt", story(1));
  std::string db = dir + "/news.db";
  auto r = run_cli("ingest -q " + dir + " --db " + db);
  ASSERT_EQ(r.exit_code, 0) << last_stderr();
  EXPECT_EQ(stats(db)["articles"], 1);
  auto q = run_cli("query articles --format json --db " + db);
  ASSERT_EQ(q.exit_code, 0) << last_stderr();
  auto rows = nlohmann::json::parse(q.out, nullptr, false);
  ASSERT_TRUE(rows.is_array()) << q.out;
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_NE(rows[0]["source"].get<std::string>().find("caf\xEF\xBF\xBD.txt"), std::string::npos);
}

// A store cut short or overwritten is named in a clear error, exit 3 (not 70, a bug's).
TEST(IngestCli, DamagedStoreIsNamedWithExitThree) {
  std::string dir = fresh_dir("damaged");
  for (int i = 0; i < 30; ++i) write(dir + "/a" + std::to_string(i) + ".txt", story(i));
  std::string db = dir + "/news.db";
  ASSERT_EQ(run_cli("ingest -q " + dir + " --db " + db).exit_code, 0) << last_stderr();
  std::string whole = read_file(db);
  ASSERT_GT(whole.size(), 8192u);
  std::string truncated = dir + "/truncated.db", garbage = dir + "/garbage.db";
  write(truncated, whole.substr(0, whole.size() / 2));
  write(garbage, whole.substr(0, 100) + std::string(whole.size() - 100, '\xA5'));
  for (const std::string& bad : {truncated, garbage}) {
    for (const std::string& command : {"stats --db " + bad, "query articles --db " + bad, "ingest -q " + dir + "/a1.txt --db " + bad}) {
      auto r = run_cli(command);
      std::string err = last_stderr();
      EXPECT_EQ(r.exit_code, 3) << command << ": " << err;
      EXPECT_NE(err.find(bad), std::string::npos) << command << ": " << err;
      EXPECT_TRUE(err.find("damaged") != std::string::npos || err.find("not a dateline store") != std::string::npos)
          << command << ": " << err;
    }
  }
}

// A store in a folder this user may not write: the commands that only read it work. As root
// every folder is writable, so the commands then run as nobody.
TEST(IngestCli, StoreInAReadOnlyFolderCanBeReadAndServed) {
  std::string dir = fresh_dir("read_only");
  write(dir + "/a.txt", story(1));
  std::string db = dir + "/news.db";
  ASSERT_EQ(run_cli("ingest -q " + dir + " --db " + db).exit_code, 0) << last_stderr();
  ASSERT_FALSE(fs::exists(db + "-wal"));
  bool root = geteuid() == 0;
  std::string as_reader = root ? "setpriv --reuid=65534 --regid=65534 --clear-groups " : "";
  if (root) {
    fs::permissions(scratch_dir(), fs::perms::others_exec | fs::perms::others_read, fs::perm_options::add);
  } else {
    fs::permissions(dir, fs::perms::owner_write | fs::perms::group_write | fs::perms::others_write,
                    fs::perm_options::remove);
  }
  auto s = run_cli_with(as_reader, "stats --format json --db " + db);
  EXPECT_EQ(s.exit_code, 0) << last_stderr();
  EXPECT_EQ(nlohmann::json::parse(s.out, nullptr, false).value("articles", -1), 1) << s.out;
  auto q = run_cli_with(as_reader, "query articles --format csv --db " + db);
  EXPECT_EQ(q.exit_code, 0) << last_stderr();
  EXPECT_NE(q.out.find("a.txt"), std::string::npos) << q.out;
  // serve opens the store before it listens, and exits 3 when it cannot; SIGINT then stops it.
  auto served = run_cli_with(as_reader.empty() ? "timeout --preserve-status -s INT 3 "
                                               : "timeout --preserve-status -s INT 3 " + as_reader,
                             "serve --port 0 --db " + db);
  EXPECT_EQ(served.exit_code, 0) << last_stderr();
  // Writing there is refused clearly.
  auto w = run_cli_with(as_reader, "ingest -q " + dir + "/a.txt --db " + dir + "/other.db");
  EXPECT_EQ(w.exit_code, 3) << last_stderr();
  EXPECT_NE(last_stderr().find("other.db"), std::string::npos) << last_stderr();
  if (!root) fs::permissions(dir, fs::perms::owner_write, fs::perm_options::add);
}

TEST(IngestCli, SecondIngestAddsNothing) {
  std::string dir = fresh_dir("twice");
  for (int i = 0; i < 20; ++i) write(dir + "/s" + std::to_string(i) + ".txt", story(i));
  write(dir + "/copy.txt", story(3));  // the same content under another name
  std::string db = dir + "/news.db";
  ASSERT_EQ(run_cli("ingest -q " + dir + " --db " + db).exit_code, 0) << last_stderr();
  auto first = stats(db);
  EXPECT_EQ(first["articles"], 21) << "every file is an article";
  EXPECT_EQ(first["duplicates"], 1);
  ASSERT_EQ(run_cli("ingest -q " + dir + " --db " + db).exit_code, 0) << last_stderr();
  std::string summary = last_stderr();
  EXPECT_NE(summary.find("0 new articles (0 of them duplicates), 21 already stored"), std::string::npos) << summary;
  EXPECT_EQ(stats(db), first);
}

int64_t articles_visible(const std::string& db) {
  try {
    return Store(db, /*read_only=*/true).counts().articles;
  } catch (const std::exception&) {
    return 0;  // not created yet
  }
}

TEST(IngestCli, KilledIngestRerunEqualsUninterrupted) {
  std::string dir = fresh_dir("kill");
  std::string corpus = dir + "/corpus";
  fs::create_directories(corpus);
  for (int i = 0; i < 400; ++i) write(corpus + "/a" + std::to_string(i) + ".txt", story(i));
  write(corpus + "/broken.jsonl", "{\"text\": \"fine line about the talks\"}\n{oops\n");
  std::string killed_db = dir + "/killed.db", whole_db = dir + "/whole.db";

  pid_t pid = fork();
  ASSERT_GE(pid, 0);
  if (pid == 0) {
    int devnull = ::open("/dev/null", O_WRONLY);
    dup2(devnull, 2);
    execl(DATELINE_CLI, "dateline", "ingest", "-q", "--threads", "1", "--batch", "4", corpus.c_str(), "--db",
          killed_db.c_str(), static_cast<char*>(nullptr));
    _exit(127);
  }
  auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
  while (articles_visible(killed_db) == 0 && std::chrono::steady_clock::now() < deadline)
    std::this_thread::sleep_for(std::chrono::milliseconds(2));
  kill(pid, SIGKILL);
  int status = 0;
  waitpid(pid, &status, 0);
  bool killed_midway = WIFSIGNALED(status);
  int64_t before = articles_visible(killed_db);
  std::cerr << "killed mid-way: " << killed_midway << ", articles committed before the kill: " << before << '\n';

  run_cli("ingest -q " + corpus + " --db " + killed_db);
  run_cli("ingest -q " + corpus + " --db " + whole_db);
  auto resumed = stats(killed_db), whole = stats(whole_db);
  EXPECT_EQ(whole["articles"], 401);
  EXPECT_EQ(whole["failures"], 1);
  EXPECT_EQ(resumed, whole);
}

TEST(IngestCli, QueryBindsHostileActorValues) {
  std::string dir = fresh_dir("query");
  write(dir + "/a.txt", story(1));
  std::string db = dir + "/news.db";
  ASSERT_EQ(run_cli("ingest -q " + dir + " --db " + db).exit_code, 0);
  for (const char* what : {"events", "quotes", "entities", "articles"}) {
    auto r = run_cli(std::string("query ") + what + " --db " + db +
                     " --format json --actor \"x' OR 1=1; DROP TABLE articles; --\"");
    EXPECT_EQ(r.exit_code, 0) << what << ": " << last_stderr();
    EXPECT_EQ(nlohmann::json::parse(r.out, nullptr, false), nlohmann::json::array()) << what;
  }
  EXPECT_EQ(stats(db)["articles"], 1);
  auto all = run_cli("query articles --db " + db + " --format csv");
  EXPECT_EQ(all.exit_code, 0);
  EXPECT_NE(all.out.find("a.txt"), std::string::npos) << all.out;
  EXPECT_EQ(run_cli("query events --db " + db + " --since 2024-13-01").exit_code, 2);
  EXPECT_EQ(run_cli("stats --db " + dir + "/a.txt").exit_code, 3);
}

TEST(IngestCli, EvalHtmlStaysAboveItsMeasuredScore) {
  std::string gold = shared_dir() + "/data/html/trafilatura-eval";
  if (!fs::exists(gold + "/expected.json")) GTEST_SKIP() << "shared corpus absent";
  auto r = run_cli("eval html --format json --gold " + gold);
  ASSERT_EQ(r.exit_code, 0) << last_stderr();
  auto j = nlohmann::json::parse(r.out);
  EXPECT_GE(j["f1"].get<double>(), 90.0) << r.out;  // measured 90.34
}

}  // namespace
}  // namespace dateline::testing
