// lexicons/parties.tsv: which party governed when, and what that makes its members.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "entities/parties.hpp"
#include "test_helpers.hpp"

using dateline::entities::party_standing;

TEST(Parties, StandingFollowsTheArticleDate) {
  auto tory = party_standing("Tory", "2005-02-01");
  ASSERT_TRUE(tory);
  EXPECT_EQ(tory->party, "Conservative Party");
  EXPECT_EQ(tory->country, "GBR");
  EXPECT_FALSE(tory->governing);
  EXPECT_TRUE(party_standing("Tories", "2012-06-01")->governing);
  EXPECT_TRUE(party_standing("Labour", "2005-02-01")->governing);
  EXPECT_FALSE(party_standing("Labour", "2012-06-01")->governing);
  EXPECT_TRUE(party_standing("Labour", "")->governing);  // undated: standing today
  EXPECT_FALSE(party_standing("Lib Dems", "2005-02-01")->governing);
  EXPECT_FALSE(party_standing("Plaid", "2005-02-01")->governing);  // never in national government
  EXPECT_FALSE(party_standing("Gondor Party", "2005-02-01"));
}

TEST(Parties, AnOppositionPoliticianActsForTheOpposition) {
  using namespace dateline::testing;
  std::string story = temp_file("tory.txt", "Tory leader Michael Howard criticised Tony Blair on Monday.\n");
  auto source_of = [&](const std::string& date) {
    auto r = run_cli("read -f json --date " + date + " " + story);
    EXPECT_EQ(r.exit_code, 0) << last_stderr();
    const nlohmann::json doc = nlohmann::json::parse(r.out);
    for (const auto& e : doc["entities"])
      if (e["name"].get<std::string>().find("Howard") != std::string::npos) return e["sector"].get<std::string>();
    return std::string("none");
  };
  EXPECT_EQ(source_of("2005-02-01"), "OPP");
  EXPECT_NE(source_of("2012-06-01"), "OPP");
}
