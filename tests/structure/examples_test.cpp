// The example articles in examples/ feed the demo: each must come apart cleanly.
#include <filesystem>
#include <map>

#include "structure/structure_test_util.hpp"
#include "test_helpers.hpp"

using dateline::testing::read_file;
using dateline::testing::source_dir;
using dateline::testing::structured;

TEST(StructureExamples, EachExampleHasHeadlineDatelineAndCleanBody) {
  namespace fs = std::filesystem;
  // Expected dateline country per example ("" = a place with no country, the U.N.).
  const std::map<std::string, std::string> country = {
      {"01_beijing_talks.txt", "CHN"}, {"02_brussels_sanctions.txt", "BEL"},
      {"03_seoul_missile.txt", "KOR"}, {"04_un_ceasefire.txt", ""},
      {"05_nairobi_accord.txt", "KEN"}, {"06_berlin_energy.txt", "DEU"}};
  size_t seen = 0;
  for (const auto& entry : fs::directory_iterator(source_dir() + "/examples")) {
    if (entry.path().extension() != ".txt") continue;
    std::string name = entry.path().filename().string();
    auto it = country.find(name);
    if (it == country.end()) continue;  // examples added later are checked by their own tests
    ++seen;
    std::string in = read_file(entry.path().string());
    auto doc = structured(in);
    SCOPED_TRACE(name);
    ASSERT_TRUE(doc.headline);
    EXPECT_TRUE(in.starts_with(*doc.headline));
    ASSERT_TRUE(doc.dateline);
    EXPECT_EQ(doc.dateline->country, it->second);
    EXPECT_GE(doc.paragraphs.size(), 3u);
    for (const auto& b : doc.boilerplate) EXPECT_EQ(doc.text.find(b.text), std::string::npos) << b.text;
    for (const auto& c : doc.captions) {
      EXPECT_FALSE(c.credit.empty());
      EXPECT_EQ(doc.text.find(c.text), std::string::npos);
    }
    if (doc.byline) {
      EXPECT_EQ(doc.text.find(*doc.byline), std::string::npos);
    }
  }
  EXPECT_EQ(seen, country.size());
}
