// Reported speech without quote marks, and speakers resolved through entities.
#include <gtest/gtest.h>

#include <cstring>

#include "dateline/quotes.hpp"
#include "quotes/attribution.hpp"

namespace dateline {
namespace {

std::vector<Quote> quotes_of(const Document& d) {
  std::vector<Quote> out;
  for (const auto& a : find_attributions(d)) out.push_back(to_quote(d, a));
  return out;
}

std::vector<Quote> quotes_of(const std::string& text) {
  Document d;
  d.text = text;
  return quotes_of(d);
}

// Adds an entity to `d` with a mention at the first occurrence of each of `mentions` in its text.
Entity& add_entity(Document& d, const std::string& id, const std::string& name, const std::string& type,
                   std::initializer_list<const char*> mentions) {
  Entity& e = d.entities.emplace_back();
  e.id = id;
  e.name = name;
  e.type = type;
  for (const char* m : mentions) {
    size_t at = d.text.find(m);
    e.mentions.push_back({static_cast<uint32_t>(at), static_cast<uint32_t>(at + std::strlen(m)), m});
  }
  return e;
}

// The one attribution found (copied, so no pointer outlives its vector), or an empty kind.
Quote only(const std::vector<Quote>& qs) { return qs.size() == 1 ? qs[0] : Quote{}; }

TEST(IndirectSpeech, SaidThatWithATimeWord) {
  const Quote q = only(quotes_of("Mayor Lena Ortiz said Friday that the bridge would reopen in May."));
  ASSERT_FALSE(q.kind.empty());
  EXPECT_EQ(q.kind, "indirect");
  EXPECT_EQ(q.speaker_name.value_or(""), "Mayor Lena Ortiz");
  EXPECT_EQ(q.text, "that the bridge would reopen in May");
}

TEST(IndirectSpeech, SaysWithoutThat) {
  const Quote q = only(quotes_of("Ortiz says the bridge is safe for buses."));
  ASSERT_FALSE(q.kind.empty());
  EXPECT_EQ(q.speaker_name.value_or(""), "Ortiz");
  EXPECT_EQ(q.text, "the bridge is safe for buses");
}

TEST(IndirectSpeech, ToldAddresseeThat) {
  const Quote q = only(quotes_of("Ortiz told council members that the budget was balanced."));
  ASSERT_FALSE(q.kind.empty());
  EXPECT_EQ(q.addressee.value_or(""), "council members");
  EXPECT_EQ(q.text, "that the budget was balanced");
}

TEST(IndirectSpeech, UrgedAddresseeToAct) {
  const Quote q = only(quotes_of("The fire chief urged residents to leave the valley before dark."));
  ASSERT_FALSE(q.kind.empty());
  EXPECT_EQ(q.speaker_name.value_or(""), "The fire chief");
  EXPECT_EQ(q.addressee.value_or(""), "residents");
  EXPECT_EQ(q.text, "to leave the valley before dark");
}

TEST(IndirectSpeech, AccordingToBeforeAndAfter) {
  const Quote before = only(quotes_of("According to the water authority, the dam held through the storm."));
  ASSERT_FALSE(before.kind.empty());
  EXPECT_EQ(before.speaker_name.value_or(""), "the water authority");
  EXPECT_EQ(before.text, "the dam held through the storm");
  const Quote after = only(quotes_of("The dam held through the storm, according to the water authority."));
  ASSERT_FALSE(after.kind.empty());
  EXPECT_EQ(after.speaker_name.value_or(""), "the water authority");
  EXPECT_EQ(after.text, "The dam held through the storm");
}

TEST(IndirectSpeech, CueAfterTheStatement) {
  const Quote q = only(quotes_of("Two families lost their homes in the flood, officials said."));
  ASSERT_FALSE(q.kind.empty());
  EXPECT_EQ(q.speaker_name.value_or(""), "officials");
  EXPECT_EQ(q.text, "Two families lost their homes in the flood");
}

TEST(IndirectSpeech, AppositiveBetweenSpeakerAndCue) {
  const Quote q = only(quotes_of("Ravi Menon, the council treasurer, said the fund was nearly empty."));
  ASSERT_FALSE(q.kind.empty());
  EXPECT_EQ(q.speaker_name.value_or(""), "Ravi Menon");
}

TEST(IndirectSpeech, BeliefNeedsThatAndNonCuesAreIgnored) {
  EXPECT_EQ(quotes_of("The police found the car near the lake.").size(), 0u);
  EXPECT_EQ(quotes_of("She said nothing.").size(), 0u);
  const Quote q = only(quotes_of("Investigators found that the brakes had failed."));
  ASSERT_FALSE(q.kind.empty());
  EXPECT_EQ(q.speaker_name.value_or(""), "Investigators");
}

// A document as the entity stage leaves it: the description and the pronoun resolve to it.
TEST(SpeakerResolution, DescriptionsAndPronounsResolveToEntities) {
  Document d;
  d.text =
      "Finance Minister Clara Voss met the unions on Tuesday.\n\n"
      "\xE2\x80\x9CThe pension age will not change,\xE2\x80\x9D the minister said.\n\n"
      "She said the talks would resume next week.";
  add_entity(d, "E1", "Clara Voss", "PERSON", {"Finance Minister Clara Voss"}).role = "Finance Minister";
  auto qs = quotes_of(d);
  ASSERT_EQ(qs.size(), 2u);
  EXPECT_EQ(qs[0].kind, "direct");
  EXPECT_EQ(qs[0].speaker.value_or(""), "E1");
  EXPECT_EQ(qs[0].speaker_name.value_or(""), "Clara Voss");
  EXPECT_EQ(qs[1].kind, "indirect");
  EXPECT_EQ(qs[1].speaker.value_or(""), "E1");
}

// Two sentences: in the first the entity E1 only modifies the speaker, named `first_speaker`;
// in the second E1, named alone, speaks.
void expect_modifier_then_speaker(const Document& d, const std::string& first_speaker) {
  auto qs = quotes_of(d);
  ASSERT_EQ(qs.size(), 2u);
  EXPECT_EQ(qs[0].speaker_name.value_or(""), first_speaker);
  EXPECT_FALSE(qs[0].speaker.has_value());
  EXPECT_EQ(qs[1].speaker.value_or(""), "E1");
}

// A country named as a modifier of the speaker does not become the speaker; named alone, it does.
TEST(SpeakerResolution, APlaceSpeaksOnlyWhenItEndsThePhrase) {
  Document d;
  d.text = "Scottish ministers insist they will have the final say.\n\nScotland says the vote is close.";
  add_entity(d, "E1", "United Kingdom", "GPE", {"Scottish", "Scotland"}).country = "GBR";
  expect_modifier_then_speaker(d, "Scottish ministers");
}

// An organisation before a person's title modifies it: "the Labour MP" is a person, not the
// party; the party named alone speaks.
TEST(SpeakerResolution, AnOrganisationBeforeAPersonsTitleDoesNotSpeak) {
  Document d;
  d.text = "The Labour MP said the bill would pass.\n\nLabour said the vote was close.";
  Entity& labour = add_entity(d, "E1", "Labour", "ORG", {"Labour MP", "Labour said"});
  for (Mention& m : labour.mentions) m.end = m.start + 6;  // "Labour" alone
  expect_modifier_then_speaker(d, "The Labour MP");
}

// Two people in one speaker phrase: the first is its head, the second sits in an apposition
// ("Ms Roche, Labour MP for Hornsey and Wood Green, believes ..."), whatever their lengths.
TEST(SpeakerResolution, TheFirstOfTwoPeopleInTheSpeakerPhraseSpeaks) {
  Document d;
  d.text = "Ms Roche, a friend of Andrew Greenwood, believes the plan works.";
  add_entity(d, "E1", "Ms Roche", "PERSON", {"Ms Roche"});
  add_entity(d, "E2", "Andrew Greenwood", "PERSON", {"Andrew Greenwood"});
  Attribution a;
  a.kind = "indirect";
  const size_t comma = d.text.find(", believes");
  a.source = Span{0, static_cast<uint32_t>(comma)};
  a.content = Span{static_cast<uint32_t>(d.text.find("the plan")), static_cast<uint32_t>(d.text.size() - 1)};
  std::vector<Attribution> attributions{a};
  quotes::resolve_speakers(d, quotes::build_word_view(d), attributions);
  EXPECT_EQ(attributions[0].speaker_entity.value_or(""), "E1");
  EXPECT_EQ(attributions[0].speaker_name.value_or(""), "Ms Roche");
}

// With the tagger's output, a cue word must be a verb: "the said agreement" is no cue.
TEST(SpeakerResolution, TaggedTokensAreUsedWhenPresent) {
  Document d;
  d.text = "Voss says the said agreement holds.";
  Sentence s;
  s.start = 0;
  s.end = static_cast<uint32_t>(d.text.size());
  const std::vector<std::pair<std::string, std::string>> words = {
      {"Voss", "PROPN"}, {"says", "VERB"}, {"the", "DET"}, {"said", "ADJ"},
      {"agreement", "NOUN"}, {"holds", "VERB"}, {".", "PUNCT"}};
  uint32_t at = 0;
  for (const auto& [w, tag] : words) {
    at = static_cast<uint32_t>(d.text.find(w, at));
    Token t;
    t.start = at;
    t.end = at + static_cast<uint32_t>(w.size());
    t.text = w;
    t.upos = tag;
    s.tokens.push_back(t);
    at = t.end;
  }
  d.sentences.push_back(s);
  auto qs = quotes_of(d);
  ASSERT_EQ(qs.size(), 1u);
  EXPECT_EQ(qs[0].cue.value_or(""), "says");
  EXPECT_EQ(qs[0].text, "the said agreement holds");
}

}  // namespace
}  // namespace dateline
