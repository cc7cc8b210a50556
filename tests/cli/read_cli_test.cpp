// The CLI's contract for bad input: a clear message and a documented exit code, never a crash.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "test_helpers.hpp"

namespace dateline::testing {
namespace {

TEST(ReadCli, UnknownFlagIsUsageError) {
  auto r = run_cli("read --no-such-flag");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(last_stderr().find("--no-such-flag"), std::string::npos);
}

TEST(ReadCli, MissingFileIsBadInput) {
  auto r = run_cli("read /nonexistent/article.txt");
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_NE(last_stderr().find("no such file"), std::string::npos);
}

TEST(ReadCli, EmptyFileIsBadInput) {
  auto r = run_cli("read " + temp_file("empty.txt", ""));
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_NE(last_stderr().find("empty input"), std::string::npos);
}

TEST(ReadCli, BinaryFileIsBadInput) {
  auto r = run_cli("read " + temp_file("binary.bin", std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16)));
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_NE(last_stderr().find("binary"), std::string::npos);
}

TEST(ReadCli, InvalidUtf8IsRepairedAndFlagged) {
  auto r = run_cli("read -f json " + temp_file("bad.txt", "Caf\xC3\xA9 prices rose \xFF sharply.\n"));
  ASSERT_EQ(r.exit_code, 0);
  auto j = nlohmann::json::parse(r.out);
  EXPECT_NE(j["text"].get<std::string>().find("\xEF\xBF\xBD"), std::string::npos);
  ASSERT_TRUE(j.contains("warnings"));
  EXPECT_NE(j["warnings"][0].get<std::string>().find("invalid UTF-8"), std::string::npos);
}

TEST(ReadCli, InvalidUtf8RejectedWithStrictFlag) {
  auto r = run_cli("read --strict-utf8 " + temp_file("bad2.txt", "Caf\xC3\xA9 prices rose \xFF sharply.\n"));
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_NE(last_stderr().find("invalid UTF-8 at byte"), std::string::npos);
}

TEST(ReadCli, TooLargeInputIsRefusedClearly) {
  std::string big(200000, 'a');
  auto r = run_cli("read --max-bytes 100000 " + temp_file("big.txt", big));
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_NE(last_stderr().find("too large"), std::string::npos);
}

TEST(ReadCli, OneBadFileAmongGoodOnesIsPartial) {
  auto good = temp_file("good.txt", "Officials met on Monday.\n");
  auto r = run_cli("read -f jsonl " + good + " /nonexistent.txt " + good);
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(std::count(r.out.begin(), r.out.end(), '\n'), 2);
}

TEST(ReadCli, BadDateIsUsageError) {
  auto r = run_cli("read --date 2014-02-30 " + temp_file("d.txt", "Text.\n"));
  EXPECT_EQ(r.exit_code, 2);
}

TEST(ReadCli, JsonHasEveryContractKey) {
  auto r = run_cli("read -f json " + temp_file("k.txt", "Officials met on Monday.\n"));
  ASSERT_EQ(r.exit_code, 0);
  auto j = nlohmann::json::parse(r.out);
  for (const char* key : {"schema", "id", "source", "date", "headline", "dateline", "byline", "captions",
                          "boilerplate", "text", "paragraphs", "sentences", "entities", "quotes", "events"})
    EXPECT_TRUE(j.contains(key)) << key;
  EXPECT_EQ(j["schema"], "dateline.document/1");
}

}  // namespace
}  // namespace dateline::testing
