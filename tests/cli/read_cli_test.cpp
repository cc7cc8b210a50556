// The CLI's contract for bad input: a clear message and a documented exit code, never a crash.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <sstream>

#include "test_helpers.hpp"

namespace dateline::testing {
namespace {

TEST(ReadCli, UnknownFlagIsUsageError) {
  auto r = run_cli("read --no-such-flag");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(last_stderr().find("--no-such-flag"), std::string::npos);
}

TEST(ReadCli, ParseBeamOutOfRangeIsUsageError) {
  auto r = run_cli("read --parse-beam 0 " + temp_file("beam.txt", "The talks ended.\n"));
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(last_stderr().find("--parse-beam"), std::string::npos);
}

// Both searches give every word of a sentence a head, with one root.
TEST(ReadCli, ParseBeamGivesAWholeTree) {
  std::string article = temp_file("beam2.txt", "The minister said on Monday that talks with the rebels would resume.\n");
  for (const char* beam : {"1", "2"}) {
    auto r = run_cli(std::string("read -f conllu --stages normalize,tokenize,tag,lemmatize,parse --parse-beam ") + beam +
                     " " + article);
    ASSERT_EQ(r.exit_code, 0) << last_stderr();
    int words = 0, roots = 0;
    std::istringstream lines(r.out);
    for (std::string line; std::getline(lines, line);) {
      if (line.empty() || line[0] == '#') continue;
      std::vector<std::string> cols;
      std::istringstream fields(line);
      for (std::string c; std::getline(fields, c, '\t');) cols.push_back(c);
      ASSERT_EQ(cols.size(), 10u) << line;
      if (cols[0].find('-') != std::string::npos) continue;
      ++words;
      EXPECT_NE(cols[6], "_") << line;
      roots += cols[6] == "0";
    }
    EXPECT_EQ(words, 13) << "beam " << beam;
    EXPECT_EQ(roots, 1) << "beam " << beam;
  }
}

// --home-country: roles without a country take the publication's, flagged, unless the article
// names another country more often; a code the gazetteer does not know is a usage error.
TEST(ReadCli, HomeCountryFillsRolesWithoutACountry) {
  auto events_of = [](const std::string& file, const std::string& flags) {
    auto r = run_cli("read -f json " + flags + " " + file);
    EXPECT_EQ(r.exit_code, 0) << last_stderr();
    return nlohmann::json::parse(r.out)["events"];
  };
  std::string domestic = temp_file("home1.txt", "Ministers praised the police on Monday.\n");
  // Under the news conventions an actor of no country makes no event; PETRARCH's keep it.
  EXPECT_TRUE(events_of(domestic, "").empty());
  auto plain = events_of(domestic, "--petrarch-conventions");
  ASSERT_EQ(plain.size(), 1u) << plain.dump();
  EXPECT_EQ(plain[0]["source"]["code"], "---GOV");
  EXPECT_EQ(plain[0]["source"]["country_inferred"], false);
  auto home = events_of(domestic, "--home-country GBR");
  ASSERT_EQ(home.size(), 1u);
  EXPECT_EQ(home[0]["source"]["code"], "GBRGOV");
  EXPECT_EQ(home[0]["source"]["country"], "GBR");
  EXPECT_EQ(home[0]["source"]["country_inferred"], true);
  EXPECT_EQ(home[0]["target"]["code"], "GBRCOP");

  // A story about another country: "the government" is that country's, so nothing is filled.
  std::string foreign = temp_file("home2.txt", "The government condemned Kenya on Monday.\n");
  auto abroad = events_of(foreign, "--home-country GBR --petrarch-conventions");
  ASSERT_FALSE(abroad.empty());
  for (const auto& e : abroad) {
    EXPECT_EQ(e["source"]["code"], "---GOV") << e.dump();
    EXPECT_EQ(e["source"]["country_inferred"], false);
  }

  // Rebels are as often foreign as not: only state institutions take the home country.
  std::string rebels = temp_file("home3.txt", "Rebels attacked the police on Monday.\n");
  auto attack = events_of(rebels, "--home-country GBR --petrarch-conventions");
  ASSERT_EQ(attack.size(), 1u) << attack.dump();
  EXPECT_EQ(attack[0]["source"]["code"], "---REB");
  EXPECT_EQ(attack[0]["target"]["code"], "GBRCOP");

  // A named person of unknown country may be anyone's: no home country for them.
  std::string named = temp_file("home4.txt", "President Omar Bakari praised the police on Monday.\n");
  auto praise = events_of(named, "--home-country GBR --petrarch-conventions");
  ASSERT_EQ(praise.size(), 1u) << praise.dump();
  EXPECT_EQ(praise[0]["source"]["code"], "---GOV");
  EXPECT_EQ(praise[0]["target"]["code"], "GBRCOP");

  auto bad = run_cli("read --home-country XYZ " + domestic);
  EXPECT_EQ(bad.exit_code, 2);
  EXPECT_NE(last_stderr().find("XYZ"), std::string::npos);
}

TEST(ReadCli, MissingFileIsBadInput) {
  auto r = run_cli("read /nonexistent/article.txt");
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_NE(last_stderr().find("no such file"), std::string::npos);
}

TEST(ReadCli, EmptyFileIsBadInput) {
  auto r = run_cli("read " + temp_file("empty.txt", ""));
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_NE(last_stderr().find("empty input"), std::string::npos);
}

TEST(ReadCli, BinaryFileIsBadInput) {
  auto r = run_cli("read " + temp_file("binary.bin", std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16)));
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_NE(last_stderr().find("binary"), std::string::npos);
}

TEST(ReadCli, InvalidUtf8IsRepairedAndFlagged) {
  auto r = run_cli("read -f json " + temp_file("bad.txt", "Caf\xC3\xA9 prices rose \xFF sharply.\n"));
  ASSERT_EQ(r.exit_code, 0);
  auto j = nlohmann::json::parse(r.out);
  EXPECT_NE(j["text"].get<std::string>().find("\xEF\xBF\xBD"), std::string::npos);
  ASSERT_TRUE(j.contains("warnings"));
  EXPECT_NE(j["warnings"][0].get<std::string>().find("invalid UTF-8"), std::string::npos);
}

TEST(ReadCli, InvalidUtf8RejectedWithStrictFlag) {
  auto r = run_cli("read --strict-utf8 " + temp_file("bad2.txt", "Caf\xC3\xA9 prices rose \xFF sharply.\n"));
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_NE(last_stderr().find("invalid UTF-8 at byte"), std::string::npos);
}

TEST(ReadCli, TooLargeInputIsRefusedClearly) {
  std::string big(200000, 'a');
  auto r = run_cli("read --max-bytes 100000 " + temp_file("big.txt", big));
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_NE(last_stderr().find("too large"), std::string::npos);
}

TEST(ReadCli, OneBadFileAmongGoodOnesIsPartial) {
  auto good = temp_file("good.txt", "Officials met on Monday.\n");
  auto r = run_cli("read -f jsonl " + good + " /nonexistent.txt " + good);
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(std::count(r.out.begin(), r.out.end(), '\n'), 2);
}

TEST(ReadCli, JsonlLineWithANumberOutOfRangeIsReportedAndSkipped) {
  auto lines = temp_file("range.jsonl", "{\"text\": \"Officials met on Monday.\"}\n"
                                        "{\"title\": 1e999, \"text\": \"Officials met on Tuesday.\"}\n"
                                        "{\"text\": \"Officials met on Friday.\"}\n");
  auto r = run_cli("read -f jsonl " + lines);
  EXPECT_EQ(r.exit_code, 1) << last_stderr();
  EXPECT_EQ(std::count(r.out.begin(), r.out.end(), '\n'), 2);
  EXPECT_NE(last_stderr().find("range.jsonl:2"), std::string::npos) << last_stderr();
}

// A file name is bytes, not always UTF-8; in JSON its bad bytes become U+FFFD.
TEST(ReadCli, FileNameThatIsNotUtf8IsWrittenAsValidJson) {
  auto path = temp_file("caf\xE9-notes.txt", "Officials met on Monday.\n");
  for (const char* format : {"json", "jsonl"}) {
    auto r = run_cli(std::string("read -f ") + format + " '" + path + "'");
    ASSERT_EQ(r.exit_code, 0) << format << ": " << last_stderr();
    auto j = nlohmann::json::parse(r.out, nullptr, false);
    ASSERT_FALSE(j.is_discarded()) << r.out;
    EXPECT_NE(j["source"].get<std::string>().find("caf\xEF\xBF\xBD-notes.txt"), std::string::npos) << format;
  }
}

TEST(ReadCli, BadDateIsUsageError) {
  auto r = run_cli("read --date 2014-02-30 " + temp_file("d.txt", "Text.\n"));
  EXPECT_EQ(r.exit_code, 2);
}

TEST(ReadCli, JsonHasEveryContractKey) {
  auto r = run_cli("read -f json " + temp_file("k.txt", "Officials met on Monday.\n"));
  ASSERT_EQ(r.exit_code, 0);
  auto j = nlohmann::json::parse(r.out);
  for (const char* key : {"schema", "id", "source", "date", "headline", "dateline", "byline", "captions",
                          "boilerplate", "text", "paragraphs", "sentences", "entities", "quotes", "events"})
    EXPECT_TRUE(j.contains(key)) << key;
  EXPECT_EQ(j["schema"], "dateline.document/1");
}

}  // namespace
}  // namespace dateline::testing

// --home-country also places people no lexicon knows, in a story about the home country only.
TEST(ReadCli, HomeCountryPlacesUnknownPeopleInAHomeStory) {
  using namespace dateline::testing;
  auto entity = [](const std::string& text, const std::string& name) {
    std::string file = temp_file("home_entities.txt", text);
    auto r = run_cli("read -f json --home-country GBR " + file);
    EXPECT_EQ(r.exit_code, 0) << last_stderr();
    const nlohmann::json doc = nlohmann::json::parse(r.out);
    for (const auto& e : doc["entities"])
      if (e["name"].get<std::string>().find(name) != std::string::npos) return e;
    return nlohmann::json();
  };
  auto home = entity("Councillor Mary Ashdown criticised the British government. Britain and the UK parliament "
                     "said Britain would reply to the British council.\n",
                     "Ashdown");
  ASSERT_FALSE(home.is_null());
  EXPECT_EQ(home["country"], "GBR");
  EXPECT_EQ(home["country_source"], "home_country");
  // A company of unknown country is as often foreign as not: not placed.
  auto firm = entity("Quorble Holdings criticised the British government. Britain and the UK parliament "
                     "said Britain would reply to the British council.\n",
                     "Quorble");
  ASSERT_FALSE(firm.is_null());
  EXPECT_NE(firm["country_source"], "home_country") << firm.dump();
  auto abroad = entity("Councillor Mary Ashdown criticised the Spanish government. Spain and the Spanish parliament "
                       "said Madrid would reply.\n",
                       "Ashdown");
  ASSERT_FALSE(abroad.is_null());
  EXPECT_TRUE(abroad["country"].is_null()) << abroad.dump();
}

// Seats of government and capitals act for their state: "Moscow", "the Kremlin", "the White
// House", "Downing Street" are governments.
TEST(ReadCli, SeatsOfGovernmentActForTheirState) {
  using namespace dateline::testing;
  std::string story = temp_file("seats.txt", "The Kremlin criticised the White House. Moscow then praised Downing Street.\n");
  auto r = run_cli("read -f events --date 2005-02-01 " + story);
  ASSERT_EQ(r.exit_code, 0) << last_stderr();
  EXPECT_NE(r.out.find("\tRUSGOV\tUSAGOV\t111\t"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("\tRUSGOV\tGBRGOV\t051\t"), std::string::npos) << r.out;
}
