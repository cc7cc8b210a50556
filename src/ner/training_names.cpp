#include "training_names.hpp"

#include <algorithm>
#include <cctype>

#include "features.hpp"
#include "name_lists.hpp"

namespace dateline::ner {
namespace {

bool starts_upper(const std::string& w) { return !w.empty() && std::isupper(static_cast<unsigned char>(w[0])); }

}  // namespace

void TrainingNames::count_names(const TaggedSentence& sentence, bool partial) {
  const auto& w = sentence.words;
  // A treebank name is the proper-noun run of a mention, which a hyphen or a neighbouring
  // capitalised word may cut short: GUM's "Kim Jong - un" would list "Kim Jong".
  auto cut_short = [&](const Chunk& c) {
    auto joins = [](const std::string& word) { return word == "-" || starts_upper(word); };
    return (c.begin > 0 && joins(w[c.begin - 1])) || (c.end < static_cast<int>(w.size()) && joins(w[c.end]));
  };
  for (const Chunk& c : chunks_of(sentence.tags)) {
    if (c.end - c.begin > kMaxWords || !starts_upper(w[c.begin])) continue;
    if (partial && cut_short(c)) continue;
    auto type = std::find(coarse_types().begin(), coarse_types().end(), c.type);
    if (type == coarse_types().end()) continue;
    std::string phrase;
    for (int i = c.begin; i < c.end; ++i) phrase += (i > c.begin ? " " : "") + fold(sentence.words[i]);
    auto& counts = counts_[phrase];
    counts.resize(coarse_types().size(), 0);
    ++counts[type - coarse_types().begin()];
  }
}

void TrainingNames::settle() {
  for (const auto& [phrase, counts] : counts_)
    types_[phrase] = static_cast<uint8_t>(std::max_element(counts.begin(), counts.end()) - counts.begin());
  counts_.clear();
  for (const auto& [phrase, type] : types_)
    for (size_t p = 0; p != std::string::npos; p = phrase.find(' ', p + 1)) prefixes_.insert(phrase.substr(0, p ? p : phrase.size()));
}

std::vector<uint8_t> TrainingNames::match(const std::vector<std::string>& words) const {
  const int n = static_cast<int>(words.size());
  std::vector<uint8_t> out(n, 0);
  if (types_.empty()) return out;
  for (int i = 0; i < n;) {
    int best = 0, best_type = 0;
    if (starts_upper(words[i])) {
      std::string phrase;
      for (int len = 1; len <= kMaxWords && i + len <= n; ++len) {
        phrase += (len > 1 ? " " : "") + fold(words[i + len - 1]);
        if (!prefixes_.contains(phrase)) break;
        if (auto it = types_.find(phrase); it != types_.end()) {
          best = len;
          best_type = it->second;
        }
      }
    }
    for (int k = 0; k < best; ++k) {
      int position = best == 1 ? 3 : k == 0 ? 0 : k + 1 == best ? 2 : 1;
      out[i + k] = static_cast<uint8_t>(1 + 4 * best_type + position);
    }
    i += std::max(best, 1);
  }
  return out;
}

void TrainingNames::save(learn::ModelWriter& writer) const {
  std::vector<std::pair<std::string, uint8_t>> sorted(types_.begin(), types_.end());
  std::sort(sorted.begin(), sorted.end());
  std::vector<std::string> phrases;
  std::vector<uint8_t> types;
  for (const auto& [phrase, type] : sorted) {
    phrases.push_back(phrase);
    types.push_back(type);
  }
  writer.add_strings("training_names.phrases", phrases);
  writer.add_array("training_names.types", types);
}

TrainingNames TrainingNames::load(const learn::ModelReader& reader) {
  TrainingNames names;
  if (!reader.has("training_names.phrases")) return names;
  auto phrases = reader.strings("training_names.phrases");
  auto types = reader.array<uint8_t>("training_names.types");
  if (types.size() != phrases.size()) reader.fail("training name list is inconsistent");
  for (size_t i = 0; i < phrases.size(); ++i) names.types_[phrases[i]] = types[i];
  names.settle();
  return names;
}

}  // namespace dateline::ner
