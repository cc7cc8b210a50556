#include <gtest/gtest.h>

#include "dateline/lemmatizer.hpp"
#include "tag/ud_smoke_data.hpp"

namespace dateline {
namespace {

TEST(EditScript, RoundTripsFormToLemma) {
  for (auto [form, lemma] : std::vector<std::pair<std::string, std::string>>{
           {"running", "run"}, {"The", "the"}, {"went", "go"}, {"Paris", "Paris"}, {"studies", "study"},
           {"naïvely", "naïve"}, {"'s", "be"}}) {
    std::string script = edit_script(form, lemma), out;
    ASSERT_TRUE(apply_edit_script(script, form, out)) << script;
    EXPECT_EQ(out, lemma) << form << " via " << script;
  }
}

TEST(EditScript, GeneralisesSuffixRules) {
  std::string out;
  ASSERT_TRUE(apply_edit_script(edit_script("studies", "study"), "replies", out));
  EXPECT_EQ(out, "reply");
  EXPECT_FALSE(apply_edit_script("k9|", "cat", out));   // cuts more than the word has
  EXPECT_FALSE(apply_edit_script("garbage", "cat", out));
}

TEST(LemmatizerSmoke, SmallTrainingRunBeatsIdentityBaseline) {
  if (!testing::have_ewt()) GTEST_SKIP() << "no ../shared/data/ud";
  learn::TrainOptions options;
  options.epochs = 3;
  Lemmatizer l = Lemmatizer::train(testing::ewt_slice("train", 400), {}, options);
  size_t ours = 0, identity = 0, total = 0;
  for (const auto& s : testing::ewt_slice("dev", 300))
    for (const auto& w : s.words) {
      ours += l.lemma_of(w.form, w.upos, w.xpos) == w.lemma;
      std::string lower = w.form;
      for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      identity += (w.upos == "PROPN" ? w.form : lower) == w.lemma;
      ++total;
    }
  EXPECT_GT(100.0 * ours / total, 100.0 * identity / total + 5.0);
  EXPECT_GT(100.0 * ours / total, 90.0);
}

}  // namespace
}  // namespace dateline
