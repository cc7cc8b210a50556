#include <gtest/gtest.h>

#include "dateline/error.hpp"
#include "dateline/ner.hpp"
#include "ner/features.hpp"
#include "test_helpers.hpp"

using namespace dateline;
namespace dt = dateline::testing;
using namespace dateline::ner;

TEST(NerChunks, Iob1AndIob2FollowConllevalSemantics) {
  // IOB1: I- opens a chunk after O; B- splits two adjacent chunks of one type.
  std::vector<std::string> iob1{"I-PER", "I-PER", "O", "I-LOC", "B-LOC", "I-ORG"};
  auto c = chunks_of(iob1);
  ASSERT_EQ(c.size(), 4u);
  EXPECT_EQ(c[0], (Chunk{0, 2, "PER"}));
  EXPECT_EQ(c[1], (Chunk{3, 4, "LOC"}));
  EXPECT_EQ(c[2], (Chunk{4, 5, "LOC"}));
  EXPECT_EQ(c[3], (Chunk{5, 6, "ORG"}));
  EXPECT_EQ(tags_of(c, 6), (std::vector<std::string>{"B-PER", "I-PER", "O", "B-LOC", "B-LOC", "B-ORG"}));
}

TEST(NerChunks, BilouRoundTrip) {
  std::vector<std::string> iob2{"B-PER", "I-PER", "I-PER", "O", "B-ORG", "B-ORG", "I-ORG"};
  auto labels = bilou_labels(iob2);
  EXPECT_EQ(label_name(labels[0]), "B-PER");
  EXPECT_EQ(label_name(labels[1]), "I-PER");
  EXPECT_EQ(label_name(labels[2]), "L-PER");
  EXPECT_EQ(label_name(labels[4]), "U-ORG");
  EXPECT_EQ(iob2_from_labels(labels), iob2);
  EXPECT_FALSE(allowed_after(label_index("B-PER"), label_index("O")));
  EXPECT_FALSE(allowed_after(label_index("B-PER"), label_index("I-ORG")));
  EXPECT_TRUE(allowed_after(label_index("U-PER"), label_index("B-ORG")));
  EXPECT_FALSE(allowed_after(-1, label_index("I-LOC")));
}

TEST(NerChunks, EvaluationCountsExactSpanAndType) {
  Evaluation ev;
  ev.add({{0, 2, "PER"}, {3, 4, "LOC"}}, {{0, 2, "PER"}, {3, 4, "ORG"}, {5, 6, "LOC"}});
  EXPECT_EQ(ev.overall.gold, 2);
  EXPECT_EQ(ev.overall.predicted, 3);
  EXPECT_EQ(ev.overall.correct, 1);
  EXPECT_NEAR(ev.overall.f1(), 40.0, 1e-9);
  EXPECT_EQ(ev.per_type["LOC"].correct, 0);
  EXPECT_EQ(ev.per_type["PER"].correct, 1);
}

TEST(NerChunks, TypeMappingBothWays) {
  EXPECT_EQ(refine_type("LOC", "Mongolia"), "GPE");
  EXPECT_EQ(refine_type("LOC", "Amazon River"), "LOC");
  EXPECT_EQ(refine_type("MISC", "Peruvian"), "NORP");
  EXPECT_EQ(refine_type("MISC", "World Cup"), "MISC");
  EXPECT_EQ(refine_type("MISC", "Korean Peninsula"), "LOC");  // the head is a geographic feature
  EXPECT_EQ(refine_type("MISC", "Gulf War"), "MISC");          // a feature word, but not the head
  EXPECT_EQ(refine_type("ORG", "Seoul"), "ORG");  // an acting capital joins its country in resolution
  EXPECT_EQ(refine_type("PER", "Ann Smith"), "PERSON");
  // A group of people tagged as a person is a group: a demonym or a plural group word.
  EXPECT_EQ(refine_type("PER", "Muslims"), "NORP");
  EXPECT_EQ(refine_type("PER", "Asians"), "NORP");
  EXPECT_EQ(refine_type("PER", "Peruvians"), "NORP");
  EXPECT_EQ(refine_type("PER", "Christian"), "PERSON");  // also a first name
  EXPECT_EQ(refine_type("PER", "Christian Jews"), "PERSON");
  // A listed organisation read as a person or MISC name is the organisation; a place keeps its
  // type even where an organisation's short form shares its name.
  EXPECT_EQ(refine_type("PER", "Sony Ericsson"), "ORG");
  EXPECT_EQ(refine_type("MISC", "NTT DoCoMo"), "ORG");
  EXPECT_EQ(refine_type("LOC", "Oxford"), "GPE");
  EXPECT_EQ(to_gold_type("GPE", "conll"), "LOC");
  EXPECT_EQ(to_gold_type("NORP", "conll"), "MISC");
  EXPECT_EQ(to_gold_type("NORP", "uner"), "");
  EXPECT_EQ(to_gold_type("DATE", "conll"), "");
}

TEST(NerChunks, TimeRules) {
  std::vector<std::string> w{"He", "left", "on", "Tuesday", ",", "March", "4", ",", "2019", "at", "10:30", "a.m.",
                             "and", "returned", "last", "spring", "."};
  auto c = time_chunks(w);
  ASSERT_EQ(c.size(), 4u);
  EXPECT_EQ(c[0], (Chunk{3, 4, "DATE"}));
  EXPECT_EQ(c[1], (Chunk{5, 9, "DATE"}));
  EXPECT_EQ(c[2], (Chunk{10, 12, "TIME"}));
  EXPECT_EQ(c[3], (Chunk{14, 16, "DATE"}));
  // "may" the verb is not a month.
  EXPECT_TRUE(time_chunks({"They", "may", "go"}).empty());
}

TEST(NerReaders, Conll2003AndIob2) {
  std::string conll =
      "-DOCSTART- -X- O O\n\nMaria NNP I-NP I-PER\nVance NNP I-NP I-PER\nvisited VBD I-VP O\nOslo NNP I-NP I-LOC\n\n"
      "-DOCSTART- -X- O O\n\nKEMI NNP I-NP I-ORG\nB-ORG NNP I-NP B-ORG\n\n";
  auto docs = read_conll2003(dt::temp_file("a.conll", conll));
  ASSERT_EQ(docs.size(), 2u);
  EXPECT_EQ(docs[0].sentences[0].tags, (std::vector<std::string>{"B-PER", "I-PER", "O", "B-LOC"}));
  EXPECT_EQ(docs[1].sentences[0].tags, (std::vector<std::string>{"B-ORG", "B-ORG"}));
  std::string iob2 = "# newdoc id = x\n# text = Maria runs\n1\tMaria\tB-PER\t-\tme\n2\truns\tO\t-\t-\n\n";
  auto u = read_iob2(dt::temp_file("a.iob2", iob2));
  ASSERT_EQ(u.size(), 1u);
  EXPECT_EQ(u[0].sentences[0].words[0], "Maria");
  EXPECT_THROW(read_conll2003(dt::temp_file("bad.conll", "Maria NNP I-NP X-PER\n")), Error);
  EXPECT_THROW(read_iob2("/nonexistent/file.iob2"), Error);
}

namespace {

// A CoNLL-U line: id, form, upos, head and a MISC column.
std::string conllu_word(int id, const std::string& form, const std::string& upos, int head = 0,
                        const std::string& misc = "_") {
  return std::to_string(id) + "\t" + form + "\t_\t" + upos + "\t_\t_\t" + std::to_string(head) + "\tdep\t_\t" +
         misc + "\n";
}

}  // namespace

TEST(NerReaders, TreebankWithoutEntitiesIsPartialFromProperNouns) {
  std::string text = "# newdoc id = d1\n# sent_id = 1\n" + conllu_word(1, "Bank", "PROPN") + conllu_word(2, "of", "ADP") +
                     conllu_word(3, "America", "PROPN") + conllu_word(4, "Thanks", "NOUN") + conllu_word(5, "of", "ADP") +
                     "\n";
  auto docs = read_conllu_entities(dt::temp_file("p.conllu", text));
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_TRUE(docs[0].partial);
  EXPECT_EQ(docs[0].sentences[0].tags, (std::vector<std::string>{"?", "?", "?", "O", "O"}));
}

TEST(NerReaders, GumMentionsGiveTheProperNounRunAtTheirHead) {
  // "his" and "the US government" are mentions of wikified entities but not names; "the
  // Computing Association , UK" is an organization holding a place.
  std::string id = "-giv:act-sssss-cf2*-1-coref-";
  std::string text = "# newdoc id = g1\n# sent_id = 1\n" +
                     conllu_word(1, "his", "PRON", 4, "Entity=(1-person" + id + "Ann_Lee)") +
                     conllu_word(2, "the", "DET", 4, "Entity=(2-organization" + id + "Computing_Association") +
                     conllu_word(3, "Computing", "PROPN", 4) + conllu_word(4, "Association", "PROPN", 0) +
                     conllu_word(5, ",", "PUNCT", 6) +
                     conllu_word(6, "UK", "PROPN", 4, "Entity=(3-place" + id + "United_Kingdom)2)") +
                     conllu_word(7, "US", "PROPN", 8, "Entity=(4-organization" + id + "US_government") +
                     conllu_word(8, "government", "NOUN", 4, "Entity=4)") + "\n";
  auto docs = read_conllu_entities(dt::temp_file("g.conllu", text));
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_TRUE(docs[0].partial);
  EXPECT_EQ(docs[0].sentences[0].tags,
            (std::vector<std::string>{"O", "O", "B-ORG", "I-ORG", "O", "B-LOC", "?", "O"}));
}

namespace dateline::ner {
namespace {

TEST(NerLabels, ConstantLabelCountMatchesTheTypesAndBilouRulesHold) {
  EXPECT_EQ(num_labels(), 1 + 4 * static_cast<int>(coarse_types().size()));
  const int b_per = label_index("B-PER"), i_per = label_index("I-PER"), l_per = label_index("L-PER"),
            u_per = label_index("U-PER"), l_org = label_index("L-ORG");
  EXPECT_TRUE(allowed_after(-1, b_per));
  EXPECT_FALSE(allowed_after(-1, i_per));
  EXPECT_TRUE(allowed_after(b_per, i_per));
  EXPECT_TRUE(allowed_after(i_per, l_per));
  EXPECT_FALSE(allowed_after(b_per, l_org));
  EXPECT_FALSE(allowed_after(b_per, 0));
  EXPECT_TRUE(allowed_after(l_per, u_per));
  EXPECT_TRUE(allowed_after(0, 0));
  EXPECT_FALSE(allowed_after(u_per, l_per));
}

}  // namespace
}  // namespace dateline::ner
