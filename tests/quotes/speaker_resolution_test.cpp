// Speaker resolution against the article's entities (given by hand here, as the entities stage
// would list them): role phrases, "it", and possessors.
#include <gtest/gtest.h>

#include "dateline/quotes.hpp"

namespace dateline {
namespace {

// `names` are (name, type, country, sector, mention text); each mention is every occurrence of
// its text.
Document article(const std::string& text,
                 const std::vector<std::tuple<std::string, std::string, std::string, std::string, std::string>>& names) {
  Document d;
  d.text = text;
  for (const auto& [name, type, country, sector, mention] : names) {
    Entity e;
    e.id = "E" + std::to_string(d.entities.size() + 1);
    e.name = name;
    e.type = type;
    e.country = country;
    e.sector = sector;
    for (size_t at = text.find(mention); at != std::string::npos; at = text.find(mention, at + 1))
      e.mentions.push_back(Mention{static_cast<uint32_t>(at), static_cast<uint32_t>(at + mention.size()), mention});
    d.entities.push_back(e);
  }
  return d;
}

std::string speaker_of(const Document& d, const std::string& needle) {
  for (const auto& a : find_attributions(d)) {
    Quote q = to_quote(d, a);
    if (q.text.find(needle) != std::string::npos) return q.speaker_name.value_or("<none>");
  }
  return "<no quote>";
}

}  // namespace

TEST(SpeakerResolution, ARolePhraseIsThePersonTitledWithIt) {
  Document d = article("Cardinal Ana Ruiz spoke in Lima on Sunday. The cardinal said the war had been a terrible waste.",
                       {{"Ana Ruiz", "PERSON", "PER", "REL", "Ana Ruiz"}});
  EXPECT_EQ(speaker_of(d, "terrible waste"), "Ana Ruiz");
  // Nobody titled so: the phrase stays the speaker.
  Document untitled = article("Ana Ruiz spoke in Lima on Sunday. The cardinal said the war had been a terrible waste.",
                              {{"Ana Ruiz", "PERSON", "PER", "REL", "Ana Ruiz"}});
  EXPECT_EQ(speaker_of(untitled, "terrible waste"), "The cardinal");
}

TEST(SpeakerResolution, ACountrysPresidentIsItsOneOfficialNamedLater) {
  Document d = article("Peru's president said the sale had followed the law. Later Mr Novak met reporters in Lima.",
                       {{"Peru", "GPE", "PER", "", "Peru"}, {"Jorge Novak", "PERSON", "PER", "GOV", "Mr Novak"}});
  EXPECT_EQ(speaker_of(d, "followed the law"), "Jorge Novak");
  // Two officials of that country: no telling which.
  Document two = article("Peru's president said the sale had followed the law. Mr Novak and Ms Vega met reporters.",
                         {{"Peru", "GPE", "PER", "", "Peru"},
                          {"Jorge Novak", "PERSON", "PER", "GOV", "Mr Novak"},
                          {"Rosa Vega", "PERSON", "PER", "GOV", "Ms Vega"}});
  EXPECT_EQ(speaker_of(two, "followed the law"), "Peru's president");
}

TEST(SpeakerResolution, ItIsTheOrganisationNamedBefore) {
  Document d = article("Acme Holdings lost its appeal on Monday. It said the ruling was unfair to shareholders.",
                       {{"Acme Holdings", "ORG", "PER", "BUS", "Acme Holdings"}});
  EXPECT_EQ(speaker_of(d, "unfair to shareholders"), "Acme Holdings");
}

TEST(SpeakerResolution, APossessorIsNotTheSpeaker) {
  Document d = article("Mr Ruiz's spokesman said the talks had failed.", {{"Ana Ruiz", "PERSON", "PER", "GOV", "Mr Ruiz"}});
  EXPECT_EQ(speaker_of(d, "talks had failed"), "Mr Ruiz's spokesman");
}

}  // namespace dateline

namespace dateline {

TEST(SpeakerResolution, HeIsTheMainSpeakerRatherThanTheLastManNamed) {
  const std::string text =
      "Mr Ruiz said the talks had gone well. He said the plan was sound. He said the vote would come soon. "
      "Rivals led by Mr Obi had walked out. He said the plan would pass anyway.";
  Document d = article(text, {{"Ana Ruiz", "PERSON", "PER", "GOV", "Mr Ruiz"}, {"Leo Obi", "PERSON", "PER", "OPP", "Mr Obi"}});
  // The entities stage resolved the first two "He" to Mr Ruiz, the last to Mr Obi, named last.
  size_t at = 0;
  for (int k = 0; k < 3; ++k) {
    at = text.find("He said", at);
    ASSERT_NE(at, std::string::npos);
    d.entities[k == 2 ? 1 : 0].mentions.push_back(Mention{static_cast<uint32_t>(at), static_cast<uint32_t>(at + 2), "He"});
    at += 2;
  }
  EXPECT_EQ(speaker_of(d, "pass anyway"), "Ana Ruiz");
}

}  // namespace dateline
