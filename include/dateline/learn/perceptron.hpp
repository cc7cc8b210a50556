// Multiclass averaged perceptron over sparse hashed features (see hashing.hpp).
//
// Training:   PerceptronTrainer t(num_classes);
//             for each example: guess = t.predict(feats); t.update(feats, truth, guess);
//             LinearModel m = t.average();            // averaged weights, frozen
// Inference:  m.predict(feats) or m.score(feats, scores); save/load inside a .dlm file
//             with ModelWriter/ModelReader (model_file.hpp), under a section-name prefix so
//             one file may hold several models.
// Only (feature, class) pairs that were ever updated are stored, so the model stays small
// even with hundreds of classes; the frozen weights are int16 with one scale per model.
#pragma once

#include <cstdint>
#include <random>
#include <span>
#include <string>
#include <unordered_map>
#include <vector>

#include "dateline/learn/model_file.hpp"

namespace dateline::learn {

class LinearModel {
 public:
  int num_classes() const { return num_classes_; }
  size_t num_features() const { return num_features_; }
  size_t num_weights() const { return num_weights_; }

  // Adds every feature's class weights to `scores` (size num_classes(); not cleared first).
  void score(std::span<const uint64_t> features, std::span<float> scores) const;
  // The best-scoring class (lowest index on ties).
  int predict(std::span<const uint64_t> features) const;
  // Starts loading the table slots of features that score() will be given soon, so that a
  // caller can overlap those cache misses with other work.
  void prefetch(std::span<const uint64_t> features) const;

  void save(ModelWriter& writer, const std::string& prefix) const;
  static LinearModel load(const ModelReader& reader, const std::string& prefix);

  // The mean of models over the same classes. Scores are linear in the weights, so the mean
  // scores every input exactly as the average of the models' scores would: an ensemble that
  // costs one model at run time. Weights under `prune_below` times the largest are dropped.
  static LinearModel mean(std::span<const LinearModel* const> models, double prune_below = 0.0);

 private:
  friend class PerceptronTrainer;
  struct Weight {
    uint16_t cls;
    int16_t value;  // times scale_
  };
  // A feature's weights live either as a sparse run in sparse_ (a header entry whose `cls` is
  // the count, then the (class, value) pairs) or, when it has weights for many classes, as a
  // dense row of int16 in dense_: frequent features touch most classes and are the ones that
  // fire. A row reference is the run's offset, or kDenseBit | the dense row number.
  static constexpr uint32_t kDenseBit = 0x80000000u;
  // The hash table holds 8-byte slots, a 32-bit fingerprint of the key and the row reference, so
  // that the parser's table stays within the CPU's last-level cache. Two keys with the same home
  // slot and the same fingerprint would share a row; at 2^-31 a probe that cannot matter.
  struct Slot {
    uint32_t tag = 0;  // 0: empty (see tag_of())
    uint32_t row = 0;
  };
  static uint32_t tag_of(uint64_t key) { return static_cast<uint32_t>(key >> 32) | 1u; }
  // Takes the sparse rows (row i = weights[offsets[i], offsets[i+1]) of feature keys[i]); keeps
  // `keys` (moved in: the parser's are 8 MB, and load time is a target).
  void build(std::vector<uint64_t> keys, const std::vector<uint32_t>& offsets,
             const std::vector<Weight>& weights);
  // The nonzero weights of keys_[i], as (class, int16 value) pairs.
  std::vector<Weight> row_weights(size_t i) const;
  // Quantises (key, class, weight) triples sorted by key into a model (see PerceptronTrainer::average).
  struct RealWeight {
    uint64_t key;
    uint32_t cls;
    double value;
  };
  static LinearModel quantise(int num_classes, const std::vector<RealWeight>& weights, double prune_below);

  int num_classes_ = 0;
  size_t stride_ = 0;  // num_classes_ rounded up to 16, so dense rows add in whole vectors
  size_t num_features_ = 0, num_weights_ = 0;
  float scale_ = 1.0f;
  std::vector<Weight> sparse_;
  std::vector<int16_t> dense_;
  std::vector<Slot> table_;      // open addressing, power-of-two size
  std::vector<uint64_t> keys_;   // every feature's full key and row, for save() only
  std::vector<uint32_t> rows_;
};

class PerceptronTrainer {
 public:
  explicit PerceptronTrainer(int num_classes);

  int num_classes() const { return num_classes_; }
  // Scores with the current (not averaged) weights, as during training.
  void score(std::span<const uint64_t> features, std::span<float> scores) const;
  int predict(std::span<const uint64_t> features) const;
  // One training example: if guess != truth, +1 to truth's and -1 to guess's weights of every
  // feature. Always advances the averaging clock, so call it once per example.
  void update(std::span<const uint64_t> features, int truth, int guess);
  // Structured updates (a whole label sequence is one example): adds `delta` to `cls`'s weight
  // of every feature without moving the clock; call tick() once per example.
  void add(std::span<const uint64_t> features, int cls, float delta);
  void tick() { ++clock_; }

  // The averaged weights. Weights whose magnitude is below `prune_below` times the largest are
  // dropped (0 keeps all), which trades a little accuracy for a smaller model.
  LinearModel average(double prune_below = 0.0) const;

 private:
  struct Entry {
    double total = 0;   // sum of the weight over all clock ticks up to `stamp`
    float weight = 0;
    uint32_t stamp = 0;
    uint32_t cls = 0;
  };
  std::vector<Entry>& row_of(uint64_t feature);
  void bump(std::vector<Entry>& row, uint32_t cls, float delta);

  int num_classes_;
  uint32_t clock_ = 0;
  std::unordered_map<uint64_t, uint32_t> rows_;  // feature key → index into entries_
  std::vector<std::vector<Entry>> entries_;
};

// Feature keys are never 0 (0 marks an empty hash slot).
inline uint64_t key_of(uint64_t feature) { return feature ? feature : 1; }

// Deterministic Fisher–Yates shuffle (the same order on every platform for a given engine state).
template <class T>
void shuffle(std::vector<T>& items, std::mt19937& rng) {
  for (size_t i = items.size(); i > 1; --i) std::swap(items[i - 1], items[rng() % i]);
}

}  // namespace dateline::learn
