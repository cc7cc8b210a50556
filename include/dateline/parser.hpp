// Labelled dependency parser: arc-hybrid transitions (Kuhlmann et al. 2011) scored by an
// averaged perceptron over Zhang & Nivre (2011)-style features, trained with the dynamic oracle
// of Goldberg & Nivre (2013), decoded with a small beam over normalised scores. Projective, one root per sentence; fills Token::head
// (1-based, 0 = root) and Token::deprel (UD relations with subtypes).
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "dateline/conllu.hpp"
#include "dateline/document.hpp"
#include "dateline/learn/perceptron.hpp"
#include "dateline/learn/training.hpp"
#include "dateline/stage.hpp"

namespace dateline::learn {
class WordClusters;
}

namespace dateline {

class Parser {
 public:
  static constexpr const char* kKind = "parser";
  static constexpr uint32_t kVersion = 1;

  static Parser load(const std::string& path);
  void save(const std::string& path, const nlohmann::json& metadata = {}) const;

  // How parse() searches (docs/tagger-parser.md, "Beam decoding"). A beam of 2 by default: it
  // parses better than greedy search (EWT dev UAS 87.20 against 86.28) for 1.54 states scored
  // per step, about 1.5x the parsing time; `beam = 1` is greedy. Temperature and margin were
  // chosen with a beam of 2 on EWT dev for the committed model; a retrained model may want
  // another temperature (`eval parse --temperature T`).
  struct Decoding {
    int beam = 2;               // states kept per step; 1 = greedy
    float temperature = 36.0f;  // action scores / T, normalised, are summed as log-probabilities
    float margin = 1.5f;        // drop paths this far (in log-probability) below the best
  };
  void set_decoding(const Decoding& decoding) { decoding_ = decoding; }
  const Decoding& decoding() const { return decoding_; }

  // Parses one sentence from its words' text and tags (run the tagger first).
  void parse(std::vector<Token>& words) const;

  // Trains on the tags `train` carries (gold, or predicted: see jackknife_tags in tagger.hpp)
  // and keeps the epoch with the best LAS on `dev`, also with the tags it carries.
  struct Options : learn::TrainOptions {
    double explore = 0.9;        // chance to follow a wrong prediction (from epoch 2 on)
    double prune_below = 0.0;    // see PerceptronTrainer::average
    int members = 1;             // >1: the mean of this many parsers, seeds seed, seed+1, ...
    std::shared_ptr<const learn::WordClusters> clusters;  // word classes for extra features; optional
  };
  static Parser train(const std::vector<conllu::Sentence>& train, const std::vector<conllu::Sentence>& dev,
                      const Options& options);

  // One parser whose scores are the mean of `parsers`' (LinearModel::mean): parsers trained
  // from several seeds, possibly on different jackknifed tags, merged into an ensemble that
  // runs as fast as one. They must share labels and word clusters (the same training data).
  static Parser mean(const std::vector<Parser>& parsers, double prune_below);

  size_t num_labels() const { return labels_.size(); }
  size_t num_weights() const { return model_.num_weights(); }

 private:
  void parse_with(const learn::LinearModel& model, std::vector<Token>& words) const;

  Decoding decoding_;
  std::vector<std::string> labels_;
  std::shared_ptr<const learn::WordClusters> clusters_;  // never null once trained or loaded
  learn::LinearModel model_;
};

// The "parse" pipeline stage (models/en_parser.dlm), searching as the options say.
std::unique_ptr<Stage> make_parse_stage(const PipelineOptions& options, std::string& why_not);

}  // namespace dateline
