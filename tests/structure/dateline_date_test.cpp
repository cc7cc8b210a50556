// The dateline's own date ("WASHINGTON, June 2 -"): it dates a story that has no date of its
// own, taking its year from a weaker one (a crawl date, --date), and never overrides a date
// the source gave.
#include <gtest/gtest.h>

#include "dateline/structure.hpp"

namespace dateline {
namespace {

Document article(const std::string& text, std::optional<std::string> date, const std::string& source) {
  Document doc;
  doc.text = text;
  doc.date = std::move(date);
  doc.date_source = doc.date ? source : "";
  structure_article(doc);
  return doc;
}

const char* kStory =
    "Senate passes farm bill\n\nWASHINGTON, June 2 (Reuters) - The Senate passed the farm bill on Tuesday "
    "after two weeks of debate.\n\nThe House votes next week.\n";

TEST(DatelineDate, ParsedWithThePlace) {
  auto d = parse_dateline("WASHINGTON, June 2 (Reuters) - The Senate");
  ASSERT_TRUE(d);
  EXPECT_EQ(d->date, "June 2");
  EXPECT_EQ(d->info.place, "Washington");
  EXPECT_EQ(parse_dateline("SEOUL, South Korea — A ferry sank")->date, "");
}

TEST(DatelineDate, TakesItsYearFromAWeakerDate) {
  Document crawled = article(kStory, "2016-06-20", "warc");
  EXPECT_EQ(crawled.date.value_or(""), "2016-06-02");
  EXPECT_EQ(crawled.date_source, "dateline");
  // The latest June 2 on or before the anchor: a January crawl means last year's June.
  Document cli = article(kStory, "2017-01-10", "cli");
  EXPECT_EQ(cli.date.value_or(""), "2016-06-02");
  EXPECT_EQ(cli.date_source, "dateline");
}

TEST(DatelineDate, NeverOverridesTheSourcesDate) {
  for (const char* source : {"sgm", "meta", "json-ld", "jsonl", "url", "gold"}) {
    Document doc = article(kStory, "2016-06-03", source);
    EXPECT_EQ(doc.date.value_or(""), "2016-06-03") << source;
    EXPECT_EQ(doc.date_source, source);
  }
}

TEST(DatelineDate, NoYearNoDate) {
  // Nothing gives the year: the story stays undated rather than guessing one.
  Document doc = article(kStory, std::nullopt, "");
  EXPECT_FALSE(doc.date);
  ASSERT_TRUE(doc.dateline);
  EXPECT_EQ(doc.dateline->place, "Washington");
  // A weekday alone says too little against a distant anchor.
  Document weekday = article("Farm bill\n\nWASHINGTON, Tuesday - The Senate passed the farm bill.\n\nMore.\n",
                             "2016-06-20", "cli");
  EXPECT_EQ(weekday.date_source, "cli");
  // A full date needs no anchor.
  Document full = article("Farm bill\n\nWASHINGTON, June 2, 2016 - The Senate passed the farm bill.\n\nMore.\n",
                          std::nullopt, "");
  EXPECT_EQ(full.date.value_or(""), "2016-06-02");
  EXPECT_EQ(full.date_source, "dateline");
}

}  // namespace
}  // namespace dateline
