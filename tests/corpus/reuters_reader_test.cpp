// Reuters-21578 SGML, read by the one reader `eval structure --reuters` and `eval news` share:
// the story picked by NEWID, its text built as "TITLE\n\nDATELINE BODY" with the references decoded.
#include <gtest/gtest.h>

#include "dateline/corpus.hpp"
#include "dateline/error.hpp"
#include "dateline/eval_news.hpp"
#include "test_helpers.hpp"

namespace dateline {
namespace {

using testing::scratch_dir;
using testing::temp_file;

// Two stories of our own in the corpus's markup.
const char* kSgml =
    "<!DOCTYPE lewis SYSTEM \"lewis.dtd\">\n"
    "<REUTERS TOPICS=\"YES\" LEWISSPLIT=\"TRAIN\" CGISPLIT=\"TRAINING-SET\" OLDID=\"100\" NEWID=\"41\">\n"
    "<DATE> 2-MAR-1987 10:00:00.00</DATE>\n"
    "<TEXT>&#2;\n<TITLE>TIN PRICES FALL</TITLE>\n"
    "<DATELINE>    LONDON, March 2 - </DATELINE><BODY>Tin prices fell on the exchange.\n"
    " Reuter\n&#3;</BODY></TEXT>\n</REUTERS>\n"
    "<REUTERS TOPICS=\"YES\" LEWISSPLIT=\"TRAIN\" CGISPLIT=\"TRAINING-SET\" OLDID=\"101\" NEWID=\"42\">\n"
    "<DATE> 3-MAR-1987 11:30:00.00</DATE>\n"
    "<TEXT>&#2;\n<TITLE>FARMERS &lt;FCO> SEEK\n  AID FROM MINISTRY</TITLE>\n"
    "<DATELINE>    OTTAWA,  March 3 - </DATELINE><BODY>Farmers &amp; ranchers asked Ottawa\n"
    "for aid &lt;up to 10 mln dlrs>.\n Reuter\n&#3;</BODY></TEXT>\n</REUTERS>\n";

TEST(ReutersReader, PicksTheStoryByNewid) {
  std::string path = temp_file("tiny.sgm", kSgml);
  ReutersStory s = read_reuters_story(path, "42");
  EXPECT_EQ(s.newid, "42");
  EXPECT_EQ(s.date, "3-MAR-1987 11:30:00.00");
  EXPECT_EQ(s.title, "FARMERS <FCO> SEEK AID FROM MINISTRY");
  EXPECT_EQ(s.dateline, "OTTAWA, March 3 -");
  EXPECT_EQ(s.text,
            "FARMERS <FCO> SEEK AID FROM MINISTRY\n\nOTTAWA, March 3 - Farmers & ranchers asked Ottawa\n"
            "for aid <up to 10 mln dlrs>.\n Reuter\n");
  EXPECT_EQ(read_reuters_story(path, "0041").title, "TIN PRICES FALL");  // NEWIDs compare as numbers
  EXPECT_EQ(read_reuters_file(path).size(), 2u);
}

TEST(ReutersReader, AMissingNewidOrFileIsBadInputNamingTheFile) {
  std::string path = temp_file("tiny2.sgm", kSgml);
  try {
    read_reuters_story(path, "43");
    ADD_FAILURE() << "NEWID 43 found";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ExitCode::bad_input);
    EXPECT_NE(std::string(e.what()).find(path + ": no NEWID 43"), std::string::npos) << e.what();
  }
  EXPECT_THROW(read_reuters_story(scratch_dir() + "/no_such.sgm", "1"), Error);
  EXPECT_THROW(read_reuters_file(temp_file("plain.sgm", "no markup here\n")), Error);
}

// A gold story whose source is a .sgm file reads that element; any other source, the file.
TEST(ReutersReader, GoldStoriesReadTheirElement) {
  temp_file("tiny3.sgm", kSgml);
  NewsGold g = parse_news_gold(
      R"({"id": "r41", "source": "tiny3.sgm", "newid": 41, "date": "1987-03-02", "events": [], "entities": [], "quotes": []})",
      "r41.json");
  EXPECT_EQ(news_story_text(g, scratch_dir()), "TIN PRICES FALL\n\nLONDON, March 2 - Tin prices fell on the exchange.\n Reuter\n");
  g.newid = "7";
  EXPECT_THROW(news_story_text(g, scratch_dir()), Error);
  g.source = "missing.txt";
  EXPECT_THROW(news_story_text(g, scratch_dir()), Error);
}

}  // namespace
}  // namespace dateline
