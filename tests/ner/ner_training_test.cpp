// `dateline train ner` end to end on the shared corpora: a short run with part-of-speech
// features must learn (well above what no training gives) and say in its file that it needs
// tags, and scoring such a model without a tagger is a clear error. Skipped when ../shared or the committed models are absent.
#include <gtest/gtest.h>

#include <filesystem>
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
