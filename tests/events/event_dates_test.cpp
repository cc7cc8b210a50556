// An event's date: its sentence's resolved time expression, else the article's date, and the
// event says which.
#include <gtest/gtest.h>

#include "dateline/events.hpp"
#include "dateline/json.hpp"
#include "event_test_doc.hpp"

namespace dateline {
namespace {

// In place: copying a Document whose date was never set trips GCC 12's maybe-uninitialized.
void code(Document& doc) { EventCoder(EventDictionaries{}).code(doc); }

// Out of line for the same reason: GCC 12 takes the optional's assignment for a read of it.
[[gnu::noinline]] Document dated(const char* date, const char* source) {
  Document doc;
  doc.date = date;
  doc.date_source = source;
  return doc;
}

TEST(EventDates, TheSentencesTimeExpressionElseTheArticleDate) {
  Document doc = dated("2014-02-14", "meta");  // a Friday
  testing::add_plain_sentence(doc, "Kenya condemned Sudan on Tuesday .");
  testing::add_plain_sentence(doc, "Uganda condemned Sudan .");
  code(doc);
  ASSERT_EQ(doc.events.size(), 2u);
  EXPECT_EQ(doc.events[0].date.value_or(""), "2014-02-11");
  EXPECT_EQ(doc.events[0].date_source, "sentence");
  EXPECT_EQ(doc.events[1].date.value_or(""), "2014-02-14");
  EXPECT_EQ(doc.events[1].date_source, "article");
  nlohmann::ordered_json j = to_json(doc);
  EXPECT_EQ(j["date_source"], "meta");
  EXPECT_EQ(j["events"][0]["date_source"], "sentence");
  EXPECT_EQ(j["events"][1]["date_source"], "article");
  Document back = document_from_json(j);
  EXPECT_EQ(back.date_source, "meta");
  EXPECT_EQ(back.events[0].date_source, "sentence");
}

TEST(EventDates, AnExpressionWithoutAnAnchorIsNoDate) {
  // "on Tuesday" needs the article date; without one the event stays undated (not "").
  Document doc;
  testing::add_plain_sentence(doc, "Kenya condemned Sudan on Tuesday .");
  testing::add_plain_sentence(doc, "Uganda condemned Sudan on March 3, 2014 .");
  code(doc);
  ASSERT_EQ(doc.events.size(), 2u);
  EXPECT_FALSE(doc.events[0].date);
  EXPECT_EQ(doc.events[0].date_source, "");
  EXPECT_EQ(doc.events[1].date.value_or(""), "2014-03-03");  // a full date needs no anchor
  EXPECT_EQ(doc.events[1].date_source, "sentence");
  nlohmann::ordered_json j = to_json(doc);
  EXPECT_TRUE(j["date_source"].is_null());
  EXPECT_TRUE(j["events"][0]["date"].is_null());
  EXPECT_TRUE(j["events"][0]["date_source"].is_null());
}

}  // namespace
}  // namespace dateline
