#include "dateline/learn/perceptron.hpp"

#include <algorithm>
#include <bit>
#include <cmath>
#include <limits>

#include "dateline/error.hpp"

namespace dateline::learn {

// ---- LinearModel ----

namespace {
// A row with at least this many classes is stored densely: adding 16 int16 at a time beats
// scattering entries one by one, and a dense row costs 2 bytes a class against 4 an entry.
size_t dense_threshold(int num_classes) { return std::max<size_t>(8, static_cast<size_t>(num_classes) / 6); }

// Hash table size for n features: a power of two, at most half full.
size_t table_capacity(size_t n) { return std::bit_ceil(std::max<size_t>(16, n * 2)); }
}  // namespace

void LinearModel::build(const std::vector<uint64_t>& keys, const std::vector<uint32_t>& offsets,
                        const std::vector<Weight>& weights) {
  num_features_ = keys.size();
  num_weights_ = weights.size();
  stride_ = (static_cast<size_t>(num_classes_) + 15) / 16 * 16;
  const size_t threshold = dense_threshold(num_classes_);
  size_t dense_rows = 0, sparse_weights = 0;
  for (size_t i = 0; i < keys.size(); ++i) {
    size_t n = offsets[i + 1] - offsets[i];
    (n >= threshold ? dense_rows : sparse_weights) += n >= threshold ? 1 : n;
  }
  sparse_.clear();
  sparse_.reserve(sparse_weights);
  dense_.assign(dense_rows * stride_, 0);
  const size_t capacity = table_capacity(keys.size());
  table_.assign(capacity, Slot{});
  uint32_t next_dense = 0;
  for (size_t i = 0; i < keys.size(); ++i) {
    Slot slot{keys[i], 0, 0};
    const Weight* first = weights.data() + offsets[i];
    const Weight* last = weights.data() + offsets[i + 1];
    if (static_cast<size_t>(last - first) >= threshold) {
      slot.begin = next_dense++;
      slot.end = kDense;
      int16_t* row = dense_.data() + slot.begin * stride_;
      for (const Weight* w = first; w != last; ++w) {
        if (w->cls >= num_classes_) throw Error(ExitCode::bad_resource, "linear model has a class out of range");
        row[w->cls] = w->value;
      }
    } else {
      for (const Weight* w = first; w != last; ++w)
        if (w->cls >= num_classes_) throw Error(ExitCode::bad_resource, "linear model has a class out of range");
      slot.begin = static_cast<uint32_t>(sparse_.size());
      sparse_.insert(sparse_.end(), first, last);
      slot.end = static_cast<uint32_t>(sparse_.size());
    }
    size_t pos = keys[i] & (capacity - 1);
    while (table_[pos].key != 0) pos = (pos + 1) & (capacity - 1);
    table_[pos] = slot;
  }
}

const LinearModel::Slot* LinearModel::find(uint64_t key) const {
  size_t mask = table_.size() - 1;
  for (size_t pos = key & mask;; pos = (pos + 1) & mask) {
    const Slot& s = table_[pos];
    if (s.key == key) return &s;
    if (s.key == 0) return nullptr;
  }
}

void LinearModel::add_row(const Slot& slot, int32_t* acc) const {
  if (slot.end == kDense) {
    const int16_t* row = dense_.data() + slot.begin * stride_;
    for (size_t c = 0; c < stride_; c += 16)  // whole blocks of 16: the compiler vectorises this
      for (size_t j = 0; j < 16; ++j) acc[c + j] += row[c + j];
    return;
  }
  for (const Weight* w = sparse_.data() + slot.begin, *end = sparse_.data() + slot.end; w != end; ++w)
    acc[w->cls] += w->value;
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
  const Slot* found[kBatch];
  for (size_t start = 0; start < features.size(); start += kBatch) {
    const size_t n = std::min(kBatch, features.size() - start);
    for (size_t i = 0; i < n; ++i) __builtin_prefetch(&table_[key_of(features[start + i]) & mask]);
    for (size_t i = 0; i < n; ++i) {
      found[i] = find(key_of(features[start + i]));
      if (!found[i]) continue;
      if (found[i]->end == kDense) {
        const int16_t* row = dense_.data() + found[i]->begin * stride_;
        for (size_t b = 0; b < stride_ * sizeof(int16_t); b += 64) __builtin_prefetch(reinterpret_cast<const char*>(row) + b);
      } else {
        __builtin_prefetch(sparse_.data() + found[i]->begin);
      }
    }
    for (size_t i = 0; i < n; ++i)
      if (found[i]) add_row(*found[i], acc);
  }
  for (int c = 0; c < num_classes_; ++c) scores[c] += static_cast<float>(acc[c]) * scale_;
}

int LinearModel::predict(std::span<const uint64_t> features) const {
  std::vector<float> scores(num_classes_, 0.0f);
  score(features, scores);
  return static_cast<int>(std::max_element(scores.begin(), scores.end()) - scores.begin());
}

void LinearModel::save(ModelWriter& w, const std::string& prefix) const {
  // Stored as keys + offsets of sparse rows; the hash table and the dense rows are rebuilt on
  // load. Keys are in the order of their home slot in that table, so the rebuild writes the
  // table front to back instead of all over it (load time is a target, issue 3).
  std::vector<const Slot*> slots;
  for (const Slot& s : table_)
    if (s.key) slots.push_back(&s);
  const uint64_t mask = table_capacity(slots.size()) - 1;
  std::sort(slots.begin(), slots.end(), [mask](const Slot* a, const Slot* b) {
    return std::pair(a->key & mask, a->key) < std::pair(b->key & mask, b->key);
  });
  std::vector<uint64_t> keys;
  std::vector<uint32_t> offsets{0};
  std::vector<Weight> weights;
  for (const Slot* s : slots) {
    keys.push_back(s->key);
    if (s->end == kDense) {
      const int16_t* row = dense_.data() + s->begin * stride_;
      for (int c = 0; c < num_classes_; ++c)
        if (row[c] != 0) weights.push_back({static_cast<uint16_t>(c), row[c]});
    } else {
      weights.insert(weights.end(), sparse_.begin() + s->begin, sparse_.begin() + s->end);
    }
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
    m.build(keys, offsets, weights);  // checks every weight's class
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

void PerceptronTrainer::update(std::span<const uint64_t> features, int truth, int guess) {
  ++clock_;
  if (truth == guess) return;
  auto bump = [this](std::vector<Entry>& row, uint32_t cls, float delta) {
    auto it = std::find_if(row.begin(), row.end(), [cls](const Entry& e) { return e.cls == cls; });
    if (it == row.end()) {
      row.push_back(Entry{0, 0, clock_, cls});
      it = row.end() - 1;
    }
    it->total += static_cast<double>(clock_ - it->stamp) * it->weight;
    it->stamp = clock_;
    it->weight += delta;
  };
  for (uint64_t f : features) {
    auto [it, fresh] = rows_.try_emplace(key_of(f), static_cast<uint32_t>(entries_.size()));
    if (fresh) entries_.emplace_back();
    auto& row = entries_[it->second];
    bump(row, static_cast<uint32_t>(truth), 1.0f);
    bump(row, static_cast<uint32_t>(guess), -1.0f);
  }
}

LinearModel PerceptronTrainer::average(double prune_below) const {
  double clock = std::max<uint32_t>(clock_, 1);
  auto averaged = [&](const Entry& e) { return (e.total + (clock - e.stamp) * e.weight) / clock; };
  double largest = 0;
  for (const auto& row : entries_)
    for (const Entry& e : row) largest = std::max(largest, std::abs(averaged(e)));
  LinearModel m;
  m.num_classes_ = num_classes_;
  std::vector<LinearModel::Weight> weights;
  m.scale_ = largest > 0 ? static_cast<float>(largest / 32767.0) : 1.0f;
  double threshold = std::max(prune_below * largest, 0.5 * m.scale_);  // below half a step rounds to 0

  std::vector<std::pair<uint64_t, uint32_t>> order(rows_.begin(), rows_.end());
  std::sort(order.begin(), order.end());
  std::vector<uint64_t> keys;
  std::vector<uint32_t> offsets{0};
  for (const auto& [key, row] : order) {
    size_t before = weights.size();
    for (const Entry& e : entries_[row]) {
      double w = averaged(e);
      if (std::abs(w) < threshold) continue;
      long q = std::lround(w / m.scale_);
      q = std::clamp<long>(q, -32767, 32767);
      weights.push_back({static_cast<uint16_t>(e.cls), static_cast<int16_t>(q)});
    }
    if (weights.size() == before) continue;
    keys.push_back(key);
    offsets.push_back(static_cast<uint32_t>(weights.size()));
  }
  m.build(keys, offsets, weights);
  return m;
}

}  // namespace dateline::learn
