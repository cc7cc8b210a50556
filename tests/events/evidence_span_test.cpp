// Every event's evidence is a span of its own sentence, also when the source is a pronoun
// whose antecedent sits in an earlier sentence (the antecedent's word indexes belong to that
// sentence; reading them here once gave garbage offsets).
#include <gtest/gtest.h>

#include <filesystem>
#include <nlohmann/json.hpp>

#include "test_helpers.hpp"

namespace {

TEST(EventEvidence, StaysInsideItsSentenceWithPronounSources) {
  if (!std::filesystem::exists(dateline::testing::source_dir() + "/models/en_parser.dlm")) GTEST_SKIP() << "no models";
  std::string article = dateline::testing::temp_file(
      "pronoun_events.txt",
      "Kerry arrives in Beijing\n\n"
      "BEIJING (AP) — U.S. Secretary of State John Kerry arrived in Beijing on Friday for talks with "
      "Chinese leaders about North Korea.\n\n"
      "He praised China for its help and he urged Beijing to press Pyongyang harder.\n\n"
      "Chinese Foreign Minister Wang Yi met Kerry later. He criticized North Korea over its weapons tests.\n\n"
      "The general met officials in the capital on Monday, and after a long dinner with ministers and "
      "bankers the visit went well, according to a government spokesman. He arrived in Britain.\n");
  auto r = dateline::testing::run_cli("read --format json --date 2014-02-14 " + article);
  ASSERT_EQ(r.exit_code, 0) << dateline::testing::last_stderr();
  auto doc = nlohmann::json::parse(r.out);
  const std::string text = doc["text"];
  ASSERT_FALSE(doc["events"].empty()) << r.out;
  bool pronoun_source = false;
  for (const auto& e : doc["events"]) {
    size_t start = e["evidence"]["start"], end = e["evidence"]["end"];
    ASSERT_LT(start, end) << e.dump();
    ASSERT_LE(end, text.size()) << e.dump();
    EXPECT_EQ(e["evidence"]["text"], text.substr(start, end - start));
    const auto& sentence = doc["sentences"][e["sentence"].get<size_t>()];
    EXPECT_GE(start, sentence["start"].get<size_t>()) << e.dump();
    EXPECT_LE(end, sentence["end"].get<size_t>()) << e.dump();
    // A pronoun source is this sentence's word, so the evidence starts with it.
    pronoun_source |= e["evidence"]["text"].get<std::string>().rfind("He ", 0) == 0;
  }
  EXPECT_TRUE(pronoun_source) << "no evidence starts at a pronoun subject: " << r.out;
}

}  // namespace

namespace {

// "he" and "she" are people: a pronoun whose person has no actor code is not replaced by a
// place named before it ("the Lisbon trial").
TEST(EventPronouns, APersonalPronounIsNeverAPlace) {
  if (!std::filesystem::exists(dateline::testing::source_dir() + "/models/en_parser.dlm")) GTEST_SKIP() << "no models";
  std::string article = dateline::testing::temp_file(
      "pronoun_place.txt",
      "Trial opens in Lisbon\n\n"
      "During the second day of questioning in the Lisbon trial Mr Tavares played down his role and "
      "denied the charges. He accused the prosecutors of lying.\n");
  auto r = dateline::testing::run_cli("read --format json " + article);
  ASSERT_EQ(r.exit_code, 0) << dateline::testing::last_stderr();
  auto doc = nlohmann::json::parse(r.out);
  for (const auto& e : doc["events"]) EXPECT_NE(e["source"]["code"], "PRT") << e.dump();
}

}  // namespace
