#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <random>

#include "dateline/error.hpp"
#include "dateline/learn/hashing.hpp"
#include "dateline/learn/model_file.hpp"
#include "dateline/learn/perceptron.hpp"
#include "test_helpers.hpp"

namespace dateline::learn {
namespace {

struct Example {
  std::vector<uint64_t> features;
  int label;
};

// A linearly separable toy task: the label is which of four "signal" words is present,
// hidden among random noise words.
std::vector<Example> toy_data(size_t n, uint32_t seed) {
  std::mt19937 rng(seed);
  std::vector<Example> data;
  for (size_t i = 0; i < n; ++i) {
    Example e;
    e.label = static_cast<int>(rng() % 4);
    e.features.push_back(feature(1, hash_text("signal" + std::to_string(e.label))));
    for (int k = 0; k < 5; ++k) e.features.push_back(feature(2, rng() % 50));
    data.push_back(std::move(e));
  }
  return data;
}

LinearModel train(const std::vector<Example>& data, uint32_t seed) {
  PerceptronTrainer trainer(4);
  std::mt19937 rng(seed);
  std::vector<size_t> order(data.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  for (int epoch = 0; epoch < 5; ++epoch) {
    shuffle(order, rng);
    for (size_t i : order) trainer.update(data[i].features, data[i].label, trainer.predict(data[i].features));
  }
  return trainer.average();
}

double accuracy(const LinearModel& m, const std::vector<Example>& data) {
  size_t right = 0;
  for (const auto& e : data) right += m.predict(e.features) == e.label;
  return static_cast<double>(right) / data.size();
}

TEST(Perceptron, LearnsSeparableProblem) {
  LinearModel m = train(toy_data(400, 1), 7);
  EXPECT_EQ(accuracy(m, toy_data(200, 2)), 1.0);
}

TEST(Perceptron, UntrainedModelIsNoBetterThanChance) {
  PerceptronTrainer empty(4);
  EXPECT_LT(accuracy(empty.average(), toy_data(400, 2)), 0.5);
}

TEST(Perceptron, SameSeedSameModel) {
  auto data = toy_data(300, 3);
  LinearModel a = train(data, 11), b = train(data, 11);
  std::vector<float> sa(4), sb(4);
  for (const auto& e : toy_data(100, 4)) {
    std::fill(sa.begin(), sa.end(), 0.0f);
    std::fill(sb.begin(), sb.end(), 0.0f);
    a.score(e.features, sa);
    b.score(e.features, sb);
    EXPECT_EQ(sa, sb);
  }
}

TEST(Perceptron, MeanOfModelsScoresAsTheAverageOfTheirScores) {
  auto data = toy_data(300, 6);
  LinearModel a = train(data, 1), b = train(data, 2), c = train(toy_data(300, 7), 3);
  const LinearModel* parts[] = {&a, &b, &c};
  LinearModel mean = LinearModel::mean(parts);
  EXPECT_GE(mean.num_features(), a.num_features());  // the union of the features
  for (const auto& e : toy_data(100, 8)) {
    std::vector<float> expected(4), got(4);
    for (const LinearModel* m : parts) {
      std::vector<float> s(4);
      m->score(e.features, s);
      for (int k = 0; k < 4; ++k) expected[k] += s[k] / 3;
    }
    mean.score(e.features, got);
    float largest = *std::max_element(expected.begin(), expected.end(), [](float x, float y) { return std::abs(x) < std::abs(y); });
    for (int k = 0; k < 4; ++k) EXPECT_NEAR(got[k], expected[k], 1e-3 * std::abs(largest) + 1e-6) << "class " << k;
  }
}

TEST(Perceptron, MeanPrunesSmallWeightsAndRejectsMismatchedModels) {
  auto data = toy_data(300, 9);
  LinearModel a = train(data, 1), b = train(data, 2);
  const LinearModel* parts[] = {&a, &b};
  EXPECT_LT(LinearModel::mean(parts, 0.2).num_weights(), LinearModel::mean(parts).num_weights());
  PerceptronTrainer other(5);
  LinearModel five = other.average();
  const LinearModel* mixed[] = {&a, &five};
  EXPECT_THROW(LinearModel::mean(mixed), Error);
  EXPECT_THROW(LinearModel::mean(std::span<const LinearModel* const>{}), Error);
}

// Rows are stored densely or sparsely by class count and row length (every row dense with at
// most 16 classes); either way a frozen model scores as the weights it was made from, up to
// int16 quantisation.
TEST(Perceptron, FrozenScoresMatchTheWeightsForEveryRowLayout) {
  for (int classes : {2, 7, 16, 17, 60}) {
    PerceptronTrainer trainer(classes);
    std::mt19937 rng(static_cast<uint32_t>(classes));
    std::vector<std::vector<uint64_t>> inputs;
    for (int f = 0; f < 200; ++f) {
      // Some features touch one class, some a few, some all of them.
      const uint64_t key = feature(3, static_cast<uint64_t>(f));
      const int touched = f % 3 == 0 ? 1 : f % 3 == 1 ? std::min(classes, 5) : classes;
      for (int k = 0; k < touched; ++k)
        trainer.add(std::vector<uint64_t>{key}, static_cast<int>(rng() % classes), static_cast<float>(rng() % 200) - 100.0f);
    }
    trainer.tick();  // one tick: the averaged weights are the weights
    LinearModel frozen = trainer.average();
    for (int i = 0; i < 50; ++i) {
      std::vector<uint64_t> feats;
      for (int k = 0; k < 12; ++k) feats.push_back(feature(3, rng() % 220));  // some unknown
      std::vector<float> want(classes), got(classes);
      trainer.score(feats, want);
      frozen.score(feats, got);
      for (int c = 0; c < classes; ++c) EXPECT_NEAR(got[c], want[c], 0.05f) << classes << " classes, class " << c;
    }
  }
}

TEST(ModelFile, RoundTripKeepsScores) {
  auto data = toy_data(300, 5);
  LinearModel m = train(data, 3);
  ModelWriter w("toy", 2);
  w.metadata()["note"] = "test";
  m.save(w, "clf");
  w.add_strings("labels", {"a", "b", "c", "d"});
  std::string path = testing::scratch_dir() + "/toy.dlm";
  w.save(path);

  ModelReader r(path, "toy", 2);
  EXPECT_EQ(r.metadata()["note"], "test");
  EXPECT_EQ(r.strings("labels"), (std::vector<std::string>{"a", "b", "c", "d"}));
  LinearModel back = LinearModel::load(r, "clf");
  EXPECT_EQ(back.num_weights(), m.num_weights());
  for (const auto& e : data) {
    std::vector<float> s1(4), s2(4);
    m.score(e.features, s1);
    back.score(e.features, s2);
    EXPECT_EQ(s1, s2);
  }
}

ExitCode load_error(const std::string& path, const std::string& kind, uint32_t version) {
  try {
    ModelReader r(path, kind, version);
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find(path), std::string::npos) << e.what();
    return e.code();
  }
  return ExitCode::ok;
}

TEST(ModelFile, RejectsWrongFileKindAndVersion) {
  ModelWriter w("toy", 2);
  std::string path = testing::scratch_dir() + "/toy2.dlm";
  w.save(path);
  EXPECT_EQ(load_error(path, "toy", 2), ExitCode::ok);
  EXPECT_EQ(load_error(path, "toy", 3), ExitCode::bad_resource);
  EXPECT_EQ(load_error(path, "parser", 2), ExitCode::bad_resource);
  EXPECT_EQ(load_error(testing::temp_file("plain.dlm", "hello, not a model"), "toy", 2), ExitCode::bad_resource);
  EXPECT_EQ(load_error(testing::scratch_dir() + "/missing.dlm", "toy", 2), ExitCode::bad_resource);
  std::string bytes = testing::read_file(path);
  EXPECT_EQ(load_error(testing::temp_file("cut.dlm", bytes.substr(0, bytes.size() - 3)), "toy", 2),
            ExitCode::bad_resource);
  std::string bumped = bytes;
  bumped[8] = 9;  // container version
  EXPECT_EQ(load_error(testing::temp_file("v9.dlm", bumped), "toy", 2), ExitCode::bad_resource);
}

TEST(ModelFile, MissingSectionIsAnError) {
  ModelWriter w("toy", 1);
  std::string path = testing::scratch_dir() + "/toy3.dlm";
  w.save(path);
  ModelReader r(path, "toy", 1);
  EXPECT_THROW(LinearModel::load(r, "clf"), Error);
}

}  // namespace
}  // namespace dateline::learn
