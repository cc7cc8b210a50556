// Reading containers: every bad part is reported and skipped, the rest still comes through.
#include <gtest/gtest.h>

#include <filesystem>

#include "dateline/corpus.hpp"
#include "gzip_bytes.hpp"
#include "test_helpers.hpp"
#include "read_all.hpp"

namespace dateline {
namespace {

using testing::gzip_bytes;
using testing::scratch_dir;
using testing::temp_file;

using testing::Collected;
using testing::read_all;

std::string warc_record(const std::string& url, const std::string& html, long length_error = 0) {
  std::string http = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + html;
  return "WARC/1.1\r\nWARC-Type: response\r\nWARC-Target-URI: " + url +
         "\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: " +
         std::to_string(static_cast<long>(http.size()) + length_error) + "\r\n\r\n" + http + "\r\n\r\n";
}

std::string page(const std::string& words) {
  return "<html><body><article><p>" + words + ", said the spokesman on Monday in a statement.</p></article></body></html>";
}

TEST(CorpusReader, WarcRecordWithWrongLengthIsSkipped) {
  std::string warc = "WARC/1.0\r\nWARC-Type: warcinfo\r\nContent-Length: 4\r\n\r\nabcd\r\n\r\n" +
                     warc_record("https://a.example/1", page("First story")) +
                     warc_record("https://a.example/2", page("Second story"), -7) +
                     warc_record("https://a.example/3", page("Third story"));
  auto c = read_all(temp_file("three.warc", warc));
  ASSERT_EQ(c.items.size(), 2u);
  EXPECT_EQ(c.items[0].url.value_or(""), "https://a.example/1");
  EXPECT_EQ(c.items[1].url.value_or(""), "https://a.example/3");
  EXPECT_TRUE(c.items[0].html);
  ASSERT_EQ(c.failures.size(), 1u);
  EXPECT_NE(c.failures[0].reason.find("Content-Length"), std::string::npos) << c.failures[0].reason;
  Document d = document_from_item(c.items[1]);
  EXPECT_NE(d.text.find("Third story"), std::string::npos);
}

TEST(CorpusReader, WarcLengthPastTheEndIsReported) {
  auto c = read_all(temp_file("long.warc", warc_record("https://a.example/1", page("Only story"), 5000)));
  EXPECT_TRUE(c.items.empty());
  ASSERT_EQ(c.failures.size(), 1u);
  EXPECT_NE(c.failures[0].reason.find("past the end"), std::string::npos);
}

// A chunk size near 2^64 must not wrap the reader's offset: the record is bad, the next one
// is still read.
TEST(CorpusReader, WarcChunkSizeTooLargeIsABadRecord) {
  std::string body = "10\r\n<html><body><p>\r\nffffffffffffffee\r\nSpokesman said.</p>\r\n0\r\n\r\n";
  std::string http = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\n" + body;
  std::string chunked = "WARC/1.1\r\nWARC-Type: response\r\nContent-Type: application/http; msgtype=response\r\n"
                        "Content-Length: " + std::to_string(http.size()) + "\r\n\r\n" + http + "\r\n\r\n";
  std::string path = temp_file("chunked.warc", chunked + warc_record("https://a.example/2", page("Next story")));
  Collected c;
  ASSERT_EQ(testing::run_in_child(10, [&] { c = read_all(path); }), "finished");
  c = read_all(path);
  ASSERT_EQ(c.items.size(), 1u);
  EXPECT_EQ(c.items[0].url.value_or(""), "https://a.example/2");
  ASSERT_EQ(c.failures.size(), 1u);
  EXPECT_NE(c.failures[0].reason.find("chunked"), std::string::npos) << c.failures[0].reason;
}

TEST(CorpusReader, GzippedWarcWithOneMemberPerRecord) {
  std::string data = gzip_bytes(warc_record("https://a.example/1", page("One"))) +
                     gzip_bytes(warc_record("https://a.example/2", page("Two")));
  auto c = read_all(temp_file("two.warc.gz", data));
  EXPECT_EQ(c.items.size(), 2u);
  EXPECT_TRUE(c.failures.empty());
}

TEST(CorpusReader, TruncatedGzipIsReportedAndWholeLinesKept) {
  std::string lines;
  for (int i = 0; i < 200; ++i)
    lines += "{\"id\": \"n" + std::to_string(i) + "\", \"text\": \"Story number " + std::to_string(i) +
             " about the harbour talks and the strike.\"}\n";
  std::string gz = gzip_bytes(lines);
  auto c = read_all(temp_file("cut.jsonl.gz", gz.substr(0, gz.size() / 2)));
  ASSERT_FALSE(c.failures.empty());
  EXPECT_NE(c.failures[0].reason.find("truncated gzip"), std::string::npos) << c.failures[0].reason;
  EXPECT_LT(c.items.size(), 200u);
  for (const auto& i : c.items) EXPECT_NE(i.bytes.find("harbour talks"), std::string::npos);
}

TEST(CorpusReader, JsonlBadLineIsReportedOthersRead) {
  std::string data =
      "{\"id\": \"a\", \"title\": \"Talks\", \"date\": \"2024-03-12\", \"text\": \"The talks resumed.\"}\n"
      "this line is not json\n"
      "\n"
      "{\"html\": \"<p>A page in a dump, long enough to be a paragraph of text.</p>\", \"url\": \"https://x.example\"}\n"
      "{\"title\": \"no body\"}\n";
  auto c = read_all(temp_file("mixed.jsonl", data));
  ASSERT_EQ(c.items.size(), 2u);
  EXPECT_EQ(c.items[0].source.substr(c.items[0].source.size() - 2), "#a");
  EXPECT_EQ(c.items[0].date.value_or(""), "2024-03-12");
  EXPECT_TRUE(c.items[1].html);
  ASSERT_EQ(c.failures.size(), 2u);
  EXPECT_NE(c.failures[0].source.find(":2"), std::string::npos);
  EXPECT_NE(c.failures[0].reason.find("not JSON"), std::string::npos);
  EXPECT_NE(c.failures[1].reason.find("no `text` or `html`"), std::string::npos);
  Document d = document_from_item(c.items[0]);
  EXPECT_EQ(d.title_hint.value_or(""), "Talks");
  EXPECT_EQ(d.date.value_or(""), "2024-03-12");
}

// Valid JSON syntax the library still refuses (a number beyond double range) is one bad line,
// reported with its line number; the lines around it are read.
TEST(CorpusReader, JsonlNumberOutOfRangeIsABadLine) {
  std::string data = "{\"text\": \"The talks resumed on Monday.\"}\n"
                     "{\"title\": 1e999, \"text\": \"A title no double can hold.\"}\n"
                     "{\"text\": \"The strike ended on Friday.\"}\n";
  auto c = read_all(temp_file("range.jsonl", data));
  ASSERT_EQ(c.items.size(), 2u);
  EXPECT_NE(c.items[1].bytes.find("strike ended"), std::string::npos);
  ASSERT_EQ(c.failures.size(), 1u);
  EXPECT_NE(c.failures[0].source.find("range.jsonl:2"), std::string::npos) << c.failures[0].source;
  EXPECT_NE(c.failures[0].reason.find("1e999"), std::string::npos) << c.failures[0].reason;
}

TEST(CorpusReader, EmptyFileIsReported) {
  auto c = read_all(temp_file("zero.txt", ""));
  EXPECT_TRUE(c.items.empty());
  ASSERT_EQ(c.failures.size(), 1u);
  EXPECT_NE(c.failures[0].reason.find("empty"), std::string::npos);
}

TEST(CorpusReader, DirectoriesAreWalkedForKnownNames) {
  namespace fs = std::filesystem;
  std::string dir = scratch_dir() + "/walk";
  fs::remove_all(dir);
  fs::create_directories(dir + "/sub/.hidden");
  temp_file("walk/b.txt", "x");
  temp_file("walk/sub/a.html", "x");
  temp_file("walk/sub/c.jsonl.gz", "x");
  temp_file("walk/sub/notes.doc", "x");
  temp_file("walk/sub/.hidden/d.txt", "x");
  std::vector<CorpusFailure> missing;
  auto files = list_corpus_files({dir, "/nonexistent/dir"}, missing);
  ASSERT_EQ(files.size(), 3u);
  EXPECT_NE(files[0].find("b.txt"), std::string::npos);
  EXPECT_NE(files[1].find("sub/a.html"), std::string::npos);
  ASSERT_EQ(missing.size(), 1u);
}

TEST(CorpusReader, FormatsFromNamesAndContent) {
  EXPECT_EQ(format_from_name("a/b.WARC.gz"), InputFormat::warc);
  EXPECT_EQ(format_from_name("x.jsonl.gz"), InputFormat::jsonl);
  EXPECT_EQ(format_from_name("x.htm"), InputFormat::html);
  EXPECT_FALSE(format_from_name("x.pdf").has_value());
  EXPECT_EQ(sniff_format("WARC/1.0\r\n"), InputFormat::warc);
  EXPECT_EQ(sniff_format("  <!DOCTYPE html><html>"), InputFormat::html);
  EXPECT_EQ(sniff_format("{\"text\": \"a\"}\n"), InputFormat::jsonl);
  EXPECT_EQ(sniff_format("LONDON (Wire) - Talks resumed."), InputFormat::text);
}

}  // namespace
}  // namespace dateline
