#include "dateline/learn/perceptron.hpp"

#include <algorithm>
#include <bit>
#include <cmath>
#include <limits>

#include "dateline/error.hpp"
#include "dense_rows.hpp"

namespace dateline::learn {

// ---- LinearModel ----

namespace {
// A row with at least this many classes is stored densely: adding 16 int16 at a time beats
// scattering entries one by one, and a dense row costs 2 bytes a class against 4 an entry.
// With at most 16 classes (the quote-role tagger's 7) every row is one 32-byte vector, added
// in one step: 9.5% fewer instructions in the quotes stage for 11 MB more memory.
size_t dense_threshold(int num_classes) {
  if (num_classes <= 16) return 1;
  return std::max<size_t>(8, static_cast<size_t>(num_classes) / 6);
}

// Hash table size for n features: a power of two, at most half full.
size_t table_capacity(size_t n) { return std::bit_ceil(std::max<size_t>(16, n * 2)); }

}  // namespace

void LinearModel::build(std::vector<uint64_t> keys, const std::vector<uint32_t>& offsets,
                        const std::vector<Weight>& weights) {
  keys_ = std::move(keys);
  num_features_ = keys_.size();
  num_weights_ = weights.size();
  stride_ = (static_cast<size_t>(num_classes_) + 15) / 16 * 16;
  const size_t threshold = dense_threshold(num_classes_);
  size_t dense_rows = 0, sparse_size = 0;
  for (size_t i = 0; i < keys_.size(); ++i) {
    size_t n = offsets[i + 1] - offsets[i];
    if (n >= threshold)
      ++dense_rows;
    else
      sparse_size += n + 1;
  }
  if (sparse_size >= kDenseBit || dense_rows >= kDenseBit)
    throw Error(ExitCode::bad_resource, "linear model is too large");
  sparse_.clear();
  sparse_.reserve(sparse_size);
  dense_.assign(dense_rows * stride_, 0);
  rows_.resize(keys_.size());
  const size_t capacity = table_capacity(keys_.size());
  table_.assign(capacity, Slot{});
  uint32_t next_dense = 0;
  for (size_t i = 0; i < keys_.size(); ++i) {
    const Weight* first = weights.data() + offsets[i];
    const Weight* last = weights.data() + offsets[i + 1];
    for (const Weight* w = first; w != last; ++w)
      if (w->cls >= num_classes_) throw Error(ExitCode::bad_resource, "linear model has a class out of range");
    if (static_cast<size_t>(last - first) >= threshold) {
      rows_[i] = kDenseBit | next_dense;
      int16_t* row = dense_.data() + next_dense++ * stride_;
      for (const Weight* w = first; w != last; ++w) row[w->cls] = w->value;
    } else {
      rows_[i] = static_cast<uint32_t>(sparse_.size());
      sparse_.push_back({static_cast<uint16_t>(last - first), 0});
      sparse_.insert(sparse_.end(), first, last);
    }
    size_t pos = keys_[i] & (capacity - 1);
    while (table_[pos].tag != 0) pos = (pos + 1) & (capacity - 1);
    table_[pos] = Slot{tag_of(keys_[i]), rows_[i]};
  }
}

void LinearModel::score(std::span<const uint64_t> features, std::span<float> scores) const {
  if (table_.empty()) return;
  // Integer sums, scaled once at the end (weights are int16 times scale_).
  int32_t small[256];
  std::vector<int32_t> large;
  int32_t* acc = small;
  if (stride_ > std::size(small)) {
    large.resize(stride_);
    acc = large.data();
  }
  std::fill(acc, acc + stride_, 0);
  // On big models (the parser's) nearly every look-up misses the cache. Work in batches:
  // prefetch every feature's slot, then every found row of weights, then add, so that the
  // misses of one batch overlap instead of queueing one after another.
  constexpr size_t kBatch = 32;
  const size_t mask = table_.size() - 1;
  const Slot* table = table_.data();
  const Weight* sparse = sparse_.data();
  const int16_t* dense = dense_.data();
  for (size_t start = 0; start < features.size(); start += kBatch) {
    const size_t n = std::min(kBatch, features.size() - start);
    const uint64_t* keys = features.data() + start;
    for (size_t i = 0; i < n; ++i) __builtin_prefetch(&table[key_of(keys[i]) & mask]);
    uint32_t found[kBatch];
    size_t hits = 0;
    for (size_t i = 0; i < n; ++i) {
      const uint64_t key = key_of(keys[i]);
      const uint32_t tag = tag_of(key);
      size_t pos = key & mask;
      while (table[pos].tag != tag && table[pos].tag != 0) pos = (pos + 1) & mask;
      if (table[pos].tag == 0) continue;
      const uint32_t row = table[pos].row;
      found[hits++] = row;
      // A dense row's first two lines: the hardware prefetcher follows on from there.
      if (row & kDenseBit) {
        const int16_t* r = dense + (row & ~kDenseBit) * stride_;
        __builtin_prefetch(r);
        __builtin_prefetch(r + 32);
      } else {
        __builtin_prefetch(sparse + row);
      }
    }
    const int16_t* dense_rows[kBatch];
    size_t num_dense = 0;
    for (size_t i = 0; i < hits; ++i) {
      const uint32_t row = found[i];
      if (row & kDenseBit) {
        dense_rows[num_dense++] = dense + (row & ~kDenseBit) * stride_;
      } else {
        const Weight* w = sparse + row;
        for (const Weight *end = w + 1 + w->cls, *p = w + 1; p != end; ++p) acc[p->cls] += p->value;
      }
    }
    add_dense_rows(dense_rows, num_dense, stride_, acc);
  }
  for (int c = 0; c < num_classes_; ++c) scores[c] += static_cast<float>(acc[c]) * scale_;
}

void LinearModel::prefetch(std::span<const uint64_t> features) const {
  if (table_.empty()) return;
  const size_t mask = table_.size() - 1;
  for (uint64_t f : features) __builtin_prefetch(&table_[key_of(f) & mask]);
}

int LinearModel::predict(std::span<const uint64_t> features) const {
  std::vector<float> scores(num_classes_, 0.0f);
  score(features, scores);
  return static_cast<int>(std::max_element(scores.begin(), scores.end()) - scores.begin());
}

LinearModel LinearModel::quantise(int num_classes, const std::vector<RealWeight>& weights, double prune_below) {
  double largest = 0;
  for (const RealWeight& w : weights) largest = std::max(largest, std::abs(w.value));
  LinearModel m;
  m.num_classes_ = num_classes;
  m.scale_ = largest > 0 ? static_cast<float>(largest / 32767.0) : 1.0f;
  double threshold = std::max(prune_below * largest, 0.5 * m.scale_);  // below half a step rounds to 0
  std::vector<uint64_t> keys;
  std::vector<uint32_t> offsets{0};
  std::vector<Weight> kept;
  for (size_t i = 0; i < weights.size();) {
    const uint64_t key = weights[i].key;
    const size_t before = kept.size();
    for (; i < weights.size() && weights[i].key == key; ++i) {
      if (std::abs(weights[i].value) < threshold) continue;
      long q = std::clamp<long>(std::lround(weights[i].value / m.scale_), -32767, 32767);
      kept.push_back({static_cast<uint16_t>(weights[i].cls), static_cast<int16_t>(q)});
    }
    if (kept.size() == before) continue;
    keys.push_back(key);
    offsets.push_back(static_cast<uint32_t>(kept.size()));
  }
  m.build(std::move(keys), offsets, kept);
  return m;
}

std::vector<LinearModel::Weight> LinearModel::row_weights(size_t i) const {
  std::vector<Weight> out;
  const uint32_t ref = rows_[i];
  if (ref & kDenseBit) {
    const int16_t* row = dense_.data() + (ref & ~kDenseBit) * stride_;
    for (int c = 0; c < num_classes_; ++c)
      if (row[c] != 0) out.push_back({static_cast<uint16_t>(c), row[c]});
  } else {
    const Weight* head = sparse_.data() + ref;
    out.assign(head + 1, head + 1 + head->cls);
  }
  return out;
}

LinearModel LinearModel::mean(std::span<const LinearModel* const> models, double prune_below) {
  if (models.empty()) throw Error(ExitCode::internal, "mean of no linear models");
  std::vector<RealWeight> all;
  for (const LinearModel* m : models) {
    if (m->num_classes_ != models[0]->num_classes_)
      throw Error(ExitCode::internal, "mean of linear models with different classes");
    const double unit = static_cast<double>(m->scale_) / static_cast<double>(models.size());
    for (size_t i = 0; i < m->keys_.size(); ++i)
      for (const Weight& w : m->row_weights(i)) all.push_back({m->keys_[i], w.cls, w.value * unit});
  }
  std::sort(all.begin(), all.end(), [](const RealWeight& a, const RealWeight& b) {
    return std::pair(a.key, a.cls) < std::pair(b.key, b.cls);
  });
  // Sum the weights each (key, class) has in the models.
  size_t out = 0;
  for (size_t i = 0; i < all.size(); ++i) {
    if (out > 0 && all[out - 1].key == all[i].key && all[out - 1].cls == all[i].cls)
      all[out - 1].value += all[i].value;
    else
      all[out++] = all[i];
  }
  all.resize(out);
  return quantise(models[0]->num_classes_, all, prune_below);
}

void LinearModel::save(ModelWriter& w, const std::string& prefix) const {
  // Stored as keys + offsets of sparse rows; the hash table and the dense rows are rebuilt on
  // load. Keys are in the order of their home slot in that table, so the rebuild writes the
  // table front to back instead of all over it (load time has a budget: README, Speed).
  std::vector<size_t> order(keys_.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  const uint64_t mask = table_capacity(keys_.size()) - 1;
  std::sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    return std::pair(keys_[a] & mask, keys_[a]) < std::pair(keys_[b] & mask, keys_[b]);
  });
  std::vector<uint64_t> keys;
  std::vector<uint32_t> offsets{0};
  std::vector<Weight> weights;
  for (size_t i : order) {
    keys.push_back(keys_[i]);
    std::vector<Weight> row = row_weights(i);
    weights.insert(weights.end(), row.begin(), row.end());
    offsets.push_back(static_cast<uint32_t>(weights.size()));
  }
  std::vector<float> header{static_cast<float>(num_classes_), scale_};
  w.add_array(prefix + ".header", header);
  w.add_array(prefix + ".keys", keys);
  w.add_array(prefix + ".offsets", offsets);
  w.add_array(prefix + ".weights", weights);
}

LinearModel LinearModel::load(const ModelReader& r, const std::string& prefix) {
  auto header = r.array<float>(prefix + ".header");
  auto keys = r.array<uint64_t>(prefix + ".keys");
  auto offsets = r.array<uint32_t>(prefix + ".offsets");
  auto weights = r.array<Weight>(prefix + ".weights");
  LinearModel m;
  if (header.size() != 2 || header[0] < 1 || header[0] > 65535 || offsets.size() != keys.size() + 1 ||
      offsets.front() != 0 || offsets.back() != weights.size() || !std::is_sorted(offsets.begin(), offsets.end()))
    r.fail("linear model '" + prefix + "' is inconsistent");
  if (std::find(keys.begin(), keys.end(), uint64_t{0}) != keys.end())
    r.fail("linear model '" + prefix + "' has a zero key");
  m.num_classes_ = static_cast<int>(header[0]);
  m.scale_ = header[1];
  try {
    m.build(std::move(keys), offsets, weights);  // checks every weight's class
  } catch (const Error& e) {
    r.fail("'" + prefix + "': " + e.what());
  }
  return m;
}

// ---- PerceptronTrainer ----

PerceptronTrainer::PerceptronTrainer(int num_classes) : num_classes_(num_classes) {
  if (num_classes < 1 || num_classes > 65535) throw Error(ExitCode::internal, "perceptron: bad class count");
}

void PerceptronTrainer::score(std::span<const uint64_t> features, std::span<float> scores) const {
  for (uint64_t f : features) {
    auto it = rows_.find(key_of(f));
    if (it == rows_.end()) continue;
    for (const Entry& e : entries_[it->second]) scores[e.cls] += e.weight;
  }
}

int PerceptronTrainer::predict(std::span<const uint64_t> features) const {
  std::vector<float> scores(num_classes_, 0.0f);
  score(features, scores);
  return static_cast<int>(std::max_element(scores.begin(), scores.end()) - scores.begin());
}

std::vector<PerceptronTrainer::Entry>& PerceptronTrainer::row_of(uint64_t feature) {
  auto [it, fresh] = rows_.try_emplace(key_of(feature), static_cast<uint32_t>(entries_.size()));
  if (fresh) entries_.emplace_back();
  return entries_[it->second];
}

void PerceptronTrainer::bump(std::vector<Entry>& row, uint32_t cls, float delta) {
  auto it = std::find_if(row.begin(), row.end(), [cls](const Entry& e) { return e.cls == cls; });
  if (it == row.end()) {
    row.push_back(Entry{0, 0, clock_, cls});
    it = row.end() - 1;
  }
  it->total += static_cast<double>(clock_ - it->stamp) * it->weight;
  it->stamp = clock_;
  it->weight += delta;
}

void PerceptronTrainer::update(std::span<const uint64_t> features, int truth, int guess) {
  ++clock_;
  if (truth == guess) return;
  for (uint64_t f : features) {
    auto& row = row_of(f);
    bump(row, static_cast<uint32_t>(truth), 1.0f);
    bump(row, static_cast<uint32_t>(guess), -1.0f);
  }
}

void PerceptronTrainer::add(std::span<const uint64_t> features, int cls, float delta) {
  for (uint64_t f : features) bump(row_of(f), static_cast<uint32_t>(cls), delta);
}

LinearModel PerceptronTrainer::average(double prune_below) const {
  double clock = std::max<uint32_t>(clock_, 1);
  std::vector<std::pair<uint64_t, uint32_t>> order(rows_.begin(), rows_.end());
  std::sort(order.begin(), order.end());
  std::vector<LinearModel::RealWeight> weights;
  for (const auto& [key, row] : order)
    for (const Entry& e : entries_[row])
      weights.push_back({key, e.cls, (e.total + (clock - e.stamp) * e.weight) / clock});
  return LinearModel::quantise(num_classes_, weights, prune_below);
}

}  // namespace dateline::learn
