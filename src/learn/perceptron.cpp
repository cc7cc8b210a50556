#include "dateline/learn/perceptron.hpp"

#include <algorithm>
#include <bit>
#include <cmath>
#include <limits>

#include "dateline/error.hpp"

namespace dateline::learn {

// ---- LinearModel ----

void LinearModel::build(const std::vector<uint64_t>& keys, const std::vector<uint32_t>& offsets) {
  num_features_ = keys.size();
  size_t capacity = std::bit_ceil(std::max<size_t>(16, keys.size() * 2));
  table_.assign(capacity, Slot{});
  for (size_t i = 0; i < keys.size(); ++i) {
    size_t pos = keys[i] & (capacity - 1);
    while (table_[pos].key != 0) pos = (pos + 1) & (capacity - 1);
    table_[pos] = Slot{keys[i], offsets[i], offsets[i + 1]};
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

void LinearModel::score(std::span<const uint64_t> features, std::span<float> scores) const {
  if (table_.empty()) return;
  for (uint64_t f : features) {
    const Slot* s = find(key_of(f));
    if (!s) continue;
    for (uint32_t i = s->begin; i < s->end; ++i) scores[entries_[i].cls] += entries_[i].value * scale_;
  }
}

int LinearModel::predict(std::span<const uint64_t> features) const {
  std::vector<float> scores(num_classes_, 0.0f);
  score(features, scores);
  return static_cast<int>(std::max_element(scores.begin(), scores.end()) - scores.begin());
}

void LinearModel::save(ModelWriter& w, const std::string& prefix) const {
  // Stored as sorted keys + offsets (smaller and stable); the hash table is rebuilt on load.
  std::vector<const Slot*> slots;
  for (const Slot& s : table_)
    if (s.key) slots.push_back(&s);
  std::sort(slots.begin(), slots.end(), [](const Slot* a, const Slot* b) { return a->key < b->key; });
  std::vector<uint64_t> keys;
  std::vector<uint32_t> offsets{0};
  std::vector<Weight> weights;
  for (const Slot* s : slots) {
    keys.push_back(s->key);
    weights.insert(weights.end(), entries_.begin() + s->begin, entries_.begin() + s->end);
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
  LinearModel m;
  m.entries_ = r.array<Weight>(prefix + ".weights");
  if (header.size() != 2 || header[0] < 1 || offsets.size() != keys.size() + 1 || offsets.front() != 0 ||
      offsets.back() != m.entries_.size() || !std::is_sorted(offsets.begin(), offsets.end()))
    r.fail("linear model '" + prefix + "' is inconsistent");
  m.num_classes_ = static_cast<int>(header[0]);
  m.scale_ = header[1];
  for (const Weight& wt : m.entries_)
    if (wt.cls >= m.num_classes_) r.fail("linear model '" + prefix + "' has a class out of range");
  for (uint64_t k : keys)
    if (k == 0) r.fail("linear model '" + prefix + "' has a zero key");
  m.build(keys, offsets);
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
  m.scale_ = largest > 0 ? static_cast<float>(largest / 32767.0) : 1.0f;
  double threshold = std::max(prune_below * largest, 0.5 * m.scale_);  // below half a step rounds to 0

  std::vector<std::pair<uint64_t, uint32_t>> order(rows_.begin(), rows_.end());
  std::sort(order.begin(), order.end());
  std::vector<uint64_t> keys;
  std::vector<uint32_t> offsets{0};
  for (const auto& [key, row] : order) {
    size_t before = m.entries_.size();
    for (const Entry& e : entries_[row]) {
      double w = averaged(e);
      if (std::abs(w) < threshold) continue;
      long q = std::lround(w / m.scale_);
      q = std::clamp<long>(q, -32767, 32767);
      m.entries_.push_back({static_cast<uint16_t>(e.cls), static_cast<int16_t>(q)});
    }
    if (m.entries_.size() == before) continue;
    keys.push_back(key);
    offsets.push_back(static_cast<uint32_t>(m.entries_.size()));
  }
  m.build(keys, offsets);
  return m;
}

}  // namespace dateline::learn
