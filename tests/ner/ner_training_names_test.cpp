#include <gtest/gtest.h>

#include "dateline/ner.hpp"
#include "ner/features.hpp"
#include "ner/training_names.hpp"

using namespace dateline::ner;

namespace {

TaggedDocument document(std::vector<std::string> words, std::vector<std::string> tags) {
  TaggedDocument doc;
  doc.sentences.push_back({});
  doc.sentences.back().words = std::move(words);
  doc.sentences.back().tags = std::move(tags);
  return doc;
}

// The code match() gives a word: 1 + 4 * type + position (B I L U).
uint8_t code(const std::string& type, char position) {
  auto t = std::find(coarse_types().begin(), coarse_types().end(), type) - coarse_types().begin();
  return static_cast<uint8_t>(1 + 4 * t + std::string("BILU").find(position));
}

}  // namespace

TEST(NerTrainingNames, MatchesTheLongestListedNameWithItsMajorityType) {
  std::vector<TaggedDocument> docs{
      document({"Newcastle", "beat", "Real", "Madrid"}, {"B-ORG", "O", "B-ORG", "I-ORG"}),
      document({"in", "Newcastle"}, {"O", "B-LOC"}),
      document({"Newcastle", "won"}, {"B-ORG", "O"}),
  };
  TrainingNames names = TrainingNames::from_documents(docs, [](size_t) { return true; });
  EXPECT_EQ(names.size(), 2u);
  auto m = names.match({"REAL", "MADRID", "and", "Newcastle", "lost", "to", "Real", "Betis"});
  EXPECT_EQ(m, (std::vector<uint8_t>{code("ORG", 'B'), code("ORG", 'L'), 0, code("ORG", 'U'), 0, 0, 0, 0}));
  // Only names that start at a capitalised word: "real madrid" in lower case is no match.
  EXPECT_EQ(names.match({"real", "madrid"}), (std::vector<uint8_t>{0, 0}));
}

TEST(NerTrainingNames, JackknifedListsLeaveOutTheirOwnDocuments) {
  std::vector<TaggedDocument> docs{document({"Kent"}, {"B-ORG"}), document({"Essex"}, {"B-ORG"})};
  TrainingNames without_first = TrainingNames::from_documents(docs, [](size_t d) { return d != 0; });
  EXPECT_EQ(without_first.match({"Kent", "Essex"}), (std::vector<uint8_t>{0, code("ORG", 'U')}));
}

TEST(NerTrainingNames, PartialDocumentsGiveOnlyTheirWholeTypedNames) {
  // A treebank read as partial annotation: "?" (may be a name) and "O" give nothing, a typed
  // name (GUM's wikified mentions) is listed unless a hyphen or a capitalised word beside it
  // says the proper-noun run was cut short ("Kim Jong - un").
  auto doc = document({"the", "Computing", "Research", "Association", "and", "Bob", "met", "Kim", "Jong", "-", "un"},
                      {"O", "B-ORG", "I-ORG", "I-ORG", "O", "?", "O", "B-PER", "I-PER", "O", "?"});
  doc.partial = true;
  TrainingNames names = TrainingNames::from_documents(std::vector<TaggedDocument>{doc}, [](size_t) { return true; });
  EXPECT_EQ(names.size(), 1u);
  EXPECT_EQ(names.match({"Kim", "Jong", "Un"}), (std::vector<uint8_t>{0, 0, 0}));
}
