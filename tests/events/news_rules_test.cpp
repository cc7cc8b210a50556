// The news conventions (docs/events.md, "Non-events in news"): each sentence pair shows the
// event coded, then the construction that makes it no event; the same sentence under PETRARCH's
// conventions is coded, so each rule is what removes it.
#include <gtest/gtest.h>

#include "dateline/events.hpp"
#include "event_codes.hpp"
#include "event_test_doc.hpp"

using namespace dateline;
using dateline::testing::news;
using dateline::testing::petrarch_coded;
using dateline::testing::W;

namespace {

const std::vector<std::string> kNone;

// The European Union as the entities stage finds it (sector IGO, no country), mentioned by
// tokens [first, last] of sentence `sentence`.
void add_eu(Document& doc, size_t sentence, size_t first, size_t last) {
  Entity eu;
  eu.id = "E" + std::to_string(doc.entities.size() + 1);
  eu.name = "European Union";
  eu.type = "ORG";
  eu.sector = "IGO";
  const auto& tokens = doc.sentences[sentence].tokens;
  eu.mentions.push_back(Mention{tokens[first].start, tokens[last].end, std::string(doc.slice(tokens[first].start, tokens[last].end))});
  doc.entities.push_back(eu);
}

}  // namespace

TEST(NewsRules, AFutureActIsNoEvent) {
  std::vector<W> met{{"Kenya", 2, "nsubj", "PROPN", "Kenya"}, {"met", 0, "root", "VERB", "meet"},
                     {"Uganda", 2, "obj", "PROPN", "Uganda"}, {".", 2, "punct", "PUNCT", "."}};
  ASSERT_EQ(news(met), std::vector<std::string>{"KEN>UGA:040"});
  std::vector<W> will{{"Kenya", 3, "nsubj", "PROPN", "Kenya"}, {"will", 3, "aux", "AUX", "will"},
                      {"meet", 0, "root", "VERB", "meet"},    {"Uganda", 3, "obj", "PROPN", "Uganda"},
                      {".", 3, "punct", "PUNCT", "."}};
  EXPECT_EQ(news(will), kNone);
  EXPECT_EQ(petrarch_coded(will), std::vector<std::string>{"KEN>UGA:040"});
}

TEST(NewsRules, APlannedActIsNoEvent) {
  // "Kenya is due to meet Uganda", "a plan to meet Uganda", a headline's "Kenya to meet Uganda".
  std::vector<W> due{{"Kenya", 2, "nsubj", "PROPN", "Kenya"}, {"is", 0, "root", "AUX", "be"},
                     {"due", 2, "xcomp", "ADJ", "due"},      {"to", 5, "mark", "PART", "to"},
                     {"meet", 3, "xcomp", "VERB", "meet"},   {"Uganda", 5, "obj", "PROPN", "Uganda"}};
  EXPECT_EQ(news(due), kNone);
  EXPECT_EQ(petrarch_coded(due), std::vector<std::string>{"KEN>UGA:040"});
  std::vector<W> headline{{"Kenya", 3, "nsubj", "PROPN", "Kenya"}, {"to", 3, "mark", "PART", "to"},
                          {"meet", 0, "root", "VERB", "meet"},     {"Uganda", 3, "obj", "PROPN", "Uganda"}};
  EXPECT_EQ(news(headline), kNone);
  EXPECT_EQ(petrarch_coded(headline), std::vector<std::string>{"KEN>UGA:040"});
}

TEST(NewsRules, ItsActorAnnouncingAFutureActIsAnIntentionOrAThreat) {
  // "Kenya said it would attack Uganda": a threat of force (138), not an attack.
  std::vector<W> words{{"Kenya", 2, "nsubj", "PROPN", "Kenya"}, {"said", 0, "root", "VERB", "say"},
                       {"it", 5, "nsubj", "PRON", "it"},       {"would", 5, "aux", "AUX", "would"},
                       {"attack", 2, "ccomp", "VERB", "attack"}, {"Uganda", 5, "obj", "PROPN", "Uganda"}};
  EXPECT_EQ(news(words), std::vector<std::string>{"KEN>UGA:138"});
  // "Kenya said Tanzania could attack Uganda": a possibility someone else names, not coded.
  words[2] = {"Tanzania", 5, "nsubj", "PROPN", "Tanzania"};
  words[3] = {"could", 5, "aux", "AUX", "could"};
  EXPECT_EQ(news(words), kNone);
}

TEST(NewsRules, AQuestionIsNoAppeal) {
  std::vector<W> appeal{{"Kenya", 2, "nsubj", "PROPN", "Kenya"}, {"asked", 0, "root", "VERB", "ask"},
                        {"Uganda", 2, "obj", "PROPN", "Uganda"}, {"for", 5, "case", "ADP", "for"},
                        {"aid", 2, "obl", "NOUN", "aid"}};
  ASSERT_EQ(news(appeal), std::vector<std::string>{"KEN>UGA:023"});
  std::vector<W> question{{"Kenya", 2, "nsubj", "PROPN", "Kenya"}, {"asked", 0, "root", "VERB", "ask"},
                          {"Uganda", 2, "obj", "PROPN", "Uganda"}, {"whether", 6, "mark", "SCONJ", "whether"},
                          {"it", 6, "nsubj", "PRON", "it"},         {"agreed", 2, "ccomp", "VERB", "agree"}};
  EXPECT_EQ(news(question), kNone);
  EXPECT_FALSE(petrarch_coded(question).empty());
}

TEST(NewsRules, AWarningAboutWhatMayHappenIsNoThreat) {
  std::vector<W> threat{{"Kenya", 2, "nsubj", "PROPN", "Kenya"}, {"warned", 0, "root", "VERB", "warn"},
                        {"Uganda", 2, "obj", "PROPN", "Uganda"}};
  ASSERT_EQ(news(threat), std::vector<std::string>{"KEN>UGA:130"});
  // "Kenya warned that the drought would hurt Uganda".
  std::vector<W> warning{{"Kenya", 2, "nsubj", "PROPN", "Kenya"},    {"warned", 0, "root", "VERB", "warn"},
                         {"that", 7, "mark", "SCONJ", "that"},        {"the", 5, "det", "DET", "the"},
                         {"drought", 7, "nsubj", "NOUN", "drought"}, {"would", 7, "aux", "AUX", "would"},
                         {"hurt", 2, "ccomp", "VERB", "hurt"},       {"Uganda", 7, "obj", "PROPN", "Uganda"}};
  EXPECT_EQ(news(warning), kNone);
  EXPECT_EQ(petrarch_coded(warning), std::vector<std::string>{"KEN>UGA:130"});
}

TEST(NewsRules, APromiseOfAnActTheLexiconCannotNameIsNoCooperation) {
  // "Kenya was prepared to stand up to Uganda".
  std::vector<W> words{{"Kenya", 3, "nsubj", "PROPN", "Kenya"},  {"was", 3, "cop", "AUX", "be"},
                       {"prepared", 0, "root", "VERB", "prepare"}, {"to", 5, "mark", "PART", "to"},
                       {"stand", 3, "xcomp", "VERB", "stand"},    {"up", 5, "compound:prt", "ADP", "up"},
                       {"to", 8, "case", "ADP", "to"},             {"Uganda", 5, "obl", "PROPN", "Uganda"}};
  EXPECT_EQ(news(words), kNone);
  EXPECT_EQ(petrarch_coded(words), std::vector<std::string>{"KEN>UGA:030"});
}

TEST(NewsRules, AVisitIsTravelToAnotherCountry) {
  std::vector<W> abroad{{"Kenya", 2, "nsubj", "PROPN", "Kenya"}, {"visited", 0, "root", "VERB", "visit"},
                        {"Uganda", 2, "obj", "PROPN", "Uganda"}};
  ASSERT_EQ(news(abroad), std::vector<std::string>{"KEN>UGA:042"});
  // "Kenyan ministers visited Mombasa" (a Kenyan city): travel at home.
  std::vector<W> home{{"Kenyan", 2, "amod", "ADJ", "Kenyan"},     {"ministers", 3, "nsubj", "NOUN", "minister"},
                      {"visited", 0, "root", "VERB", "visit"},    {"Mombasa", 3, "obj", "PROPN", "Mombasa"}};
  EXPECT_EQ(news(home), kNone);
  EXPECT_FALSE(petrarch_coded(home).empty());
}

TEST(NewsRules, ATopicOrAPlaceIsNoTarget) {
  std::vector<W> with{{"Kenya", 2, "nsubj", "PROPN", "Kenya"}, {"talked", 0, "root", "VERB", "talk"},
                      {"with", 4, "case", "ADP", "with"},     {"Uganda", 2, "obl", "PROPN", "Uganda"}};
  ASSERT_EQ(news(with), std::vector<std::string>{"KEN>UGA:040"});
  std::vector<W> about = with;
  about[2] = {"about", 4, "case", "ADP", "about"};
  EXPECT_EQ(news(about), kNone);
  EXPECT_EQ(petrarch_coded(about), std::vector<std::string>{"KEN>UGA:040"});
}

TEST(NewsRules, AnAgreementToAnActTheLexiconCannotNameIsStillCooperation) {
  // "Kenya agreed to establish a forum with Uganda": 030, unlike readiness ("prepared to").
  std::vector<W> words{{"Kenya", 2, "nsubj", "PROPN", "Kenya"}, {"agreed", 0, "root", "VERB", "agree"},
                       {"to", 4, "mark", "PART", "to"},        {"establish", 2, "xcomp", "VERB", "establish"},
                       {"a", 6, "det", "DET", "a"},            {"forum", 4, "obj", "NOUN", "forum"},
                       {"with", 8, "case", "ADP", "with"},     {"Uganda", 4, "obl", "PROPN", "Uganda"}};
  EXPECT_EQ(news(words), std::vector<std::string>{"KEN>UGA:030"});
}

TEST(NewsRules, AnIntergovernmentalOrganisationActsUnderItsCode) {
  // "The European Union criticised Uganda", the entities stage having found the EU (sector IGO,
  // no country): IGOEEC, the code organizations.tsv gives it, not a labour union from "Union".
  Document doc;
  dateline::testing::add_sentence(doc, {{"The", 3, "det", "DET", "the"},
                                        {"European", 3, "amod", "ADJ", "European"},
                                        {"Union", 4, "nsubj", "PROPN", "Union"},
                                        {"criticised", 0, "root", "VERB", "criticise"},
                                        {"Uganda", 4, "obj", "PROPN", "Uganda"}});
  add_eu(doc, 0, 1, 2);
  EXPECT_EQ(dateline::testing::coded_events(doc), std::vector<std::string>{"IGOEEC>UGA:111"});
}

TEST(NewsRules, AWarningToAPartyAboutARiskIsNoThreat) {
  // "Kenya warned Uganda that inflation could rise": no threat; "... that it would strike": one.
  std::vector<W> words{{"Kenya", 2, "nsubj", "PROPN", "Kenya"},      {"warned", 0, "root", "VERB", "warn"},
                       {"Uganda", 2, "obj", "PROPN", "Uganda"},      {"that", 7, "mark", "SCONJ", "that"},
                       {"inflation", 7, "nsubj", "NOUN", "inflation"}, {"could", 7, "aux", "AUX", "could"},
                       {"rise", 2, "ccomp", "VERB", "rise"}};
  EXPECT_EQ(news(words), kNone);
  EXPECT_EQ(petrarch_coded(words), std::vector<std::string>{"KEN>UGA:130"});
  words[4] = {"it", 7, "nsubj", "PRON", "it"};
  words[5] = {"would", 7, "aux", "AUX", "would"};
  words[6] = {"strike", 2, "ccomp", "VERB", "strike"};
  EXPECT_FALSE(news(words).empty());
}

TEST(NewsRules, ACapitalisedTitleWordIsNoVerb) {
  // "Kenyan Finance Minister Ochieng visited Uganda", tagged but unparsed: "Finance" is part of
  // the title, not the verb "finance" (071).
  std::vector<W> words{{"Kenyan", -1, "", "ADJ", "Kenyan"},     {"Finance", -1, "", "NOUN", "Finance"},
                       {"Minister", -1, "", "NOUN", "Minister"}, {"Ochieng", -1, "", "PROPN", "Ochieng"},
                       {"visited", -1, "", "VERB", "visit"},     {"Uganda", -1, "", "PROPN", "Uganda"}};
  for (const auto& e : news(words)) EXPECT_FALSE(e.ends_with(":071")) << e;
  auto old = petrarch_coded(words);
  EXPECT_TRUE(std::any_of(old.begin(), old.end(), [](const std::string& e) { return e.ends_with(":071"); }));
}

TEST(NewsRules, ARoleAfterItsBelongsToTheCountryNamedBefore) {
  // "Kenya said its troops attacked Uganda": Kenya's army.
  std::vector<W> words{{"Kenya", 2, "nsubj", "PROPN", "Kenya"},   {"said", 0, "root", "VERB", "say"},
                       {"its", 4, "nmod:poss", "PRON", "its"},    {"troops", 5, "nsubj", "NOUN", "troop"},
                       {"attacked", 2, "ccomp", "VERB", "attack"}, {"Uganda", 5, "obj", "PROPN", "Uganda"}};
  EXPECT_EQ(news(words), std::vector<std::string>{"KENMIL>UGA:190"});
  EXPECT_EQ(petrarch_coded(words), std::vector<std::string>{"---MIL>UGA:190"});
}

TEST(NewsRules, HoldingTalksIsAMeetingHoldingAPartyIsNothing) {
  std::vector<W> talks{{"Kenya", 2, "nsubj", "PROPN", "Kenya"}, {"held", 0, "root", "VERB", "hold"},
                       {"talks", 2, "obj", "NOUN", "talk"},     {"with", 5, "case", "ADP", "with"},
                       {"Uganda", 2, "obl", "PROPN", "Uganda"}};
  EXPECT_EQ(news(talks), std::vector<std::string>{"KEN>UGA:040"});
  talks[2] = {"elections", 2, "obj", "NOUN", "election"};
  EXPECT_EQ(news(talks), kNone);
}

TEST(NewsRules, AStateActingOnItselfAsACountryIsNoInteraction) {
  // "Kenyan ministers criticised Kenya": KENGOV on KEN; "... criticised Kenyan police": KENGOV on
  // KENCOP is a domestic event.
  std::vector<W> words{{"Kenyan", 2, "amod", "ADJ", "Kenyan"},          {"ministers", 3, "nsubj", "NOUN", "minister"},
                       {"criticised", 0, "root", "VERB", "criticise"}, {"Kenya", 3, "obj", "PROPN", "Kenya"}};
  EXPECT_EQ(news(words), kNone);
  EXPECT_EQ(petrarch_coded(words), std::vector<std::string>{"KENGOV>KEN:111"});
  words[3] = {"police", 3, "obj", "NOUN", "police"};
  words.insert(words.begin() + 3, W{"Kenyan", 5, "amod", "ADJ", "Kenyan"});
  EXPECT_EQ(news(words), std::vector<std::string>{"KENGOV>KENCOP:111"});
  // The state acting on one of its own bodies is as domestic: "Kenya criticised Kenyan police".
  std::vector<W> state{{"Kenya", 2, "nsubj", "PROPN", "Kenya"},
                       {"criticised", 0, "root", "VERB", "criticise"},
                       {"Kenyan", 4, "amod", "ADJ", "Kenyan"},
                       {"police", 2, "obj", "NOUN", "police"}};
  EXPECT_EQ(news(state), std::vector<std::string>{"KEN>KENCOP:111"});
}

TEST(NewsRules, TwoNamedActorsOfOneCodeAreTwoParties) {
  // "Acme accused Zenith": two Kenyan firms, both KENBUS, are still two sides.
  Document doc;
  dateline::testing::add_sentence(doc, {{"Acme", 2, "nsubj", "PROPN", "Acme"},
                                        {"accused", 0, "root", "VERB", "accuse"},
                                        {"Zenith", 2, "obj", "PROPN", "Zenith"}});
  for (size_t t : {0u, 2u}) {
    Entity firm;
    firm.id = "E" + std::to_string(doc.entities.size() + 1);
    firm.type = "ORG";
    firm.country = "KEN";
    firm.sector = "BUS";
    const Token& tok = doc.sentences[0].tokens[t];
    firm.name = tok.text;
    firm.mentions.push_back(Mention{tok.start, tok.end, tok.text});
    doc.entities.push_back(firm);
  }
  EXPECT_EQ(dateline::testing::coded_events(doc), std::vector<std::string>{"KENBUS>KENBUS:112"});
  // Two bodies of one government are parts of one actor.
  for (auto& e : doc.entities) e.sector = "GOV";
  EXPECT_EQ(dateline::testing::coded_events(doc), kNone);
  // Under PETRARCH's conventions one code on both sides is no interaction.
  EXPECT_EQ(dateline::testing::coded_events(doc, false), kNone);
}

TEST(NewsRules, APledgeAboutWhatWillHappenIsNoIntent) {
  // "Kenya pledged the economy would outstrip Uganda": a forecast, not Kenya's act.
  std::vector<W> words{{"Kenya", 2, "nsubj", "PROPN", "Kenya"},     {"pledged", 0, "root", "VERB", "pledge"},
                       {"the", 4, "det", "DET", "the"},             {"economy", 6, "nsubj", "NOUN", "economy"},
                       {"would", 6, "aux", "AUX", "would"},         {"outstrip", 2, "ccomp", "VERB", "outstrip"},
                       {"Uganda", 6, "obj", "PROPN", "Uganda"}};
  EXPECT_EQ(news(words), kNone);
  EXPECT_EQ(petrarch_coded(words), std::vector<std::string>{"KEN>UGA:030"});
}

TEST(NewsRules, AnOrganisationsLeadersActForIt) {
  // "EU leaders criticised Uganda": IGOEEC, not a government sector glued to an IGO code.
  Document doc;
  dateline::testing::add_sentence(doc, {{"EU", 2, "compound", "PROPN", "EU"},
                                        {"leaders", 3, "nsubj", "NOUN", "leader"},
                                        {"criticised", 0, "root", "VERB", "criticise"},
                                        {"Uganda", 3, "obj", "PROPN", "Uganda"}});
  add_eu(doc, 0, 0, 0);
  EXPECT_EQ(dateline::testing::coded_events(doc), std::vector<std::string>{"IGOEEC>UGA:111"});
}

TEST(NewsRules, AJointSubjectActsOnItsOwnMembers) {
  // "Kenya and Uganda signed an accord": each signs with the other.
  std::vector<W> words{{"Kenya", 4, "nsubj", "PROPN", "Kenya"}, {"and", 3, "cc", "CCONJ", "and"},
                       {"Uganda", 1, "conj", "PROPN", "Uganda"}, {"signed", 0, "root", "VERB", "sign"},
                       {"an", 6, "det", "DET", "an"},            {"accord", 4, "obj", "NOUN", "accord"}};
  EXPECT_EQ(news(words), (std::vector<std::string>{"KEN>UGA:057", "UGA>KEN:057"}));
  EXPECT_EQ(petrarch_coded(words), kNone);
  // "Kenya and Uganda accuse each other": a conflict only with the reciprocal object.
  words = {{"Kenya", 4, "nsubj", "PROPN", "Kenya"}, {"and", 3, "cc", "CCONJ", "and"},
           {"Uganda", 1, "conj", "PROPN", "Uganda"}, {"accuse", 0, "root", "VERB", "accuse"},
           {"each", 6, "det", "DET", "each"},        {"other", 4, "obj", "ADJ", "other"}};
  EXPECT_EQ(news(words), (std::vector<std::string>{"KEN>UGA:112", "UGA>KEN:112"}));
  words.resize(4);
  EXPECT_EQ(news(words), kNone);
}

TEST(NewsRules, BothSidesAreTheLastTwoPartiesNamed) {
  // "Kenya met Uganda . Both sides signed an accord ."
  Document doc;
  dateline::testing::add_sentence(doc, {{"Kenya", 2, "nsubj", "PROPN", "Kenya"}, {"met", 0, "root", "VERB", "meet"},
                                        {"Uganda", 2, "obj", "PROPN", "Uganda"}, {".", 2, "punct", "PUNCT", "."}});
  dateline::testing::add_sentence(doc, {{"Both", 2, "det", "DET", "both"},      {"sides", 3, "nsubj", "NOUN", "side"},
                                        {"signed", 0, "root", "VERB", "sign"},  {"an", 5, "det", "DET", "an"},
                                        {"accord", 3, "obj", "NOUN", "accord"}, {".", 3, "punct", "PUNCT", "."}});
  EXPECT_EQ(dateline::testing::coded_events(doc), (std::vector<std::string>{"KEN>UGA:040", "UGA>KEN:057", "KEN>UGA:057"}));
  EXPECT_EQ(dateline::testing::coded_events(doc, false), std::vector<std::string>{"KEN>UGA:040"});
}

TEST(NewsRules, BothSidesAreTheTwoLastNamedTogether) {
  // "Kenya and Uganda met . Tanzania criticised Rwanda . Both sides signed an accord .": the
  // sides are Kenya and Uganda, not the two states named last.
  Document doc;
  dateline::testing::add_sentence(doc, {{"Kenya", 4, "nsubj", "PROPN", "Kenya"}, {"and", 3, "cc", "CCONJ", "and"},
                                        {"Uganda", 1, "conj", "PROPN", "Uganda"}, {"met", 0, "root", "VERB", "meet"},
                                        {".", 4, "punct", "PUNCT", "."}});
  dateline::testing::add_sentence(doc, {{"Tanzania", 2, "nsubj", "PROPN", "Tanzania"},
                                        {"criticised", 0, "root", "VERB", "criticise"},
                                        {"Rwanda", 2, "obj", "PROPN", "Rwanda"}, {".", 2, "punct", "PUNCT", "."}});
  dateline::testing::add_sentence(doc, {{"Both", 2, "det", "DET", "both"},      {"sides", 3, "nsubj", "NOUN", "side"},
                                        {"signed", 0, "root", "VERB", "sign"},  {"an", 5, "det", "DET", "an"},
                                        {"accord", 3, "obj", "NOUN", "accord"}, {".", 3, "punct", "PUNCT", "."}});
  auto events = dateline::testing::coded_events(doc);
  EXPECT_NE(std::find(events.begin(), events.end(), "KEN>UGA:057"), events.end()) << ::testing::PrintToString(events);
  EXPECT_EQ(std::find(events.begin(), events.end(), "TZA>RWA:057"), events.end()) << ::testing::PrintToString(events);
}

TEST(NewsRules, WhereAnEventHappensIsNotItsTarget) {
  // "In Kampala, Kenya was supported by Rwanda": Rwanda supports Kenya, not Uganda.
  std::vector<W> words{{"In", 2, "case", "ADP", "in"},           {"Kampala", 6, "obl", "PROPN", "Kampala"},
                       {",", 2, "punct", "PUNCT", ","},          {"Kenya", 6, "nsubj:pass", "PROPN", "Kenya"},
                       {"was", 6, "aux:pass", "AUX", "be"},      {"supported", 0, "root", "VERB", "support"},
                       {"by", 8, "case", "ADP", "by"},           {"Rwanda", 6, "obl:agent", "PROPN", "Rwanda"},
                       {"and", 10, "cc", "CCONJ", "and"},        {"Burundi", 6, "conj", "PROPN", "Burundi"}};
  for (const auto& e : news(words)) EXPECT_EQ(e.find(">UGA"), std::string::npos) << e;
  const auto petrarch = petrarch_coded(words);
  EXPECT_TRUE(std::any_of(petrarch.begin(), petrarch.end(), [](const std::string& e) { return e.find(">UGA") != std::string::npos; }))
      << ::testing::PrintToString(petrarch);
}

TEST(NewsRules, TalksStillToComeAreNoMeeting) {
  // "Kenya would offer a treaty at talks with Uganda": no meeting yet.
  std::vector<W> words{{"Kenya", 3, "nsubj", "PROPN", "Kenya"},  {"would", 3, "aux", "AUX", "would"},
                       {"offer", 0, "root", "VERB", "offer"},    {"a", 5, "det", "DET", "a"},
                       {"treaty", 3, "obj", "NOUN", "treaty"},   {"at", 7, "case", "ADP", "at"},
                       {"talks", 3, "obl", "NOUN", "talk"},      {"with", 9, "case", "ADP", "with"},
                       {"Uganda", 7, "nmod", "PROPN", "Uganda"}};
  for (const auto& e : news(words)) EXPECT_FALSE(e.ends_with(":040")) << e;
  // In the past, a meeting.
  words[1] = {"then", 3, "advmod", "ADV", "then"};
  words[2] = {"offered", 0, "root", "VERB", "offer"};
  const auto past = news(words);
  EXPECT_NE(std::find(past.begin(), past.end(), "KEN>UGA:040"), past.end()) << ::testing::PrintToString(past);
}

TEST(NewsRules, HostingAVisitReceivesAVisitor) {
  // "Kenya received Uganda": a visit hosted; "Kenya received a contract for Uganda": none.
  std::vector<W> visit{{"Kenya", 2, "nsubj", "PROPN", "Kenya"}, {"received", 0, "root", "VERB", "receive"},
                       {"Uganda", 2, "obj", "PROPN", "Uganda"}};
  EXPECT_EQ(news(visit), std::vector<std::string>{"KEN>UGA:043"});
  std::vector<W> contract{{"Kenya", 2, "nsubj", "PROPN", "Kenya"},   {"received", 0, "root", "VERB", "receive"},
                          {"a", 4, "det", "DET", "a"},               {"contract", 2, "obj", "NOUN", "contract"},
                          {"for", 6, "case", "ADP", "for"},          {"Uganda", 4, "nmod", "PROPN", "Uganda"}};
  EXPECT_EQ(news(contract), kNone);
}

TEST(NewsRules, APastParticipleAfterItsNounIsPassive) {
  // "Kenyans freed from Ugandan custody returned": Uganda freed the Kenyans.
  std::vector<W> words{{"Kenyans", 5, "nsubj", "PROPN", "Kenyan"}, {"freed", 1, "acl", "VERB", "free"},
                       {"from", 4, "case", "ADP", "from"},          {"Uganda", 2, "obl", "PROPN", "Uganda"},
                       {"returned", 0, "root", "VERB", "return"}};
  words[1].upos = "VERB";
  Document doc;
  dateline::testing::add_sentence(doc, words);
  doc.sentences[0].tokens[1].xpos = "VBN";
  EXPECT_EQ(dateline::testing::coded_events(doc), std::vector<std::string>{"UGA>KEN:084"});
  EXPECT_EQ(dateline::testing::coded_events(doc, false), std::vector<std::string>{"KEN>UGA:084"});
}

TEST(NewsRules, AParticipleAdjectiveReportsNoAct) {
  // "Kenya hailed a negotiated deal with Uganda": hailing is coded, "negotiated" is no talks.
  std::vector<W> words{{"Kenya", 2, "nsubj", "PROPN", "Kenya"},        {"hailed", 0, "root", "VERB", "hail"},
                       {"a", 5, "det", "DET", "a"},                    {"negotiated", 5, "amod", "VERB", "negotiate"},
                       {"deal", 2, "obj", "NOUN", "deal"},             {"with", 7, "case", "ADP", "with"},
                       {"Uganda", 5, "nmod", "PROPN", "Uganda"}};
  auto news_events = news(words);
  for (const auto& e : news_events) EXPECT_FALSE(e.ends_with(":046")) << e;
  auto old = petrarch_coded(words);
  EXPECT_TRUE(std::any_of(old.begin(), old.end(), [](const std::string& e) { return e.ends_with(":046"); }));
}

TEST(NewsRules, TheContentOfASuggestionHasNotHappened) {
  // "Kenya rejected a suggestion that Uganda seek aid from Tanzania".
  std::vector<W> words{{"Kenya", 2, "nsubj", "PROPN", "Kenya"},        {"rejected", 0, "root", "VERB", "reject"},
                       {"a", 4, "det", "DET", "a"},                    {"suggestion", 2, "obj", "NOUN", "suggestion"},
                       {"that", 7, "mark", "SCONJ", "that"},           {"Uganda", 7, "nsubj", "PROPN", "Uganda"},
                       {"seek", 4, "acl", "VERB", "seek"},             {"aid", 7, "obj", "NOUN", "aid"},
                       {"from", 10, "case", "ADP", "from"},            {"Tanzania", 7, "obl", "PROPN", "Tanzania"}};
  for (const auto& e : news(words)) EXPECT_FALSE(e.starts_with("UGA>")) << e;
  auto old = petrarch_coded(words);
  EXPECT_TRUE(std::any_of(old.begin(), old.end(), [](const std::string& e) { return e.starts_with("UGA>"); }));
}

TEST(NewsRules, AnnouncedSanctionsAreAThreatNotForce) {
  // "Kenya said it would impose sanctions on Uganda": 130, not a threat of force (138).
  std::vector<W> words{{"Kenya", 2, "nsubj", "PROPN", "Kenya"},        {"said", 0, "root", "VERB", "say"},
                       {"it", 5, "nsubj", "PRON", "it"},               {"would", 5, "aux", "AUX", "would"},
                       {"impose", 2, "ccomp", "VERB", "impose"},       {"sanctions", 5, "obj", "NOUN", "sanction"},
                       {"on", 8, "case", "ADP", "on"},                 {"Uganda", 5, "obl", "PROPN", "Uganda"}};
  EXPECT_EQ(news(words), std::vector<std::string>{"KEN>UGA:130"});
}

TEST(NewsRules, ANationalityAdjectiveOnAThingIsNoParty) {
  // "Kenya banned Ugandan beef": the target is the beef, no party; "banned Ugandan traders" is.
  std::vector<W> words{{"Kenya", 2, "nsubj", "PROPN", "Kenya"}, {"banned", 0, "root", "VERB", "ban"},
                       {"Ugandan", 4, "amod", "ADJ", "Ugandan"}, {"beef", 2, "obj", "NOUN", "beef"}};
  EXPECT_EQ(news(words), kNone);
  EXPECT_EQ(petrarch_coded(words), std::vector<std::string>{"KEN>UGA:172"});
  words[3] = {"police", 2, "obj", "NOUN", "police"};
  EXPECT_EQ(news(words), std::vector<std::string>{"KEN>UGACOP:172"});
}

TEST(NewsRules, AWarningWhoseClauseTheParseHungElsewhereIsStillNoThreat) {
  // "Kenya warned Uganda in a report that inflation could rise", the clause attached to "report".
  std::vector<W> words{{"Kenya", 2, "nsubj", "PROPN", "Kenya"},   {"warned", 0, "root", "VERB", "warn"},
                       {"Uganda", 2, "obj", "PROPN", "Uganda"},   {"in", 6, "case", "ADP", "in"},
                       {"a", 6, "det", "DET", "a"},               {"report", 2, "obl", "NOUN", "report"},
                       {"that", 10, "mark", "SCONJ", "that"},     {"inflation", 10, "nsubj", "NOUN", "inflation"},
                       {"could", 10, "aux", "AUX", "could"},      {"rise", 6, "acl", "VERB", "rise"}};
  EXPECT_EQ(news(words), kNone);
  EXPECT_EQ(petrarch_coded(words), std::vector<std::string>{"KEN>UGA:130"});
}

TEST(NewsRules, BrusselsActsForTheEuropeanUnionInAStoryThatNamesIt) {
  Document doc;
  dateline::testing::add_sentence(doc, {{"Kenya", 2, "nsubj", "PROPN", "Kenya"},
                                        {"criticised", 0, "root", "VERB", "criticise"},
                                        {"Brussels", 2, "obj", "PROPN", "Brussels"}});
  EXPECT_EQ(dateline::testing::coded_events(doc), std::vector<std::string>{"KEN>BEL:111"});
  dateline::testing::add_sentence(doc, {{"The", 2, "det", "DET", "the"}, {"EU", 3, "nsubj", "PROPN", "EU"}, {"replied", 0, "root", "VERB", "reply"}});
  add_eu(doc, 1, 1, 1);
  EXPECT_EQ(dateline::testing::coded_events(doc), std::vector<std::string>{"KEN>IGOEEC:111"});
}

TEST(NewsRules, ShouldIsAnAppealMustADemand) {
  // "Kenya should withdraw, Uganda said": an appeal; with "must", a demand.
  std::vector<W> words{{"Kenya", 3, "nsubj", "PROPN", "Kenya"}, {"should", 3, "aux", "AUX", "should"},
                       {"withdraw", 0, "root", "VERB", "withdraw"}, {",", 6, "punct", "PUNCT", ","},
                       {"Uganda", 6, "nsubj", "PROPN", "Uganda"}, {"said", 3, "parataxis", "VERB", "say"}};
  EXPECT_EQ(news(words), std::vector<std::string>{"UGA>KEN:020"});
  words[1] = {"must", 3, "aux", "AUX", "must"};
  EXPECT_EQ(news(words), std::vector<std::string>{"UGA>KEN:100"});
}

TEST(NewsRules, TheOneAppealedToIsTheSubjectItself) {
  // "The head of Kenya should resign, Uganda said": Kenya is asked nothing.
  std::vector<W> words{{"head", 5, "nsubj", "NOUN", "head"},  {"of", 3, "case", "ADP", "of"},
                       {"Kenya", 1, "nmod", "PROPN", "Kenya"}, {"should", 5, "aux", "AUX", "should"},
                       {"resign", 0, "root", "VERB", "resign"}, {",", 8, "punct", "PUNCT", ","},
                       {"Uganda", 8, "nsubj", "PROPN", "Uganda"}, {"said", 5, "parataxis", "VERB", "say"}};
  EXPECT_EQ(news(words), kNone);
  EXPECT_EQ(petrarch_coded(words), std::vector<std::string>{"UGA>KEN:100"});
}

TEST(NewsRules, ANounInACompoundIsNoVerb) {
  // "Kenyan finance minister Ann Obi blamed Uganda": "finance" (071 as a verb) names the ministry.
  Document doc;
  dateline::testing::add_sentence(doc, {{"Kenyan", 3, "amod", "ADJ", "Kenyan"},
                                        {"finance", 3, "compound", "NOUN", "finance"},
                                        {"minister", 5, "nmod:desc", "NOUN", "minister"},
                                        {"Ann", 5, "compound", "PROPN", "Ann"},
                                        {"Obi", 6, "nsubj", "PROPN", "Obi"},
                                        {"blamed", 0, "root", "VERB", "blame"},
                                        {"Uganda", 6, "obj", "PROPN", "Uganda"}});
  auto add = [&](size_t first, size_t last, const std::string& type, const std::string& sector) {
    Entity e;
    e.id = "E" + std::to_string(doc.entities.size() + 1);
    e.type = type;
    e.country = "KEN";
    e.sector = sector;
    const auto& t = doc.sentences[0].tokens;
    e.name = std::string(doc.slice(t[first].start, t[last].end));
    e.mentions.push_back(Mention{t[first].start, t[last].end, e.name});
    doc.entities.push_back(e);
  };
  add(0, 0, "NORP", "");
  add(3, 4, "PERSON", "GOV");
  const auto coded = dateline::testing::coded_events(doc);
  EXPECT_TRUE(std::none_of(coded.begin(), coded.end(), [](const std::string& c) { return c.ends_with(":071"); }))
      << ::testing::PrintToString(coded);
  EXPECT_TRUE(std::any_of(coded.begin(), coded.end(), [](const std::string& c) { return c.ends_with(":112"); }))
      << ::testing::PrintToString(coded);
}

TEST(NewsRules, WhatAnActorCannotDoIsNoRefusal) {
  // "Kenya cannot finance Uganda": no act, and no refusal either.
  std::vector<W> words{{"Kenya", 4, "nsubj", "PROPN", "Kenya"}, {"can", 4, "aux", "AUX", "can"},
                       {"not", 4, "advmod", "PART", "not"},      {"finance", 0, "root", "VERB", "finance"},
                       {"Uganda", 4, "obj", "PROPN", "Uganda"}};
  EXPECT_EQ(news(words), kNone);
  EXPECT_NE(petrarch_coded(words), kNone);
}

TEST(NewsRules, APatternWordStaysInTheVerbsClause) {
  // "Kenya suspended its demands on Uganda, to allow talks to go on": no suspension of talks (164).
  std::vector<W> words{{"Kenya", 2, "nsubj", "PROPN", "Kenya"},       {"suspended", 0, "root", "VERB", "suspend"},
                       {"its", 4, "nmod:poss", "PRON", "its"},        {"demands", 2, "obj", "NOUN", "demand"},
                       {"on", 6, "case", "ADP", "on"},                {"Uganda", 2, "obl", "PROPN", "Uganda"},
                       {",", 9, "punct", "PUNCT", ","},               {"to", 9, "mark", "PART", "to"},
                       {"allow", 2, "advcl", "VERB", "allow"},        {"talks", 9, "obj", "NOUN", "talk"}};
  for (const auto& e : news(words)) EXPECT_FALSE(e.ends_with(":164")) << e;
  auto old = petrarch_coded(words);
  EXPECT_TRUE(std::any_of(old.begin(), old.end(), [](const std::string& e) { return e.ends_with(":164"); }));
}

TEST(NewsRules, APlaceIsNoSideOfAnAgentlessPassive) {
  // "In Kenya, licences were refused under the Ugandan code": no one refused anyone.
  std::vector<W> words{{"In", 2, "case", "ADP", "in"},             {"Kenya", 6, "obl", "PROPN", "Kenya"},
                       {",", 6, "punct", "PUNCT", ","},             {"licences", 6, "nsubj:pass", "NOUN", "licence"},
                       {"were", 6, "aux:pass", "AUX", "be"},        {"refused", 0, "root", "VERB", "refuse"},
                       {"under", 8, "case", "ADP", "under"},        {"Uganda", 6, "obl", "PROPN", "Uganda"}};
  EXPECT_EQ(news(words), kNone);
}

TEST(NewsRules, APossessivePronounDoesNotNameItsPhrase) {
  // "Odinga met his Ugandan counterpart", "his" resolved to Odinga: the counterpart is Uganda's.
  Document doc;
  dateline::testing::add_sentence(doc, {{"Odinga", 2, "nsubj", "PROPN", "Odinga"},
                                        {"met", 0, "root", "VERB", "meet"},
                                        {"his", 5, "nmod:poss", "PRON", "he"},
                                        {"Ugandan", 5, "amod", "ADJ", "Ugandan"},
                                        {"counterpart", 2, "obj", "NOUN", "counterpart"}});
  Entity odinga;
  odinga.id = "E1";
  odinga.name = "Raila Odinga";
  odinga.type = "PERSON";
  odinga.country = "KEN";
  odinga.sector = "GOV";
  for (size_t t : {0u, 2u})
    odinga.mentions.push_back(Mention{doc.sentences[0].tokens[t].start, doc.sentences[0].tokens[t].end, doc.sentences[0].tokens[t].text});
  doc.entities.push_back(odinga);
  EXPECT_EQ(dateline::testing::coded_events(doc), std::vector<std::string>{"KENGOV>UGAGOV:040"});
}

TEST(NewsRules, BeginningTalksIsMeetingAndPromisingToIsAnIntention) {
  std::vector<W> words{{"Kenya", 2, "nsubj", "PROPN", "Kenya"}, {"began", 0, "root", "VERB", "begin"},
                       {"talks", 2, "obj", "NOUN", "talk"},      {"with", 5, "case", "ADP", "with"},
                       {"Uganda", 3, "nmod", "PROPN", "Uganda"}};
  EXPECT_EQ(news(words), std::vector<std::string>{"KEN>UGA:040"});
  words[1] = {"began", 0, "root", "VERB", "begin"};
  words[2] = {"trading", 2, "obj", "NOUN", "trading"};
  EXPECT_EQ(news(words), kNone);
}

TEST(NewsRules, AnAttackBetweenPoliticalBodiesOfOneCountryIsCriticism) {
  // "Kenyan ministers attacked Kenyan judges": words (111); "... attacked Ugandan troops": force.
  std::vector<W> words{{"Kenyan", 2, "amod", "ADJ", "Kenyan"},    {"ministers", 3, "nsubj", "NOUN", "minister"},
                       {"attacked", 0, "root", "VERB", "attack"}, {"Kenyan", 5, "amod", "ADJ", "Kenyan"},
                       {"judges", 3, "obj", "NOUN", "judge"}};
  EXPECT_EQ(news(words), std::vector<std::string>{"KENGOV>KENJUD:111"});
  EXPECT_EQ(petrarch_coded(words), std::vector<std::string>{"KENGOV>KENJUD:190"});
  words[3] = {"Ugandan", 5, "amod", "ADJ", "Ugandan"};
  words[4] = {"troops", 3, "obj", "NOUN", "troop"};
  EXPECT_EQ(news(words), std::vector<std::string>{"KENGOV>UGAMIL:190"});
}

TEST(NewsRules, AnUnarmedCitizenAttackingTheGovernmentCriticisesIt) {
  // "Kenya attacked the Kenyan government": words; "Kenyan troops attacked ...": force.
  std::vector<W> words{{"Kenya", 2, "nsubj", "PROPN", "Kenya"},      {"attacked", 0, "root", "VERB", "attack"},
                       {"the", 5, "det", "DET", "the"},              {"Kenyan", 5, "amod", "ADJ", "Kenyan"},
                       {"government", 2, "obj", "NOUN", "government"}};
  EXPECT_EQ(news(words), std::vector<std::string>{"KEN>KENGOV:111"});
  std::vector<W> troops{{"Kenyan", 2, "amod", "ADJ", "Kenyan"},     {"troops", 3, "nsubj", "NOUN", "troop"},
                        {"attacked", 0, "root", "VERB", "attack"},  {"the", 6, "det", "DET", "the"},
                        {"Kenyan", 6, "amod", "ADJ", "Kenyan"},     {"government", 3, "obj", "NOUN", "government"}};
  EXPECT_EQ(news(troops), std::vector<std::string>{"KENMIL>KENGOV:190"});
}

TEST(NewsRules, AnAttackNamedAsANounIsCoded) {
  // "Kenyan troops died in Uganda 's offensive into Kenya": Uganda attacks Kenya (190).
  std::vector<W> words{{"Kenyan", 2, "amod", "ADJ", "Kenyan"},    {"troops", 3, "nsubj", "NOUN", "troop"},
                       {"died", 0, "root", "VERB", "die"},        {"in", 7, "case", "ADP", "in"},
                       {"Uganda", 7, "nmod:poss", "PROPN", "Uganda"}, {"'s", 5, "case", "PART", "'s"},
                       {"offensive", 3, "obl", "NOUN", "offensive"}, {"into", 9, "case", "ADP", "into"},
                       {"Kenya", 7, "nmod", "PROPN", "Kenya"}};
  EXPECT_EQ(news(words), std::vector<std::string>{"UGA>KEN:190"});
  EXPECT_EQ(petrarch_coded(words), kNone);
  // One feared is none: "Kenyans fear Uganda 's offensive into Kenya".
  std::vector<W> feared{{"Kenyans", 2, "nsubj", "PROPN", "Kenyan"}, {"fear", 0, "root", "VERB", "fear"},
                        {"Uganda", 5, "nmod:poss", "PROPN", "Uganda"}, {"'s", 3, "case", "PART", "'s"},
                        {"offensive", 2, "obj", "NOUN", "offensive"}, {"into", 7, "case", "ADP", "into"},
                        {"Kenya", 5, "nmod", "PROPN", "Kenya"}};
  EXPECT_EQ(news(feared), kNone);
}

TEST(NewsRules, RecognisingThatIsNoDiplomaticRecognition) {
  // "Kenya recognised Uganda's policy was right": no 054; "Kenya recognised Uganda": 054.
  std::vector<W> words{{"Kenya", 2, "nsubj", "PROPN", "Kenya"},      {"recognised", 0, "root", "VERB", "recognise"},
                       {"Uganda", 4, "nmod:poss", "PROPN", "Uganda"}, {"policy", 6, "nsubj", "NOUN", "policy"},
                       {"was", 6, "cop", "AUX", "be"},               {"right", 2, "ccomp", "ADJ", "right"}};
  EXPECT_EQ(news(words), kNone);
  std::vector<W> plain{{"Kenya", 2, "nsubj", "PROPN", "Kenya"}, {"recognised", 0, "root", "VERB", "recognise"},
                       {"Uganda", 2, "obj", "PROPN", "Uganda"}};
  EXPECT_EQ(news(plain), std::vector<std::string>{"KEN>UGA:054"});
}

TEST(NewsRules, TheReportersOwnCountryAnnouncingAnActThreatens) {
  // "Kenyan minister Ochieng said Kenya would attack Uganda": a threat (138); the same said of
  // Tanzania is a third party's possible act, not coded.
  std::vector<W> words{{"Kenyan", 3, "amod", "ADJ", "Kenyan"},   {"minister", 3, "compound", "NOUN", "minister"},
                       {"Ochieng", 4, "nsubj", "PROPN", "Ochieng"}, {"said", 0, "root", "VERB", "say"},
                       {"Kenya", 7, "nsubj", "PROPN", "Kenya"},     {"would", 7, "aux", "AUX", "would"},
                       {"attack", 4, "ccomp", "VERB", "attack"},    {"Uganda", 7, "obj", "PROPN", "Uganda"}};
  EXPECT_EQ(news(words), std::vector<std::string>{"KEN>UGA:138"});
  words[4] = {"Tanzania", 7, "nsubj", "PROPN", "Tanzania"};
  EXPECT_EQ(news(words), kNone);
}

TEST(NewsRules, PublicStatementsAndRefusalsToSayAreNotCoded) {
  // "Kenya refused to comment on Uganda": no rejection (120), and CAMEO 01 is not coded.
  std::vector<W> words{{"Kenya", 2, "nsubj", "PROPN", "Kenya"},   {"refused", 0, "root", "VERB", "refuse"},
                       {"to", 4, "mark", "PART", "to"},            {"comment", 2, "xcomp", "VERB", "comment"},
                       {"on", 6, "case", "ADP", "on"},             {"Uganda", 4, "obl", "PROPN", "Uganda"}};
  EXPECT_EQ(news(words), kNone);
  auto old = petrarch_coded(words);
  EXPECT_FALSE(old.empty());
  for (const auto& e : old) EXPECT_TRUE(e.ends_with(":011") || e.ends_with(":010")) << e;
}

TEST(NewsRules, AnAgreementOthersOnlyBelieveInIsNoEvent) {
  // "Kenya is believed to have agreed to help Uganda".
  std::vector<W> words{{"Kenya", 3, "nsubj:pass", "PROPN", "Kenya"}, {"is", 3, "aux:pass", "AUX", "be"},
                       {"believed", 0, "root", "VERB", "believe"},   {"to", 6, "mark", "PART", "to"},
                       {"have", 6, "aux", "AUX", "have"},            {"agreed", 3, "xcomp", "VERB", "agree"},
                       {"to", 8, "mark", "PART", "to"},              {"help", 6, "xcomp", "VERB", "help"},
                       {"Uganda", 8, "obj", "PROPN", "Uganda"}};
  EXPECT_EQ(news(words), kNone);
  EXPECT_FALSE(petrarch_coded(words).empty());
}

TEST(NewsRules, AnAgentlessPassiveNamesNoDoer) {
  // "Kenyan rebels were arrested in a Ugandan police operation": no one is named arresting them.
  std::vector<W> words{{"Kenyan", 2, "amod", "ADJ", "Kenyan"},    {"rebels", 4, "nsubj:pass", "NOUN", "rebel"},
                       {"were", 4, "aux:pass", "AUX", "be"},      {"arrested", 0, "root", "VERB", "arrest"},
                       {"after", 7, "case", "ADP", "after"},      {"Ugandan", 7, "amod", "ADJ", "Ugandan"},
                       {"police", 4, "obl", "NOUN", "police"}};
  EXPECT_EQ(news(words), kNone);
  EXPECT_EQ(petrarch_coded(words), std::vector<std::string>{"KENREB>UGACOP:173"});
}

TEST(NewsRules, AWordOrderTargetStaysInTheVerbsClause) {
  // "Kenya praised the plan when Uganda left", unparsed but for the clause: Uganda is not praised.
  std::vector<W> words{{"Kenya", 2, "nsubj", "PROPN", "Kenya"}, {"praised", 0, "root", "VERB", "praise"},
                       {"the", 4, "det", "DET", "the"},          {"plan", 2, "obj", "NOUN", "plan"},
                       {"when", 7, "mark", "SCONJ", "when"},     {"Uganda", 7, "nsubj", "PROPN", "Uganda"},
                       {"left", 2, "advcl", "VERB", "leave"}};
  EXPECT_EQ(news(words), kNone);
  EXPECT_EQ(petrarch_coded(words), std::vector<std::string>{"KEN>UGA:051"});
  // A dash ends the clause too: "Kenya praised the plan - Uganda ..."
  std::vector<W> dash{{"Kenya", 2, "nsubj", "PROPN", "Kenya"}, {"praised", 0, "root", "VERB", "praise"},
                      {"the", 4, "det", "DET", "the"},          {"plan", 2, "obj", "NOUN", "plan"},
                      {"-", 6, "punct", "PUNCT", "-"},          {"Uganda", 2, "parataxis", "PROPN", "Uganda"}};
  EXPECT_EQ(news(dash), kNone);
}

TEST(NewsRules, AJointSubjectDoingSomethingToAThirdIsNoMutualAct) {
  // "Kenya and Uganda telephoned voters": they do not call each other.
  std::vector<W> words{{"Kenya", 4, "nsubj", "PROPN", "Kenya"},      {"and", 3, "cc", "CCONJ", "and"},
                       {"Uganda", 1, "conj", "PROPN", "Uganda"},      {"telephoned", 0, "root", "VERB", "telephone"},
                       {"voters", 4, "obj", "NOUN", "voter"}};
  EXPECT_EQ(news(words), kNone);
}

TEST(NewsRules, AWarningAboutADangerIsNoThreat) {
  // "Kenya warned Uganda about the dangers of disunity".
  std::vector<W> words{{"Kenya", 2, "nsubj", "PROPN", "Kenya"}, {"warned", 0, "root", "VERB", "warn"},
                       {"Uganda", 2, "obj", "PROPN", "Uganda"}, {"about", 6, "case", "ADP", "about"},
                       {"the", 6, "det", "DET", "the"},         {"dangers", 2, "obl", "NOUN", "danger"}};
  EXPECT_EQ(news(words), kNone);
  EXPECT_EQ(petrarch_coded(words), std::vector<std::string>{"KEN>UGA:130"});
}

TEST(NewsRules, AWhenClauseParsedAsAdverbIsStillAClauseOfItsOwn) {
  // "Kenya praised the plan when Uganda left", "when" attached as advmod.
  std::vector<W> words{{"Kenya", 2, "nsubj", "PROPN", "Kenya"}, {"praised", 0, "root", "VERB", "praise"},
                       {"the", 4, "det", "DET", "the"},          {"plan", 2, "obj", "NOUN", "plan"},
                       {"when", 7, "advmod", "ADV", "when"},     {"Uganda", 7, "nsubj", "PROPN", "Uganda"},
                       {"left", 2, "advcl", "VERB", "leave"}};
  EXPECT_EQ(news(words), kNone);
}

TEST(NewsRules, APlaceNameModifyingAThingIsNoParty) {
  // "Kenya condemned the Uganda war": the war, not Uganda, is condemned.
  std::vector<W> words{{"Kenya", 2, "nsubj", "PROPN", "Kenya"}, {"condemned", 0, "root", "VERB", "condemn"},
                       {"the", 5, "det", "DET", "the"},          {"Uganda", 5, "compound", "PROPN", "Uganda"},
                       {"war", 2, "obj", "NOUN", "war"}};
  EXPECT_EQ(news(words), kNone);
  EXPECT_EQ(petrarch_coded(words), std::vector<std::string>{"KEN>UGA:111"});
}

TEST(NewsRules, ARelativeClauseIsNoWordOrderTarget) {
  // "Kenya offered a plan which would help Uganda": no offer to Uganda.
  std::vector<W> words{{"Kenya", 2, "nsubj", "PROPN", "Kenya"},   {"offered", 0, "root", "VERB", "offer"},
                       {"a", 4, "det", "DET", "a"},               {"plan", 2, "obj", "NOUN", "plan"},
                       {"which", 7, "nsubj", "PRON", "which"},    {"would", 7, "aux", "AUX", "would"},
                       {"benefit", 4, "acl:relcl", "VERB", "benefit"}, {"Uganda", 7, "obj", "PROPN", "Uganda"}};
  for (const auto& e : news(words)) EXPECT_FALSE(e.starts_with("KEN>UGA:03")) << e;
}

TEST(NewsRules, TheOwnerOfAProposalIsAParty) {
  // "Kenya rejected a Uganda proposal": Uganda's proposal is rejected, so is Uganda (120).
  std::vector<W> words{{"Kenya", 2, "nsubj", "PROPN", "Kenya"}, {"rejected", 0, "root", "VERB", "reject"},
                       {"a", 5, "det", "DET", "a"},              {"Uganda", 5, "compound", "PROPN", "Uganda"},
                       {"proposal", 2, "obj", "NOUN", "proposal"}};
  EXPECT_EQ(news(words), std::vector<std::string>{"KEN>UGA:120"});
}

TEST(NewsRules, ARelativePronounStandsForTheNounItFollows) {
  // "Kenya, which visited Uganda, said ...": Kenya visits Uganda.
  std::vector<W> words{{"Kenya", 6, "nsubj", "PROPN", "Kenya"},     {",", 4, "punct", "PUNCT", ","},
                       {"which", 4, "nsubj", "PRON", "which"},      {"visited", 1, "acl:relcl", "VERB", "visit"},
                       {"Uganda", 4, "obj", "PROPN", "Uganda"},     {"said", 0, "root", "VERB", "say"}};
  EXPECT_EQ(news(words), std::vector<std::string>{"KEN>UGA:042"});
}

TEST(NewsRules, AMeetingNamedAsANounAfterWhichOneActsTookPlace) {
  // "After talks with Uganda , Kenya praised Tanzania": Kenya met Uganda (and praised Tanzania).
  std::vector<W> words{{"After", 2, "case", "ADP", "after"},   {"talks", 7, "obl", "NOUN", "talk"},
                       {"with", 4, "case", "ADP", "with"},      {"Uganda", 2, "nmod", "PROPN", "Uganda"},
                       {",", 7, "punct", "PUNCT", ","},         {"Kenya", 7, "nsubj", "PROPN", "Kenya"},
                       {"praised", 0, "root", "VERB", "praise"}, {"Tanzania", 7, "obj", "PROPN", "Tanzania"}};
  auto events = news(words);
  EXPECT_NE(std::find(events.begin(), events.end(), "KEN>UGA:040"), events.end()) << ::testing::PrintToString(events);
  // Before the talks, nothing has happened yet.
  words[0] = {"Before", 2, "case", "ADP", "before"};
  events = news(words);
  EXPECT_EQ(std::find(events.begin(), events.end(), "KEN>UGA:040"), events.end()) << ::testing::PrintToString(events);
}

TEST(NewsRules, BeingHappyToMeetIsAnIntention) {
  // "Kenya said it would be happy to meet Uganda": 036, not a meeting.
  std::vector<W> words{{"Kenya", 2, "nsubj", "PROPN", "Kenya"}, {"said", 0, "root", "VERB", "say"},
                       {"it", 6, "nsubj", "PRON", "it"},         {"would", 6, "aux", "AUX", "would"},
                       {"be", 6, "cop", "AUX", "be"},            {"happy", 2, "ccomp", "ADJ", "happy"},
                       {"to", 8, "mark", "PART", "to"},          {"meet", 6, "advcl", "VERB", "meet"},
                       {"Uganda", 8, "obj", "PROPN", "Uganda"}};
  EXPECT_EQ(news(words), std::vector<std::string>{"KEN>UGA:036"});
}

TEST(NewsRules, DealingBlowsIsFighting) {
  // "Kenyan forces dealt severe blows to the Ugandan war machine".
  std::vector<W> words{{"Kenyan", 2, "amod", "ADJ", "Kenyan"},   {"forces", 3, "nsubj", "NOUN", "force"},
                       {"dealt", 0, "root", "VERB", "deal"},      {"severe", 5, "amod", "ADJ", "severe"},
                       {"blows", 3, "obj", "NOUN", "blow"},       {"to", 9, "case", "ADP", "to"},
                       {"the", 9, "det", "DET", "the"},           {"Ugandan", 9, "amod", "ADJ", "Ugandan"},
                       {"war", 10, "compound", "NOUN", "war"},    {"machine", 3, "obl", "NOUN", "machine"}};
  words[9].head = 3;
  words[8].head = 10;
  words[7].head = 10;
  words[6].head = 10;
  words[5].head = 10;
  EXPECT_EQ(news(words), std::vector<std::string>{"KENMIL>UGAMIL:190"});
}

TEST(NewsRules, OrderingAnAttackIsTheAttack) {
  // "Kenya ordered the destruction of Uganda's air force".
  std::vector<W> words{{"Kenya", 2, "nsubj", "PROPN", "Kenya"},        {"ordered", 0, "root", "VERB", "order"},
                       {"the", 4, "det", "DET", "the"},                {"destruction", 2, "obj", "NOUN", "destruction"},
                       {"of", 9, "case", "ADP", "of"},                 {"Uganda", 9, "nmod:poss", "PROPN", "Uganda"},
                       {"'s", 6, "case", "PART", "'s"},                {"air", 9, "compound", "NOUN", "air"},
                       {"force", 4, "nmod", "NOUN", "force"}};
  auto events = news(words);
  ASSERT_FALSE(events.empty());
  for (const auto& e : events) EXPECT_TRUE(e.ends_with(":190")) << e;
}

TEST(NewsRules, BothSidesAreStatesBeforeCompanies) {
  // "The EU met the US . Airbus criticised Boeing . Both sides agreed to cooperate .": the sides
  // are the EU and the US, not the two companies named last.
  Document doc;
  dateline::testing::add_sentence(doc, {{"The", 2, "det", "DET", "the"}, {"EU", 3, "nsubj", "PROPN", "EU"},
                                        {"met", 0, "root", "VERB", "meet"}, {"the", 5, "det", "DET", "the"},
                                        {"US", 3, "obj", "PROPN", "US"}, {".", 3, "punct", "PUNCT", "."}});
  add_eu(doc, 0, 1, 1);
  dateline::testing::add_sentence(doc, {{"Kenyan", 2, "amod", "ADJ", "Kenyan"}, {"firms", 3, "nsubj", "NOUN", "firm"},
                                        {"criticised", 0, "root", "VERB", "criticise"},
                                        {"Ugandan", 5, "amod", "ADJ", "Ugandan"}, {"firms", 3, "obj", "NOUN", "firm"},
                                        {".", 3, "punct", "PUNCT", "."}});
  dateline::testing::add_sentence(doc, {{"Both", 2, "det", "DET", "both"}, {"sides", 3, "nsubj", "NOUN", "side"},
                                        {"met", 0, "root", "VERB", "meet"}, {"again", 3, "advmod", "ADV", "again"},
                                        {".", 3, "punct", "PUNCT", "."}});
  auto events = dateline::testing::coded_events(doc);
  EXPECT_NE(std::find(events.begin(), events.end(), "IGOEEC>USA:040"), events.end()) << ::testing::PrintToString(events);
  for (const auto& e : events) {
    if (e.ends_with(":040")) {
      EXPECT_EQ(e.find("BUS"), std::string::npos) << e;
    }
  }
}

TEST(NewsRules, ACompanyOfACountryActingAsItsGovernmentIsACompany) {
  // "A Kenyan company left Uganda", Kenya having acted as a government elsewhere (KENGOV):
  // the company is KENBUS, not KENGOVBUS.
  Document doc;
  dateline::testing::add_sentence(doc, {{"A", 3, "det", "DET", "a"}, {"Kenya", 3, "compound", "PROPN", "Kenya"},
                                        {"company", 4, "nsubj", "NOUN", "company"}, {"left", 0, "root", "VERB", "leave"},
                                        {"Uganda", 4, "obj", "PROPN", "Uganda"}});
  Entity kenya;
  kenya.id = "E1";
  kenya.name = "Kenya";
  kenya.type = "GPE";
  kenya.country = "KEN";
  kenya.sector = "GOV";
  kenya.mentions.push_back(Mention{doc.sentences[0].tokens[1].start, doc.sentences[0].tokens[1].end, "Kenya"});
  doc.entities.push_back(kenya);
  for (const auto& e : dateline::testing::coded_events(doc)) EXPECT_TRUE(e.starts_with("KENBUS>")) << e;
  for (const auto& e : dateline::testing::coded_events(doc, false)) EXPECT_FALSE(e.starts_with("KENBUS>")) << e;
}

TEST(NewsRules, ReceivingAidIsNoVisitHosted) {
  std::vector<W> words{{"Kenya", 2, "nsubj", "PROPN", "Kenya"}, {"received", 0, "root", "VERB", "receive"},
                       {"aid", 2, "obj", "NOUN", "aid"},        {"from", 5, "case", "ADP", "from"},
                       {"Uganda", 2, "obl", "PROPN", "Uganda"}};
  for (const auto& e : news(words)) EXPECT_FALSE(e.ends_with(":043")) << e;
}
