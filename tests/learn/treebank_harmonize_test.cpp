// read_treebanks: later treebanks' punctuation tags follow the first treebank's clear convention.
#include <gtest/gtest.h>

#include "dateline/learn/ud_data.hpp"
#include "test_helpers.hpp"

namespace dateline {
namespace {

// One sentence "a <mark> b" with the mark tagged `xpos`.
std::string sentence(const std::string& mark, const std::string& xpos) {
  return "1\ta\ta\tNOUN\tNN\t_\t0\troot\t_\t_\n"
         "2\t" + mark + "\t" + mark + "\tPUNCT\t" + xpos + "\t_\t1\tpunct\t_\t_\n"
         "3\tb\tb\tNOUN\tNN\t_\t1\tconj\t_\t_\n\n";
}

std::string repeated(const std::string& mark, const std::string& xpos, int times) {
  std::string out;
  for (int i = 0; i < times; ++i) out += sentence(mark, xpos);
  return out;
}

std::string mark_tag(const std::vector<conllu::Sentence>& all, size_t s) { return all[s].words[1].xpos; }

TEST(TreebankHarmonize, LaterFileTakesTheFirstFilesClearConvention) {
  // First file: ";" is always ","; "-" is HYPH 6 times and ":" 4 times (no clear convention).
  std::string first = testing::temp_file("harm_first.conllu", repeated(";", ",", 10) + repeated("-", "HYPH", 6) +
                                                                 repeated("-", ":", 4) + repeated("~", "SYM", 2));
  // Second file tags ";" as ":", "-" as ":", and "~" (rare in the first file) as NFP.
  std::string second =
      testing::temp_file("harm_second.conllu", sentence(";", ":") + sentence("-", ":") + sentence("~", "NFP"));
  auto all = learn::read_treebanks(first + "," + second);
  ASSERT_EQ(all.size(), 25u);
  EXPECT_EQ(mark_tag(all, 22), ",");    // clear convention: harmonised
  EXPECT_EQ(mark_tag(all, 23), ":");    // the first file uses ":" too: left alone
  EXPECT_EQ(mark_tag(all, 24), "NFP");  // too rare in the first file to say
  // The first file itself is never changed, and a single file is read as it is.
  EXPECT_EQ(mark_tag(all, 0), ",");
  auto alone = learn::read_treebanks(second);
  EXPECT_EQ(mark_tag(alone, 0), ":");
}

TEST(TreebankHarmonize, WordsAreNeverRetagged) {
  std::string first = testing::temp_file("harm_words1.conllu", repeated(";", ",", 12));
  std::string second = testing::temp_file("harm_words2.conllu", sentence(";", ":"));
  auto all = learn::read_treebanks(first + "," + second);
  EXPECT_EQ(all.back().words[0].xpos, "NN");
  EXPECT_EQ(all.back().words[2].xpos, "NN");
}

}  // namespace
}  // namespace dateline
