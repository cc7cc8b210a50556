// The yes/no scorer must decide exactly as the two-class linear model it is built from.
#include <gtest/gtest.h>

#include <random>

#include "dateline/error.hpp"
#include "dateline/learn/model_file.hpp"
#include "dateline/learn/perceptron.hpp"
#include "test_helpers.hpp"
#include "tokenize/boundary_scorer.hpp"

namespace dateline {
namespace {

std::vector<uint64_t> random_features(std::mt19937& rng) {
  std::vector<uint64_t> f;
  for (int i = 0; i < 6; ++i) f.push_back(rng() % 40);  // small range: features repeat, some are 0
  return f;
}

TEST(BoundaryScorer, DecidesAsTheLinearModel) {
  std::mt19937 rng(7);
  learn::PerceptronTrainer t(2);
  for (int i = 0; i < 2000; ++i) {
    auto f = random_features(rng);
    int truth = (f[0] + f[1]) % 3 == 0 ? 1 : 0;
    t.update(f, truth, t.predict(f));
  }
  learn::LinearModel m = t.average();
  learn::ModelWriter w("toy", 1);
  m.save(w, "b");
  std::string path = testing::scratch_dir() + "/boundary_toy.dlm";
  w.save(path);
  learn::ModelReader r(path, "toy", 1);
  tok::BoundaryScorer scorer(r, "b");
  int positives = 0;
  for (int i = 0; i < 2000; ++i) {
    auto f = random_features(rng);
    float s[2] = {0, 0};
    m.score(f, s);
    EXPECT_EQ(scorer.is_boundary(f), s[1] > s[0]);
    positives += s[1] > s[0];
  }
  EXPECT_GT(positives, 0);
}

TEST(BoundaryScorer, RejectsModelsWithOtherThanTwoClasses) {
  learn::PerceptronTrainer t(3);
  std::vector<uint64_t> f{1, 2};
  t.update(f, 2, 0);
  learn::ModelWriter w("toy", 1);
  t.average().save(w, "b");
  std::string path = testing::scratch_dir() + "/three_classes.dlm";
  w.save(path);
  learn::ModelReader r(path, "toy", 1);
  try {
    tok::BoundaryScorer scorer(r, "b");
    FAIL() << "a three-class model was accepted";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ExitCode::bad_resource);
  }
}

}  // namespace
}  // namespace dateline
