#include <gtest/gtest.h>

#include "dateline/structure.hpp"

using dateline::parse_dateline;

TEST(DatelineParse, WireForms) {
  auto d = parse_dateline("BEIJING — Officials said on Monday that");
  ASSERT_TRUE(d);
  EXPECT_EQ(d->info.place, "Beijing");
  EXPECT_EQ(d->info.country, "CHN");
  EXPECT_EQ(std::string_view("BEIJING — Officials").substr(d->length), "Officials");

  d = parse_dateline("WASHINGTON (AP) — The Senate voted");
  ASSERT_TRUE(d);
  EXPECT_EQ(d->agency, "AP");
  EXPECT_EQ(d->info.country, "USA");

  d = parse_dateline("LONDON, March 3 (Reuters) - Oil prices rose");
  ASSERT_TRUE(d);
  EXPECT_EQ(d->info.place, "London");  // the date is not part of the place
  EXPECT_EQ(d->info.country, "GBR");
  EXPECT_EQ(d->agency, "Reuters");

  d = parse_dateline("SEOUL, South Korea — A ferry sank");
  ASSERT_TRUE(d);
  EXPECT_EQ(d->info.place, "Seoul, South Korea");
  EXPECT_EQ(d->info.country, "KOR");

  d = parse_dateline("SEOUL, SOUTH KOREA — A ferry sank");
  ASSERT_TRUE(d);
  EXPECT_EQ(d->info.place, "Seoul, South Korea");

  d = parse_dateline("UNITED NATIONS — The Security Council met");
  ASSERT_TRUE(d);
  EXPECT_EQ(d->info.place, "United Nations");
  EXPECT_EQ(d->info.country, "");
}

TEST(DatelineParse, UnknownTownResolvedThroughQualifier) {
  auto d = parse_dateline("PLAINVILLE, Kan. (AP) — A tornado");
  ASSERT_TRUE(d);
  EXPECT_EQ(d->info.place, "Plainville, Kan.");
  EXPECT_EQ(d->info.country, "USA");
  d = parse_dateline("PARIS, Texas — Voters");
  ASSERT_TRUE(d);
  EXPECT_EQ(d->info.country, "USA");
  d = parse_dateline("ST. LOUIS (AP) — Jurors");
  ASSERT_TRUE(d);
  EXPECT_EQ(d->info.place, "St. Louis");
}

TEST(DatelineParse, MixedCaseNeedsAgencyOrKnownPlace) {
  auto d = parse_dateline("Tokyo, Jan 5 (Reuters) - Shares fell");
  ASSERT_TRUE(d);
  EXPECT_EQ(d->info.country, "JPN");
  EXPECT_TRUE(parse_dateline("Nairobi — Kenya's president"));
  EXPECT_FALSE(parse_dateline("Kerry — who arrived on Friday — said"));
  EXPECT_FALSE(parse_dateline("Secretary of State John Kerry said"));
}

TEST(DatelineParse, ProseIsNotADateline) {
  EXPECT_FALSE(parse_dateline("NATO — the alliance — said"));
  EXPECT_FALSE(parse_dateline("BEIJING-based analysts said"));
  EXPECT_FALSE(parse_dateline("U.S. officials said on Friday"));
  EXPECT_FALSE(parse_dateline("The talks in BEIJING — ended"));
  EXPECT_FALSE(parse_dateline(""));
  EXPECT_FALSE(parse_dateline("—"));
}
