#include "tokenize/boundary_scorer.hpp"

#include <algorithm>
#include <bit>
#include <unordered_map>

#include "dateline/learn/model_file.hpp"

namespace dateline::tok {

namespace {
struct StoredWeight {  // the layout LinearModel::save writes
  uint16_t cls;
  int16_t value;
};
}  // namespace

BoundaryScorer::BoundaryScorer(const learn::ModelReader& reader, const std::string& prefix) {
  // Loading it as a LinearModel checks every section; then the same sections are read again.
  const learn::LinearModel model = learn::LinearModel::load(reader, prefix);
  const auto header = reader.array<float>(prefix + ".header");
  if (model.num_classes() != 2 || !(header[1] > 0)) reader.fail("sentence model: expected two classes");
  const auto keys = reader.array<uint64_t>(prefix + ".keys");
  const auto offsets = reader.array<uint32_t>(prefix + ".offsets");
  const auto weights = reader.array<StoredWeight>(prefix + ".weights");
  std::unordered_map<uint64_t, int32_t> margins;
  for (size_t i = 0; i < keys.size(); ++i)
    for (uint32_t k = offsets[i]; k < offsets[i + 1]; ++k)
      margins[keys[i]] += weights[k].cls == 1 ? weights[k].value : -weights[k].value;
  // At most a quarter full: most features of a gap are unseen words, and a miss probes until it
  // finds an empty slot, which a sparser table reaches sooner.
  table_.assign(std::bit_ceil(std::max<size_t>(16, margins.size() * 4)), Slot{});
  const size_t mask = table_.size() - 1;
  for (const auto& [key, margin] : margins) {
    if (margin == 0) continue;
    size_t pos = key & mask;
    while (table_[pos].key != 0) pos = (pos + 1) & mask;
    table_[pos] = {key, margin};
  }
}

bool BoundaryScorer::is_boundary(std::span<const uint64_t> features) const {
  const size_t mask = table_.size() - 1;
  int32_t sum = 0;
  for (uint64_t f : features) {
    const uint64_t key = learn::key_of(f);
    for (size_t pos = key & mask;; pos = (pos + 1) & mask) {
      const Slot& s = table_[pos];
      if (s.key == key) {
        sum += s.margin;
        break;
      }
      if (s.key == 0) break;
    }
  }
  return sum > 0;
}

}  // namespace dateline::tok
