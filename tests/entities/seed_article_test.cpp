// The seed article (../shared/seeds, not in the repository) through the whole pipeline: every
// person, country and organisation comes out as one entity with the right country, and
// Beijing/Pyongyang stand for China/North Korea where they act.
#include <gtest/gtest.h>

#include <filesystem>
#include <map>
#include <set>

#include "dateline/ingest.hpp"
#include "dateline/stage.hpp"
#include "test_helpers.hpp"

using namespace dateline;
namespace dt = dateline::testing;

namespace {

struct SeedRun {
  Document doc;
  std::vector<std::string> stages;
};

const SeedRun* seed_run() {
  static std::optional<SeedRun> run;
  static bool tried = false;
  if (tried) return run ? &*run : nullptr;
  tried = true;
  std::string path = dt::shared_dir() + "/seeds/000_bf33f83c632db0e0.txt";
  if (!std::filesystem::exists(path)) return nullptr;
  if (!std::filesystem::exists(dt::source_dir() + "/models/en_ner.dlm")) return nullptr;
  PipelineOptions options;
  options.models_dir = dt::source_dir() + "/models";
  Pipeline p = Pipeline::standard(options);
  SeedRun r;
  r.stages = p.stage_names();
  r.doc = document_from_text(dt::read_file(path), path);
  p.run(r.doc);
  run = std::move(r);
  return &*run;
}

// Entities having a mention whose text is exactly `text`.
std::set<const Entity*> entities_mentioned_as(const Document& doc, const std::string& text) {
  std::set<const Entity*> out;
  for (const auto& e : doc.entities)
    for (const auto& m : e.mentions)
      if (m.text == text) out.insert(&e);
  return out;
}

}  // namespace

TEST(SeedArticleEntities, EachActorIsOneEntityWithItsCountry) {
  const SeedRun* run = seed_run();
  if (!run) GTEST_SKIP() << "seed article or NER model not available";
  if (std::find(run->stages.begin(), run->stages.end(), "tokenize") == run->stages.end())
    GTEST_SKIP() << "no tokenizer in this build";
  const Document& doc = run->doc;
  const std::map<std::string, std::string> expected{
      {"John Kerry", "USA"}, {"Kerry", "USA"},       {"Xi Jinping", "CHN"},  {"Wang Yi", "CHN"},
      {"Wang", "CHN"},       {"Kim Jong Un", "PRK"}, {"China", "CHN"},       {"Chinese", "CHN"},
      {"North Korea", "PRK"}, {"United States", "USA"}, {"US", "USA"},      {"Syria", "SYR"},
      {"Iran", "IRN"},       {"South Korea", "KOR"}, {"North Korean", "PRK"}, {"Pyongyang", "PRK"},
      {"Xinhua News Agency", "CHN"}};
  for (const auto& [text, country] : expected) {
    auto found = entities_mentioned_as(doc, text);
    ASSERT_EQ(found.size(), 1u) << "'" << text << "' should be in exactly one entity";
    EXPECT_EQ((*found.begin())->country, country) << text;
  }
  // One entity per country: "China" and "Chinese", "U.S." forms, "North Korea" and "North Korean".
  EXPECT_EQ(entities_mentioned_as(doc, "China"), entities_mentioned_as(doc, "Chinese"));
  EXPECT_EQ(entities_mentioned_as(doc, "North Korea"), entities_mentioned_as(doc, "North Korean"));
  EXPECT_EQ(entities_mentioned_as(doc, "United States"), entities_mentioned_as(doc, "US"));
  EXPECT_EQ(entities_mentioned_as(doc, "John Kerry"), entities_mentioned_as(doc, "Kerry"));
  // Acting capitals are their countries' governments.
  EXPECT_EQ(entities_mentioned_as(doc, "Pyongyang"), entities_mentioned_as(doc, "North Korea"));
  bool beijing_acts_for_china = false;
  for (const Entity* e : entities_mentioned_as(doc, "Beijing")) {
    EXPECT_EQ(e->country, "CHN");
    beijing_acts_for_china |= entities_mentioned_as(doc, "China").count(e) > 0;
  }
  EXPECT_TRUE(beijing_acts_for_china);
  // Roles from pre-modifiers.
  EXPECT_EQ((*entities_mentioned_as(doc, "John Kerry").begin())->role, "Secretary of State");
  EXPECT_EQ((*entities_mentioned_as(doc, "Wang Yi").begin())->role, "Foreign Minister");
  EXPECT_EQ((*entities_mentioned_as(doc, "Xi Jinping").begin())->role, "President");
}

TEST(SeedArticleEntities, PronounsOfTheSpeakerResolveToKerry) {
  const SeedRun* run = seed_run();
  if (!run) GTEST_SKIP() << "seed article or NER model not available";
  const Document& doc = run->doc;
  auto kerry = entities_mentioned_as(doc, "Kerry");
  if (kerry.empty()) GTEST_SKIP() << "no tokenizer in this build";
  size_t pronouns = 0;
  for (const auto& m : (*kerry.begin())->mentions) pronouns += m.text == "he" || m.text == "He" || m.text == "him";
  EXPECT_GE(pronouns, 3u);
}

TEST(SeedArticleEntities, NoTwoMentionsOverlapAndNoNameIsPunctuation) {
  const SeedRun* run = seed_run();
  if (!run) GTEST_SKIP() << "seed article or NER model not available";
  std::vector<Mention> all;
  for (const auto& e : run->doc.entities)
    for (const auto& m : e.mentions) {
      all.push_back(m);
      // "’s" after a name is a possessive, never a name of its own.
      EXPECT_TRUE(std::any_of(m.text.begin(), m.text.end(), [](unsigned char c) { return std::isalnum(c); }))
          << e.id << " '" << m.text << "'";
    }
  std::sort(all.begin(), all.end(), [](const Mention& a, const Mention& b) { return a.start < b.start; });
  for (size_t i = 1; i < all.size(); ++i)
    EXPECT_LE(all[i - 1].end, all[i].start) << "'" << all[i - 1].text << "' overlaps '" << all[i].text << "'";
}
