// The seed article through the standard pipeline: its four quotes and its reported statements
// come out with the right speakers. Reads ../shared/seeds; skipped when that is absent.
#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>

#include "dateline/ingest.hpp"
#include "dateline/stage.hpp"
#include "test_helpers.hpp"

namespace dateline {
namespace {

bool names(const Quote& q, const std::string& who) {
  return q.speaker_name && q.speaker_name->find(who) != std::string::npos;
}

TEST(SeedArticle, QuotesAndReportedSpeechHaveTheirSpeakers) {
  std::string path = testing::shared_dir() + "/seeds/000_bf33f83c632db0e0.txt";
  if (!std::filesystem::exists(path)) GTEST_SKIP() << "no seed article at " << path;
  Document doc = document_from_text(testing::read_file(path), path);
  Pipeline::standard().run(doc);

  int kerry = 0, wang = 0, quoted = 0;
  for (const auto& q : doc.quotes) {
    if (q.kind == "indirect") continue;
    ++quoted;
    kerry += names(q, "Kerry");
    wang += names(q, "Wang");
  }
  EXPECT_EQ(quoted, 4);
  EXPECT_EQ(kerry, 3);
  EXPECT_EQ(wang, 1);

  bool kerry_won = false, wang_never = false;
  for (const auto& q : doc.quotes) {
    if (q.kind != "indirect") continue;
    kerry_won |= names(q, "Kerry") && q.text.find("he had won a commitment") != std::string::npos;
    wang_never |= names(q, "Wang") && q.text.find("China would never allow") != std::string::npos;
  }
  EXPECT_TRUE(kerry_won) << "Kerry said Friday that ...";
  EXPECT_TRUE(wang_never) << "Wang Yi ... said China would never allow ...";
}

// Through the tagger and parser too, a hyphenated modifier stays in the speaker phrase, and the
// person, not the city in "Moscow-based", is the speaker.
TEST(TaggedSpeakerPhrases, HyphenatedModifiersStayInThePhrase) {
  Pipeline pipeline = Pipeline::standard();
  if (pipeline.stage_names().size() < 6) GTEST_SKIP() << "models missing";
  Document doc = document_from_text(
      "Yukos faces a loan claim.\n\n\"The pledged assets are with Rosneft,\" said Moscow-based US lawyer Jamie "
      "Firestone, who is not connected to the case.\n", "hyphen.txt");
  pipeline.run(doc);
  bool found = false;
  for (const auto& q : doc.quotes)
    if (q.text.find("pledged assets") != std::string::npos) {
      found = true;
      EXPECT_TRUE(names(q, "Firestone")) << q.speaker_name.value_or("(none)");
    }
  EXPECT_TRUE(found);
}

// Every reported statement says who or what reported it: an indirect quote comes with a cue or
// a speaker (the tagger also marks contents with neither, e.g. "for new mothers"). Over real
// news, through the standard pipeline.
TEST(ReportedSpeech, EveryIndirectQuoteHasACueOrASpeaker) {
  std::string dir = testing::shared_dir() + "/data/news/bbc/politics";
  if (!std::filesystem::exists(dir)) GTEST_SKIP() << "no BBC corpus at " << dir;
  Pipeline pipeline = Pipeline::standard();
  int indirect = 0;
  for (int i = 1; i <= 40; ++i) {
    char name[16];
    std::snprintf(name, sizeof name, "/%03d.txt", i);
    Document doc = document_from_text(testing::read_file(dir + name), dir + name);
    pipeline.run(doc);
    for (const auto& q : doc.quotes) {
      if (q.kind != "indirect") continue;
      ++indirect;
      EXPECT_TRUE(q.cue || q.speaker_name || q.speaker) << name << ": " << q.text;
    }
  }
  EXPECT_GT(indirect, 100);
}

}  // namespace
}  // namespace dateline
