// The learned attribution tagger end to end: a tiny PolNeAR-shaped split written here, trained
// on, and read back. Needs the tagger/parser models (the pipeline prepares the articles).
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "dateline/error.hpp"
#include "dateline/ingest.hpp"
#include "dateline/learn/model_file.hpp"
#include "dateline/quotes.hpp"
#include "dateline/stage.hpp"
#include "quotes/role_tagger.hpp"
#include "test_helpers.hpp"

namespace dateline {
namespace {
namespace fs = std::filesystem;

const std::string kText =
    "The harbour master maintained that the new pier was safe for ferries.\n\n"
    "Fishermen in the town disagree. A local skipper insisted the currents had changed.\n";

// brat line for `piece` of kText (ASCII, so code points are bytes).
std::string span_line(const std::string& id, const std::string& label, const std::string& piece) {
  size_t at = kText.find(piece);
  return id + "\t" + label + " " + std::to_string(at) + " " + std::to_string(at + piece.size()) + "\t" + piece + "\n";
}

std::string write_split() {
  fs::path dir = fs::path(testing::scratch_dir()) / "polnear_tiny";
  fs::create_directories(dir / "text");
  fs::create_directories(dir / "attributions");
  std::ofstream(dir / "text" / "tiny.txt") << kText;
  std::ofstream ann(dir / "attributions" / "tiny_a1.ann");
  ann << span_line("T1", "Source", "The harbour master") << span_line("T2", "Cue", "maintained")
      << span_line("T3", "Content", "that the new pier was safe for ferries")
      << span_line("T4", "Source", "A local skipper") << span_line("T5", "Cue", "insisted")
      << span_line("T6", "Content", "the currents had changed")
      << "E1\tAttribution:T2 Source:T1 Cue:T2 Content:T3\nE2\tAttribution:T5 Source:T4 Cue:T5 Content:T6\n";
  return dir.string();
}

// Trains on the one-article split (dev: the same split, or none) into a models directory of
// its own and loads the result.
std::shared_ptr<const quotes::RoleTagger> train_tiny(const std::string& dir_name, const QuoteTrainOptions& options,
                                                     bool with_dev) {
  std::string split = write_split();
  fs::path models = fs::path(testing::scratch_dir()) / dir_name;
  fs::create_directories(models);
  train_quote_tagger(split, with_dev ? split : "", (models / "en_quotes.dlm").string(), options);
  return load_quote_tagger(models.string());
}

// The tiny article through the stages the tagger reads.
Document prepared_article() {
  PipelineOptions po;
  po.stages = {"normalize", "structure", "tokenize", "tag", "lemmatize", "parse"};
  Document doc = document_from_text(kText, "tiny.txt");
  Pipeline::standard(po).run(doc);
  return doc;
}

// What the quotes stage reports for `doc` with `tagger` leading the rules.
std::vector<Quote> quotes_of(const Document& doc, const quotes::RoleTagger& tagger) {
  std::vector<Quote> out;
  for (const auto& a : find_attributions(doc, &tagger)) out.push_back(to_quote(doc, a));
  return out;
}

TEST(LearnedTagger, LearnsCuesContentAndSourcesOfItsTrainingArticle) {
  if (Pipeline::standard().stage_names().size() < 6) GTEST_SKIP() << "tagger or parser model missing";
  QuoteTrainOptions options;
  options.epochs = 4;
  auto tagger = train_tiny("quote_models", options, true);
  ASSERT_TRUE(tagger);

  Document doc = prepared_article();
  std::vector<Quote> quotes = quotes_of(doc, *tagger);
  ASSERT_EQ(quotes.size(), 2u);
  EXPECT_EQ(quotes[0].cue.value_or(""), "maintained");
  EXPECT_EQ(quotes[0].speaker_name.value_or(""), "The harbour master");
  EXPECT_EQ(quotes[0].kind, "indirect");
  EXPECT_EQ(quotes[1].text, "the currents had changed");
  EXPECT_EQ(quotes[1].speaker_name.value_or(""), "A local skipper");

  // The beam search returns a well-formed BIO sequence: an I- cue or source continues its role.
  auto words = quotes::role_words(doc);
  auto roles = tagger->tag(doc, words);
  ASSERT_EQ(roles.size(), words.size());
  for (size_t i = 0; i < roles.size(); ++i) {
    int prev = i ? roles[i - 1] : quotes::kOutside;
    if (roles[i] == quotes::kCueInside) {
      EXPECT_TRUE(prev == quotes::kCueBegin || prev == quotes::kCueInside) << i;
    }
    if (roles[i] == quotes::kSourceInside) {
      EXPECT_TRUE(prev == quotes::kSourceBegin || prev == quotes::kSourceInside) << i;
    }
  }
  EXPECT_EQ(roles[words.size() - 1], quotes::kOutside);  // the final full stop
}

TEST(LearnedTagger, LearnsFromWholeArticlesInABeam) {
  if (Pipeline::standard().stage_names().size() < 6) GTEST_SKIP() << "tagger or parser model missing";
  QuoteTrainOptions options;
  options.epochs = 4;
  options.global_beam = 4;
  options.cue_cost = 5.0f;
  auto tagger = train_tiny("quote_models_global", options, true);
  ASSERT_TRUE(tagger);
  Document doc = prepared_article();
  std::vector<Quote> quotes = quotes_of(doc, *tagger);
  ASSERT_EQ(quotes.size(), 2u);
  EXPECT_EQ(quotes[0].cue.value_or(""), "maintained");
  EXPECT_EQ(quotes[0].text, "that the new pier was safe for ferries");
  EXPECT_EQ(quotes[1].cue.value_or(""), "insisted");
  EXPECT_EQ(quotes[1].speaker_name.value_or(""), "A local skipper");
  // The tagger itself (not only the rules) marks both cues.
  auto words = quotes::role_words(doc);
  auto roles = tagger->tag(doc, words);
  int cues = 0;
  for (size_t i = 0; i < words.size(); ++i)
    if (roles[i] == quotes::kCueBegin) {
      ++cues;
      EXPECT_TRUE(words[i].lower == "maintained" || words[i].lower == "insisted") << words[i].lower;
    }
  EXPECT_EQ(cues, 2);
  // Such a model decodes without the margin (its file says so) and records how it was trained.
  learn::ModelReader reader((fs::path(testing::scratch_dir()) / "quote_models_global" / "en_quotes.dlm").string(),
                            quotes::RoleTagger::kKind, quotes::RoleTagger::kVersion);
  EXPECT_EQ(reader.metadata().at("beam_margin").get<float>(), 0.0f);
  EXPECT_EQ(reader.metadata().at("global_beam").get<int>(), 4);
}

TEST(LearnedTagger, DecodingBiasIsStoredInTheModel) {
  if (Pipeline::standard().stage_names().size() < 6) GTEST_SKIP() << "tagger or parser model missing";
  QuoteTrainOptions options;
  options.epochs = 2;
  options.content_bias = 1e6f;  // far above any score: every word starts or continues a content
  auto tagger = train_tiny("quote_models_biased", options, false);
  ASSERT_TRUE(tagger);
  Document doc = prepared_article();
  auto words = quotes::role_words(doc);
  auto roles = tagger->tag(doc, words);
  ASSERT_FALSE(roles.empty());
  for (int r : roles) EXPECT_EQ(r, quotes::kContentBegin);
}

TEST(LearnedTagger, AFormatOneModelIsRefusedWithAReason) {
  // Format-1 files (one part, no context part) cannot be read as format 2: retrain.
  std::string path = testing::scratch_dir() + "/quotes_v1.dlm";
  learn::ModelWriter writer(quotes::RoleTagger::kKind, 1);
  learn::PerceptronTrainer(quotes::kRoleCount).average().save(writer, "roles");
  writer.save(path);
  try {
    quotes::RoleTagger::load(path);
    FAIL() << "a version 1 file loaded";
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find("retrain"), std::string::npos) << e.what();
  }
}

TEST(LearnedTagger, NoModelFileMeansNoTagger) {
  EXPECT_EQ(load_quote_tagger(testing::scratch_dir() + "/no_such_models"), nullptr);
}

}  // namespace
}  // namespace dateline
