// The news gold set's scorer on a story of our own and a Document built by hand (no models):
// every count it reports, and the IGO and white-space rules it matches by.
#include <gtest/gtest.h>

#include "dateline/error.hpp"
#include "dateline/eval_news.hpp"

namespace dateline {
namespace {

// The body as the structure stage would leave it (the headline gone). Sentence 3 is wrapped
// mid-sentence and sentence 1 holds "Chilean", where a loose search would find "Chile".
const char* kBody =
    "Norway's foreign minister Anna Berg met Chilean officials in Oslo on Monday. "
    "The United Nations criticised Chile over the mine closures.\n\n"
    "Berg said the talks had been useful. "
    "Chile accused Norway of breaking\nthe fishing accord. "
    "\"We will not sign this agreement,\" said Pedro Soto, a Chilean trade official.";

Span span_of(const std::string& text, const std::string& phrase, size_t from = 0) {
  size_t at = text.find(phrase, from);
  EXPECT_NE(at, std::string::npos) << phrase;
  return Span{static_cast<uint32_t>(at), static_cast<uint32_t>(at + phrase.size())};
}

Entity entity(const Document& doc, const std::string& id, const std::string& name, const std::string& type,
              const std::string& country, const std::string& sector, const std::string& mention, size_t from = 0) {
  Entity e;
  e.id = id;
  e.name = name;
  e.type = type;
  e.country = country;
  e.sector = sector;
  Span s = span_of(doc.text, mention, from);
  e.mentions.push_back({s.start, s.end, mention});
  return e;
}

Event event(int sentence, const std::string& source, std::optional<std::string> target, const std::string& cameo,
            std::optional<std::string> source_entity = std::nullopt) {
  Event e;
  e.sentence = sentence;
  e.source.code = source;
  e.source.entity = source_entity;
  if (target) e.target = EventActor{std::nullopt, *target, *target, ""};
  e.cameo = cameo;
  return e;
}

Quote quote(const Document& doc, const std::string& content, std::optional<std::string> speaker,
            std::optional<std::string> speaker_name = std::nullopt) {
  Quote q;
  Span s = span_of(doc.text, content);
  q.start = s.start;
  q.end = s.end;
  q.text = content;
  q.speaker = speaker;
  q.speaker_name = speaker_name;
  q.kind = "indirect";
  return q;
}

Document processed_story() {
  Document doc;
  doc.text = kBody;
  for (const char* first : {"Norway's foreign", "The United Nations", "Berg said", "Chile accused", "\"We will"}) {
    Span s = span_of(doc.text, first);
    doc.sentences.push_back({s.start, 0, {}});
  }
  for (size_t i = 0; i < doc.sentences.size(); ++i)
    doc.sentences[i].end = i + 1 < doc.sentences.size() ? doc.sentences[i + 1].start - 1 : static_cast<uint32_t>(doc.text.size());
  doc.entities.push_back(entity(doc, "E1", "Anna Berg", "PERSON", "NOR", "GOV", "Anna Berg"));
  // The entities stage names a known organisation by the lexicon's name and gives an IGO no country.
  doc.entities.push_back(entity(doc, "E2", "United Nations", "ORG", "", "IGO", "United Nations"));
  doc.entities.push_back(entity(doc, "E3", "Chile", "GPE", "CHL", "", "Chile", doc.text.find("Chile over")));
  doc.entities.push_back(entity(doc, "E4", "Pedro Soto", "PERSON", "NOR", "", "Pedro Soto"));  // the wrong country
  doc.entities.push_back(entity(doc, "E5", "Monday", "DATE", "", "", "Monday"));

  doc.events.push_back(event(0, "NORGOV", "CHLGOV", "042", "E1"));  // gold 040: same root, other code
  doc.events.push_back(event(1, "---IGO", "CHL", "111", "E2"));     // dateline's way of writing the UN
  doc.events.push_back(event(2, "NORGOV", std::nullopt, "010"));    // a statement: left out
  doc.events.push_back(event(3, "CHL", std::nullopt, "112"));       // no target: a false event
  doc.events.push_back(event(4, "CHLGOV", "NOR", "138"));           // nothing of the kind in the gold

  doc.quotes.push_back(quote(doc, "the talks had been useful", "E1"));
  doc.quotes.push_back(quote(doc, "We will not sign this agreement,", "E1"));  // gold: Pedro Soto
  return doc;
}

NewsGold gold_story() {
  // Snippets as an annotator writes them: runs of white space as one space.
  return parse_news_gold(R"({
    "id": "tiny-norway-chile", "source": "tiny/norway.txt", "newid": null, "date": "2005-03-07",
    "events": [
      {"snippet": "Anna Berg met Chilean officials", "source": "NORGOV", "target": "CHLGOV", "cameo": "040"},
      {"snippet": "The United Nations criticised Chile", "source": "IGOUNO", "target": "CHL", "cameo": "111"},
      {"snippet": "Chile accused Norway of breaking the fishing accord", "source": "CHLGOV", "target": "NORGOV",
       "cameo": "112"},
      {"snippet": "Norway recalled its ambassador", "source": "NORGOV", "target": "CHL", "cameo": "161"}
    ],
    "entities": [
      {"text": "Anna Berg", "type": "PERSON", "country": "NOR"},
      {"text": "Oslo", "type": "GPE", "country": "NOR"},
      {"text": "United Nations", "type": "ORG", "country": "IGOUNO"},
      {"text": "Chile", "type": "GPE", "country": "CHL"},
      {"text": "Pedro Soto", "type": "PERSON", "country": "CHL"},
      {"text": "Norway", "type": "GPE", "country": null},
      {"text": "Monday", "type": "MISC", "country": null}
    ],
    "quotes": [
      {"snippet": "the talks had been useful", "kind": "indirect", "speaker": "Anna Berg"},
      {"snippet": "We will not sign this agreement", "kind": "direct", "speaker": "Pedro Soto"},
      {"snippet": "Norway has broken every promise", "kind": "direct", "speaker": null}
    ]
  })",
                         "tiny.json");
}

TEST(EvalNews, ScoresEventsEntitiesAndQuotesOfAStory) {
  NewsScore s = score_news(gold_story(), processed_story());
  const NewsCounts& c = s.counts;
  EXPECT_EQ(c.gold_events, 4u);
  EXPECT_EQ(c.predicted_events, 4u);     // the root-01 statement left out, the one without a target kept
  EXPECT_EQ(c.ignored_statements, 1u);
  EXPECT_EQ(c.matched_events, 2u);       // Berg met (root 04), the UN criticised (---IGO of E2 = IGOUNO)
  EXPECT_EQ(c.code_matched_events, 1u);  // only the UN's: 042 is not 040
  EXPECT_EQ(c.gold_entities, 5u);        // PERSON, ORG, GPE with a country
  EXPECT_EQ(c.found_entities, 4u);       // no entity on "Oslo"
  EXPECT_EQ(c.right_countries, 3u);      // Berg, the UN (IGOUNO), Chile; Soto is given NOR
  EXPECT_EQ(c.gold_quotes, 3u);
  EXPECT_EQ(c.matched_quotes, 2u);       // the third is not in the text
  EXPECT_EQ(c.gold_speakers, 2u);
  EXPECT_EQ(c.right_speakers, 1u);       // Berg's quote; Soto's is given to Berg
  EXPECT_EQ(c.not_located, 2u);          // the recalled ambassador, the broken promise

  size_t missed = 0, false_events = 0, entity = 0, speaker = 0, quote = 0;
  for (const auto& e : s.errors) {
    missed += e.kind == NewsError::Kind::missed_event;
    false_events += e.kind == NewsError::Kind::false_event;
    entity += e.kind == NewsError::Kind::entity;
    speaker += e.kind == NewsError::Kind::speaker;
    quote += e.kind == NewsError::Kind::quote;
    EXPECT_EQ(e.line.find('\n'), std::string::npos) << e.line;
  }
  EXPECT_EQ(missed, 2u);
  EXPECT_EQ(false_events, 2u);
  EXPECT_EQ(entity, 2u);  // Oslo not found, Soto's country
  EXPECT_EQ(speaker, 1u);
  EXPECT_EQ(quote, 1u);
  // Missed and false events come sentence by sentence, with the sentence's text.
  ASSERT_GE(s.errors.size(), 4u);
  EXPECT_NE(s.errors[0].line.find("CHLGOV -> NORGOV 112"), std::string::npos) << s.errors[0].line;
  EXPECT_NE(s.errors[0].line.find("Chile accused Norway of breaking the fishing accord."), std::string::npos);
  EXPECT_NE(s.errors[1].line.find("CHL -> (no target) 112"), std::string::npos) << s.errors[1].line;
  EXPECT_NE(s.errors[3].line.find("not located"), std::string::npos) << s.errors[3].line;
}

TEST(EvalNews, EventsOfAnotherSentenceDoNotMatch) {
  Document doc = processed_story();
  doc.events[0].sentence = 1;  // Berg's meeting moved to the UN's sentence
  EXPECT_EQ(score_news(gold_story(), doc).counts.matched_events, 1u);
}

TEST(EvalNews, IgoCodesCompareByTheOrganisation) {
  EXPECT_EQ(news_actor_key("IGOUNO"), "IGOUNO");
  EXPECT_EQ(news_actor_key("IGO"), "IGO");
  EXPECT_EQ(news_actor_key("GBRGOV"), "GBR");
  EXPECT_EQ(news_actor_key("---GOV"), "");
  EXPECT_EQ(news_actor_key(""), "");
  // CAMEO dictionaries chain regions and sectors before the organisation.
  EXPECT_EQ(news_actor_code("IGOEUREEC"), "IGOEEC");
  EXPECT_EQ(news_actor_code("IGOUNODEVWBK"), "IGOWBK");
  EXPECT_EQ(news_actor_code("IGOBUSIMF"), "IGOIMF");
  EXPECT_EQ(news_actor_code("IGOWSTNAT"), "IGONAT");
  EXPECT_EQ(news_actor_code("IGOOECD"), "IGOOECD");
  EXPECT_EQ(news_actor_key("IGOUNOHRIHCH"), "IGOUNO");
  // dateline's own "---IGO": the organisation from the entity, or an IGO that matches nothing.
  Entity un;
  un.name = "United Nations";
  un.type = "ORG";
  un.sector = "IGO";
  EXPECT_EQ(news_actor_key("---IGO", &un), "IGOUNO");
  EXPECT_EQ(news_entity_key(un), "IGOUNO");
  Entity annan;
  annan.name = "Kofi Annan";
  annan.type = "PERSON";
  annan.sector = "IGO";
  EXPECT_EQ(news_actor_code("---IGOMIL", &annan), "IGO---MIL");
  EXPECT_EQ(news_actor_key("---IGOMIL", &annan), "");
  EXPECT_EQ(news_entity_key(annan), "");
}

TEST(EvalNews, SnippetsAreFoundWhateverTheirWhiteSpace) {
  std::string text = "Mr Brown said:\n\"It is simply not\n  acceptable.\" Browne agreed.";
  auto at = find_snippet(text, "It is  simply not acceptable");
  ASSERT_TRUE(at);
  EXPECT_EQ(text.substr(at->start, at->end - at->start), "It is simply not\n  acceptable");
  EXPECT_FALSE(find_snippet(text, "It is simply notacceptable"));
  EXPECT_FALSE(find_snippet(text, "   "));
  auto word = find_snippet(text, "Browne", true);
  ASSERT_TRUE(word);
  EXPECT_EQ(word->start, text.find("Browne"));
  auto brown = find_snippet("Browne and Brown", "Brown", true);
  ASSERT_TRUE(brown);
  EXPECT_EQ(brown->start, 11u);
}

TEST(EvalNews, MalformedGoldIsRefusedByName) {
  auto refused = [](const std::string& json) {
    try {
      parse_news_gold(json, "bad.json");
    } catch (const Error& e) {
      EXPECT_EQ(e.code(), ExitCode::bad_input);
      return std::string(e.what());
    }
    return std::string("accepted");
  };
  EXPECT_NE(refused("{\"id\": ").find("bad.json: not valid JSON"), std::string::npos);
  std::string ok_rest = R"("date": null, "events": [], "entities": [], "quotes": [])";
  EXPECT_NE(refused(R"({"source": "a.txt", )" + ok_rest + "}").find("bad.json: no \"id\""), std::string::npos);
  EXPECT_NE(refused(R"({"id": "x", "source": "a.sgm", )" + ok_rest + "}").find("newid"), std::string::npos);
  EXPECT_NE(refused(R"({"id": "x", "source": "a.txt", "date": "16 Feb", "events": [], "entities": [], "quotes": []})")
                .find("YYYY-MM-DD"),
            std::string::npos);
  EXPECT_NE(refused(R"({"id": "x", "source": "a.txt", "date": null, "events": [{"snippet": "a b", "source": "GBR",
                        "target": "FRA"}], "entities": [], "quotes": []})")
                .find("bad.json: events[0]: no \"cameo\""),
            std::string::npos);
  EXPECT_NE(refused(R"({"id": "x", "source": "a.txt", "date": null, "events": [], "entities": [], "quotes": {}})")
                .find("\"quotes\" must be an array"),
            std::string::npos);
}

}  // namespace
}  // namespace dateline

namespace dateline {
namespace {

// The speaker is right under any name the story gives the predicted entity ("the UN" for the
// United Nations) and by either part of a hyphenated surname.
TEST(EvalNews, ASpeakerIsKnownByTheNamesTheStoryUses) {
  Document doc = processed_story();
  doc.quotes.clear();
  Quote un = quote(doc, "the talks had been useful", "E2");
  doc.quotes.push_back(un);
  doc.entities[1].mentions.push_back({0, 0, "UN"});
  NewsGold g = gold_story();
  g.quotes.resize(1);
  g.quotes[0].speaker = "the UN";
  EXPECT_EQ(score_news(g, doc).counts.right_speakers, 1u);
  doc.entities[1].mentions.pop_back();
  EXPECT_EQ(score_news(g, doc).counts.right_speakers, 0u);
  g.quotes[0].speaker = "Anna Berg-Larsen";
  doc.quotes[0].speaker = "E1";
  EXPECT_EQ(score_news(g, doc).counts.right_speakers, 1u);
}

}  // namespace
}  // namespace dateline
