// Names seen in the labelled training data, with the type they were given most often: a
// gazetteer the model derives from its own data (no outside list). Training matches each
// document against the names of the other folds only (jackknifing), so the feature is as
// unreliable in training as it is on new text; tagging matches against all of them.
#pragma once

#include <cstdint>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "dateline/learn/model_file.hpp"
#include "dateline/ner.hpp"

namespace dateline::ner {

class TrainingNames {
 public:
  static constexpr int kMaxWords = 6;  // longer names are not listed

  // The names of the documents among `docs` whose index `keep` accepts; of a partial document
  // (a treebank), only its typed names (GUM's wikified mentions) that look whole.
  template <class Keep>
  static TrainingNames from_documents(const std::vector<TaggedDocument>& docs, Keep&& keep) {
    TrainingNames names;
    for (size_t d = 0; d < docs.size(); ++d)
      if (keep(d))
        for (const auto& s : docs[d].sentences) names.count_names(s, docs[d].partial);
    names.settle();
    return names;
  }
  static TrainingNames load(const learn::ModelReader& reader);  // empty if the file has none
  void save(learn::ModelWriter& writer) const;

  bool empty() const { return types_.empty(); }
  size_t size() const { return types_.size(); }
  // Per word: 0, or 1 + 4 * type + position (B I L U) in the longest listed name starting at a
  // capitalised word (left to right, not overlapping).
  std::vector<uint8_t> match(const std::vector<std::string>& words) const;

 private:
  void count_names(const TaggedSentence& sentence, bool partial);
  void settle();  // counts → majority types and the phrase prefixes
  std::unordered_map<std::string, std::vector<int>> counts_;  // while building: per type
  std::unordered_map<std::string, uint8_t> types_;            // folded phrase → type index
  std::unordered_set<std::string> prefixes_;                  // every word-boundary prefix
};

}  // namespace dateline::ner
