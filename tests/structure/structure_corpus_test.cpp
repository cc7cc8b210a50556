// The structure stage on the seed article and on the BBC corpus (read from ../shared).
#include <filesystem>

#include "dateline/text.hpp"
#include "structure/structure_test_util.hpp"
#include "test_helpers.hpp"

using dateline::testing::has_boilerplate;
using dateline::testing::read_file;
using dateline::testing::shared_dir;
using dateline::testing::structured;

TEST(StructureCorpus, SeedArticle) {
  std::string in = read_file(shared_dir() + "/seeds/000_bf33f83c632db0e0.txt");
  ASSERT_FALSE(in.empty());
  auto doc = structured(in);
  // The expected strings are the seed's own first lines, read from the file, not copied here.
  std::string first_line = in.substr(0, in.find('\n'));
  EXPECT_EQ(doc.headline, first_line);
  ASSERT_EQ(doc.captions.size(), 1u);
  // The credit is the file's own line that names the photo agency.
  size_t agency = in.find("/Getty Images");
  ASSERT_NE(agency, std::string::npos);
  size_t line_start = in.rfind('\n', agency) + 1;
  EXPECT_EQ(doc.captions[0].credit, in.substr(line_start, in.find('\n', agency) - line_start));
  EXPECT_NE(in.find(doc.captions[0].text + "\n" + doc.captions[0].credit), std::string::npos);
  ASSERT_TRUE(doc.dateline);
  EXPECT_EQ(doc.dateline->place, "Beijing");
  EXPECT_EQ(doc.dateline->country, "CHN");
  size_t newsletter = 0;
  for (const auto& b : doc.boilerplate) {
    newsletter += b.reason == "newsletter";
    EXPECT_EQ(doc.text.find(b.text), std::string::npos) << b.text;
  }
  EXPECT_EQ(newsletter, 3u);
  EXPECT_TRUE(has_boilerplate(doc, doc.captions[0].text, "repeated-caption"));
  EXPECT_EQ(doc.text.find(*doc.headline), std::string::npos);
  EXPECT_EQ(doc.text.find(doc.captions[0].text), std::string::npos);
  EXPECT_EQ(doc.text.find("Getty"), std::string::npos);
  EXPECT_EQ(doc.text.find("BEIJING"), std::string::npos);
  EXPECT_TRUE(doc.text.starts_with("Secretary of State"));
  // Each paragraph maps back to where it stands in the file: the first right after the
  // dateline, the others at the start of a line.
  ASSERT_FALSE(doc.paragraphs.empty());
  uint32_t first = doc.source_offset(doc.paragraphs[0].start);
  EXPECT_EQ(in.compare(first, 10, doc.text, 0, 10), 0);
  EXPECT_NE(in.rfind("BEIJING", first), std::string::npos);
  for (size_t i = 1; i < doc.paragraphs.size(); ++i) {
    uint32_t at = doc.source_offset(doc.paragraphs[i].start);
    ASSERT_GT(at, 0u);
    EXPECT_EQ(in[at - 1], '\n') << "paragraph " << i;
  }
}

// BBC files are "headline, blank line, paragraphs": the headline must be line 1 and every
// paragraph must survive. A few files may legitimately differ; nearly all must match.
TEST(StructureCorpus, BbcHeadlinesAndBodies) {
  namespace fs = std::filesystem;
  fs::path root = shared_dir() + "/data/news/bbc/politics";
  if (!fs::exists(root)) GTEST_SKIP() << "no BBC corpus at " << root;
  size_t files = 0, headline_ok = 0, body_ok = 0;
  for (const auto& entry : fs::directory_iterator(root)) {
    std::string bytes = read_file(entry.path().string());
    auto decoded = dateline::decode_bytes(bytes);
    std::string in = decoded.utf8.text;
    auto doc = structured(in);
    ++files;
    headline_ok += doc.headline && in.starts_with(*doc.headline + "\n");
    // Body paragraphs: the blank-line blocks after the headline, minus removed lines.
    size_t blocks = 0;
    for (size_t at = in.find("\n\n"); at != std::string::npos; at = in.find("\n\n", at + 2))
      blocks += at + 2 < in.size() && in[at + 2] != '\n';
    body_ok += doc.paragraphs.size() + doc.boilerplate.size() >= blocks && !doc.text.empty();
  }
  ASSERT_GT(files, 100u);
  EXPECT_GE(headline_ok * 100, files * 99) << headline_ok << " of " << files;
  EXPECT_GE(body_ok * 100, files * 99) << body_ok << " of " << files;
}
