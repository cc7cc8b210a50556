// `dateline export events`: one row per unique event in every format, GDELT's 61 columns in
// its order, Phoenix's 26, and the CSV read back by pandas with the dtypes docs/export.md
// documents.
#include <gtest/gtest.h>

#include <filesystem>
#include <nlohmann/json.hpp>
#include <sstream>

#include "dateline/error.hpp"
#include "dateline/export.hpp"
#include "dateline/store.hpp"
#include "test_helpers.hpp"

namespace dateline {
namespace {

Event event(const std::string& source, const std::string& source_name, const std::string& target,
            const std::string& cameo, double goldstein, int quad) {
  Event e;
  e.source = {std::nullopt, source_name, source, source.starts_with("IGO") ? "" : source.substr(0, 3)};
  if (!target.empty()) e.target = EventActor{std::nullopt, target + " side", target, target.substr(0, 3)};
  e.cameo = cameo;
  e.plover = "CONSULT";
  e.mode = "visit";
  e.goldstein = goldstein;
  e.quad_class = quad;
  e.sentence = 2;
  e.place = "Beijing";
  e.evidence = {0, 4, "met, \"twice\""};
  return e;
}

// Two outlets report the same meeting on 2024-03-12; the UN's appeal is a second event.
std::string export_store() {
  std::string path = testing::scratch_dir() + "/export.db";
  for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path + suffix);
  Store s(path);
  s.begin();
  Document a;
  a.source = "wire/one.txt";
  a.url = "https://news.example.com/2024/03/12/talks";
  a.date = "2024-03-12";
  a.text = "first";
  a.events = {event("USAGOV", "John Kerry", "CHNGOV", "036", 4.0, 1), event("USAGOV", "John Kerry", "CHNGOV", "036", 4.0, 1),
              event("IGOUNO", "United Nations", "", "0233", 3.4, 1)};
  a.events[2].place = std::nullopt;
  s.add_article(a, content_hash(a.text), pack_document(a));
  Document b = a;
  b.source = "paper/two.txt";
  b.url = std::nullopt;
  b.text = "second";
  b.events = {event("USAGOV", "Kerry", "CHNGOV", "036", 4.0, 1)};
  s.add_article(b, content_hash(b.text), pack_document(b));
  s.commit();
  return path;
}

std::vector<std::vector<std::string>> tsv_rows(const std::string& text) {
  std::vector<std::vector<std::string>> rows;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) {
    std::vector<std::string> f;
    size_t start = 0;
    for (size_t tab; (tab = line.find('\t', start)) != std::string::npos; start = tab + 1)
      f.push_back(line.substr(start, tab - start));
    f.push_back(line.substr(start));
    rows.push_back(std::move(f));
  }
  return rows;
}

std::string exported(const Store& s, const std::string& format) {
  std::ostringstream out;
  ExportOptions o;
  o.format = format;
  export_events(s, o, out);
  return out.str();
}

TEST(Export, GdeltRowsHaveItsSixtyOneColumnsInItsOrder) {
  Store s(export_store(), /*read_only=*/true);
  auto rows = tsv_rows(exported(s, "gdelt"));
  ASSERT_EQ(rows.size(), 2u);  // the meeting (three records, two articles) and the appeal
  for (const auto& r : rows) ASSERT_EQ(r.size(), 61u);
  const auto& meet = rows[0];
  EXPECT_EQ(meet[0], "1");                // GLOBALEVENTID: the first record
  EXPECT_EQ(meet[1], "20240312");         // SQLDATE
  EXPECT_EQ(meet[2], "202403");           // MonthYear
  EXPECT_EQ(meet[3], "2024");             // Year
  EXPECT_EQ(meet[4], "2024.1973");        // FractionDate: 2024 + 72/365 (12 March is day 72)
  EXPECT_EQ(meet[5], "USAGOV");           // Actor1Code
  EXPECT_EQ(meet[6], "John Kerry");       // Actor1Name
  EXPECT_EQ(meet[7], "USA");              // Actor1CountryCode
  EXPECT_EQ(meet[12], "GOV");             // Actor1Type1Code
  EXPECT_EQ(meet[15], "CHNGOV");          // Actor2Code
  EXPECT_EQ(meet[17], "CHN");             // Actor2CountryCode
  EXPECT_EQ(meet[26], "036");             // EventCode, its leading zero kept
  EXPECT_EQ(meet[27], "036");             // EventBaseCode
  EXPECT_EQ(meet[28], "03");              // EventRootCode
  EXPECT_EQ(meet[29], "1");               // QuadClass
  EXPECT_EQ(meet[30], "4.0");             // GoldsteinScale
  EXPECT_EQ(meet[31], "3");               // NumMentions
  EXPECT_EQ(meet[32], "2");               // NumSources: news.example.com and folder paper
  EXPECT_EQ(meet[33], "2");               // NumArticles
  EXPECT_EQ(meet[52], "Beijing, China");  // ActionGeo_FullName
  EXPECT_EQ(meet[59].size(), 14u);        // DATEADDED, YYYYMMDDHHMMSS
  EXPECT_EQ(meet[60], "https://news.example.com/2024/03/12/talks");  // SOURCEURL
  const auto& appeal = rows[1];
  EXPECT_EQ(appeal[5], "IGOUNO");
  EXPECT_EQ(appeal[8], "UNO");   // Actor1KnownGroupCode
  EXPECT_EQ(appeal[15], "");     // no target
  EXPECT_EQ(appeal[26], "0233");
  EXPECT_EQ(appeal[27], "023");
}

TEST(Export, PhoenixRowsHaveTwentySixColumns) {
  Store s(export_store(), /*read_only=*/true);
  auto rows = tsv_rows(exported(s, "phoenix"));
  ASSERT_EQ(rows.size(), 2u);
  for (const auto& r : rows) ASSERT_EQ(r.size(), 26u);
  EXPECT_EQ(rows[0][1], "20240312");
  EXPECT_EQ(rows[0][5], "USAGOV");  // SourceActorFull
  EXPECT_EQ(rows[0][6], "USA");     // SourceActorEntity
  EXPECT_EQ(rows[0][7], "GOV");     // SourceActorRole
  EXPECT_EQ(rows[0][15], "1");      // PentaClass: verbal cooperation
  EXPECT_EQ(rows[0][20], "Beijing");
  EXPECT_EQ(rows[0][22], "CHN");    // CountryCode of the place
  EXPECT_EQ(rows[0][23], "1_2");    // SentenceID: article 1, sentence 2
  EXPECT_EQ(rows[1][6], "IGOUNO");
}

TEST(Export, JsonLinesAndCsvCarryEveryColumn) {
  Store s(export_store(), /*read_only=*/true);
  std::istringstream jl(exported(s, "jsonl"));
  std::string line;
  ASSERT_TRUE(std::getline(jl, line));
  auto j = nlohmann::json::parse(line);
  for (const auto& c : export_columns()) EXPECT_TRUE(j.contains(c)) << c;
  EXPECT_EQ(j["mentions"], 3);
  EXPECT_EQ(j["cameo"], "036");
  EXPECT_EQ(j["source_country_name"], "United States");
  EXPECT_EQ(j["source_sector_name"], "government");
  EXPECT_EQ(j["place_country"], "CHN");
  EXPECT_EQ(j["evidence"], "met, \"twice\"");
  ASSERT_TRUE(std::getline(jl, line));
  EXPECT_TRUE(nlohmann::json::parse(line)["target_code"].is_null());

  std::string csv = exported(s, "csv");
  std::string header = csv.substr(0, csv.find('\n'));
  std::string expected;
  for (const auto& c : export_columns()) expected += (expected.empty() ? "" : ",") + c;
  EXPECT_EQ(header, expected);
  EXPECT_NE(csv.find("\"met, \"\"twice\"\"\""), std::string::npos) << "quotes and commas are CSV-quoted";

  ExportOptions bad;
  bad.format = "xml";
  std::ostringstream out;
  EXPECT_THROW(export_events(s, bad, out), Error);
  ExportOptions only;
  only.filter.type = "02";
  EXPECT_EQ(export_events(s, only, out), 1u);
}

// pandas reads the CSV with the dtypes docs/export.md gives each column, and the document
// lists exactly the columns the file has.
TEST(Export, PandasReadsTheCsvWithTheDocumentedDtypes) {
  if (std::system("/usr/bin/python3 -c 'import pandas' 2>/dev/null") != 0)
    GTEST_SKIP() << "python3-pandas is not installed (scripts/install-deps.sh installs it)";
  std::string db = export_store();
  std::string csv = testing::scratch_dir() + "/events.csv";
  auto r = testing::run_cli("export events --db " + db + " --format csv -o " + csv);
  ASSERT_EQ(r.exit_code, 0) << testing::last_stderr();
  std::string script = testing::temp_file("read_export.py", R"py(
import re, sys
import pandas as pd
doc, path = sys.argv[1], sys.argv[2]
text = open(doc, encoding="utf-8").read()
table = text.split("<!-- csv columns -->")[1].split("<!-- end csv columns -->")[0]
dtypes = {}
for line in table.splitlines():
    m = re.match(r"\|\s*`([a-z_0-9]+)`\s*\|\s*`([A-Za-z0-9]+)`\s*\|", line)
    if m:
        dtypes[m.group(1)] = m.group(2)
df = pd.read_csv(path, dtype=dtypes)
assert list(df.columns) == list(dtypes), (list(df.columns), list(dtypes))
for column, dtype in dtypes.items():
    assert str(df[column].dtype) == dtype, (column, df[column].dtype, dtype)
assert len(df) == 2, len(df)
assert df["cameo"][0] == "036" and df["root_code"][1] == "02", df[["cameo", "root_code"]]
assert df["mentions"].sum() == 4, df["mentions"]
assert df["goldstein"][1] == 3.4
assert df["date"][0] == "2024-03-12"
print("ok", len(dtypes), "columns")
)py");
  std::string cmd = "/usr/bin/python3 " + script + " " + testing::source_dir() + "/docs/export.md " + csv + " 2>&1";
  testing::RunResult py;
  if (FILE* p = popen(cmd.c_str(), "r")) {
    char buf[4096];
    for (size_t n; (n = fread(buf, 1, sizeof buf, p)) > 0;) py.out.append(buf, n);
    py.exit_code = pclose(p);
  }
  EXPECT_EQ(py.exit_code, 0) << py.out;
  EXPECT_NE(py.out.find("ok"), std::string::npos) << py.out;
}

}  // namespace
}  // namespace dateline
