#include <gtest/gtest.h>

#include "dateline/error.hpp"
#include "dateline/events.hpp"
#include "event_codes.hpp"
#include "event_test_doc.hpp"

using namespace dateline;
using dateline::testing::event_summary;

namespace {

Document code(Document doc, EventDictionaries d = {}) {
  EventCoder(std::move(d)).code(doc);
  return doc;
}

}  // namespace

TEST(CameoTable, RootsAndInheritance) {
  for (int root = 1; root <= 20; ++root) {
    char code[4];
    std::snprintf(code, sizeof code, "%02d0", root);
    ASSERT_TRUE(cameo_info(code)) << code;
  }
  auto demand = cameo_info("1053");
  ASSERT_TRUE(demand);
  EXPECT_EQ(demand->plover, "DEMAND");
  EXPECT_EQ(demand->quad_class, 3);
  auto fight = cameo_info("1931");  // not listed: inherits from 193
  ASSERT_TRUE(fight);
  EXPECT_EQ(fight->plover, "ASSAULT");
  EXPECT_DOUBLE_EQ(fight->goldstein, -10.0);
  EXPECT_EQ(cameo_info("051")->quad_class, 1);
  EXPECT_EQ(cameo_info("073")->quad_class, 2);
  EXPECT_FALSE(cameo_info("A12"));
}

TEST(EventCoder, SubjectVerbObjectOverTheParse) {
  // "Chinese officials praised Norway ."
  Document doc;
  doc.date = "2014-02-14";
  dateline::testing::add_sentence(doc, {{"Chinese", 2, "amod", "ADJ", "chinese"},
                              {"officials", 3, "nsubj", "NOUN", "official"},
                              {"praised", 0, "root", "VERB", "praise"},
                              {"Norway", 3, "obj", "PROPN", "Norway"},
                              {".", 3, "punct", "PUNCT", "."}});
  doc = code(doc);
  ASSERT_EQ(event_summary(doc), std::vector<std::string>{"CHNGOV>NOR:051"});
  const Event& e = doc.events[0];
  EXPECT_EQ(e.plover, "SUPPORT");
  EXPECT_EQ(e.quad_class, 1);
  EXPECT_EQ(e.date, "2014-02-14");
  EXPECT_EQ(e.evidence.text, "Chinese officials praised Norway");
}

TEST(EventCoder, PassiveCoordinationAndPrepositionalTarget) {
  // "Norway and Sweden met with the Kenyan president on Friday ."
  Document doc;
  doc.date = "2014-02-14";
  dateline::testing::add_sentence(doc, {{"Norway", 4, "nsubj", "PROPN", "Norway"},
                              {"and", 3, "cc", "CCONJ", "and"},
                              {"Sweden", 1, "conj", "PROPN", "Sweden"},
                              {"met", 0, "root", "VERB", "meet"},
                              {"with", 8, "case", "ADP", "with"},
                              {"the", 8, "det", "DET", "the"},
                              {"Kenyan", 8, "amod", "ADJ", "kenyan"},
                              {"president", 4, "obl", "NOUN", "president"},
                              {"on", 10, "case", "ADP", "on"},
                              {"Friday", 4, "obl:tmod", "PROPN", "Friday"},
                              {".", 4, "punct", "PUNCT", "."}});
  doc = code(doc);
  EXPECT_EQ(event_summary(doc), (std::vector<std::string>{"NOR>KENGOV:040", "SWE>KENGOV:040"}));
  EXPECT_EQ(doc.events[0].date, "2014-02-14");
  EXPECT_EQ(doc.events[0].plover, "CONSULT");

  // "Norway was criticized by Sweden ."
  Document passive;
  dateline::testing::add_sentence(passive, {{"Norway", 3, "nsubj:pass", "PROPN", "Norway"},
                                  {"was", 3, "aux:pass", "AUX", "be"},
                                  {"criticized", 0, "root", "VERB", "criticize"},
                                  {"by", 5, "case", "ADP", "by"},
                                  {"Sweden", 3, "obl:agent", "PROPN", "Sweden"},
                                  {".", 3, "punct", "PUNCT", "."}});
  EXPECT_EQ(event_summary(code(passive)), std::vector<std::string>{"SWE>NOR:111"});
}

TEST(EventCoder, IntentNegationAndControl) {
  // "Kenya promised to help Uganda ." → intent to provide aid
  Document doc;
  dateline::testing::add_sentence(doc, {{"Kenya", 2, "nsubj", "PROPN", "Kenya"},
                              {"promised", 0, "root", "VERB", "promise"},
                              {"to", 4, "mark", "PART", "to"},
                              {"help", 2, "xcomp", "VERB", "help"},
                              {"Uganda", 4, "obj", "PROPN", "Uganda"},
                              {".", 2, "punct", "PUNCT", "."}});
  EXPECT_EQ(event_summary(code(doc)), std::vector<std::string>{"KEN>UGA:033"});

  // "Kenya will not meet Uganda ." → reject the meeting
  Document neg;
  dateline::testing::add_sentence(neg, {{"Kenya", 4, "nsubj", "PROPN", "Kenya"},
                              {"will", 4, "aux", "AUX", "will"},
                              {"not", 4, "advmod", "PART", "not"},
                              {"meet", 0, "root", "VERB", "meet"},
                              {"Uganda", 4, "obj", "PROPN", "Uganda"}});
  EXPECT_EQ(event_summary(code(neg)), std::vector<std::string>{"KEN>UGA:125"});

  // "France urged Mali to negotiate ." → object control: the appeal targets Mali
  Document urge;
  dateline::testing::add_sentence(urge, {{"France", 2, "nsubj", "PROPN", "France"},
                               {"urged", 0, "root", "VERB", "urge"},
                               {"Mali", 2, "obj", "PROPN", "Mali"},
                               {"to", 5, "mark", "PART", "to"},
                               {"negotiate", 2, "xcomp", "VERB", "negotiate"}});
  auto s = event_summary(code(urge));
  ASSERT_FALSE(s.empty());
  EXPECT_EQ(s[0], "FRA>MLI:026");
}

TEST(EventCoder, ReportedSpeechPronounsAndDemands) {
  // "Norway said it would never attack Sweden" is not coded; "Mali must release Chad 's
  // prisoners , Norway said ." is a demand by Norway of Mali.
  Document doc;
  dateline::testing::add_sentence(doc, {{"Mali", 3, "nsubj", "PROPN", "Mali"},
                              {"must", 3, "aux", "AUX", "must"},
                              {"release", 0, "root", "VERB", "release"},
                              {"prisoners", 3, "obj", "NOUN", "prisoner"},
                              {",", 7, "punct", "PUNCT", ","},
                              {"Norway", 7, "nsubj", "PROPN", "Norway"},
                              {"said", 3, "parataxis", "VERB", "say"},
                              {".", 3, "punct", "PUNCT", "."}});
  auto s = event_summary(code(doc));
  ASSERT_EQ(s.size(), 1u);
  EXPECT_EQ(s[0], "NOR>MLI:100");

  // "Norway said he urged Mali ." after a sentence naming nobody else: "he" is Norway's reporter.
  Document pro;
  dateline::testing::add_sentence(pro, {{"Norway", 2, "nsubj", "PROPN", "Norway"},
                              {"said", 0, "root", "VERB", "say"},
                              {"it", 4, "nsubj", "PRON", "it"},
                              {"urged", 2, "ccomp", "VERB", "urge"},
                              {"Mali", 4, "obj", "PROPN", "Mali"}});
  EXPECT_EQ(event_summary(code(pro)), std::vector<std::string>{"NOR>MLI:020"});
}

TEST(EventCoder, WordOrderWhenNotParsed) {
  Document doc;
  dateline::testing::add_plain_sentence(doc, "Kenya and Uganda condemned Sudan on Friday");
  EXPECT_EQ(event_summary(code(doc)), (std::vector<std::string>{"KEN>SDN:111", "UGA>SDN:111"}));
}

TEST(EventCoder, PetrarchDictionariesAndMarkers) {
  EventDictionaries d;
  d.verbs = std::make_shared<petrarch::VerbDictionary>(petrarch::parse_verbs(
      "--- SCOLD [111] ---\nSCOLD\n- + * BY $ [112]\n- * _FOR_TALKS [106]\n--- RENEW [---] ---\nRENEW\n- % * TIES [064]\n",
      "t.verbs"));
  auto actors = std::make_shared<petrarch::ActorDictionary>();
  petrarch::parse_actors("ARNOR_ [ARN]\nGONDOR [GON]\n+MINAS_TIRITH\nOSGILIATH [OSG]\n", "t.actors", *actors);
  d.actors = actors;
  d.agents = std::make_shared<petrarch::AgentDictionary>(petrarch::parse_agents("FOREIGN_MINISTER [~GOVFRM]\n", "t.agents"));
  d.discards = std::make_shared<petrarch::DiscardDictionary>(petrarch::parse_discards("BASEBALL\n", "t.discards"));

  Document a;
  dateline::testing::add_plain_sentence(a, "Arnor 's foreign minister scolded Minas Tirith");
  EXPECT_EQ(event_summary(code(a, d)), std::vector<std::string>{"ARNGOVFRM>GON:111"});
  Document b;
  dateline::testing::add_plain_sentence(b, "Arnor was scolded by Gondor");
  EXPECT_EQ(event_summary(code(b, d)), std::vector<std::string>{"GON>ARN:112"});
  Document c;
  dateline::testing::add_plain_sentence(c, "Gondor and Osgiliath renewed ties");
  EXPECT_EQ(event_summary(code(c, d)), (std::vector<std::string>{"GON>OSG:064", "OSG>GON:064"}));
  Document discarded;
  dateline::testing::add_plain_sentence(discarded, "Arnor scolded Gondor at baseball");
  EXPECT_TRUE(code(discarded, d).events.empty());
}

TEST(EventCoder, LoadErrorsNameTheFile) {
  PipelineOptions o;
  o.verbs_dict = "/nonexistent/verbs.txt";
  try {
    EventDictionaries::load(o);
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ExitCode::bad_resource);
    EXPECT_NE(std::string(e.what()).find("/nonexistent/verbs.txt"), std::string::npos);
  }
}
