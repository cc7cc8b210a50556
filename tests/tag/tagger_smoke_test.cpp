#include <gtest/gtest.h>

#include <map>

#include "dateline/error.hpp"
#include "dateline/learn/ud_data.hpp"
#include "dateline/tagger.hpp"
#include "ud_smoke_data.hpp"

namespace dateline {
namespace {

double upos_accuracy(const Tagger& tagger, const std::vector<conllu::Sentence>& gold) {
  size_t right = 0, total = 0;
  for (const auto& s : gold) {
    auto words = learn::bare_tokens(s);
    tagger.tag(words);
    for (size_t i = 0; i < words.size(); ++i) right += words[i].upos == s.words[i].upos, ++total;
  }
  return 100.0 * right / total;
}

// Most frequent UPOS per form in `train`, NOUN for unseen forms.
double baseline_accuracy(const std::vector<conllu::Sentence>& train, const std::vector<conllu::Sentence>& gold) {
  std::map<std::string, std::map<std::string, int>> counts;
  for (const auto& s : train)
    for (const auto& w : s.words) counts[w.form][w.upos]++;
  size_t right = 0, total = 0;
  for (const auto& s : gold)
    for (const auto& w : s.words) {
      std::string guess = "NOUN";
      if (auto it = counts.find(w.form); it != counts.end())
        guess = std::max_element(it->second.begin(), it->second.end(),
                                 [](const auto& a, const auto& b) { return a.second < b.second; })->first;
      right += guess == w.upos, ++total;
    }
  return 100.0 * right / total;
}

TEST(TaggerSmoke, SmallTrainingRunBeatsMostFrequentTagBaseline) {
  if (!testing::have_ewt()) GTEST_SKIP() << "no ../shared/data/ud";
  auto train = testing::ewt_slice("train", 400);
  auto dev = testing::ewt_slice("dev", 300);
  Tagger::Options options;
  options.epochs = 4;
  Tagger tagger = Tagger::train(train, {}, options);
  double ours = upos_accuracy(tagger, dev), baseline = baseline_accuracy(train, dev);
  EXPECT_GT(ours, baseline + 8.0) << "tagger " << ours << " vs baseline " << baseline;
}

TEST(TaggerSmoke, EnsembleOfMembersIsAtLeastAsGoodAsOneAndDeterministic) {
  if (!testing::have_ewt()) GTEST_SKIP() << "no ../shared/data/ud";
  auto train = testing::ewt_slice("train", 300);
  auto dev = testing::ewt_slice("dev", 200);
  Tagger::Options options;
  options.epochs = 2;
  double single = upos_accuracy(Tagger::train(train, {}, options), dev);
  options.members = 3;
  double mean = upos_accuracy(Tagger::train(train, {}, options), dev);
  EXPECT_GE(mean, single - 0.5) << "ensemble " << mean << " vs one tagger " << single;
  EXPECT_EQ(mean, upos_accuracy(Tagger::train(train, {}, options), dev));  // threads, yet fixed by the seed
}

TEST(TaggerSmoke, SaveLoadTagsIdentically) {
  if (!testing::have_ewt()) GTEST_SKIP() << "no ../shared/data/ud";
  auto train = testing::ewt_slice("train", 150);
  Tagger::Options options;
  options.epochs = 2;
  Tagger tagger = Tagger::train(train, {}, options);
  std::string path = testing::scratch_dir() + "/smoke_tagger.dlm";
  tagger.save(path);
  Tagger back = Tagger::load(path);
  for (const auto& s : testing::ewt_slice("dev", 50)) {
    auto a = learn::bare_tokens(s), b = learn::bare_tokens(s);
    tagger.tag(a);
    back.tag(b);
    for (size_t i = 0; i < a.size(); ++i) {
      EXPECT_EQ(a[i].xpos, b[i].xpos);
      EXPECT_EQ(a[i].feats, b[i].feats);
    }
  }
}

TEST(TaggerSmoke, WordClustersAreLearnedStoredAndUsed) {
  std::string news = testing::shared_dir() + "/data/news/bbc/politics";
  if (!testing::have_ewt() || !std::filesystem::exists(news)) GTEST_SKIP() << "no ../shared/data";
  auto train = testing::ewt_slice("train", 150);
  Tagger::Options options;
  options.epochs = 2;
  options.unlabeled = {news};
  Tagger with = Tagger::train(train, {}, options);
  std::string path = testing::scratch_dir() + "/smoke_tagger_clusters.dlm";
  with.save(path);
  EXPECT_GT(learn::ModelReader(path, Tagger::kKind, Tagger::kVersion).strings("clusters.words").size(), 1000u);
  Tagger back = Tagger::load(path);
  options.unlabeled.clear();
  Tagger without = Tagger::train(train, {}, options);
  size_t differ = 0;
  for (const auto& s : testing::ewt_slice("dev", 100)) {
    auto a = learn::bare_tokens(s), b = learn::bare_tokens(s), c = learn::bare_tokens(s);
    with.tag(a);
    back.tag(b);
    without.tag(c);
    for (size_t i = 0; i < a.size(); ++i) {
      EXPECT_EQ(a[i].xpos, b[i].xpos);
      differ += a[i].xpos != c[i].xpos;
    }
  }
  EXPECT_GT(differ, 0u) << "the cluster features changed nothing";
}

TEST(TaggerModel, WrongKindIsABadResource) {
  learn::ModelWriter w("parser", 1);
  std::string path = testing::scratch_dir() + "/not_a_tagger.dlm";
  w.save(path);
  try {
    Tagger::load(path);
    FAIL() << "loaded a parser file as a tagger";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ExitCode::bad_resource);
  }
}

TEST(TaggerModel, StageIsSkippedWithoutModel) {
  std::string why;
  EXPECT_EQ(make_tag_stage(testing::scratch_dir() + "/no-such-dir", why), nullptr);
  EXPECT_NE(why.find("en_tagger.dlm"), std::string::npos);
}

TEST(TaggerModel, EmptySentenceIsFine) {
  if (!testing::have_ewt()) GTEST_SKIP() << "no ../shared/data/ud";
  Tagger::Options options;
  options.epochs = 1;
  Tagger tagger = Tagger::train(testing::ewt_slice("train", 20), {}, options);
  std::vector<Token> none;
  tagger.tag(none);
  EXPECT_TRUE(none.empty());
}

}  // namespace
}  // namespace dateline
