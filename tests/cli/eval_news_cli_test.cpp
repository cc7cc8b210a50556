// `dateline eval news`: a gold directory and its story, both written here, scored through the
// whole pipeline; and what the command says about bad gold files (exit 3, the file named).
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>

#include "test_helpers.hpp"

namespace dateline::testing {
namespace {

namespace fs = std::filesystem;

// A story of our own: the headline line, then the body.
const char* kStory =
    "Norway and Chile agree on fishing\n\n"
    "Norway's foreign minister Anna Berg met Chile's foreign minister in Oslo on Monday.\n\n"
    "Berg said the talks had been useful. Chile accused Norway of breaking the fishing accord.\n";

const char* kGold = R"({
 "id": "norway-chile",
 "source": "stories/norway.txt",
 "newid": null,
 "date": "2005-03-07",
 "date_source": "inferred",
 "events": [
  {"snippet": "Anna Berg met Chile's foreign minister", "source": "NORGOV", "target": "CHLGOV", "cameo": "040"},
  {"snippet": "Chile accused Norway", "source": "CHL", "target": "NOR", "cameo": "112"}
 ],
 "entities": [{"text": "Anna Berg", "type": "PERSON", "country": "NOR"}],
 "quotes": [{"snippet": "the talks had been useful", "kind": "indirect", "speaker": "Anna Berg"}]
})";

void write(const std::string& path, const std::string& content) {
  fs::create_directories(fs::path(path).parent_path());
  std::ofstream(path, std::ios::binary) << content;
}

// A fresh data folder holding the story, and its gold directory.
std::string fresh_root(const std::string& name) {
  std::string root = scratch_dir() + "/" + name;
  fs::remove_all(root);
  write(root + "/stories/norway.txt", kStory);
  write(root + "/gold/norway-chile.json", kGold);
  return root;
}

TEST(EvalNewsCli, ScoresAGoldDirectoryAsJson) {
  std::string root = fresh_root("news_json");
  auto r = run_cli("eval news --gold " + root + "/gold --data " + root + " --format json");
  ASSERT_EQ(r.exit_code, 0) << last_stderr();
  auto j = nlohmann::json::parse(r.out);
  for (const char* key : {"articles", "gold_events", "predicted_events", "matched_events", "event_precision",
                          "event_recall", "event_f1", "event_code_f1", "ignored_statements",
                          "entity_country_accuracy", "entity_recall", "speaker_accuracy", "quote_recall"})
    EXPECT_TRUE(j.contains(key)) << key;
  for (const char* count : {"articles", "gold_events", "predicted_events", "matched_events", "ignored_statements"})
    EXPECT_TRUE(j[count].is_number_integer()) << count << ": " << j[count];
  EXPECT_EQ(j["articles"], 1);
  EXPECT_EQ(j["gold_events"], 2);
  ASSERT_EQ(j["per_article"].size(), 1u);
  EXPECT_EQ(j["per_article"][0]["id"], "norway-chile");
  EXPECT_EQ(j["per_article"][0]["gold_events"], 2);
  EXPECT_EQ(j["per_article"][0]["predicted_events"], j["predicted_events"]);
  EXPECT_GE(j["event_f1"].get<double>(), 0.0);
  EXPECT_LE(j["event_f1"].get<double>(), 100.0);
}

TEST(EvalNewsCli, ShowErrorsNamesTheStory) {
  std::string root = fresh_root("news_text");
  // A gold event the story does not hold is always missed, and said to be not located.
  std::string gold = kGold;
  gold.replace(gold.find("Chile accused Norway"), 20, "Chile praised Norway");
  write(root + "/gold/norway-chile.json", gold);
  auto r = run_cli("eval news --gold " + root + "/gold --data " + root + " --show-errors");
  ASSERT_EQ(r.exit_code, 0) << last_stderr();
  EXPECT_NE(r.out.find("event_f1"), std::string::npos) << r.out;
  std::string err = last_stderr();
  EXPECT_NE(err.find("== norway-chile"), std::string::npos) << err;
  EXPECT_NE(err.find("missed event  CHL -> NOR 112  not located"), std::string::npos) << err;
}

TEST(EvalNewsCli, BadGoldIsExit3NamingTheFile) {
  std::string root = fresh_root("news_bad");
  write(root + "/gold/zz-broken.json", "{\"id\": \"broken\", \"source\": ");
  auto r = run_cli("eval news --gold " + root + "/gold --data " + root + " --format json");
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_TRUE(r.out.empty()) << r.out;
  EXPECT_NE(last_stderr().find("zz-broken.json"), std::string::npos) << last_stderr();

  fs::remove(root + "/gold/zz-broken.json");
  std::string no_date = kGold;
  no_date.erase(no_date.find(" \"date\": \"2005-03-07\",\n"), 23);
  write(root + "/gold/zz-no-date.json", no_date);
  r = run_cli("eval news --gold " + root + "/gold --data " + root);
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_NE(last_stderr().find("zz-no-date.json: no \"date\""), std::string::npos) << last_stderr();

  fs::remove(root + "/gold/zz-no-date.json");
  r = run_cli("eval news --gold " + root + "/gold --data " + root + "/elsewhere");
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_NE(last_stderr().find("norway-chile.json: no story file"), std::string::npos) << last_stderr();

  std::string reuters = kGold;
  reuters.replace(reuters.find("stories/norway.txt"), 18, "stories/tiny.sgm");
  reuters.replace(reuters.find("\"newid\": null"), 13, "\"newid\": 7");
  write(root + "/stories/tiny.sgm", "<REUTERS NEWID=\"6\"><TITLE>A</TITLE><BODY>b</BODY></REUTERS>\n");
  write(root + "/gold/norway-chile.json", reuters);
  r = run_cli("eval news --gold " + root + "/gold --data " + root);
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_NE(last_stderr().find("no NEWID 7"), std::string::npos) << last_stderr();

  fs::create_directories(root + "/empty");
  r = run_cli("eval news --gold " + root + "/empty --data " + root);
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_NE(last_stderr().find("no gold file"), std::string::npos) << last_stderr();
  r = run_cli("eval news --gold " + root + "/no-such-dir");
  EXPECT_EQ(r.exit_code, 3);
  r = run_cli("eval news --gold " + root + "/gold --format xml");
  EXPECT_EQ(r.exit_code, 2);
}

}  // namespace
}  // namespace dateline::testing

namespace dateline::testing {
namespace {

// A gold file's home_country is the publication's: the story is read as with --home-country.
TEST(EvalNewsCli, AStorysHomeCountryFillsItsRoles) {
  std::string root = scratch_dir() + "/news_home";
  fs::remove_all(root);
  write(root + "/stories/home.txt", "Police praised\n\nMinisters praised the police on Monday.\n");
  std::string gold = R"({"id": "home", "source": "stories/home.txt", "newid": null, "date": "2005-03-07",
   "home_country": HOME,
   "events": [{"snippet": "Ministers praised the police", "source": "GBRGOV", "target": "GBRCOP", "cameo": "051"}],
   "entities": [], "quotes": []})";
  auto run = [&](const std::string& home) {
    std::string g = gold;
    g.replace(g.find("HOME"), 4, home);
    write(root + "/gold/home.json", g);
    auto r = run_cli("eval news --gold " + root + "/gold --data " + root + " --format json");
    EXPECT_EQ(r.exit_code, 0) << last_stderr();
    return nlohmann::json::parse(r.out);
  };
  EXPECT_EQ(run("\"GBR\"")["matched_events"], 1);
  EXPECT_EQ(run("null")["matched_events"], 0);
}

}  // namespace
}  // namespace dateline::testing
