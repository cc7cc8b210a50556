// `dateline train ner` end to end on the shared corpora: a short run with part-of-speech
// features must learn (well above what no training gives) and say in its file that it needs
// tags, and scoring such a model without a tagger is a clear error. Skipped when ../shared or the committed models are absent.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <nlohmann/json.hpp>

#include "dateline/ner.hpp"
#include "test_helpers.hpp"

using namespace dateline;
namespace dt = dateline::testing;

namespace {

std::string conll(const std::string& split) { return dt::shared_dir() + "/data/conll2003/" + split + ".txt"; }
std::string models() { return dt::source_dir() + "/models"; }

bool have_data() {
  return std::filesystem::exists(conll("train")) && std::filesystem::exists(models() + "/en_tagger.dlm") &&
         std::filesystem::exists(models() + "/en_ner.dlm");
}

double dev_f1(const std::string& model) {
  auto r = dt::run_cli("eval ner --format json --models " + models() + " --model " + model + " --gold " + conll("dev"));
  EXPECT_EQ(r.exit_code, 0) << dt::last_stderr();
  return nlohmann::json::parse(r.out).value("f1", 0.0);
}

// One epoch of `train ner` with the committed tagger's tags and clusters; the model's path.
std::string train_one_epoch(const std::string& train, const std::string& extra, const std::string& name) {
  std::string out = dt::scratch_dir() + "/" + name;
  auto r = dt::run_cli("train ner --train " + train + " --tagger " + models() + "/en_tagger.dlm --clusters-from " +
                       models() + "/en_ner.dlm --epochs 1 " + extra + " -o " + out);
  EXPECT_EQ(r.exit_code, 0) << dt::last_stderr();
  return out;
}

// A tiny corpus in UNER's scheme (PER/ORG/LOC, no MISC) naming restaurants as places, which
// CoNLL never does: written by the test, IOB2 with UNER's columns.
std::string write_web_corpus() {
  std::string path = dt::scratch_dir() + "/web_places.iob2";
  std::ofstream out(path);
  const char* places[] = {"Quorble", "Zanthic", "Mervolo", "Pellidor", "Trasku", "Ombrelle"};
  int doc = 0;
  for (const char* place : places)
    for (const char* before : {"We ate German food at", "Dinner with German beer at", "Never again German wine at"}) {
      out << "# newdoc id = web-" << ++doc << "\n";
      std::vector<std::pair<std::string, std::string>> words;
      std::istringstream ss(before);
      for (std::string w; ss >> w;) words.emplace_back(w, "O");
      words.emplace_back(place, "B-LOC");
      words.emplace_back("Grill", "I-LOC");
      words.emplace_back("tonight", "O");
      words.emplace_back(".", "O");
      for (size_t i = 0; i < words.size(); ++i)
        out << i + 1 << '\t' << words[i].first << '\t' << words[i].second << "\t-\t-\n";
      out << "\n";
    }
  return path;
}

double f1_against(const std::string& model, const std::string& gold) {
  auto r = dt::run_cli("eval ner --format json --models " + models() + " --model " + model + " --gold " + gold);
  EXPECT_EQ(r.exit_code, 0) << dt::last_stderr();
  return nlohmann::json::parse(r.out).value("f1", 0.0);
}

}  // namespace

TEST(NerTraining, LearnsWithPartOfSpeechFeatures) {
  if (!have_data()) GTEST_SKIP();
  std::string out = train_one_epoch(conll("train"), "--dev " + conll("dev"), "ner_pos.dlm");
  EXPECT_TRUE(ner::Model::load(out)->uses_pos());
  // One epoch of the full feature set scores about 89.5 here; the committed model about 91.
  EXPECT_GE(dev_f1(out), 85.0);
}

TEST(NerTraining, ModelWithTagsNeedsATaggerToBeScored) {
  if (!have_data()) GTEST_SKIP();
  std::string out = train_one_epoch(conll("dev"), "", "ner_pos_small.dlm");
  std::string empty_models = dt::scratch_dir() + "/no_models";
  std::filesystem::create_directories(empty_models);
  auto r = dt::run_cli("eval ner --models " + empty_models + " --model " + out + " --gold " + conll("dev"));
  EXPECT_EQ(r.exit_code, 4);
  EXPECT_NE(dt::last_stderr().find("no tagger"), std::string::npos) << dt::last_stderr();
}

TEST(NerTraining, SequenceTrainingLearnsAndDecodesBySums) {
  if (!have_data()) GTEST_SKIP();
  std::string out = train_one_epoch(conll("train"), "--dev " + conll("dev") + " --global-beam 4", "ner_global.dlm");
  EXPECT_TRUE(ner::Model::load(out)->trained_on_sequences());
  // One epoch scores about 90 here; decoded with the greedy model's normalised scores instead
  // of sums, far less.
  EXPECT_GE(dev_f1(out), 87.0);
}

TEST(NerTraining, LearnsACorpusWithoutMiscInItsOwnScheme) {
  if (!have_data()) GTEST_SKIP();
  const std::string web = write_web_corpus();
  const std::string no_misc = "--train-no-misc " + web + " --no-misc-repeat 3";
  std::string news_only = train_one_epoch(conll("dev"), "", "ner_news_only.dlm");
  std::string with_web = train_one_epoch(conll("dev"), no_misc, "ner_web.dlm");
  // Read as fully labelled, the same corpus says "German" is no name at all.
  std::string as_full = train_one_epoch(conll("dev") + " " + web + " " + web + " " + web, "", "ner_web_full.dlm");
  // The web corpus's places are learned; news alone reads "X Grill" as a place far less often.
  // One epoch on CoNLL dev is sensitive to any change of the name lists, so the news-only
  // figure moves (between about 40 and 70); the gap is what the scheme must give.
  const double web_f1 = f1_against(with_web, web);
  EXPECT_GE(web_f1, 90.0);
  EXPECT_LE(f1_against(news_only, web), web_f1 - 20.0);
  // Its unlabelled words may still be MISC, as the news says "German" is.
  auto german = [&](const std::string& model) {
    std::vector<std::string> words = {"We", "ate", "German", "food", "at", "Quorble", "Grill", "tonight", "."};
    std::vector<std::string> pos = {"PRP", "VBD", "JJ", "NN", "IN", "NNP", "NNP", "NN", "."};
    return ner::Model::load(model)->tag({words}, {pos})[0][2];
  };
  EXPECT_EQ(german(with_web), "B-MISC");
  EXPECT_EQ(german(as_full), "O");
}

TEST(NerTraining, RejectsARepeatOutOfRange) {
  if (!have_data()) GTEST_SKIP();
  auto r = dt::run_cli("train ner --train " + conll("dev") + " --train-no-misc " + conll("dev") +
                       " --no-misc-repeat 0 -o " + dt::scratch_dir() + "/never.dlm");
  EXPECT_EQ(r.exit_code, 2);
}
