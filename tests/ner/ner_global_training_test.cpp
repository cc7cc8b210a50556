// Sequence (structured-perceptron) training of the NER tagger on toy sentences: it must learn a
// whole labelling, and partial treebank labels must constrain what it learns.
#include <gtest/gtest.h>

#include "dateline/ner.hpp"
#include "ner/beam_decoder.hpp"
#include "ner/global_training.hpp"

using namespace dateline;
using namespace dateline::ner;

namespace {

constexpr int kOpen = -1, kNoName = -2;  // as in partial training documents (src/ner/model.cpp)

struct Toy {
  std::vector<std::string> words;
  DocumentStats stats;
  WordClusters clusters;
  TrainingNames names;
  SentenceFeatures sf;
  explicit Toy(std::vector<std::string> w)
      : words(std::move(w)), stats(document_stats({words})), sf(words, kNoTags, stats, clusters, names) {}
};

std::vector<int> decode(const learn::PerceptronTrainer& trainer, const Toy& toy) {
  return beam_sentence(trainer, toy.sf, LabelHistory{}, 2, /*raw_sums=*/true);
}

}  // namespace

TEST(NerGlobalTraining, LearnsAWholeLabelling) {
  Toy toy({"Jane", "Doe", "spoke", "in", "Paris", "."});
  const std::vector<int> gold = bilou_labels({"B-PER", "I-PER", "O", "O", "B-LOC", "O"});
  learn::PerceptronTrainer trainer(num_labels());
  EXPECT_NE(train_sentence_globally(trainer, toy.sf, LabelHistory{}, gold, 4), gold);  // untrained: all O
  std::vector<int> guess;
  for (int round = 0; round < 10 && guess != gold; ++round)
    guess = train_sentence_globally(trainer, toy.sf, LabelHistory{}, gold, 4);
  EXPECT_EQ(guess, gold);
  EXPECT_EQ(decode(trainer, toy), gold);
}

TEST(NerGlobalTraining, PartialLabelsForbidNamesWhereTheTreebankHasNone) {
  Toy toy({"Acme", "hired", "Bob"});
  learn::PerceptronTrainer trainer(num_labels());
  // First a wrong lesson: "hired" as a person.
  const std::vector<int> wrong = bilou_labels({"B-ORG", "B-PER", "I-PER"});
  for (int round = 0; round < 10; ++round) train_sentence_globally(trainer, toy.sf, LabelHistory{}, wrong, 4);
  ASSERT_EQ(decode(trainer, toy), wrong);
  // A treebank says "hired" is no PER/ORG/LOC name and leaves the proper nouns open.
  const std::vector<int> partial{kOpen, kNoName, kOpen};
  for (int round = 0; round < 10; ++round) train_sentence_globally(trainer, toy.sf, LabelHistory{}, partial, 4);
  std::vector<std::string> tags = iob2_from_labels(decode(trainer, toy));
  EXPECT_TRUE(tags[1] == "O" || tags[1].ends_with("MISC")) << tags[1];
}
