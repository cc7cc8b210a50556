// Named-entity recognition: a greedy BILOU tagger over an averaged perceptron (learn/), trained
// on CoNLL-2003, plus the corpus readers and the entity-level scorer used by `dateline eval ner`.
//
// The model knows CoNLL's four classes (PER ORG LOC MISC); finer types (GPE, NORP) come from the
// gazetteers after tagging (see refine_type() and docs/entities.md).
#pragma once

#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "dateline/document.hpp"

namespace dateline::ner {

// One sentence of words with IOB2 tags ("O", "B-PER", "I-PER", ...); tags may be empty (unlabelled).
struct TaggedSentence {
  std::vector<std::string> words;
  std::vector<std::string> tags;
  std::vector<std::string> pos;  // predicted Penn tags, for models that use them (else empty)
};

// Sentences of one article: document-level features look across them.
struct TaggedDocument {
  std::vector<TaggedSentence> sentences;
  // Partial annotation (a treebank with parts of speech, maybe some names): besides typed tags,
  // "O" marks words that cannot be part of a PER/ORG/LOC name and "?" words that may be;
  // training corrects a typed word fully, an "O" word only when it is guessed PER/ORG/LOC (a
  // treebank cannot tell MISC from O), a "?" word never.
  bool partial = false;
  // Fully labelled in a scheme without MISC (UNER: PER/ORG/LOC only): its names train as typed,
  // and an "O" word, as in a partial document, only when it is guessed PER/ORG/LOC.
  bool no_misc = false;
};

// Readers. All return IOB2 tags; a missing or malformed file throws dateline::Error(bad_input).
std::vector<TaggedDocument> read_conll2003(const std::string& path);  // 4 columns, IOB1, -DOCSTART-
std::vector<TaggedDocument> read_iob2(const std::string& path);       // UNER: ID FORM TAG ...
// CoNLL-U with named-entity tags in MISC as NER=B-PER. Without them the documents are partial:
// a word is "?" when it is a proper noun or joins two ("of" in "Bank of America"), else "O";
// and with GUM's Entity= brackets, the proper-noun run of each mention of a wikified person,
// organization or place becomes PER, ORG or LOC.
std::vector<TaggedDocument> read_conllu_entities(const std::string& path);

// A chunk of words [begin, end) with a type.
struct Chunk {
  int begin = 0, end = 0;
  std::string type;
  bool operator==(const Chunk&) const = default;
};

// Chunks of an IOB2 (or IOB1) tag sequence with conlleval semantics: an I- tag after O or after
// a different type opens a new chunk.
std::vector<Chunk> chunks_of(const std::vector<std::string>& tags);
// IOB2 tags for chunks over n words.
std::vector<std::string> tags_of(const std::vector<Chunk>& chunks, size_t n);

// Entity-level counts for one type or overall.
struct Score {
  long gold = 0, predicted = 0, correct = 0;
  double precision() const { return predicted ? 100.0 * correct / predicted : 0.0; }
  double recall() const { return gold ? 100.0 * correct / gold : 0.0; }
  double f1() const {
    double p = precision(), r = recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
  }
};

struct Evaluation {
  Score overall;
  std::map<std::string, Score> per_type;
  void add(const std::vector<Chunk>& gold, const std::vector<Chunk>& predicted);
};

// Our fine types onto a gold scheme: "conll" (PER ORG LOC MISC) or "uner" (PER ORG LOC; NORP
// and MISC become O). Returns "" when the type has no counterpart in the scheme.
std::string to_gold_type(std::string_view type, std::string_view scheme);

// The fine type of a chunk the model called `coarse` (PER ORG LOC MISC): PERSON, ORG, GPE, LOC,
// NORP or MISC, using the gazetteers.
std::string refine_type(std::string_view coarse, std::string_view text);
// A capitalised word naming a kind of geographic feature ("Peninsula", "Sea", "River").
bool is_geographic_feature(std::string_view word);
// A title held by one person ("MP", "spokesman", "minister"), which ends a description of that
// person ("the Salford MP") and never an organisation's name (unlike "Police", "Council").
bool is_person_title(std::string_view word);

struct TrainOptions {
  int epochs = 12;
  unsigned seed = 1;
  double prune_below = 0.0;
  bool verbose = true;
  std::vector<std::string> unlabeled;  // raw text files or directories for word clusters
  std::string clusters_from;           // a model file whose word clusters to reuse instead
  double partial_share = 1.0;          // share of the partial (treebank) documents seen per epoch
  int no_misc_repeat = 1;              // passes over each `no_misc` document per epoch (a small in-domain corpus)
  bool use_pos = false;                // part-of-speech features: every sentence must carry `pos`
  // > 0: fully labelled sentences train as whole sequences in a beam of this width (early
  // update), and the model then decodes by summed scores; 0: greedy training, one word at a time.
  int global_beam = 0;
};

class Model {
 public:
  // Loads a model file; throws dateline::Error(bad_resource) if it is broken.
  static std::shared_ptr<const Model> load(const std::string& path);
  // Trains on `train`, keeps the epoch whose mean entity F1 over the `devs` is best, and saves
  // to `out`. A dev set without MISC (UNER) is scored with MISC predictions dropped.
  static void train(const std::vector<TaggedDocument>& train, const std::vector<std::vector<TaggedDocument>>& devs,
                    const std::string& out, const TrainOptions& options);

  // Coarse IOB2 tags (PER ORG LOC MISC) for every word of every sentence of the document.
  // `pos` holds each word's predicted Penn tag; a model that uses them tags worse without.
  std::vector<std::vector<std::string>> tag(const std::vector<std::vector<std::string>>& sentences,
                                            const std::vector<std::vector<std::string>>& pos = {}) const;
  // Whether the model was trained with part-of-speech features.
  bool uses_pos() const;
  // Whether it was trained on whole label sequences (TrainOptions::global_beam): then a
  // sequence's score is the sum of its words' scores.
  bool trained_on_sequences() const;

  ~Model();
  Model();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// Rule-based DATE and TIME chunks of one sentence's words ("Friday", "December 5", "last spring",
// "10:30 a.m."), as chunks over the words.
std::vector<Chunk> time_chunks(const std::vector<std::string>& words);

}  // namespace dateline::ner
