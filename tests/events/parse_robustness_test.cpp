// The event coder should not hinge on one parser's attachments: hand-made parses with the
// shapes statistical parsers produce for complements, modals and reporting clauses.
#include <gtest/gtest.h>

#include <algorithm>

#include "dateline/events.hpp"
#include "event_codes.hpp"
#include "event_test_doc.hpp"

using namespace dateline;
using dateline::testing::add_sentence;
using dateline::testing::event_summary;


TEST(ParseRobustness, PronounOpeningAComplementIsTheSubjectOfTheVerbBeforeIt) {
  // "Kenya suggested it condemned Uganda ." parsed with "it" as the object of "suggested" and
  // "condemned" as its xcomp.
  Document xcomp;
  add_sentence(xcomp, {{"Kenya", 2, "nsubj", "PROPN", "Kenya"},
                       {"suggested", 0, "root", "VERB", "suggest"},
                       {"it", 2, "obj", "PRON", "it"},
                       {"condemned", 2, "xcomp", "VERB", "condemn"},
                       {"Uganda", 4, "obj", "PROPN", "Uganda"},
                       {".", 2, "punct", "PUNCT", "."}});
  EXPECT_EQ(dateline::testing::coded_events(xcomp), std::vector<std::string>{"KEN>UGA:111"});

  // "Norway signaled they praised Sweden ." with the complement as parataxis.
  Document para;
  add_sentence(para, {{"Norway", 2, "nsubj", "PROPN", "Norway"},
                      {"signaled", 0, "root", "VERB", "signal"},
                      {"they", 4, "nsubj", "PRON", "they"},
                      {"praised", 2, "parataxis", "VERB", "praise"},
                      {"Sweden", 4, "obj", "PROPN", "Sweden"},
                      {".", 2, "punct", "PUNCT", "."}});
  EXPECT_EQ(dateline::testing::coded_events(para), std::vector<std::string>{"NOR>SWE:051"});

  // A pronoun that follows no verb is not given the previous subject: "Kenya met Sudan . It
  // condemned Uganda ." codes only the meeting.
  Document two;
  add_sentence(two, {{"Kenya", 2, "nsubj", "PROPN", "Kenya"},
                     {"met", 0, "root", "VERB", "meet"},
                     {"Sudan", 2, "obj", "PROPN", "Sudan"},
                     {".", 2, "punct", "PUNCT", "."}});
  add_sentence(two, {{"It", 2, "nsubj", "PRON", "it"},
                     {"condemned", 0, "root", "VERB", "condemn"},
                     {"Uganda", 2, "obj", "PROPN", "Uganda"},
                     {".", 2, "punct", "PUNCT", "."}});
  EXPECT_EQ(dateline::testing::coded_events(two), std::vector<std::string>{"KEN>SDN:040"});
}

TEST(ParseRobustness, WordAfterAModalIsAVerbWhateverItsTag) {
  // "Kenya will welcome Uganda ." with "welcome" tagged ADJ.
  Document doc;
  add_sentence(doc, {{"Kenya", 3, "nsubj", "PROPN", "Kenya"},
                     {"will", 3, "aux", "AUX", "will"},
                     {"welcome", 0, "root", "ADJ", "welcome"},
                     {"Uganda", 3, "obj", "PROPN", "Uganda"},
                     {".", 3, "punct", "PUNCT", "."}});
  // (PETRARCH's conventions: under the news conventions a future welcome is no event.)
  EXPECT_EQ(dateline::testing::coded_events(doc, false), std::vector<std::string>{"KEN>UGA:051"});

  // Without the modal an adjective "welcome" is not a verb: "a welcome Uganda visit".
  Document adj;
  add_sentence(adj, {{"Kenya", 2, "nsubj", "PROPN", "Kenya"},
                     {"hosted", 0, "root", "VERB", "host"},
                     {"a", 6, "det", "DET", "a"},
                     {"welcome", 6, "amod", "ADJ", "welcome"},
                     {"Uganda", 6, "compound", "PROPN", "Uganda"},
                     {"visit", 2, "obj", "NOUN", "visit"},
                     {".", 2, "punct", "PUNCT", "."}});
  for (const auto& e : dateline::testing::coded_events(adj)) EXPECT_NE(e.substr(e.size() - 3), "051") << e;

  // An auxiliary after the modal is not the verb: "Kenya should have accused Uganda ." codes
  // "accused", not a dictionary's HAVE.
  EventDictionaries d;
  d.verbs = std::make_shared<petrarch::VerbDictionary>(
      petrarch::parse_verbs("--- HAVE [101] ---\nHAVE\n--- ACCUSE [112] ---\nACCUSE\n", "t.verbs"));
  d.news_conventions = false;  // "should have accused" is a past act PETRARCH codes
  Document aux;
  add_sentence(aux, {{"Kenya", 4, "nsubj", "PROPN", "Kenya"},
                     {"should", 4, "aux", "AUX", "should"},
                     {"have", 4, "aux", "AUX", "have"},
                     {"accused", 0, "root", "VERB", "accuse"},
                     {"Uganda", 4, "obj", "PROPN", "Uganda"},
                     {".", 4, "punct", "PUNCT", "."}});
  EventCoder(d).code(aux);
  EXPECT_EQ(event_summary(aux), std::vector<std::string>{"KEN>UGA:112"});
}

TEST(ParseRobustness, OfTwoSubjectsTheOneInTheVerbsOwnClauseActs) {
  // "Kenya and Uganda welcome talks , the Sudanese minister warned Norway ." parsed with
  // "Kenya" as a second subject of "warned".
  Document doc;
  add_sentence(doc, {{"Kenya", 10, "nsubj", "PROPN", "Kenya"},
                     {"and", 3, "cc", "CCONJ", "and"},
                     {"Uganda", 1, "conj", "PROPN", "Uganda"},
                     {"welcome", 10, "discourse", "INTJ", "welcome"},
                     {"talks", 10, "obl", "NOUN", "talk"},
                     {",", 9, "punct", "PUNCT", ","},
                     {"the", 9, "det", "DET", "the"},
                     {"Sudanese", 9, "amod", "ADJ", "sudanese"},
                     {"minister", 10, "nsubj", "NOUN", "minister"},
                     {"warned", 0, "root", "VERB", "warn"},
                     {"Norway", 10, "obj", "PROPN", "Norway"},
                     {".", 10, "punct", "PUNCT", "."}});
  EXPECT_EQ(dateline::testing::coded_events(doc), std::vector<std::string>{"SDNGOV>NOR:130"});

  // "Kenya and Uganda welcome talks with Norway , the Sudanese minister warned ." with "talks
  // with Norway" parsed as an oblique of "warned": a phrase before the verb, past a comma, is
  // not its target; "welcome" keeps it.
  Document fronted;
  add_sentence(fronted, {{"Kenya", 12, "nsubj", "PROPN", "Kenya"},
                         {"and", 3, "cc", "CCONJ", "and"},
                         {"Uganda", 1, "conj", "PROPN", "Uganda"},
                         {"welcome", 12, "discourse", "INTJ", "welcome"},
                         {"talks", 12, "obl", "NOUN", "talk"},
                         {"with", 7, "case", "ADP", "with"},
                         {"Norway", 5, "nmod", "PROPN", "Norway"},
                         {",", 11, "punct", "PUNCT", ","},
                         {"the", 11, "det", "DET", "the"},
                         {"Sudanese", 11, "amod", "ADJ", "sudanese"},
                         {"minister", 12, "nsubj", "NOUN", "minister"},
                         {"warned", 0, "root", "VERB", "warn"},
                         {".", 12, "punct", "PUNCT", "."}});
  auto events = dateline::testing::coded_events(fronted);
  EXPECT_NE(std::find(events.begin(), events.end(), "KEN>NOR:051"), events.end());
  for (const auto& e : events) EXPECT_NE(e, "SDNGOV>NOR:130");
  for (const auto& e : events) EXPECT_NE(e, "KEN>NOR:130");
}

TEST(ParseRobustness, AWordAnotherVerbsPatternSpellsOutIsNotCodedAsAVerb) {
  // "Kenya indicated it should have acted against Uganda ." with "should" a verb of its own in
  // the dictionary and spelled out by a pattern of "act".
  EventDictionaries d;
  d.verbs = std::make_shared<petrarch::VerbDictionary>(petrarch::parse_verbs(
      "--- ACT [100] ---\nACT\n- INDICATED SHOULD *  [1011]\n--- SHOULD [101] ---\nSHOULD\n", "t.verbs"));
  d.news_conventions = false;  // PETRARCH's reading of a pattern, tense and mood aside
  Document doc;
  add_sentence(doc, {{"Kenya", 2, "nsubj", "PROPN", "Kenya"},
                     {"indicated", 0, "root", "VERB", "indicate"},
                     {"it", 6, "nsubj", "PRON", "it"},
                     {"should", 6, "aux", "AUX", "should"},
                     {"have", 6, "aux", "AUX", "have"},
                     {"acted", 2, "ccomp", "VERB", "act"},
                     {"against", 8, "case", "ADP", "against"},
                     {"Uganda", 6, "obl", "PROPN", "Uganda"},
                     {".", 2, "punct", "PUNCT", "."}});
  EventCoder(d).code(doc);
  EXPECT_EQ(event_summary(doc), std::vector<std::string>{"KEN>UGA:1011"});

  // Without that pattern "should" stays a verb of its own.
  EventDictionaries plain;
  plain.verbs = std::make_shared<petrarch::VerbDictionary>(
      petrarch::parse_verbs("--- ACT [100] ---\nACT\n--- SHOULD [101] ---\nSHOULD\n", "t.verbs"));
  plain.news_conventions = false;
  Document again;
  add_sentence(again, {{"Kenya", 2, "nsubj", "PROPN", "Kenya"},
                       {"indicated", 0, "root", "VERB", "indicate"},
                       {"it", 6, "nsubj", "PRON", "it"},
                       {"should", 6, "aux", "AUX", "should"},
                       {"have", 6, "aux", "AUX", "have"},
                       {"acted", 2, "ccomp", "VERB", "act"},
                       {"against", 8, "case", "ADP", "against"},
                       {"Uganda", 6, "obl", "PROPN", "Uganda"},
                       {".", 2, "punct", "PUNCT", "."}});
  EventCoder(plain).code(again);
  EXPECT_EQ(event_summary(again), (std::vector<std::string>{"KEN>UGA:101", "KEN>UGA:100"}));
}

TEST(ParseRobustness, PastFormReadAsAdjectiveAfterAPronounIsAVerb) {
  // "Kenya suggested it condemned Uganda ." with "condemned" tagged ADJ and attached to
  // "Uganda" as amod, as a tagger unsure of the rare past form leaves it.
  Document doc;
  add_sentence(doc, {{"Kenya", 2, "nsubj", "PROPN", "Kenya"},
                     {"suggested", 0, "root", "VERB", "suggest"},
                     {"it", 2, "obj", "PRON", "it"},
                     {"condemned", 5, "amod", "ADJ", "condemned"},
                     {"Uganda", 2, "obj", "PROPN", "Uganda"},
                     {".", 2, "punct", "PUNCT", "."}});
  EXPECT_EQ(dateline::testing::coded_events(doc), std::vector<std::string>{"KEN>UGA:111"});

  // After a determiner the same adjective stays an adjective: "the condemned Uganda plan".
  Document adj;
  add_sentence(adj, {{"Kenya", 2, "nsubj", "PROPN", "Kenya"},
                     {"rejected", 0, "root", "VERB", "reject"},
                     {"the", 6, "det", "DET", "the"},
                     {"condemned", 6, "amod", "ADJ", "condemned"},
                     {"Uganda", 6, "compound", "PROPN", "Uganda"},
                     {"plan", 2, "obj", "NOUN", "plan"},
                     {".", 2, "punct", "PUNCT", "."}});
  for (const auto& e : dateline::testing::coded_events(adj)) EXPECT_NE(e.substr(e.size() - 3), "111") << e;
}

TEST(ParseRobustness, VerbAfterAndWithoutSubjectSharesTheSubjectOfTheVerbBefore) {
  // "Kenya condemned Uganda and promised aid to Tanzania ." with "promised aid" read as a noun
  // phrase (promised: amod of aid, aid: conj of Uganda), as a beam parser reads it.
  Document doc;
  add_sentence(doc, {{"Kenya", 2, "nsubj", "PROPN", "Kenya"},
                     {"condemned", 0, "root", "VERB", "condemn"},
                     {"Uganda", 2, "obj", "PROPN", "Uganda"},
                     {"and", 6, "cc", "CCONJ", "and"},
                     {"promised", 6, "amod", "VERB", "promise"},
                     {"aid", 3, "conj", "NOUN", "aid"},
                     {"to", 8, "case", "ADP", "to"},
                     {"Tanzania", 6, "nmod", "PROPN", "Tanzania"},
                     {".", 2, "punct", "PUNCT", "."}});
  auto events = dateline::testing::coded_events(doc);
  bool promise = false;
  for (const auto& e : events) promise |= e.rfind("KEN>TZA:", 0) == 0;
  EXPECT_TRUE(promise) << ::testing::PrintToString(events);
  for (const auto& e : events) EXPECT_NE(e.rfind("UGA>TZA:", 0), 0u) << e;  // not the word before
}

TEST(ParseRobustness, NounInASentenceWithoutAnyVerbStandsForTheVerb) {
  // "Kenya 's new coach met yesterday with Uganda ." with "met" tagged a noun and no verb at all.
  Document doc;
  add_sentence(doc, {{"Kenya", 4, "nmod:poss", "PROPN", "Kenya"},
                     {"'s", 1, "case", "PART", "'s"},
                     {"new", 4, "amod", "ADJ", "new"},
                     {"coach", 6, "compound", "NOUN", "coach"},
                     {"met", 6, "compound", "NOUN", "met"},
                     {"yesterday", 0, "root", "NOUN", "yesterday"},
                     {"with", 8, "case", "ADP", "with"},
                     {"Uganda", 6, "nmod", "PROPN", "Uganda"},
                     {".", 6, "punct", "PUNCT", "."}});
  EXPECT_EQ(dateline::testing::coded_events(doc), std::vector<std::string>{"KEN>UGA:040"});
}

TEST(ParseRobustness, ControllerOfAPassiveInfinitiveIsNotItsDoer) {
  // "Kenya asked Uganda to be attacked over Rwanda .": Uganda is the one attacked, not the
  // attacker, and the clause names no attacker.
  Document doc;
  add_sentence(doc, {{"Kenya", 2, "nsubj", "PROPN", "Kenya"},
                     {"asked", 0, "root", "VERB", "ask"},
                     {"Uganda", 2, "obj", "PROPN", "Uganda"},
                     {"to", 6, "mark", "PART", "to"},
                     {"be", 6, "aux:pass", "AUX", "be"},
                     {"attacked", 2, "xcomp", "VERB", "attack"},
                     {"over", 8, "case", "ADP", "over"},
                     {"Rwanda", 6, "obl", "PROPN", "Rwanda"},
                     {".", 2, "punct", "PUNCT", "."}});
  auto events = dateline::testing::coded_events(doc);
  EXPECT_FALSE(events.empty()) << ::testing::PrintToString(events);  // "asked"
  for (const auto& e : events) EXPECT_NE(e.rfind("UGA>", 0), 0u) << e;
}

TEST(ParseRobustness, TheSubjectOfACoordinatedVerbIsNotAPassivesTarget) {
  // "Kenyan peacekeepers were killed and Uganda ordered an inquiry ." The agentless passive is
  // read in word order, but Uganda is the subject of "ordered", not who was killed.
  Document doc;
  add_sentence(doc, {{"Kenyan", 2, "amod", "ADJ", "kenyan"},
                     {"peacekeepers", 4, "nsubj:pass", "NOUN", "peacekeeper"},
                     {"were", 4, "aux:pass", "AUX", "be"},
                     {"killed", 0, "root", "VERB", "kill"},
                     {"and", 7, "cc", "CCONJ", "and"},
                     {"Uganda", 7, "nsubj", "PROPN", "Uganda"},
                     {"ordered", 4, "conj", "VERB", "order"},
                     {"an", 9, "det", "DET", "an"},
                     {"inquiry", 7, "obj", "NOUN", "inquiry"},
                     {".", 4, "punct", "PUNCT", "."}});
  for (const auto& e : dateline::testing::coded_events(doc)) EXPECT_EQ(e.find(">UGA"), std::string::npos) << e;

  // The subject of a complement is still the target, as TABARI reads it: "Kenya was warned
  // Uganda would help ." codes Uganda.
  Document complement;
  add_sentence(complement, {{"Kenya", 3, "nsubj:pass", "PROPN", "Kenya"},
                            {"was", 3, "aux:pass", "AUX", "be"},
                            {"warned", 0, "root", "VERB", "warn"},
                            {"Uganda", 6, "nsubj", "PROPN", "Uganda"},
                            {"would", 6, "aux", "AUX", "would"},
                            {"help", 3, "ccomp", "VERB", "help"},
                            {".", 3, "punct", "PUNCT", "."}});
  auto events = dateline::testing::coded_events(complement, false);
  EXPECT_TRUE(std::any_of(events.begin(), events.end(), [](const std::string& e) { return e.starts_with("KEN>UGA"); }))
      << (events.empty() ? "no event" : events.front());
}

// Events with an actor of unknown country are kept under PETRARCH's conventions only.
EventDictionaries petrarch_conventions() {
  EventDictionaries d;
  d.news_conventions = false;
  return d;
}

TEST(ParseRobustness, ANamedOfficialOfUnknownCountryActsUnderTheirName) {
  // "President Jean Dupont ordered an inquiry into Uganda ." with the entities stage's person
  // (a title, no country): the actor is the person, not the bare title.
  Document doc;
  add_sentence(doc, {{"President", 2, "nmod:desc", "PROPN", "President"},
                     {"Jean", 4, "nsubj", "PROPN", "Jean"},
                     {"Dupont", 2, "flat", "PROPN", "Dupont"},
                     {"accused", 0, "root", "VERB", "accuse"},
                     {"Uganda", 4, "obj", "PROPN", "Uganda"},
                     {".", 4, "punct", "PUNCT", "."}});
  const Token& jean = doc.sentences[0].tokens[1];
  const Token& dupont = doc.sentences[0].tokens[2];
  doc.entities.push_back({"E1", "Jean Dupont", "PERSON", "", "President", "GOV", {{jean.start, dupont.end, "Jean Dupont"}}});
  EventCoder(petrarch_conventions()).code(doc);
  ASSERT_FALSE(doc.events.empty());
  EXPECT_EQ(doc.events[0].source.code, "---GOV");
  EXPECT_EQ(doc.events[0].source.entity, std::optional<std::string>("E1"));
  EXPECT_NE(doc.events[0].source.name.find("Jean Dupont"), std::string::npos) << doc.events[0].source.name;
  EXPECT_EQ(doc.events[0].target->code, "UGA");
}

TEST(ParseRobustness, AnAdjectiveGeneralIsNoArmy) {
  // "Kenya attacked the general election ." : "general" modifies "election"; with the general
  // as a noun ("Kenya attacked the general .") the target is the military.
  auto coded = [](const std::string& upos, const std::string& rel, int head) {
    Document doc;
    add_sentence(doc, {{"Kenya", 2, "nsubj", "PROPN", "Kenya"},
                       {"attacked", 0, "root", "VERB", "attack"},
                       {"the", 5, "det", "DET", "the"},
                       {"general", head, rel, upos, "general"},
                       {"election", 2, "obj", "NOUN", "election"},
                       {".", 2, "punct", "PUNCT", "."}});
    EventCoder(petrarch_conventions()).code(doc);
    std::string out;
    for (const auto& e : doc.events) out += e.source.code + ">" + (e.target ? e.target->code : "") + " ";
    return out;
  };
  EXPECT_EQ(coded("ADJ", "amod", 5).find("MIL"), std::string::npos) << coded("ADJ", "amod", 5);
  Document noun;
  add_sentence(noun, {{"Kenya", 2, "nsubj", "PROPN", "Kenya"},
                      {"attacked", 0, "root", "VERB", "attack"},
                      {"the", 4, "det", "DET", "the"},
                      {"general", 2, "obj", "NOUN", "general"},
                      {".", 2, "punct", "PUNCT", "."}});
  EventCoder(petrarch_conventions()).code(noun);
  ASSERT_FALSE(noun.events.empty());
  ASSERT_TRUE(noun.events[0].target.has_value());
  EXPECT_EQ(noun.events[0].target->code, "---MIL");
}
