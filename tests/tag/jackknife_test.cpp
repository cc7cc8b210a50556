#include <gtest/gtest.h>

#include "dateline/tagger.hpp"
#include "ud_smoke_data.hpp"

namespace dateline {
namespace {

double xpos_agreement(const std::vector<conllu::Sentence>& a, const std::vector<conllu::Sentence>& b) {
  size_t same = 0, total = 0;
  for (size_t s = 0; s < a.size(); ++s)
    for (size_t i = 0; i < a[s].words.size(); ++i) same += a[s].words[i].xpos == b[s].words[i].xpos, ++total;
  return 100.0 * same / total;
}

TEST(Jackknife, TagsComeFromTaggersThatNeverSawTheSentence) {
  if (!testing::have_ewt()) GTEST_SKIP() << "no ../shared/data/ud";
  auto gold = testing::ewt_slice("train", 300);
  auto tagged = gold;
  Tagger::Options options;
  options.epochs = 3;
  jackknife_tags(tagged, 3, options);
  ASSERT_EQ(tagged.size(), gold.size());
  for (size_t s = 0; s < gold.size(); ++s) {
    ASSERT_EQ(tagged[s].words.size(), gold[s].words.size());
    for (size_t i = 0; i < gold[s].words.size(); ++i) {
      EXPECT_EQ(tagged[s].words[i].form, gold[s].words[i].form);  // same sentence, same place
      EXPECT_EQ(tagged[s].words[i].head, gold[s].words[i].head);  // the tree is kept
      EXPECT_FALSE(tagged[s].words[i].xpos.empty());
    }
  }
  // Held-out tags are good but not perfect; a tagger that had seen the sentence would be
  // near 100% on it.
  double held_out = xpos_agreement(tagged, gold);
  EXPECT_GT(held_out, 75.0);
  EXPECT_LT(held_out, 97.0);
  Tagger seen = Tagger::train(gold, {}, options);
  auto retagged = gold;
  retag(retagged, seen);
  EXPECT_GT(xpos_agreement(retagged, gold), held_out + 3.0);
}

}  // namespace
}  // namespace dateline
