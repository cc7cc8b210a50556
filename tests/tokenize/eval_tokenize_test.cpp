// The CoNLL 2018 segmentation scorer, the gold-text rebuild, and the regression guard on EWT dev.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "dateline/conllu.hpp"
#include "dateline/error.hpp"
#include "dateline/tokenize.hpp"
#include "test_helpers.hpp"

namespace dateline {
namespace {

// Two short documents of our own: contractions, SpaceAfter=No, a paragraph break.
std::string gold_conllu() {
  return "# newdoc id = a\n# newpar\n# text = We don't know.\n"
         "1\tWe\twe\tPRON\t_\t_\t3\tnsubj\t_\t_\n"
         "2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n"
         "2\tdo\tdo\tAUX\t_\t_\t4\taux\t_\t_\n"
         "3\tn't\tnot\tPART\t_\t_\t4\tadvmod\t_\t_\n"
         "4\tknow\tknow\tVERB\t_\t_\t0\troot\t_\tSpaceAfter=No\n"
         "5\t.\t.\tPUNCT\t_\t_\t4\tpunct\t_\t_\n"
         "\n"
         "# text = Rain fell.\n"
         "1\tRain\train\tNOUN\t_\t_\t2\tnsubj\t_\t_\n"
         "2\tfell\tfall\tVERB\t_\t_\t0\troot\t_\tSpaceAfter=No\n"
         "3\t.\t.\tPUNCT\t_\t_\t2\tpunct\t_\t_\n"
         "\n"
         "# newpar\n# text = Headline here\n"
         "1\tHeadline\theadline\tNOUN\t_\t_\t0\troot\t_\t_\n"
         "2\there\there\tADV\t_\t_\t1\tadvmod\t_\t_\n"
         "\n"
         "# newdoc id = b\n# text = Mr. Li's car.\n"
         "1\tMr.\tMr.\tPROPN\t_\t_\t2\tcompound\t_\t_\n"
         "2-3\tLi's\t_\t_\t_\t_\t_\t_\t_\t_\n"
         "2\tLi\tLi\tPROPN\t_\t_\t4\tnmod:poss\t_\t_\n"
         "3\t's\t's\tPART\t_\t_\t2\tcase\t_\t_\n"
         "4\tcar\tcar\tNOUN\t_\t_\t0\troot\t_\tSpaceAfter=No\n"
         "5\t.\t.\tPUNCT\t_\t_\t4\tpunct\t_\t_\n"
         "\n";
}

std::vector<conllu::Sentence> parse(const std::string& s) {
  std::istringstream in(s);
  return conllu::read(in);
}

TEST(GoldText, RebuildsRawTextWithParagraphsAndDocuments) {
  auto docs = gold_documents(parse(gold_conllu()));
  ASSERT_EQ(docs.size(), 2u);
  EXPECT_EQ(docs[0].text, "We don't know. Rain fell.\n\nHeadline here");
  ASSERT_EQ(docs[0].paragraphs.size(), 2u);
  EXPECT_EQ(docs[0].token_spans.size(), 9u);  // We don't know . Rain fell . Headline here
  EXPECT_EQ(docs[0].words.size(), 10u);
  EXPECT_EQ(docs[1].text, "Mr. Li's car.");
}

TEST(SegmentationScore, PerfectOnOurOwnShortText) {
  SegmentationScores s = evaluate_tokenizer(parse(gold_conllu()));
  EXPECT_EQ(s.tokens.gold, 13u);
  EXPECT_EQ(s.words.gold, 15u);
  EXPECT_EQ(s.sentences.gold, 4u);
  EXPECT_DOUBLE_EQ(s.tokens.f1(), 100.0);
  EXPECT_DOUBLE_EQ(s.words.f1(), 100.0);
  EXPECT_DOUBLE_EQ(s.sentences.f1(), 100.0);
}

TEST(SegmentationScore, CountsMissedSplitsAndMerges) {
  GoldDocument gold = gold_documents(parse(gold_conllu()))[1];
  Document sys;
  sys.text = gold.text;  // "Mr. Li's car." as one sentence, but "Li's" left unsplit
  Sentence s;
  s.start = 0;
  s.end = static_cast<uint32_t>(sys.text.size());
  s.tokens = {{.start = 0, .end = 3, .text = "Mr."}, {.start = 4, .end = 8, .text = "Li's"},
              {.start = 9, .end = 12, .text = "car"}, {.start = 12, .end = 13, .text = "."}};
  sys.sentences.push_back(s);
  SegmentationScores r = score_segmentation(gold, sys);
  EXPECT_EQ(r.tokens.correct, 4u);  // surface tokens all right
  EXPECT_EQ(r.words.gold, 5u);
  EXPECT_EQ(r.words.system, 4u);
  EXPECT_EQ(r.words.correct, 3u);  // Mr. car . — "Li's" matches neither "Li" nor "'s"
  EXPECT_EQ(r.sentences.correct, 1u);
}

TEST(SegmentationScore, EwtDevStaysAboveRegressionGuard) {
  std::string path = dateline::testing::shared_dir() + "/data/ud/en_ewt/en_ewt-ud-dev.conllu";
  if (!std::filesystem::exists(path)) GTEST_SKIP() << "shared corpora not present";
  auto gold = conllu::read_file(path);
  SegmentationScores rules = evaluate_tokenizer(gold, "");  // rules alone: 99.55 / 99.19 / 85.64
  EXPECT_GT(rules.tokens.f1(), 99.3);
  EXPECT_GT(rules.words.f1(), 98.9);
  EXPECT_GT(rules.sentences.f1(), 85.0);
  std::string models = dateline::testing::source_dir() + "/models";
  if (!std::filesystem::exists(models + "/sentences.dlm")) GTEST_SKIP() << "no sentence model built";
  SegmentationScores learned = evaluate_tokenizer(gold, models);  // with the model: 89.01
  EXPECT_GT(learned.sentences.f1(), 88.5);
  EXPECT_GT(learned.tokens.f1(), 99.3);  // only final-period splits may differ
}

TEST(SentenceModel, TrainsAndLoadsOnOurOwnText) {
  auto gold = parse(gold_conllu());
  std::string out = dateline::testing::scratch_dir() + "/tiny_sentences.dlm";
  SentenceModelStats s = train_sentence_model(gold, 2, out);
  EXPECT_GT(s.gaps, 0u);
  EXPECT_EQ(s.boundaries, 1u);  // "Rain" starts the only sentence inside a paragraph
  std::filesystem::path dir = dateline::testing::scratch_dir() + "/tiny_model";
  std::filesystem::create_directories(dir);
  std::filesystem::copy_file(out, dir / "sentences.dlm", std::filesystem::copy_options::overwrite_existing);
  SegmentationScores r = evaluate_tokenizer(gold, dir.string());
  EXPECT_EQ(r.sentences.gold, 4u);
}

TEST(SentenceModel, BrokenModelFileIsAClearError) {
  std::filesystem::path dir = dateline::testing::scratch_dir() + "/broken_model";
  std::filesystem::create_directories(dir);
  std::ofstream(dir / "sentences.dlm") << "not a model";
  EXPECT_THROW(make_tokenize_stage(dir.string()), Error);
}

TEST(EvalTokenizeCli, PrintsJsonWithTheDocumentedKeys) {
  std::string gold = dateline::testing::temp_file("tok_gold.conllu", gold_conllu());
  auto r = dateline::testing::run_cli("eval tokenize --gold " + gold + " --format json");
  ASSERT_EQ(r.exit_code, 0) << dateline::testing::last_stderr();
  auto j = nlohmann::json::parse(r.out);
  EXPECT_DOUBLE_EQ(j["tokens_f1"].get<double>(), 100.0);
  EXPECT_TRUE(j.contains("words_f1"));
  EXPECT_TRUE(j.contains("sentences_f1"));
}

TEST(EvalTokenizeCli, MissingGoldFileIsBadInput) {
  auto r = dateline::testing::run_cli("eval tokenize --gold /nonexistent/x.conllu");
  EXPECT_EQ(r.exit_code, 3);
}

TEST(ReadCli, ConlluOutputHasMultiwordTokenLines) {
  std::string article = dateline::testing::temp_file("tok_article.txt",
                                                     "Rates rise\n\nThe bank's chief didn't comment. Shares fell.\n");
  auto r = dateline::testing::run_cli("read --stages normalize,tokenize --format conllu " + article);
  ASSERT_EQ(r.exit_code, 0) << dateline::testing::last_stderr();
  auto sentences = parse(r.out);  // our own reader rejects malformed CoNLL-U
  ASSERT_EQ(sentences.size(), 3u);
  const auto& s = sentences[1];
  ASSERT_EQ(s.multiword_tokens.size(), 2u);
  EXPECT_EQ(s.multiword_tokens[0].form, "bank's");
  EXPECT_EQ(s.multiword_tokens[1].form, "didn't");
  EXPECT_EQ(s.text, "The bank's chief didn't comment.");
}

}  // namespace
}  // namespace dateline
