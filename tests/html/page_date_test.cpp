// Where a web page says when it was published: meta tags, JSON-LD, <time datetime>, its URL,
// in that order of trust; and a declared date that is no date is a warning, never a failure.
#include <gtest/gtest.h>

#include <filesystem>

#include <nlohmann/json.hpp>

#include "dateline/html.hpp"
#include "test_helpers.hpp"

namespace dateline {
namespace {

const char* kArticle =
    "<article><p>The committee approved the budget after a long debate on Tuesday, its chairman said.</p>"
    "<p>The vote was close, and the opposition promised to fight on.</p></article>";

HtmlArticle page(const std::string& head, const std::string& body_extra = "") {
  return extract_html("<html><head><title>Budget</title>" + head + "</head><body>" + body_extra + kArticle +
                      "</body></html>");
}

TEST(PageDate, CommonMetaTagsAreRead) {
  struct Case {
    const char* tag;
    const char* want;
  } cases[] = {
      {R"(<meta property="article:published_time" content="2019-10-16T08:00:00+02:00">)", "2019-10-16"},
      {R"(<meta property="og:article:published_time" content="2019-10-17">)", "2019-10-17"},
      {R"(<meta name="pubdate" content="20191018">)", "2019-10-18"},
      {R"(<meta name="DC.date.issued" content="2019-10-19">)", "2019-10-19"},
      {R"(<meta name="dcterms.created" content="2019-10-20">)", "2019-10-20"},
      {R"(<meta name="parsely-pub-date" content="2019-10-21T10:00:00Z">)", "2019-10-21"},
      {R"(<meta name="sailthru.date" content="Tue, 22 Oct 2019 10:00:00 -0400">)", "2019-10-22"},
      {R"(<meta name="citation_publication_date" content="2019/10/23">)", "2019-10-23"},
      {R"(<meta itemprop="datePublished" content="2019-10-24">)", "2019-10-24"},
      {R"(<meta name="date" content="25.10.2019">)", "2019-10-25"},
      {R"(<meta name="parsely-page" content='{"title": "Budget", "pub_date": "2019-10-26T07:00:00Z"}'>)", "2019-10-26"},
      {R"(<meta property="PUBLISH_DATE" content="2019-10-27">)", "2019-10-27"},
  };
  for (const auto& c : cases) {
    HtmlArticle a = page(c.tag);
    EXPECT_EQ(a.date.value_or(""), c.want) << c.tag;
    EXPECT_EQ(a.date_source, "meta") << c.tag;
  }
}

TEST(PageDate, JsonLdDatePublishedOfAnyObject) {
  HtmlArticle a = page(R"(<script type="application/ld+json">{"@context": "https://schema.org", "@graph": [
      {"@type": "WebPage", "name": "Budget", "datePublished": "2018-03-14T12:00:00Z"}]}</script>)");
  EXPECT_EQ(a.date.value_or(""), "2018-03-14");
  EXPECT_EQ(a.date_source, "json-ld");
}

TEST(PageDate, MetaWinsOverJsonLdAndPublishedOverModified) {
  HtmlArticle a = page(R"(<meta property="article:modified_time" content="2018-03-20">
      <script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2018-03-15"}</script>
      <meta property="article:published_time" content="2018-03-14">)");
  EXPECT_EQ(a.date.value_or(""), "2018-03-14");
  EXPECT_EQ(a.date_source, "meta");
  HtmlArticle modified_only = page(R"(<meta property="og:updated_time" content="2018-03-20T10:00:00Z">)");
  EXPECT_EQ(modified_only.date.value_or(""), "2018-03-20");
  EXPECT_EQ(modified_only.date_source, "meta-modified");
}

TEST(PageDate, TimeElementsInTheBody) {
  HtmlArticle marked = page("", R"(<p>Updated <time datetime="2017-05-02">May 2</time></p>
      <p>Posted <time itemprop="datePublished" datetime="2017-05-01T09:00">May 1</time></p>)");
  EXPECT_EQ(marked.date.value_or(""), "2017-05-01");  // the one marked as published
  EXPECT_EQ(marked.date_source, "time");
  HtmlArticle any = page("", R"(<p class="byline">By A. Writer, <time datetime="2017-05-03">3 May</time></p>)");
  EXPECT_EQ(any.date.value_or(""), "2017-05-03");
  EXPECT_EQ(any.date_source, "time");
}

TEST(PageDate, TheCanonicalUrl) {
  HtmlArticle a = page(R"(<link rel="canonical" href="https://news.example/world/2005/03/14/budget-vote.html">)");
  EXPECT_EQ(a.date.value_or(""), "2005-03-14");
  EXPECT_EQ(a.date_source, "url");
  // A page's own date outranks its URL's.
  HtmlArticle both = page(R"(<link rel="canonical" href="https://news.example/2005/03/14/x">
      <meta name="pubdate" content="2005-03-13">)");
  EXPECT_EQ(both.date.value_or(""), "2005-03-13");
}

TEST(UrlDate, FindsDaysAndNotIds) {
  EXPECT_EQ(url_date("https://a.example/2005/03/14/story").value_or(""), "2005-03-14");
  EXPECT_EQ(url_date("https://a.example/news/2005-3-4-story").value_or(""), "2005-03-04");
  EXPECT_EQ(url_date("https://a.example/archive/20050314/story.html").value_or(""), "2005-03-14");
  EXPECT_EQ(url_date("/2005_03_14_story").value_or(""), "2005-03-14");
  EXPECT_FALSE(url_date("https://a.example/2005/03/story"));         // a month is not a day
  EXPECT_FALSE(url_date("https://a.example/article/1234567890"));    // an id
  EXPECT_FALSE(url_date("https://a.example/story?from=2005/03/14"));  // not the path
  EXPECT_FALSE(url_date("https://2005-03-14.example/story"));         // not the path either
  EXPECT_FALSE(url_date("https://a.example/2005/02/30/x"));           // no such day
  EXPECT_FALSE(url_date("https://a.example/1850/03/14/x"));           // not a web-era year
  EXPECT_FALSE(url_date(""));
}

TEST(PageDate, AnUnreadableDeclaredDateIsAWarning) {
  HtmlArticle a = page(R"(<meta property="article:published_time" content="sometime last spring">)");
  EXPECT_FALSE(a.date);
  ASSERT_FALSE(a.warnings.empty());
  EXPECT_NE(a.warnings[0].find("sometime last spring"), std::string::npos) << a.warnings[0];
  Document doc = document_from_html("<html><head><meta name=\"date\" content=\"n/a 99\"></head><body>" +
                                        std::string(kArticle) + "</body></html>",
                                    "p.html");
  EXPECT_FALSE(doc.date);
  EXPECT_FALSE(doc.warnings.empty());
}

TEST(PageDate, ThePageDateWinsOverTheDateOption) {
  ReadOptions cli;
  cli.date = "2021-01-01";
  std::string html = std::string("<html><head><meta name=\"pubdate\" content=\"2019-10-18\"></head><body>") +
                     kArticle + "</body></html>";
  Document doc = document_from_html(html, "p.html", cli);
  EXPECT_EQ(doc.date.value_or(""), "2019-10-18");
  EXPECT_EQ(doc.date_source, "meta");
  Document undated = document_from_html(std::string("<html><body>") + kArticle + "</body></html>", "q.html", cli);
  EXPECT_EQ(undated.date.value_or(""), "2021-01-01");
  EXPECT_EQ(undated.date_source, "cli");
}

// The trafilatura evaluation pages: every page the annotators dated whose markup gives a date
// in the places read here gets one (the full list: `dateline eval dates --html ... --list`).
TEST(PageDate, SharedPagesThatDeclareADateGetOne) {
  std::string dir = testing::shared_dir() + "/data/html/trafilatura-eval";
  if (!std::filesystem::exists(dir + "/expected.json")) GTEST_SKIP() << "no trafilatura pages under " << dir;
  auto expected = nlohmann::json::parse(testing::read_file(dir + "/expected.json"));
  size_t with_meta = 0, got = 0;
  for (const auto& [name, gold] : expected.items()) {
    std::string path = dir + "/pages/" + name;
    if (!std::filesystem::exists(path)) continue;
    std::string bytes = testing::read_file(path);
    // A page that names its publication time the way most news sites do must be dated.
    if (bytes.find("article:published_time\" content=\"20") == std::string::npos) continue;
    ++with_meta;
    got += extract_html(bytes).date.has_value();
  }
  ASSERT_GT(with_meta, 0u);
  EXPECT_EQ(got, with_meta);
}

}  // namespace
}  // namespace dateline
