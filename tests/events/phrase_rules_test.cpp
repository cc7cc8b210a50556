// More PETRARCH reading rules: what belongs to a noun phrase (verbal conjuncts do not, an actor
// behind adjectives names it), roles on both sides of an actor, hyphenated names, actor words
// written apart, multi-word verbs and verb blocks that repeat a verb.
#include <gtest/gtest.h>

#include "event_codes.hpp"

using namespace dateline;
using dateline::testing::W;

namespace {

EventDictionaries shire() {
  EventDictionaries d;
  d.verbs = std::make_shared<petrarch::VerbDictionary>(petrarch::parse_verbs(
      "--- SCOLD [111] ---\nSCOLD\n"
      "--- PROMISE [030] ---\nPROMISE\n- * AID [050]\n"
      "--- MEET [040] ---\nMEET\n"
      "--- HIT [---] ---\nHIT\n- * HARD [190]\n"
      "--- HIT [180] ---\nHIT\n- * BACK [181]\n"
      "--- SEIZE [1711] ---\nSEIZE\nWIRE_+TAP\n",
      "shire.verbs"));
  auto actors = std::make_shared<petrarch::ActorDictionary>();
  petrarch::parse_actors("ARNOR [ARN]\nGONDOR [GON]\nBREE [BRE]\nMINAS-TIRITH [MTR]\nBREE RADIO [BRERAD]\n", "shire.actors", *actors);
  d.actors = actors;
  d.agents = std::make_shared<petrarch::AgentDictionary>(
      petrarch::parse_agents("HELPERS {} [NGO~]\nENVOY [~GOV]\nTROOPS {} [~MIL]\n", "shire.agents"));
  d.builtin_verbs_too = false;
  d.news_conventions = false;  // these are PETRARCH's reading rules, tense and mood aside
  return d;
}

std::vector<std::string> code_plain(const std::string& text) { return dateline::testing::code_text(shire(), text); }

std::vector<std::string> code_parsed(const std::vector<W>& words) { return dateline::testing::code_words(shire(), words); }

}  // namespace

TEST(PhraseRules, VerbCoordinatedWithAnObjectIsNotAMember) {
  // "Arnor scolded the troops of Bree and promised aid to Gondor", with "promised" hanging off
  // "troops": Gondor is promised aid, not scolded.
  auto s = code_parsed({{"Arnor", 2, "nsubj", "PROPN", "Arnor"},
                        {"scolded", 0, "root", "VERB", "scold"},
                        {"the", 4, "det", "DET", "the"},
                        {"troops", 2, "obj", "NOUN", "troop"},
                        {"of", 6, "case", "ADP", "of"},
                        {"Bree", 4, "nmod", "PROPN", "Bree"},
                        {"and", 8, "cc", "CCONJ", "and"},
                        {"promised", 4, "conj", "VERB", "promise"},
                        {"aid", 8, "obj", "NOUN", "aid"},
                        {"to", 11, "case", "ADP", "to"},
                        {"Gondor", 8, "obl", "PROPN", "Gondor"}});
  EXPECT_EQ(s, (std::vector<std::string>{"ARN>BREMIL:111", "ARN>GON:050"}));
}

TEST(PhraseRules, FirstActorBehindAdjectivesNamesThePhrase) {
  // "the proud Arnor old Gondor met Bree": the phrase is Arnor's, as PETRARCH reads it.
  std::vector<W> words{{"the", 5, "det", "DET", "the"},
                       {"proud", 5, "amod", "ADJ", "proud"},
                       {"Arnor", 5, "compound", "PROPN", "Arnor"},
                       {"old", 5, "amod", "ADJ", "old"},
                       {"Gondor", 6, "nsubj", "PROPN", "Gondor"},
                       {"met", 0, "root", "VERB", "meet"},
                       {"Bree", 6, "obj", "PROPN", "Bree"}};
  EXPECT_EQ(code_parsed(words), std::vector<std::string>{"ARN>BRE:040"});
  // A noun between them ends the search: "the proud Arnor clan Gondor" is Gondor.
  words[3] = {"clan", 5, "compound", "NOUN", "clan"};
  EXPECT_EQ(code_parsed(words), std::vector<std::string>{"GON>BRE:040"});
}

TEST(PhraseRules, RolesOnBothSidesOfAnActorCombine) {
  EXPECT_EQ(code_plain("the helpers Arnor envoy scolded Gondor"), std::vector<std::string>{"NGOARNGOV>GON:111"});
  EXPECT_EQ(code_plain("the helpers Arnor scolded Gondor"), std::vector<std::string>{"NGOARN>GON:111"});
}

TEST(PhraseRules, HyphenatedNameSplitByTheTokenizer) {
  Document doc;
  doc.text = "Minas-Tirith scolded Arnor";
  Sentence s;
  s.start = 0;
  s.end = static_cast<uint32_t>(doc.text.size());
  auto tok = [&](uint32_t a, uint32_t b) {
    Token t;
    t.start = a;
    t.end = b;
    t.text = doc.text.substr(a, b - a);
    s.tokens.push_back(t);
  };
  tok(0, 5), tok(5, 6), tok(6, 12), tok(13, 20), tok(21, 26);  // Minas - Tirith scolded Arnor
  doc.sentences.push_back(s);
  EventCoder(shire()).code(doc);
  EXPECT_EQ(dateline::testing::event_summary(doc), std::vector<std::string>{"MTR>ARN:111"});
  // Written apart, the words are not the name.
  EXPECT_TRUE(code_plain("Minas - Tirith scolded Arnor").empty());
}

TEST(PhraseRules, RepeatedVerbBlockExtendsTheFirst) {
  // The second HIT block's code wins; the first block's patterns still apply.
  EXPECT_EQ(code_plain("Arnor hit Gondor"), std::vector<std::string>{"ARN>GON:180"});
  EXPECT_EQ(code_plain("Arnor hit back at Gondor"), std::vector<std::string>{"ARN>GON:181"});
  EXPECT_EQ(code_plain("Arnor hit Gondor hard"), std::vector<std::string>{"ARN>GON:190"});
}

TEST(PhraseRules, ActorWordsWrittenApartMayHaveNounPhraseWordsBetween) {
  // Tagged, not parsed: "Bree state - run radio scolded Arnor".
  std::vector<W> words{{"Bree", -1, "", "PROPN", ""},  {"state", -1, "", "NOUN", "state"}, {"-", -1, "", "PUNCT", "-"},
                       {"run", -1, "", "NOUN", "run"}, {"radio", -1, "", "NOUN", "radio"}, {"scolded", -1, "", "VERB", "scold"},
                       {"Arnor", -1, "", "PROPN", ""}};
  EXPECT_EQ(code_parsed(words), std::vector<std::string>{"BRERAD>ARN:111"});
  // A verb between them is not part of the phrase.
  words[3] = {"ran", -1, "", "VERB", "run"};
  EXPECT_EQ(code_parsed(words), std::vector<std::string>{"BRE>ARN:111"});
}

TEST(PhraseRules, MultiWordVerbNeedsOneWordTaggedVerb) {
  // The tagger may read the head "tap" as a noun; "wire" still makes the phrase a verb.
  std::vector<W> words{{"Arnor", -1, "", "PROPN", ""}, {"wire", -1, "", "VERB", "wire"}, {"tap", -1, "", "NOUN", "tap"},
                       {"Gondor", -1, "", "PROPN", ""}};
  EXPECT_EQ(code_parsed(words), std::vector<std::string>{"ARN>GON:1711"});
  // Both read as nouns where no verb stands ("the Arnor wire tap ..."): no verb.
  words[1].upos = "NOUN";
  words.insert(words.begin(), W{"the", -1, "", "DET", "the"});
  EXPECT_TRUE(code_parsed(words).empty());
}

TEST(PhraseRules, SplitSubjectsTakeTheOneNamingActors) {
  // "The lions and the proud Gondor scolded Arnor", parsed with two subjects.
  auto s = code_parsed({{"The", 2, "det", "DET", "the"},
                        {"lions", 7, "nsubj", "NOUN", "lion"},
                        {"and", 6, "cc", "CCONJ", "and"},
                        {"the", 6, "det", "DET", "the"},
                        {"proud", 6, "amod", "ADJ", "proud"},
                        {"Gondor", 7, "nsubj", "PROPN", "Gondor"},
                        {"scolded", 0, "root", "VERB", "scold"},
                        {"Arnor", 7, "obj", "PROPN", "Arnor"}});
  EXPECT_EQ(s, std::vector<std::string>{"GON>ARN:111"});
}

TEST(PhraseRules, PronounAfterTheVerbIsNotItsWordOrderTarget) {
  EXPECT_EQ(code_plain("Arnor scolded before he left Gondor"), std::vector<std::string>{"ARN>GON:111"});
}

TEST(PhraseRules, AndEndsAList) {
  EXPECT_EQ(code_plain("Arnor scolded Gondor and Bree , and Minas-Tirith"), (std::vector<std::string>{"ARN>GON:111", "ARN>BRE:111"}));
  EXPECT_EQ(code_plain("Arnor scolded Gondor , Bree and Minas-Tirith"),
            (std::vector<std::string>{"ARN>GON:111", "ARN>BRE:111", "ARN>MTR:111"}));
}

TEST(PhraseRules, PronounPrefersAnActorNamedBeforeItToALaterReporter) {
  // "Arnor indicated it would scold Gondor , an envoy said": "it" is Arnor.
  std::vector<W> words{{"Arnor", 2, "nsubj", "PROPN", "Arnor"}, {"indicated", 0, "root", "VERB", "indicate"},
                       {"it", 5, "nsubj", "PRON", "it"},         {"would", 5, "aux", "AUX", "would"},
                       {"scold", 2, "ccomp", "VERB", "scold"},    {"Gondor", 5, "obj", "PROPN", "Gondor"},
                       {",", 10, "punct", "PUNCT", ","},          {"an", 9, "det", "DET", "a"},
                       {"envoy", 10, "nsubj", "NOUN", "envoy"},  {"said", 2, "parataxis", "VERB", "say"}};
  EXPECT_EQ(code_parsed(words), std::vector<std::string>{"ARN>GON:111"});
  // With no one named before it, "it" is the reporter: "it would scold Gondor , an envoy said".
  words = {{"it", 3, "nsubj", "PRON", "it"},      {"would", 3, "aux", "AUX", "would"}, {"scold", 0, "root", "VERB", "scold"},
           {"Gondor", 3, "obj", "PROPN", "Gondor"}, {",", 8, "punct", "PUNCT", ","},    {"an", 7, "det", "DET", "a"},
           {"envoy", 8, "nsubj", "NOUN", "envoy"},  {"said", 3, "parataxis", "VERB", "say"}};
  EXPECT_EQ(code_parsed(words), std::vector<std::string>{"---GOV>GON:111"});
}
