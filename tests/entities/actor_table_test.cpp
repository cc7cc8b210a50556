// World knowledge of actors (lexicons/actors.tsv): building the table from PETRARCH actor
// dictionaries, choosing a code by the article date, and its place after the text's evidence in
// entity resolution.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "dateline/error.hpp"
#include "entities/actor_table.hpp"
#include "entity_test_doc.hpp"
#include "test_helpers.hpp"

using namespace dateline;
using dateline::entities::ActorRow;
using dateline::entities::ActorTable;
using dateline::entities::facts_on;
using dateline::testing::doc_from_tokens;
using dateline::testing::entity_named;
using dateline::testing::span_of;

namespace {

// The rows the builder writes for one dictionary, as "name|code|from|to" lines.
std::vector<std::string> built_rows(const std::string& dictionary) {
  ActorTableBuild b = build_actor_table({{"test.actors.txt", dictionary}});
  std::vector<std::string> rows;
  std::istringstream in(b.tsv);
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line[0] == '#') continue;
    for (char& c : line)
      if (c == '\t') c = '|';
    rows.push_back(line);
  }
  return rows;
}

bool has(const std::vector<std::string>& rows, const std::string& row) {
  return std::find(rows.begin(), rows.end(), row) != rows.end();
}

// A person with two roles and no undated code, and one whose dictionary gives a default.
const char* const kTwoRoles =
    "Ada Vance\tGBRELI\t1980-01-01\t1997-05-01\n"
    "Ada Vance\tGBRGOV\t1997-05-02\t2007-06-27\n"
    "Ben Okri Lamb\tNGAMIL\t1985-01-01\t1990-12-31\n"
    "Ben Okri Lamb\tNGAGOV\t1991-01-01\t1995-12-31\n"
    "Ben Okri Lamb\tNGAELI\t\t\n";

}  // namespace

TEST(ActorTableDates, TheRoleCoveringTheArticleDateWins) {
  ActorTable t = ActorTable::parse(kTwoRoles, "test");
  std::span<const ActorRow> ada = t.find("Ada Vance");
  ASSERT_EQ(ada.size(), 2u);
  auto on = [&](int date) { return facts_on(ada, date); };
  EXPECT_EQ(on(19900615).country, "GBR");
  EXPECT_EQ(on(19900615).sector, "ELI");
  EXPECT_EQ(on(20050301).country, "GBR");
  EXPECT_EQ(on(20050301).sector, "GOV");
  // Outside both roles: still British, in no office the table knows of.
  EXPECT_EQ(on(20100101).country, "GBR");
  EXPECT_EQ(on(20100101).sector, "");
  EXPECT_EQ(on(19500101).sector, "");
  // No date: the latest role.
  EXPECT_EQ(on(0).country, "GBR");
  EXPECT_EQ(on(0).sector, "GOV");
}

TEST(ActorTableDates, OutsideEveryRoleTheDefaultCodeHolds) {
  ActorTable t = ActorTable::parse(kTwoRoles, "test");
  std::span<const ActorRow> ben = t.find("BEN OKRI LAMB");
  ASSERT_EQ(ben.size(), 3u);
  EXPECT_EQ(facts_on(ben, 19870101).sector, "MIL");
  EXPECT_EQ(facts_on(ben, 19930101).sector, "GOV");
  EXPECT_EQ(facts_on(ben, 20000101).sector, "ELI");
  // Undated article: a dated role is the better guess than the default.
  EXPECT_EQ(facts_on(ben, 0).sector, "GOV");
}

TEST(ActorTableDates, UndatedArticlePrefersAnOpenEndedRole) {
  // "Secretary-General since 2007" outranks an earlier national post.
  ActorTable t = ActorTable::parse("Cho Min\tKORGOV\t2004-01-17\t2006-12-01\nCho Min\tIGOUNO\t2007-01-01\t\n", "test");
  entities::ActorFacts f = facts_on(t.find("Cho Min"), 0);
  EXPECT_EQ(f.igo, "UNO");
  EXPECT_EQ(f.country, "");
  EXPECT_EQ(facts_on(t.find("Cho Min"), 20050101).country, "KOR");
}

TEST(ActorTableDates, MalformedRowsAreRefused) {
  EXPECT_THROW(ActorTable::parse("Ada Vance\tGBRGOV\t2007\t\n", "test"), Error);
  EXPECT_THROW(ActorTable::parse("Ada Vance\tGBRGOV\t2007-01-01\t2001-01-01\n", "test"), Error);
  EXPECT_THROW(ActorTable::parse("Ada Vance\tGBRGOV\n", "test"), Error);
  EXPECT_THROW(ActorTable::parse("Ada Vance\tGBRGOV\t\t\nBen Lamb\tGBR\t\t\nAda Vance\tGBRELI\t\t\n", "test"), Error);
}

TEST(ActorTableBuilder, ReadsPhoenixDates) {
  auto rows = built_rows(
      "ALICE_EXAMPLE_  # a comment\n"
      "\t[GBRGOV 970502-070627]\n"
      "\t[GBRELI <970501]\n"
      "\t[GBRLEG >20070628]\n"
      "\t[GBROPP 19900101-951231]\n"
      "\t[GBRJUD 310101-300101]\n"
      "\t[GBRMED 2004017-20061201]\n"
      "\t[GBRCOP 121207-120802]\n");
  EXPECT_TRUE(has(rows, "Alice Example|GBRGOV|1997-05-02|2007-06-27"));  // YYMMDD-YYMMDD
  EXPECT_TRUE(has(rows, "Alice Example|GBRELI||1997-05-01"));            // <: until
  EXPECT_TRUE(has(rows, "Alice Example|GBRLEG|2007-06-28|"));            // >: from, YYYYMMDD
  EXPECT_TRUE(has(rows, "Alice Example|GBROPP|1990-01-01|1995-12-31"));  // mixed widths
  EXPECT_TRUE(has(rows, "Alice Example|GBRJUD|1931-01-01|2030-01-01"));  // two-digit years: 00-30 are 20YY
  // An unreadable date or a reversed range: the code's country stays, undated; its sector does not.
  EXPECT_TRUE(has(rows, "Alice Example|GBR||"));
  EXPECT_EQ(rows.size(), 6u);
}

TEST(ActorTableBuilder, NamesSynonymsAndTitleVariants) {
  auto rows = built_rows(
      "ALICE_EXAMPLE_\n"
      "+ALICE_B._EXAMPLE_\n"
      "+PRIME_MINISTER_ALICE_EXAMPLE_\n"
      "+PRESIDENT_EXAMPLE_\n"
      "+EXAMPLE_\n"
      "\t[GBRGOV 970502-070627]\n"
      "THE_NORTHERN_LEAGUE_ [ITAPTY]\n"
      "HAMAS_ [PSEREB]\n"
      "ZED_CITY_ [GBR]\n");
  EXPECT_TRUE(has(rows, "Alice Example|GBRGOV|1997-05-02|2007-06-27"));
  EXPECT_TRUE(has(rows, "Alice B. Example|GBRGOV|1997-05-02|2007-06-27"));  // a synonym is a name of the same actor
  EXPECT_TRUE(has(rows, "Northern League|ITAPTY||"));                        // "the" dropped
  EXPECT_TRUE(has(rows, "Hamas|PSEREB||"));                                  // one word, no fuller name: kept
  // Title variants and the surname alone are left out; a place with its country alone too.
  for (const auto& r : rows) {
    EXPECT_EQ(r.find("Prime Minister"), std::string::npos) << r;
    EXPECT_NE(r.rfind("Example|", 0), 0u) << r;
    EXPECT_NE(r.rfind("President", 0), 0u) << r;
    EXPECT_EQ(r.find("Zed City"), std::string::npos) << r;
  }
  EXPECT_EQ(rows.size(), 4u);
  EXPECT_EQ(entities::display_name({"BAN", "KI-MOON"}), "Ban Ki-Moon");
  EXPECT_EQ(entities::actor_key("the  United_Nations"), "UNITED NATIONS");
  EXPECT_EQ(entities::actor_key("Mr Tony Blair"), "TONY BLAIR");
  EXPECT_EQ(entities::actor_key("Mr Blair"), "BLAIR");
  EXPECT_EQ(entities::actor_key("O\u2019Brien"), "O'BRIEN");
}

TEST(ActorTableBuilder, MapsIgoCodesToDatelineOrganisations) {
  EXPECT_EQ(entities::table_code("IGOEUREEC"), "IGOEEC");     // European Union
  EXPECT_EQ(entities::table_code("IGOWSTNAT"), "IGONAT");     // NATO
  EXPECT_EQ(entities::table_code("IGOUNODEVWBK"), "IGOWBK");  // World Bank, not the UN
  EXPECT_EQ(entities::table_code("IGOUNOHLHWHO"), "IGOWHO");
  EXPECT_EQ(entities::table_code("IGOUNOKID"), "IGOUNO");     // UNICEF is the UN's
  EXPECT_EQ(entities::table_code("IGOBUSOPC"), "IGOOPC");
  EXPECT_EQ(entities::table_code("IGOLAM"), "IGO");           // not in organizations.tsv
  EXPECT_EQ(entities::table_code("GBRGOVHLH"), "GBRGOV");
  EXPECT_EQ(entities::table_code("USACHR"), "USAREL");
  EXPECT_EQ(entities::table_code("MNCUSAHLH"), "MNCUSA");
  EXPECT_EQ(entities::table_code("NGO"), "NGO");
  EXPECT_EQ(entities::table_code("EUR"), "");                 // a region
  EXPECT_EQ(entities::table_code("ELI"), "");                 // a sector without a country
  EXPECT_EQ(entities::table_code("SUNGOV"), "");              // no longer a country
  auto rows = built_rows("JANE_ROE_ [IGOEUREEC 991018-091130]\n");
  EXPECT_TRUE(has(rows, "Jane Roe|IGOEEC|1999-10-18|2009-11-30"));
}

// The shipped table holds what the docs promise.
TEST(ActorTableBuiltin, KnowsTheLeadersOfTheSeedStories) {
  const ActorTable& t = ActorTable::builtin();
  EXPECT_GT(t.names(), 10000u);
  ASSERT_FALSE(t.find("Tony Blair").empty());
  EXPECT_EQ(facts_on(t.find("Tony Blair"), 20050301).country, "GBR");
  EXPECT_EQ(facts_on(t.find("Tony Blair"), 20050301).sector, "GOV");
  EXPECT_EQ(facts_on(t.find("Tony Blair"), 0).sector, "GOV");
  EXPECT_EQ(facts_on(t.find("Kofi Annan"), 20050301).igo, "UNO");
  EXPECT_TRUE(t.find("Blair").empty());
}

namespace {

Document cabinet_story(const EntityOptions& options = {}, std::optional<std::string> date = "2005-03-01") {
  Document doc = doc_from_tokens(
      "Tony Blair met Kofi Annan in London .\n"
      "Spanish Gordon Brown , British Jack Straw and Blair spoke to Mr Blunkett .\n");
  doc.date = date;
  resolve_entities(doc, {span_of(doc, 0, "Tony Blair", "PERSON"), span_of(doc, 0, "Kofi Annan", "PERSON"),
                         span_of(doc, 0, "London", "GPE"), span_of(doc, 1, "Spanish", "NORP"),
                         span_of(doc, 1, "Gordon Brown", "PERSON"), span_of(doc, 1, "British", "NORP"),
                         span_of(doc, 1, "Jack Straw", "PERSON"), span_of(doc, 1, "Blunkett", "PERSON")},
                   options);
  return doc;
}

}  // namespace

TEST(ActorTableResolution, PeopleWithoutACountryTakeTheTables) {
  Document doc = cabinet_story();
  const Entity* blair = entity_named(doc, "Tony Blair");
  ASSERT_NE(blair, nullptr);
  EXPECT_EQ(blair->country, "GBR");
  EXPECT_EQ(blair->sector, "GOV");
  EXPECT_EQ(blair->country_source, "actor_table");
  const Entity* annan = entity_named(doc, "Kofi Annan");
  ASSERT_NE(annan, nullptr);
  EXPECT_EQ(annan->country, "");
  EXPECT_EQ(annan->igo, "UNO");
  EXPECT_EQ(annan->sector, "IGO");
  EXPECT_EQ(annan->country_source, "actor_table");
  const Entity* london = entity_named(doc, "London");
  ASSERT_NE(london, nullptr);
  EXPECT_EQ(london->country_source, "text");
}

TEST(ActorTableResolution, TheTextWins) {
  Document doc = cabinet_story();
  const Entity* brown = entity_named(doc, "Gordon Brown");
  ASSERT_NE(brown, nullptr);
  EXPECT_EQ(brown->country, "ESP");  // the text says Spanish; the table's British Gordon Brown does not count
  EXPECT_EQ(brown->sector, "");      // nor does his office
  EXPECT_EQ(brown->country_source, "text");
  // Where the table agrees with the text's country, it adds the sector the text left out.
  const Entity* straw = entity_named(doc, "Jack Straw");
  ASSERT_NE(straw, nullptr);
  EXPECT_EQ(straw->country, "GBR");
  EXPECT_EQ(straw->sector, "GOV");
  EXPECT_EQ(straw->country_source, "text");
}

TEST(ActorTableResolution, ASurnameAloneDoesNotMatch) {
  Document doc = cabinet_story();
  const Entity* blunkett = entity_named(doc, "Blunkett");
  ASSERT_NE(blunkett, nullptr);
  EXPECT_EQ(blunkett->country, "");
  EXPECT_EQ(blunkett->country_source, "");
  // The table lists some people by one word ("Adonis", GBRGOV 2009-2010): a person named so in
  // the text is still anyone.
  ASSERT_FALSE(ActorTable::builtin().find("Adonis").empty());
  Document one = doc_from_tokens("Adonis agreed .\n");
  one.date = "2009-12-01";
  resolve_entities(one, {span_of(one, 0, "Adonis", "PERSON")});
  ASSERT_NE(entity_named(one, "Adonis"), nullptr);
  EXPECT_EQ(entity_named(one, "Adonis")->country, "");
}

TEST(ActorTableResolution, OneWordNamesAnOrganisationOnlyAsAnAcronymOrAListedName) {
  Document doc = doc_from_tokens("The Tigers , HBOS and Nato said so .\n");
  doc.date = "2005-03-01";
  resolve_entities(doc, {span_of(doc, 0, "Tigers", "ORG"), span_of(doc, 0, "HBOS", "ORG"), span_of(doc, 0, "Nato", "ORG")});
  ASSERT_NE(entity_named(doc, "Tigers"), nullptr);
  EXPECT_EQ(entity_named(doc, "Tigers")->country_source, "");  // a common word, not a listed name
  ASSERT_NE(entity_named(doc, "HBOS"), nullptr);
  EXPECT_EQ(entity_named(doc, "HBOS")->country, "GBR");
  const Entity* nato = nullptr;
  for (const auto& e : doc.entities)
    if (e.mentions.front().text == "Nato") nato = &e;
  ASSERT_NE(nato, nullptr);
  EXPECT_EQ(nato->igo, "NAT");
}

TEST(ActorTableResolution, CanBeTurnedOff) {
  Document doc = cabinet_story(EntityOptions{false});
  const Entity* blair = entity_named(doc, "Tony Blair");
  ASSERT_NE(blair, nullptr);
  EXPECT_EQ(blair->country, "");
  EXPECT_EQ(blair->country_source, "");
  EXPECT_EQ(entity_named(doc, "Kofi Annan")->igo, "");
}

// Through the CLI: the events of a dated story code the people by the table; --no-actor-table
// leaves them uncoded.
TEST(ActorTableCli, EventsUseTheTableUnlessTurnedOff) {
  using namespace dateline::testing;
  std::string story = temp_file("blair.txt", "Tony Blair met Jacques Chirac in Paris on Monday.\n");
  auto codes = [&](const std::string& flags) {
    auto r = run_cli("read -f json --date 2005-03-01 " + flags + " " + story);
    EXPECT_EQ(r.exit_code, 0) << last_stderr();
    auto j = nlohmann::json::parse(r.out);
    std::string out;
    for (const auto& e : j["events"]) {
      out += e["source"]["code"].get<std::string>() + ">";
      out += e["target"].is_null() ? "-" : e["target"]["code"].get<std::string>();
      out += " ";
    }
    std::string sources;
    for (const auto& e : j["entities"])
      if (e["name"] == "Tony Blair") sources = e["country_source"].is_null() ? "null" : e["country_source"].get<std::string>();
    return out + sources;
  };
  EXPECT_EQ(codes(""), "GBRGOV>FRAGOV actor_table");
  std::string off = codes("--no-actor-table");
  EXPECT_EQ(off.find("GBRGOV"), std::string::npos) << off;
  EXPECT_NE(off.find("null"), std::string::npos) << off;
}

TEST(ActorTableResolution, ATitledSurnameNamesTheOneHolderOfOfficeOnTheDate) {
  using dateline::entities::titled_surname;
  ActorTable t = ActorTable::parse(
      "Ada Vance\tGBRGOV\t2001-01-01\t2005-01-01\n"
      "Prime Minister Ada Vance\tGBRGOV\t2001-01-01\t2005-01-01\n"
      "Carl Vance\tCANGOV\t2003-01-01\t2004-01-01\n"
      "Dora Vance\tNZLGOV\t2010-01-01\t2012-01-01\n",
      "test");
  dateline::entities::Cluster c;
  c.type = "PERSON";
  c.name = "Vance";
  c.role = "Prime Minister";
  // 2002: only Ada Vance held office.
  EXPECT_EQ(titled_surname(t, c, 20020601).country, "GBR");
  // 2003: two of her names against one of Carl Vance's: twice as many.
  EXPECT_EQ(titled_surname(t, c, 20030601).country, "GBR");
  // With a second name of Carl Vance's, two against two: no one.
  ActorTable even = ActorTable::parse(
      "Ada Vance\tGBRGOV\t2001-01-01\t2005-01-01\n"
      "Prime Minister Ada Vance\tGBRGOV\t2001-01-01\t2005-01-01\n"
      "Carl Vance\tCANGOV\t2003-01-01\t2004-01-01\n"
      "Minister Carl Vance\tCANGOV\t2003-01-01\t2004-01-01\n",
      "test");
  EXPECT_EQ(titled_surname(even, c, 20030601).country, "");
  // 2011: Dora Vance.
  EXPECT_EQ(titled_surname(t, c, 20110601).country, "NZL");
  // 2008: no one.
  EXPECT_EQ(titled_surname(t, c, 20080601).country, "");
  // A first name the table does not list: someone else of that surname; the holder's own
  // first name: the holder.
  c.name = "Eve Vance";
  EXPECT_EQ(titled_surname(t, c, 20020601).country, "");
  c.name = "Ada Vance";
  EXPECT_EQ(titled_surname(t, c, 20020601).country, "GBR");
}
