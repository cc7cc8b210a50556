// `dateline read -f events` over several files: one table.
#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

#include "test_helpers.hpp"

namespace {

using namespace dateline::testing;

// Several files give one table: one header, and every row says its event, article and file.
TEST(ReadEventsCli, OneHeaderForEveryFileAndIdColumns) {
  std::string a = temp_file("praise_a.txt", "Norway praised Sweden on Monday.\n");
  std::string b = temp_file("praise_b.txt", "Germany criticised France on Tuesday.\n");
  auto r = run_cli("read -f events --date 2024-03-12 " + a + " " + b);
  ASSERT_EQ(r.exit_code, 0) << last_stderr();
  std::istringstream in(r.out);
  std::string line;
  size_t headers = 0, rows = 0;
  std::vector<std::string> header;
  bool saw_a = false, saw_b = false;
  while (std::getline(in, line)) {
    std::vector<std::string> cols;
    std::stringstream ss(line);
    for (std::string c; std::getline(ss, c, '\t');) cols.push_back(c);
    if (line.starts_with("#")) {
      ++headers;
      header = cols;
      continue;
    }
    ++rows;
    ASSERT_EQ(cols.size(), 15u) << line;
    EXPECT_EQ(cols[12], cols[13] + "-1") << "one event per story: its id is the article's and 1";
    EXPECT_EQ(cols[13].size(), 16u) << line;
    saw_a |= cols[14] == a;
    saw_b |= cols[14] == b;
  }
  EXPECT_EQ(headers, 1u) << r.out;
  ASSERT_EQ(header.size(), 15u);
  EXPECT_EQ(header[12], "event_id");
  EXPECT_EQ(header[13], "article_id");
  EXPECT_EQ(header[14], "article_source");
  EXPECT_EQ(rows, 2u) << r.out;
  EXPECT_TRUE(saw_a && saw_b) << r.out;
}

}  // namespace
