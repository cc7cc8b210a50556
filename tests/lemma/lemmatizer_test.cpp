#include <gtest/gtest.h>

#include <filesystem>

#include "dateline/lemmatizer.hpp"
#include "tag/ud_smoke_data.hpp"

namespace dateline {
namespace {

// Structural UTF-8 check: lead bytes followed by the right number of continuation bytes.
bool valid_utf8(const std::string& s) {
  for (size_t i = 0; i < s.size();) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    size_t n = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
    if (n == 0 || i + n > s.size()) return false;
    for (size_t k = 1; k < n; ++k)
      if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return false;
    i += n;
  }
  return true;
}

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

TEST(EditScript, NeverCutsIntoAMultiByteCharacter) {
  std::string out;
  // "k1|e" fits "cars" → "care"; on "café" it would cut the last byte of "é".
  EXPECT_FALSE(apply_edit_script("k1|e", "caf\xC3\xA9", out));
  EXPECT_FALSE(apply_edit_script("k2|", "\xE2\x80\x94", out));  // inside an em dash
  ASSERT_TRUE(apply_edit_script("k2|e", "caf\xC3\xA9", out));   // a whole character goes
  EXPECT_EQ(out, "cafe");
}

TEST(LemmatizerModel, LemmasOfOddWordsAreValidUtf8) {
  if (!std::filesystem::exists(testing::source_dir() + "/models/en_lemmatizer.dlm")) GTEST_SKIP() << "no model";
  Lemmatizer lemmatizer = Lemmatizer::load(testing::source_dir() + "/models/en_lemmatizer.dlm");
  for (const char* form : {"\xE2\x80\x94", "caf\xC3\xA9s", "na\xC3\xAFvet\xC3\xA9", "\xE2\x80\x9Cquoted\xE2\x80\x9D",
                           "\xF0\x9F\x98\x80", "r\xC3\xA9sum\xC3\xA9s", "\xC2\xA3" "100m"})
    for (const char* tag : {"NN", "NNS", "VBD", "VBG", "JJ", ":", "NFP", "SYM"}) {
      std::string lemma = lemmatizer.lemma_of(form, "X", tag);
      EXPECT_TRUE(valid_utf8(lemma)) << form << " " << tag << " -> " << lemma;
    }
}

// A number is its own lemma: no edit script learned on words may rewrite its digits.
TEST(LemmatizerModel, NumbersAreTheirOwnLemmas) {
  if (!std::filesystem::exists(testing::source_dir() + "/models/en_lemmatizer.dlm")) GTEST_SKIP() << "no model";
  Lemmatizer lemmatizer = Lemmatizer::load(testing::source_dir() + "/models/en_lemmatizer.dlm");
  for (const char* form : {"1,400", "44,914", "3,127", "2004", "1980s", "3rd", "12.5"})
    for (const char* tag : {"CD", "NNS", "JJ"}) EXPECT_EQ(lemmatizer.lemma_of(form, "NUM", tag), form) << tag;
}

// Unseen inflections whose best script leaves a stem that is no word ("provok", "smel"): a
// near-tied script giving a word the lexicon knows wins. A whole-word rewrite never does.
TEST(LemmatizerModel, NearTiedScriptsPreferAKnownWord) {
  if (!std::filesystem::exists(testing::source_dir() + "/models/en_lemmatizer.dlm")) GTEST_SKIP() << "no model";
  Lemmatizer lemmatizer = Lemmatizer::load(testing::source_dir() + "/models/en_lemmatizer.dlm");
  EXPECT_EQ(lemmatizer.lemma_of("provoked", "VERB", "VBN"), "provoke");
  EXPECT_EQ(lemmatizer.lemma_of("smelled", "VERB", "VBD"), "smell");
  EXPECT_EQ(lemmatizer.lemma_of("villages", "NOUN", "NNS"), "village");
  // Words outside the lexicon keep what the scripts give: no known word is forced on them.
  EXPECT_EQ(lemmatizer.lemma_of("GOOGLEZON", "PROPN", "NNP"), "GOOGLEZON");
  EXPECT_EQ(lemmatizer.lemma_of("marisol", "PROPN", "NNP"), "marisol");
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
