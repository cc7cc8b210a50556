#include <gtest/gtest.h>

#include <string_view>
#include <vector>

#include "dateline/gazetteer.hpp"

namespace gz = dateline::gazetteer;

TEST(Gazetteer, CountriesByNameAndAlias) {
  EXPECT_EQ(gz::country_code("United States"), "USA");
  EXPECT_EQ(gz::country_code("U.S."), "USA");
  EXPECT_EQ(gz::country_code("US"), "USA");
  EXPECT_EQ(gz::country_code("America"), "USA");
  EXPECT_EQ(gz::country_code("Britain"), "GBR");
  EXPECT_EQ(gz::country_code("UK"), "GBR");
  EXPECT_EQ(gz::country_code("North Korea"), "PRK");
  EXPECT_EQ(gz::country_code("DPRK"), "PRK");
  EXPECT_EQ(gz::country_code("South Korea"), "KOR");
  EXPECT_EQ(gz::country_code("Viet Nam"), "VNM");
  EXPECT_EQ(gz::country_code("Russian Federation"), "RUS");
  EXPECT_EQ(gz::country_code("Democratic People’s Republic of Korea"), "PRK");  // curly apostrophe
  EXPECT_FALSE(gz::country_code("Pyongyang"));  // a place, not a country name
}

TEST(Gazetteer, CaseRules) {
  EXPECT_FALSE(gz::country_code("us"));
  EXPECT_FALSE(gz::country_code("Us"));
  EXPECT_FALSE(gz::country_code("china"));
  EXPECT_FALSE(gz::lookup("turkey"));
  EXPECT_EQ(gz::country_code("CHINA"), "CHN");
  EXPECT_EQ(gz::place_country("BEIJING"), "CHN");
  EXPECT_EQ(gz::place_country("NEW YORK"), "USA");
  EXPECT_FALSE(gz::place_country("Beijing "));  // callers trim
}

TEST(Gazetteer, PlacesAndDemonyms) {
  EXPECT_EQ(gz::place_country("Pyongyang"), "PRK");
  EXPECT_EQ(gz::place_country("Seoul"), "KOR");
  EXPECT_EQ(gz::place_country("Texas"), "USA");
  EXPECT_EQ(gz::place_country("Calif."), "USA");
  EXPECT_EQ(gz::place_country("São Paulo"), "BRA");
  EXPECT_EQ(gz::place_country("SÃO PAULO"), "BRA");
  EXPECT_EQ(gz::demonym_country("Chinese"), "CHN");
  EXPECT_EQ(gz::demonym_country("North Korean"), "PRK");
  EXPECT_EQ(gz::demonym_country("Americans"), "USA");
  EXPECT_EQ(gz::demonym_country("British"), "GBR");
  EXPECT_FALSE(gz::demonym_country("Korean"));  // ambiguous, left out on purpose
  auto m = gz::lookup("Beijing");
  ASSERT_TRUE(m);
  EXPECT_EQ(m->kind, gz::Kind::place);
  EXPECT_TRUE(m->capital);
  EXPECT_EQ(gz::lookup("Georgia")->kind, gz::Kind::country);
}

TEST(Gazetteer, CountryNames) {
  EXPECT_EQ(gz::country_name("PRK"), "North Korea");
  EXPECT_EQ(gz::country_name("USA"), "United States");
  EXPECT_EQ(gz::country_name("CHN"), "China");
  EXPECT_FALSE(gz::country_name("ZZZ"));
  // Every country code that names resolve to has a display name.
  for (std::string_view n : {"Britain", "Burma", "Holland", "Ivory Coast", "Kosovo", "UAE"})
    EXPECT_TRUE(gz::country_name(*gz::country_code(n))) << n;
}

TEST(Gazetteer, LongestMatchOverWords) {
  std::vector<std::string_view> words{"talks", "with", "North", "Korea", "'s", "leader"};
  EXPECT_FALSE(gz::longest_match(words, 0));
  auto m = gz::longest_match(words, 2);
  ASSERT_TRUE(m);
  EXPECT_EQ(m->iso3, "PRK");
  EXPECT_EQ(m->length, 2u);
  std::vector<std::string_view> korean{"North", "Korean", "troops"};
  m = gz::longest_match(korean, 0);
  ASSERT_TRUE(m);
  EXPECT_EQ(m->kind, gz::Kind::demonym);
  EXPECT_EQ(m->length, 2u);
  std::vector<std::string_view> north{"North", "Carolina"};
  EXPECT_EQ(gz::longest_match(north, 0)->iso3, "USA");
  std::vector<std::string_view> alone{"North", "wind"};
  EXPECT_FALSE(gz::longest_match(alone, 0));
}

TEST(Gazetteer, LongestMatchInText) {
  std::string_view text = "Envoys from South Korea’s capital and the U.S.-led team met in New York City, then Kyiv.";
  auto at = [&](std::string_view word) { return gz::longest_match_at(text, text.find(word)); };
  auto m = at("South");
  ASSERT_TRUE(m);
  EXPECT_EQ(m->iso3, "KOR");
  EXPECT_EQ(text.substr(text.find("South"), m->length), "South Korea");
  m = at("U.S.");
  ASSERT_TRUE(m);
  EXPECT_EQ(text.substr(text.find("U.S."), m->length), "U.S.");
  m = at("New York");
  ASSERT_TRUE(m);
  EXPECT_EQ(text.substr(text.find("New York"), m->length), "New York City");
  m = at("Kyiv");
  ASSERT_TRUE(m);
  EXPECT_EQ(m->length, 4u);
  EXPECT_FALSE(at("capital"));
  EXPECT_FALSE(gz::longest_match_at("Koreans", 0));
  EXPECT_FALSE(gz::longest_match_at("", 0));
  // A blank line ends a name.
  EXPECT_EQ(gz::longest_match_at("New\n\nYork", 0), std::nullopt);
}
