#include <gtest/gtest.h>

#include <filesystem>

#include "dateline/error.hpp"
#include "dateline/petrarch.hpp"
#include "test_helpers.hpp"

using namespace dateline;
using namespace dateline::petrarch;

namespace {

const std::string kVerbs =
    "<!-- a comment\n spanning lines -->\n"
    "&MONEY_\n+DOLLARS\n+SWISS FRANCS\n\n"
    "--- SCOLD [111] ---\n"
    "SCOLD {SCOLDED SCOLDS}\n"
    "+TELL_OFF [112]\n"
    "- $ * + FOR &MONEY [113]  # comment\n"
    "- * _IN_PRIVATE [114:115]\n"
    "--- HURRY [---] ---\n"
    "HURRY\n"
    "- * (TO {BORDER TOWN}) [154]\n"
    "~ a (a b X) SAY = a b 015\n";

}  // namespace

TEST(PetrarchVerbs, ReadsSynsetsBlocksFormsAndPatterns) {
  auto d = parse_verbs(kVerbs, "test.verbs");
  ASSERT_EQ(d.blocks.size(), 2u);
  EXPECT_EQ(d.blocks[0].code, "111");
  ASSERT_EQ(d.synsets.at("MONEY").size(), 2u);
  EXPECT_EQ(d.synsets.at("MONEY")[1], (std::vector<std::string>{"SWISS", "FRANCS"}));
  EXPECT_TRUE(d.forms.count("SCOLDED"));
  EXPECT_TRUE(d.forms.count("SCOLDING"));  // regular forms generated alongside irregular ones
  ASSERT_TRUE(d.forms.count("TELLS"));
  const auto& tell = d.forms.at("TELLS")[0];
  EXPECT_EQ(tell.words, (std::vector<std::string>{"TELLS", "OFF"}));
  EXPECT_EQ(tell.code, "112");
  EXPECT_TRUE(d.forms.count("HURRIED"));
  const auto& p = d.blocks[0].patterns[0];
  ASSERT_EQ(p.before.size(), 1u);
  EXPECT_EQ(p.before[0].kind, PatternItem::Kind::source);
  ASSERT_EQ(p.after.size(), 3u);
  EXPECT_EQ(p.after[0].kind, PatternItem::Kind::target);
  EXPECT_EQ(p.after[2].kind, PatternItem::Kind::synset);
  EXPECT_EQ(p.code, "113");
  EXPECT_EQ(p.line, 10);
  EXPECT_TRUE(d.blocks[0].patterns[1].after[0].adjacent);
  EXPECT_EQ(d.blocks[1].patterns[0].after.size(), 3u);  // TO BORDER TOWN
  EXPECT_EQ(d.transformation_count, 1u);
}

TEST(PetrarchVerbs, ErrorsNameFileAndLine) {
  try {
    parse_verbs("--- X [010] ---\nX\n- * NO CODE HERE\n", "bad.verbs");
    FAIL() << "no error";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ExitCode::bad_resource);
    EXPECT_NE(std::string(e.what()).find("bad.verbs:3"), std::string::npos) << e.what();
  }
  EXPECT_THROW(parse_verbs("- * X [010]\n", "p"), Error);          // pattern outside a block
  EXPECT_THROW(parse_verbs("--- X ---\n", "p"), Error);            // header without code
  EXPECT_THROW(parse_verbs("--- X [1] ---\n- X [010]\n", "p"), Error);  // no '*'
}

TEST(PetrarchActors, DatedCodesSynonymsAndStems) {
  ActorDictionary d;
  parse_actors(
      "<!-- header -->\nGONDOR_ [GON]\n+MINAS_TIRITH\nARGENTIN [ARG]\n"
      "SMEAGOL_ # no code yet\n\t[HOB <950601]\n\t[HOBGOV 19950601 - 19990815]\n\t[HOBREB >990816]\n"
      "LORIEN [ELR/GAL] ; old comment\n",
      "a.actors", d);
  std::vector<std::string> words{"MINAS", "TIRITH", "ARGENTINA", "SMEAGOL"};
  const size_t* id = nullptr;
  ASSERT_EQ(d.phrases.match(words, 0, &id), 2u);
  EXPECT_EQ(d.entries[*id].code_on(0), "GON");
  ASSERT_EQ(d.phrases.match(words, 2, &id), 1u);
  EXPECT_EQ(d.entries[*id].code_on(0), "ARG");
  ASSERT_EQ(d.phrases.match(words, 3, &id), 1u);
  EXPECT_EQ(d.entries[*id].code_on(19940101), "HOB");
  EXPECT_EQ(d.entries[*id].code_on(19970101), "HOBGOV");
  EXPECT_EQ(d.entries[*id].code_on(20050101), "HOBREB");
  EXPECT_THROW(parse_actors("\t[ABC]\n", "b.actors", d), Error);
  EXPECT_THROW(parse_actors("X [ABC 990101-991231\n", "b.actors", d), Error);  // unclosed
  parse_actors("X [ABC 9901011-991231]\n", "c.actors", d);  // a typo in a date: kept undated
  ASSERT_EQ(d.warnings.size(), 1u);
  EXPECT_NE(d.warnings[0].find("c.actors:1"), std::string::npos);
}

TEST(PetrarchAgents, PluralsMarkersAndAffixes) {
  auto d = parse_agents(
      "!PERSON! = MAN, WOMAN\nPOLICE {} [ ~COP]\nGOLDEN_GOOSE {GOLDEN_GEESE} [~GGS]\n"
      "CONGRESS!PERSON! [~LEG]\nHUMAN_RIGHTS_BODY [NGO~]\nMINISTRY [~GOV]\n",
      "a.agents");
  const std::string* code = nullptr;
  std::vector<std::string> w{"POLICES", "GOLDEN", "GEESE", "CONGRESS", "WOMAN", "MINISTRIES", "HUMAN", "RIGHTS", "BODIES"};
  EXPECT_EQ(d.phrases.match(w, 0, &code), 0u);  // {} = no plural
  ASSERT_EQ(d.phrases.match(w, 1, &code), 2u);
  EXPECT_EQ(*code, "~GGS");
  ASSERT_EQ(d.phrases.match(w, 3, &code), 2u);
  EXPECT_EQ(*code, "~LEG");
  ASSERT_EQ(d.phrases.match(w, 5, &code), 1u);
  EXPECT_EQ(*code, "~GOV");
  ASSERT_EQ(d.phrases.match(w, 6, &code), 3u);
  EXPECT_EQ(*code, "NGO~");
  EXPECT_THROW(parse_agents("X [~GOV\n", "b.agents"), Error);
  auto tolerant = parse_agents("NOCODE\nY [~ENV}\n", "c.agents");
  EXPECT_EQ(tolerant.warnings.size(), 2u);
  EXPECT_EQ(tolerant.phrases.size, 2u);  // Y and its plural
  EXPECT_THROW(parse_agents("X [GOV]\n", "b.agents"), Error);
}

TEST(PetrarchDiscards, StoryAndSentenceLevel) {
  auto d = parse_discards("# c\n+TYPHOON\nBASEBALL   # x\n", "d");
  const bool* story = nullptr;
  std::vector<std::string> w{"TYPHOON", "BASEBALL"};
  ASSERT_EQ(d.phrases.match(w, 0, &story), 1u);
  EXPECT_TRUE(*story);
  ASSERT_EQ(d.phrases.match(w, 1, &story), 1u);
  EXPECT_FALSE(*story);
}

TEST(PetrarchBuiltin, LexiconsLoad) {
  const auto& v = builtin_verbs();
  EXPECT_TRUE(v.forms.count("MET") || v.forms.count("MEETS"));
  EXPECT_TRUE(v.forms.count("PRAISED"));
  const std::string* code = nullptr;
  std::vector<std::string> w{"FOREIGN", "MINISTER"};
  ASSERT_EQ(builtin_agents().phrases.match(w, 0, &code), 2u);
  EXPECT_EQ(*code, "~GOV");
}

TEST(PetrarchFiles, ReadsTheSharedDictionaries) {
  std::string dir = dateline::testing::shared_dir() + "/data/petrarch_dicts";
  if (!std::filesystem::exists(dir)) GTEST_SKIP() << "no " << dir;
  auto verbs = read_verbs(dir + "/CAMEO.2.0.txt");
  EXPECT_GT(verbs.pattern_count, 4000u);
  EXPECT_GT(verbs.synsets.size(), 30u);
  ActorDictionary actors;
  read_actors(dir + "/Phoenix.Countries.actors.txt", actors);
  EXPECT_GT(actors.phrases.size, 20000u);
  std::vector<std::string> w{"SECRETARY", "OF", "STATE", "JOHN", "KERRY"};
  const size_t* id = nullptr;
  ASSERT_EQ(actors.phrases.match(w, 0, &id), 5u);
  EXPECT_EQ(actors.entries[*id].code_on(20140214), "USAGOV");
  auto agents = read_agents(dir + "/Phoenix.agents.txt");
  EXPECT_GT(agents.phrases.size, 2000u);
  auto discards = read_discards(dir + "/Phoenix.discards.txt");
  EXPECT_GT(discards.phrases.size, 400u);
  std::string vdir = dateline::testing::shared_dir() + "/data/petrarch_validation/dictionaries";
  auto vverbs = read_verbs(vdir + "/PETR.Validate.verbs.txt");
  EXPECT_GT(vverbs.pattern_count, 400u);
}
