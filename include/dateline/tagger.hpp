// Part-of-speech tagger: UPOS + XPOS (PTB) as one joint tag, plus FEATS looked up from the
// training data. Greedy left to right with an averaged perceptron (learn/perceptron.hpp);
// frequent unambiguous words are tagged from a dictionary without scoring.
#pragma once

#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "dateline/conllu.hpp"
#include "dateline/document.hpp"
#include "dateline/learn/perceptron.hpp"
#include "dateline/learn/training.hpp"
#include "dateline/stage.hpp"

namespace dateline::learn {
class WordClusters;
}
namespace dateline::tagging {
struct WordKeys;
}

namespace dateline {

class Tagger {
 public:
  static constexpr const char* kKind = "tagger";
  static constexpr uint32_t kVersion = 1;

  // Throws dateline::Error(bad_resource) if the file is missing or not a tagger model.
  static Tagger load(const std::string& path);
  void save(const std::string& path, const nlohmann::json& metadata = {}) const;

  // Fills upos, xpos and feats of one sentence's words from their text.
  void tag(std::vector<Token>& words) const;

  // Word clusters (learn/word_clusters.hpp) give every word a distributional class; optional.
  struct Options : learn::TrainOptions {
    std::vector<std::string> unlabeled;  // raw text files or directories to learn clusters from
    std::shared_ptr<const learn::WordClusters> clusters;  // or clusters built already
    int members = 1;  // >1: the mean of this many taggers, seeds seed, seed+1, ...
    double prune_below = 0.0;  // see PerceptronTrainer::average
  };
  // Trains on `train`, keeping the epoch that tags `dev` best (dev may be empty).
  static Tagger train(const std::vector<conllu::Sentence>& train, const std::vector<conllu::Sentence>& dev,
                      const Options& options);

  // Clusters from `unlabeled` plus the treebank's own words (so its vocabulary gets classes too).
  static std::shared_ptr<const learn::WordClusters> build_clusters(const std::vector<conllu::Sentence>& train,
                                                                   const std::vector<std::string>& unlabeled);

  size_t num_tags() const { return tags_.size(); }

 private:
  void tag_with(const learn::LinearModel& model, std::vector<Token>& words) const;
  int tag_index(const std::string& upos, const std::string& xpos);
  uint64_t ambiguity_of(uint64_t lower_key) const;
  tagging::WordKeys keys_of(std::string_view text) const;

  std::vector<std::string> tags_;  // joint "UPOS\tXPOS"
  std::vector<std::string> upos_, xpos_;
  std::unordered_map<std::string, int> tag_ids_;
  std::unordered_map<std::string, int> dictionary_;  // exact form → tag, for unambiguous words
  std::unordered_map<std::string, std::string> feats_;  // lower form + '\t' + tag id → FEATS
  std::vector<std::string> default_feats_;              // per tag
  std::unordered_map<uint64_t, uint64_t> ambiguity_;    // lowercased-form key → tag-set key
  std::shared_ptr<const learn::WordClusters> clusters_;  // never null once trained or loaded
  learn::LinearModel model_;
};

// Replaces the UPOS and XPOS of every word with the tagger's prediction (gold tokens kept).
void retag(std::vector<conllu::Sentence>& sentences, const Tagger& tagger);

// k-fold jackknifing: each sentence gets the tags of a tagger trained on the other folds
// (`options.epochs` each, no dev), so the parser trains on realistically noisy tags.
void jackknife_tags(std::vector<conllu::Sentence>& sentences, int folds, const Tagger::Options& options);

// The "tag" pipeline stage (models/en_tagger.dlm); nullptr with a reason if the model is absent.
std::unique_ptr<Stage> make_tag_stage(const std::string& models_dir, std::string& why_not);

}  // namespace dateline
