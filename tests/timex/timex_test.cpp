#include <gtest/gtest.h>

#include "dateline/timex.hpp"

using dateline::find_time_expressions;
using dateline::resolve_time_expression;

namespace {

// 2014-02-14 is a Friday.
const std::optional<std::string> kAnchor = "2014-02-14";

std::string value(const std::string& phrase, const std::optional<std::string>& anchor = kAnchor) {
  return resolve_time_expression(phrase, anchor).value_or("<none>");
}

}  // namespace

TEST(Timex, Weekdays) {
  EXPECT_EQ(value("Friday"), "2014-02-14");  // the article's own day
  EXPECT_EQ(value("Thursday"), "2014-02-13");
  EXPECT_EQ(value("Saturday"), "2014-02-08");
  EXPECT_EQ(value("last Friday"), "2014-02-07");
  EXPECT_EQ(value("next Monday"), "2014-02-17");
  EXPECT_EQ(value("on Wednesday"), "2014-02-12");
}

TEST(Timex, RelativeDays) {
  EXPECT_EQ(value("yesterday"), "2014-02-13");
  EXPECT_EQ(value("today"), "2014-02-14");
  EXPECT_EQ(value("tomorrow"), "2014-02-15");
  EXPECT_EQ(value("a day earlier"), "2014-02-13");
  EXPECT_EQ(value("two days ago"), "2014-02-12");
  EXPECT_EQ(value("three weeks later"), "2014-03-07");
  EXPECT_EQ(value("a year ago"), "2013-02-14");
  EXPECT_EQ(value("10 days earlier"), "2014-02-04");
}

TEST(Timex, Months) {
  EXPECT_EQ(value("December"), "2013-12-01/2013-12-31");
  EXPECT_EQ(value("February"), "2014-02-01/2014-02-28");
  EXPECT_EQ(value("January"), "2014-01-01/2014-01-31");
  EXPECT_EQ(value("on March 3"), "2014-03-03");
  EXPECT_EQ(value("on Dec. 3"), "2013-12-03");
  EXPECT_EQ(value("March 3, 2014"), "2014-03-03");
  EXPECT_EQ(value("3 March 2012"), "2012-03-03");
  EXPECT_EQ(value("December 2012"), "2012-12-01/2012-12-31");
  EXPECT_EQ(value("late December"), "2013-12-21/2013-12-31");
  EXPECT_EQ(value("last December"), "2013-12-01/2013-12-31");
}

TEST(Timex, YearsAndSeasons) {
  EXPECT_EQ(value("late 2012"), "2012-09-01/2012-12-31");
  EXPECT_EQ(value("early 2013"), "2013-01-01/2013-04-30");
  EXPECT_EQ(value("mid-2011"), "2011-05-01/2011-08-31");
  EXPECT_EQ(value("in 2013"), "2013-01-01/2013-12-31");
  EXPECT_EQ(value("last spring"), "2013-03-01/2013-05-31");
  EXPECT_EQ(value("last winter"), "2012-12-01/2013-02-28");   // this winter is not over yet
  EXPECT_EQ(value("this winter"), "2013-12-01/2014-02-28");
  EXPECT_EQ(value("next summer"), "2014-06-01/2014-08-31");
  EXPECT_EQ(value("last spring", std::string("2014-07-01")), "2014-03-01/2014-05-31");
}

TEST(Timex, WeeksMonthsYears) {
  EXPECT_EQ(value("last week"), "2014-02-03/2014-02-09");
  EXPECT_EQ(value("this week"), "2014-02-10/2014-02-16");
  EXPECT_EQ(value("last month"), "2014-01-01/2014-01-31");
  EXPECT_EQ(value("next month"), "2014-03-01/2014-03-31");
  EXPECT_EQ(value("last year"), "2013-01-01/2013-12-31");
  EXPECT_EQ(value("2014-01-02"), "2014-01-02");
}

TEST(Timex, NeedsAnAnchorForRelativeTimes) {
  EXPECT_EQ(value("Friday", std::nullopt), "<none>");
  EXPECT_EQ(value("March 3, 2014", std::nullopt), "2014-03-03");
}

TEST(Timex, FindsExpressionsInRunningText) {
  std::string text = "The minister said Friday that talks held a day earlier in Oslo had failed; "
                     "troops may march in May and the deal of late 2012 stands.";
  auto found = find_time_expressions(text, kAnchor);
  ASSERT_EQ(found.size(), 4u);
  EXPECT_EQ(found[0].text, "Friday");
  EXPECT_EQ(found[1].text, "a day earlier");
  EXPECT_EQ(found[1].value, "2014-02-13");
  EXPECT_EQ(found[2].text, "May");  // "in May"; the verbs "may" and "march" are not months
  EXPECT_EQ(found[2].value, "2013-05-01/2013-05-31");
  EXPECT_EQ(found[3].text, "late 2012");
  EXPECT_EQ(text.substr(found[3].start, found[3].end - found[3].start), "late 2012");
}

TEST(Timex, NotTimes) {
  EXPECT_TRUE(find_time_expressions("He spent 2013 dollars and met a mayor.", kAnchor).empty());
  EXPECT_TRUE(find_time_expressions("", kAnchor).empty());
}
