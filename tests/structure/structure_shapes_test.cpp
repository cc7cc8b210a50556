// The structure stage on articles of many shapes (all written for these tests).
#include "structure/structure_test_util.hpp"

using dateline::testing::expect_map_exact;
using dateline::testing::has_boilerplate;
using dateline::testing::structured;

TEST(StructureShapes, ApStyleWithBylineAdvertisementAndCopyright) {
  std::string in =
      "Senate passes stopgap bill to keep agencies open\n\n"
      "By MARIA LOPEZ, Associated Press\n\n"
      "WASHINGTON (AP) — The Senate on Tuesday approved a short-term spending bill, sending it to the "
      "president hours before funding was due to run out.\n\n"
      "Advertisement\n\n"
      "The measure keeps agencies funded through mid-January.\n\n"
      "Copyright 2024 The Associated Press. All rights reserved.\n";
  auto doc = structured(in);
  EXPECT_EQ(doc.headline, "Senate passes stopgap bill to keep agencies open");
  EXPECT_EQ(doc.byline, "MARIA LOPEZ, Associated Press");
  ASSERT_TRUE(doc.dateline);
  EXPECT_EQ(doc.dateline->place, "Washington");
  EXPECT_EQ(doc.dateline->country, "USA");
  EXPECT_TRUE(has_boilerplate(doc, "Advertisement", "advertisement"));
  EXPECT_TRUE(has_boilerplate(doc, "Copyright 2024 The Associated Press. All rights reserved.", "copyright"));
  EXPECT_EQ(doc.text,
            "The Senate on Tuesday approved a short-term spending bill, sending it to the president "
            "hours before funding was due to run out.\n\nThe measure keeps agencies funded through mid-January.");
  ASSERT_EQ(doc.paragraphs.size(), 2u);
  EXPECT_EQ(doc.slice(doc.paragraphs[1].start, doc.paragraphs[1].end),
            "The measure keeps agencies funded through mid-January.");
  expect_map_exact(doc, in);
}

TEST(StructureShapes, ReutersStyleWithReportingCredit) {
  std::string in =
      "Oil climbs as supply worries return\n\n"
      "Tom Reed | Reuters\n\n"
      "LONDON, March 3 (Reuters) - Oil prices rose on Monday as traders weighed fresh supply cuts.\n\n"
      "Brent crude gained 1.2 percent by midday.\n\n"
      "(Reporting by Tom Reed; Editing by Ann Cole)\n";
  auto doc = structured(in);
  EXPECT_EQ(doc.headline, "Oil climbs as supply worries return");
  EXPECT_EQ(doc.byline, "Tom Reed | Reuters");
  ASSERT_TRUE(doc.dateline);
  EXPECT_EQ(doc.dateline->place, "London");
  EXPECT_EQ(doc.dateline->country, "GBR");
  EXPECT_TRUE(has_boilerplate(doc, "(Reporting by Tom Reed; Editing by Ann Cole)", "reporting-credit"));
  EXPECT_TRUE(doc.text.starts_with("Oil prices rose on Monday"));
  EXPECT_TRUE(doc.text.ends_with("by midday."));
  expect_map_exact(doc, in);
}

TEST(StructureShapes, NoHeadlineDatelineWithCountryQualifier) {
  std::string in =
      "SEOUL, South Korea — A ferry carrying 300 passengers ran aground off the southern coast.\n\n"
      "Coast guard officials said all passengers were safe.\n";
  auto doc = structured(in);
  EXPECT_FALSE(doc.headline);
  ASSERT_TRUE(doc.dateline);
  EXPECT_EQ(doc.dateline->country, "KOR");
  EXPECT_TRUE(doc.text.starts_with("A ferry carrying"));
  EXPECT_EQ(doc.paragraphs.size(), 2u);
}

TEST(StructureShapes, SeveralCaptionsAndCredits) {
  std::string in =
      "Floods sweep through river towns\n\n"
      "Residents wade through a flooded street on Sunday. (AP Photo/Lena Park)\n\n"
      "Rescue boats gather near the bridge.\n"
      "REUTERS/Omar Haddad\n\n"
      "A volunteer hands out water.\n\n"
      "Photo: Sam Ortiz\n\n"
      "CAIRO — Heavy rain flooded dozens of towns along the river this weekend, officials said.\n\n"
      "Rescue boats gather near the bridge.\n";
  auto doc = structured(in);
  EXPECT_EQ(doc.headline, "Floods sweep through river towns");
  ASSERT_EQ(doc.captions.size(), 3u);
  EXPECT_EQ(doc.captions[0].text, "Residents wade through a flooded street on Sunday.");
  EXPECT_EQ(doc.captions[0].credit, "AP Photo/Lena Park");
  EXPECT_EQ(doc.captions[1].text, "Rescue boats gather near the bridge.");
  EXPECT_EQ(doc.captions[1].credit, "REUTERS/Omar Haddad");
  EXPECT_EQ(doc.captions[2].text, "A volunteer hands out water.");
  EXPECT_EQ(doc.captions[2].credit, "Photo: Sam Ortiz");
  EXPECT_TRUE(has_boilerplate(doc, "Rescue boats gather near the bridge.", "repeated-caption"));
  ASSERT_TRUE(doc.dateline);
  EXPECT_EQ(doc.dateline->country, "EGY");
  EXPECT_EQ(doc.text, "Heavy rain flooded dozens of towns along the river this weekend, officials said.");
}

TEST(StructureShapes, CrlfInput) {
  std::string in =
      "Court rejects appeal\r\n\r\nBERLIN — Germany's top court rejected the appeal on Thursday.\r\n\r\n"
      "The ruling is final.\r\n";
  auto doc = structured(in);
  EXPECT_EQ(doc.headline, "Court rejects appeal");
  ASSERT_TRUE(doc.dateline);
  EXPECT_EQ(doc.dateline->country, "DEU");
  EXPECT_EQ(doc.text, "Germany's top court rejected the appeal on Thursday.\n\nThe ruling is final.");
  expect_map_exact(doc, in);
}

TEST(StructureShapes, HardWrappedReutersBody) {
  std::string in =
      "    Grain exporters said on Tuesday that shipments\n"
      "from the main ports rose sharply in February as\n"
      "weather improved.\n"
      "    Traders expect the pace to slow next month,\n"
      "they said.\n"
      " Reuter\n";
  auto doc = structured(in);
  EXPECT_FALSE(doc.headline);
  EXPECT_TRUE(has_boilerplate(doc, "Reuter", "agency-signoff"));
  EXPECT_EQ(doc.text,
            "Grain exporters said on Tuesday that shipments from the main ports rose sharply in "
            "February as weather improved.\n\nTraders expect the pace to slow next month, they said.");
  EXPECT_EQ(doc.paragraphs.size(), 2u);
  expect_map_exact(doc, in);
}

TEST(StructureShapes, SingleParagraphArticle) {
  std::string in = "The central bank left interest rates unchanged on Thursday, as expected.\n";
  auto doc = structured(in);
  EXPECT_FALSE(doc.headline);  // nothing follows it, so it is the body
  EXPECT_EQ(doc.text, "The central bank left interest rates unchanged on Thursday, as expected.");
  ASSERT_EQ(doc.paragraphs.size(), 1u);
}

TEST(StructureShapes, TitleHintFromContainer) {
  std::string in = "Talks resume in Geneva\n\nNegotiators returned to the table on Monday.\n";
  auto doc = structured(in, "Talks resume in Geneva");
  EXPECT_EQ(doc.headline, "Talks resume in Geneva");
  EXPECT_EQ(doc.text, "Negotiators returned to the table on Monday.");
  auto without = structured("Negotiators returned to the table on Monday.\n", "Talks resume in Geneva");
  EXPECT_EQ(without.headline, "Talks resume in Geneva");
  EXPECT_EQ(without.text, "Negotiators returned to the table on Monday.");
}

TEST(StructureShapes, ShareAndNewsletterBlocks) {
  std::string in =
      "Markets rally on rate hopes\n\n"
      "Share\nTweet\nEmail\n\n"
      "NEW YORK (AP) — Stocks rose broadly on Wall Street on Friday.\n\n"
      "Sign up for our morning briefing\n"
      "All the news you need before breakfast.\n"
      "Enter your email address\n\n"
      "Bond yields fell.\n";
  auto doc = structured(in);
  EXPECT_TRUE(has_boilerplate(doc, "Tweet", "share-prompt"));
  EXPECT_TRUE(has_boilerplate(doc, "All the news you need before breakfast.", "newsletter"));
  ASSERT_TRUE(doc.dateline);
  EXPECT_EQ(doc.dateline->place, "New York");
  EXPECT_EQ(doc.text, "Stocks rose broadly on Wall Street on Friday.\n\nBond yields fell.");
}

TEST(StructureShapes, LongLinesAreParagraphsShortWrappedLinesJoin) {
  std::string a(150, 'a'), b(150, 'b');
  std::string in = "Title line here\n\n" + a + ".\n" + b + ".\n";
  auto doc = structured(in);
  EXPECT_EQ(doc.paragraphs.size(), 2u);  // web text: one paragraph per line
  EXPECT_EQ(doc.text, a + ".\n\n" + b + ".");
}

TEST(StructureShapes, ProseStartIsNotADateline) {
  auto doc = structured("Alliance meets\n\nNATO — the Western alliance — met on Monday.\n\nMore later.\n");
  EXPECT_FALSE(doc.dateline);
  EXPECT_TRUE(doc.text.starts_with("NATO — the Western alliance"));
}

TEST(StructureShapes, EmptyAndBlankInput) {
  auto empty = structured("");
  EXPECT_EQ(empty.text, "");
  EXPECT_TRUE(empty.paragraphs.empty());
  auto blank = structured("\n\n   \n");
  EXPECT_EQ(blank.text, "");
  EXPECT_FALSE(blank.headline);
}

TEST(StructureShapes, WrappedFragmentsAndSignOffsKeepTheirText) {
  // "share." and "newsletters ..." are the ends of wrapped sentences, not lines of their own;
  // the sign-off must not take the short paragraph it is glued to.
  std::string in =
      "TREVOSE, Pa, March 18 - Acme Rivets/Contour Inc said profit rose 12 cts a\n"
      "share.\n"
      "    The firm prints brochures and\n"
      "newsletters for its clients.\n"
      "    It has 40 staff.\n"
      " Reuter\n";
  auto doc = structured(in);
  EXPECT_TRUE(doc.captions.empty());
  ASSERT_TRUE(doc.dateline);
  EXPECT_EQ(doc.dateline->place, "Trevose, Pa");  // "Pa" without its stop is not resolved
  ASSERT_EQ(doc.boilerplate.size(), 1u);
  EXPECT_EQ(doc.boilerplate[0].reason, "agency-signoff");
  EXPECT_EQ(doc.text,
            "Acme Rivets/Contour Inc said profit rose 12 cts a share.\n\nThe firm prints brochures and "
            "newsletters for its clients.\n\nIt has 40 staff.");
}

TEST(StructureShapes, LabelledCaptionsAndTimestamps) {
  std::string in =
      "Storm closes ports along the coast\n\n"
      "Published: 4 March 2025\n\n"
      "Image source, Getty Images\n"
      "Image caption, Waves break over the harbour wall in the early hours\n\n"
      "Two ports closed on Tuesday as a winter storm brought gales to the coast.\n\n"
      "Ferry services are expected to resume on Thursday.\n";
  auto doc = structured(in);
  EXPECT_EQ(doc.headline, "Storm closes ports along the coast");
  EXPECT_TRUE(has_boilerplate(doc, "Published: 4 March 2025", "timestamp"));
  ASSERT_EQ(doc.captions.size(), 1u);
  EXPECT_EQ(doc.captions[0].text, "Waves break over the harbour wall in the early hours");
  EXPECT_EQ(doc.captions[0].credit, "Getty Images");
  EXPECT_EQ(doc.text,
            "Two ports closed on Tuesday as a winter storm brought gales to the coast.\n\n"
            "Ferry services are expected to resume on Thursday.");
}

TEST(StructureShapes, CreditLineFormsAndPlainByline) {
  std::string in =
      "Harvest begins early in the south\n\n"
      "By Jane Doe\n\n"
      "Farmers load grain onto a truck.\n"
      "Credit: Ali Hassan\n\n"
      "A combine crosses a wheat field.\n"
      "Reuters/Jane Roe\n\n"
      "Farmers in the south began harvesting two weeks early this year after a warm spring.\n";
  auto doc = structured(in);
  EXPECT_EQ(doc.byline, "Jane Doe");
  ASSERT_EQ(doc.captions.size(), 2u);
  EXPECT_EQ(doc.captions[0].credit, "Credit: Ali Hassan");
  EXPECT_EQ(doc.captions[1].text, "A combine crosses a wheat field.");
  EXPECT_EQ(doc.captions[1].credit, "Reuters/Jane Roe");
  EXPECT_FALSE(doc.dateline);
  EXPECT_EQ(doc.text, "Farmers in the south began harvesting two weeks early this year after a warm spring.");
}
