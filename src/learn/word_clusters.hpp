// Word classes learned from raw news (no labels): each frequent word gets a coarse and a fine
// distributional cluster (spherical k-means over its left/right neighbour counts) and a bucket
// for how often it is capitalised mid-sentence. They let a model generalise from a word it saw
// in training to similar words it did not, and tell "Hope" the name from "hope" the word.
// The table is built by `dateline train ner|tagger --unlabeled` and stored in the model file.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "dateline/learn/model_file.hpp"

namespace dateline::learn {

struct WordClass {
  uint16_t coarse = 0, fine = 0;  // 1-based cluster ids; 0 = unknown word
  uint8_t capitalised = 0;        // 1..5: share of mid-sentence uses capitalised (0 = unknown)
};

class WordClusters {
 public:
  // Builds from plain-text (.txt) and Reuters SGML (.sgm) files under `paths` (files or
  // directories), CoNLL-U treebanks (.conllu: the words of each sentence, no annotation) named
  // as files — never picked up from a directory, which may hold a test split too — plus `extra`
  // sentences (e.g. the training words).
  static WordClusters build(const std::vector<std::string>& paths, const std::vector<std::vector<std::string>>& extra,
                            bool verbose);
  static WordClusters load(const ModelReader& reader);
  void save(ModelWriter& writer) const;

  bool empty() const { return classes_.empty(); }
  size_t size() const { return classes_.size(); }
  // The class of a word (looked up lower-cased, digits as 0).
  WordClass lookup(std::string_view word) const;

 private:
  void build_index();

  // The table as stored: every key word followed by '\n', sorted, and its class. Loading keeps
  // the stored bytes as they are (a model load builds only the index below): model load time
  // has a budget (README, Speed: tagger + lemmatiser + parser in at most 300 ms).
  std::string words_;
  std::vector<WordClass> classes_;
  // The same table for look-ups: open addressing on the key's 64-bit hash (0 = empty slot), so
  // a look-up, once per word in the tagger, parser and NER, is one hash and about one probe.
  std::vector<std::pair<uint64_t, WordClass>> index_;
};

// The key words are looked up by: ASCII lower case, digits replaced by 0.
std::string cluster_key(std::string_view word);

}  // namespace dateline::learn
