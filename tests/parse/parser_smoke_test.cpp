#include <gtest/gtest.h>

#include "dateline/error.hpp"
#include "dateline/learn/ud_data.hpp"
#include "dateline/parser.hpp"
#include "dateline/tagger.hpp"
#include "tag/ud_smoke_data.hpp"

namespace dateline {
namespace {

TEST(ParserSmoke, SmallTrainingRunBeatsAdjacentWordBaseline) {
  if (!testing::have_ewt()) GTEST_SKIP() << "no ../shared/data/ud";
  Parser::Options options;
  options.epochs = 3;
  Parser parser = Parser::train(testing::ewt_slice("train", 400), {}, options);
  size_t ours = 0, baseline = 0, total = 0;
  for (const auto& s : testing::ewt_slice("dev", 200)) {
    auto words = learn::gold_tokens(s);  // gold tags
    for (Token& t : words) t.head = -1;
    parser.parse(words);
    int n = static_cast<int>(words.size());
    for (int i = 0; i < n; ++i) {
      ours += words[i].head == s.words[i].head;
      // Baseline: every word depends on the next one, the last on the root... or on the previous.
      int next = i + 2 <= n ? i + 2 : 0;
      baseline += std::max<int>(next == s.words[i].head, i == s.words[i].head);
      ++total;
      EXPECT_GE(words[i].head, 0);
      EXPECT_LE(words[i].head, n);
      EXPECT_FALSE(words[i].deprel.empty());
    }
  }
  double uas = 100.0 * ours / total, base = 100.0 * baseline / total;
  EXPECT_GT(uas, base + 15.0) << "UAS " << uas << " vs adjacent-word baseline " << base;
}

// UAS of `parser` on the first dev sentences, with gold tags.
double smoke_uas(const Parser& parser, size_t sentences) {
  size_t right = 0, total = 0;
  for (const auto& s : testing::ewt_slice("dev", sentences)) {
    auto words = learn::gold_tokens(s);
    for (Token& t : words) t.head = -1;
    parser.parse(words);
    for (size_t i = 0; i < words.size(); ++i) right += words[i].head == s.words[i].head, ++total;
  }
  return 100.0 * right / std::max<size_t>(total, 1);
}

TEST(ParserSmoke, EnsembleOfMembersIsAtLeastAsGoodAsOneAndDeterministic) {
  if (!testing::have_ewt()) GTEST_SKIP() << "no ../shared/data/ud";
  auto train = testing::ewt_slice("train", 300);
  Parser::Options options;
  options.epochs = 2;
  double single = smoke_uas(Parser::train(train, {}, options), 150);
  options.members = 3;
  Parser ensemble = Parser::train(train, {}, options), again = Parser::train(train, {}, options);
  double mean = smoke_uas(ensemble, 150);
  EXPECT_GE(mean, single - 1.0) << "ensemble " << mean << " vs one parser " << single;
  EXPECT_EQ(mean, smoke_uas(again, 150));  // members run on threads, yet the result is fixed by the seed
  EXPECT_EQ(ensemble.num_weights(), again.num_weights());
}

// Both parsers give every word of the first dev sentences the same head and relation.
void expect_same_parses(const Parser& x, const Parser& y, size_t sentences) {
  for (const auto& s : testing::ewt_slice("dev", sentences)) {
    auto a = learn::gold_tokens(s), b = learn::gold_tokens(s);
    x.parse(a);
    y.parse(b);
    for (size_t i = 0; i < a.size(); ++i) {
      EXPECT_EQ(a[i].head, b[i].head);
      EXPECT_EQ(a[i].deprel, b[i].deprel);
    }
  }
}

TEST(ParserSmoke, MeanOfSeparatelyTrainedParsersEqualsTheirEnsemble) {
  if (!testing::have_ewt()) GTEST_SKIP() << "no ../shared/data/ud";
  auto train = testing::ewt_slice("train", 200);
  Parser::Options options;
  options.epochs = 2;
  options.members = 2;
  Parser ensemble = Parser::train(train, {}, options);
  options.members = 1;
  std::vector<Parser> singles;
  for (uint32_t seed : {1u, 2u}) {
    options.seed = seed;
    singles.push_back(Parser::train(train, {}, options));
  }
  Parser mean = Parser::mean(singles, 0.0);
  EXPECT_EQ(mean.num_weights(), ensemble.num_weights());
  expect_same_parses(mean, ensemble, 80);
  // Parsers trained on different data (here: other labels) cannot be averaged.
  singles.push_back(Parser::train(testing::ewt_slice("train", 5), {}, options));
  EXPECT_THROW(Parser::mean(singles, 0.0), Error);
  EXPECT_THROW(Parser::mean({}, 0.0), Error);
}

TEST(ParserSmoke, WordClustersAreStoredWithTheModel) {
  std::string news = testing::shared_dir() + "/data/news/bbc/politics";
  if (!testing::have_ewt() || !std::filesystem::exists(news)) GTEST_SKIP() << "no ../shared/data";
  auto train = testing::ewt_slice("train", 200);
  Parser::Options options;
  options.epochs = 2;
  options.clusters = Tagger::build_clusters(train, {news});
  Parser parser = Parser::train(train, {}, options);
  std::string path = testing::scratch_dir() + "/smoke_parser_clusters.dlm";
  parser.save(path);
  Parser back = Parser::load(path);
  expect_same_parses(parser, back, 60);
}

TEST(ParserModel, StageIsSkippedWithoutModel) {
  std::string why;
  PipelineOptions options;
  options.models_dir = testing::scratch_dir() + "/no-such-dir";
  EXPECT_EQ(make_parse_stage(options, why), nullptr);
  EXPECT_NE(why.find("en_parser.dlm"), std::string::npos);
}

TEST(ParserModel, BrokenModelFileIsABadResource) {
  std::string dir = testing::scratch_dir() + "/broken_models";
  std::filesystem::create_directories(dir);
  testing::temp_file("broken_models/en_parser.dlm", "DLMODEL");
  std::string why;
  try {
    PipelineOptions options;
    options.models_dir = dir;
    make_parse_stage(options, why);
    FAIL() << "a truncated model loaded";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ExitCode::bad_resource);
  }
}

}  // namespace
}  // namespace dateline
