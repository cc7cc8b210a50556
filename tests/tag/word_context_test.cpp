#include <gtest/gtest.h>

#include "tag/word_features.hpp"

namespace dateline::tagging {
namespace {

std::vector<WordKeys> keys_of(const std::vector<std::string>& words) {
  std::vector<WordKeys> keys;
  for (const auto& w : words) keys.push_back(word_keys(w));
  mark_sentence_context(keys);
  return keys;
}

TEST(WordContext, LetterCase) {
  EXPECT_EQ(word_keys("kerry").letter_case, 1);
  EXPECT_EQ(word_keys("Kerry").letter_case, 2);
  EXPECT_EQ(word_keys("NATO").letter_case, 3);
  EXPECT_EQ(word_keys("1999").letter_case, 0);
  EXPECT_EQ(word_keys("iPhone").letter_case, 1);
}

TEST(WordContext, HeadlinesAndRunningTextDiffer) {
  auto running = keys_of({"The", "minister", "met", "his", "counterpart", "in", "Beijing", "."});
  auto headline = keys_of({"Minister", "Meets", "Chinese", "Counterpart", "In", "Beijing"});
  auto shouting = keys_of({"MINISTER", "MEETS", "CHINESE", "COUNTERPART"});
  EXPECT_NE(running[0].sentence_case, headline[0].sentence_case);
  EXPECT_NE(headline[0].sentence_case, shouting[0].sentence_case);
  EXPECT_NE(running[0].sentence_case, shouting[0].sentence_case);
  for (const auto& k : headline) EXPECT_EQ(k.sentence_case, headline[0].sentence_case);  // one per sentence
}

TEST(WordContext, StraightQuotesOpenThenClose) {
  auto k = keys_of({"He", "said", "\"", "no", "\"", "and", "\"", "never", "\"", "."});
  EXPECT_EQ(k[2].open_quote, 0);  // opens
  EXPECT_EQ(k[3].open_quote, 1);  // inside
  EXPECT_EQ(k[4].open_quote, 1);  // closes
  EXPECT_EQ(k[5].open_quote, 0);
  EXPECT_EQ(k[6].open_quote, 0);
  EXPECT_EQ(k[8].open_quote, 1);
}

}  // namespace
}  // namespace dateline::tagging
