// A page that renders its article from script state: the DOM holds almost nothing, and the
// JSON-LD articleBody becomes the main text. A page with real DOM text keeps it.
#include <gtest/gtest.h>

#include "dateline/html.hpp"

namespace dateline {
namespace {

TEST(JsonLdBody, UsedWhenTheDomIsNearlyEmpty) {
  const char* page = R"(<html><head><script type="application/ld+json">{"@type":"NewsArticle",
"headline":"Bridge reopens","articleBody":"The old bridge reopened on Friday after two years of repairs. Traffic was light in the morning, and cyclists were the first to cross."}</script>
</head><body><div id="app"><p>Loading the story for you now.</p></div></body></html>)";
  std::string text = extract_html(page).text;
  EXPECT_NE(text.find("The old bridge reopened on Friday"), std::string::npos) << text;
}

TEST(JsonLdBody, IgnoredWhenTheDomHoldsTheArticle) {
  std::string paragraphs;
  for (int i = 0; i < 20; ++i) paragraphs += "<p>The council met again on Tuesday to discuss the harbour budget, line by line.</p>";
  std::string page = R"(<html><head><script type="application/ld+json">{"@type":"NewsArticle",
"articleBody":"A teaser that differs from the page text."}</script></head><body><article>)" + paragraphs +
                     "</article></body></html>";
  std::string text = extract_html(page).text;
  EXPECT_NE(text.find("harbour budget"), std::string::npos);
  EXPECT_EQ(text.find("teaser"), std::string::npos) << text;
}

}  // namespace
}  // namespace dateline
