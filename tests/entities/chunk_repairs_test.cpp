// Span repairs between the NER model and resolution (src/entities/chunk_repairs.cpp).
#include <gtest/gtest.h>

#include "entities/resolver.hpp"

namespace dateline::testing {
namespace {

// A sentence from (word, glued-to-the-previous-word) pairs, with real offsets.
Sentence sentence_of(const std::vector<std::pair<std::string, bool>>& words) {
  Sentence s;
  uint32_t at = 0;
  for (const auto& [w, glued] : words) {
    if (!s.tokens.empty() && !glued) ++at;
    Token t;
    t.text = w;
    t.start = at;
    at += static_cast<uint32_t>(w.size());
    t.end = at;
    s.tokens.push_back(t);
  }
  return s;
}

TEST(ChunkRepairs, HyphenWrittenWithoutSpacesJoinsTwoNamesOfOneType) {
  Sentence s = sentence_of({{"the", false}, {"Asia", false}, {"-", true}, {"Pacific", true}, {"region", false}});
  std::vector<ner::Chunk> chunks{{1, 2, "LOC"}, {3, 4, "LOC"}};
  entities::join_hyphenated_chunks(s, chunks);
  ASSERT_EQ(chunks.size(), 1u);
  EXPECT_EQ(chunks[0].begin, 1);
  EXPECT_EQ(chunks[0].end, 4);
}

TEST(ChunkRepairs, GluedParticleJoinsTheNameAndTheGazetteerTypesIt) {
  Sentence s = sentence_of({{"leaders", false}, {"of", false}, {"al", false}, {"-", true}, {"Qaeda", true}});
  std::vector<ner::Chunk> chunks{{4, 5, "PER"}};
  entities::join_hyphenated_chunks(s, chunks);
  ASSERT_EQ(chunks.size(), 1u);
  EXPECT_EQ(chunks[0].begin, 2);
  EXPECT_EQ(chunks[0].type, "ORG");
  EXPECT_EQ(entities::word_text(s, chunks[0].begin, chunks[0].end), "al-Qaeda");
}

TEST(ChunkRepairs, AFeatureWordAfterANameMakesOnePlace) {
  Sentence s = sentence_of({{"the", false}, {"Korean", false}, {"Peninsula", false}, {".", true}});
  ner::Chunk c{1, 2, "MISC"};
  entities::extend_to_feature(s, c);
  EXPECT_EQ(c.end, 3);
  EXPECT_EQ(c.type, "LOC");

  Sentence plain = sentence_of({{"Korean", false}, {"officials", false}});
  ner::Chunk korean{0, 1, "MISC"};
  entities::extend_to_feature(plain, korean);
  EXPECT_EQ(korean.end, 1);
  EXPECT_EQ(korean.type, "MISC");
}

TEST(ChunkRepairs, APersonsTitleIsCutOffTheNameThatModifiesIt) {
  Sentence s = sentence_of({{"the", false}, {"Salford", false}, {"MP", false}, {"told", false}});
  ner::Chunk c{1, 3, "ORG"};
  EXPECT_TRUE(entities::cut_trailing_person_title(s, c));
  EXPECT_EQ(entities::word_text(s, c.begin, c.end), "Salford");

  // A person keeps the title; an organisation's own last word ("Police") is not a title.
  ner::Chunk person{1, 3, "PER"};
  EXPECT_TRUE(entities::cut_trailing_person_title(s, person));
  EXPECT_EQ(person.end, 3);
  Sentence police = sentence_of({{"Thames", false}, {"Valley", false}, {"Police", false}});
  ner::Chunk org{0, 3, "ORG"};
  EXPECT_TRUE(entities::cut_trailing_person_title(police, org));
  EXPECT_EQ(org.end, 3);

  // A listed title as a whole is no name at all.
  Sentence pm = sentence_of({{"the", false}, {"Prime", false}, {"Minister", false}});
  ner::Chunk title{1, 3, "ORG"};
  EXPECT_FALSE(entities::cut_trailing_person_title(pm, title));
}

TEST(ChunkRepairs, SpacedDashOrDifferentTypesStayApart) {
  Sentence spaced = sentence_of({{"London", false}, {"-", false}, {"Paris", false}});
  std::vector<ner::Chunk> chunks{{0, 1, "LOC"}, {2, 3, "LOC"}};
  entities::join_hyphenated_chunks(spaced, chunks);
  EXPECT_EQ(chunks.size(), 2u);

  Sentence glued = sentence_of({{"Franco", false}, {"-", true}, {"German", true}});
  std::vector<ner::Chunk> mixed{{0, 1, "PER"}, {2, 3, "MISC"}};
  entities::join_hyphenated_chunks(glued, mixed);
  EXPECT_EQ(mixed.size(), 2u);
}

TEST(ChunkRepairs, OneWordNameBeforeAdministrationIsAPerson) {
  Sentence s = sentence_of({{"the", false}, {"Obama", false}, {"administration", false}});
  ner::Chunk c{1, 2, "MISC"};
  entities::type_name_before_office_noun(s, c);
  EXPECT_EQ(c.type, "PER");

  Sentence demonym = sentence_of({{"the", false}, {"Russian", false}, {"administration", false}});
  ner::Chunk russian{1, 2, "MISC"};
  entities::type_name_before_office_noun(demonym, russian);
  EXPECT_EQ(russian.type, "MISC");

  Sentence other = sentence_of({{"the", false}, {"Olympic", false}, {"committee", false}});
  ner::Chunk games{1, 2, "MISC"};
  entities::type_name_before_office_noun(other, games);
  EXPECT_EQ(games.type, "MISC");
}

}  // namespace
}  // namespace dateline::testing
