// Main-text extraction, metadata and the guards against hostile pages.
#include <gtest/gtest.h>

#include <pthread.h>

#include <chrono>
#include <exception>
#include <functional>
#include <stdexcept>

#include "dateline/error.hpp"
#include "dateline/html.hpp"
#include "test_helpers.hpp"

namespace dateline {
namespace {

const char* kPage = R"(<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Harbour talks resume | Example Times</title>
<meta property="og:title" content="Harbour talks resume">
<meta property="article:published_time" content="2024-03-12T09:30:00+01:00">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
 "headline":"Harbour talks resume after strike","author":{"@type":"Person","name":"Ann Writer"}}</script>
<script>var tracking = "Subscribe now to read everything";</script>
</head><body>
<nav><a href="/">Home</a> <a href="/world">World news and more</a></nav>
<div class="cookie-consent">We use cookies to give you the best experience on this site.</div>
<div id="main"><article class="story-body">
<h1>Harbour talks resume</h1>
<p>Port operators and the dockworkers' union met on Tuesday, for the first time since the strike.</p>
<p>The union leader said talks were "difficult, but honest", and that both sides wanted a deal soon.</p>
<p>The minister urged both sides to agree before the end of the month, citing the cost to shippers.</p>
</article>
<ul class="related-links"><li><a href="/x">Markets close higher on Friday afternoon trading</a></li></ul>
</div>
<footer>Copyright Example Times, all rights reserved worldwide.</footer>
</body></html>)";

TEST(ExtractHtml, KeepsArticleParagraphsAndDropsFurniture) {
  HtmlArticle a = extract_html(kPage);
  EXPECT_NE(a.text.find("Port operators and the dockworkers' union met on Tuesday"), std::string::npos) << a.text;
  EXPECT_NE(a.text.find("before the end of the month"), std::string::npos);
  EXPECT_NE(a.text.find("\n\n"), std::string::npos) << "paragraphs are separated by blank lines";
  for (const char* junk : {"Home", "cookies", "Markets close higher", "Copyright", "Subscribe now"})
    EXPECT_EQ(a.text.find(junk), std::string::npos) << junk << " in:\n" << a.text;
}

TEST(ExtractHtml, ReadsMetadata) {
  HtmlArticle a = extract_html(kPage);
  EXPECT_EQ(a.title, "Harbour talks resume after strike");  // JSON-LD headline first
  ASSERT_TRUE(a.date.has_value());
  EXPECT_EQ(*a.date, "2024-03-12");
  ASSERT_TRUE(a.author.has_value());
  EXPECT_EQ(*a.author, "Ann Writer");
  EXPECT_EQ(a.language, "en");
}

TEST(ExtractHtml, DocumentCarriesHints) {
  Document d = document_from_html(kPage, "page.html");
  ASSERT_TRUE(d.title_hint.has_value());
  EXPECT_EQ(*d.title_hint, "Harbour talks resume after strike");
  EXPECT_EQ(d.date.value_or(""), "2024-03-12");
  EXPECT_EQ(d.byline.value_or(""), "Ann Writer");
  EXPECT_EQ(d.text.find("<"), std::string::npos);
}

TEST(ExtractHtml, DecodesTheDeclaredLegacyCharset) {
  std::string page = "<html><head><meta charset=\"windows-1252\"></head><body><article><p>Preise stiegen um 5 "
                     "\x80 pro Tonne, sagte der H\xE4ndler am Montag in M\xFCnchen zu Journalisten.</p></article></body></html>";
  HtmlArticle a = extract_html(page);
  EXPECT_NE(a.text.find("5 \xE2\x82\xAC pro Tonne"), std::string::npos) << a.text;
  EXPECT_NE(a.text.find("H\xC3\xA4ndler"), std::string::npos);
  EXPECT_NE(a.encoding, "UTF-8");
}

TEST(ExtractHtml, RefusesHundredThousandNestedDivsQuickly) {
  std::string page = "<html><body>";
  for (int i = 0; i < 100000; ++i) page += "<div>";
  page += "deep text";
  auto start = std::chrono::steady_clock::now();
  try {
    extract_html(page);
    FAIL() << "a page nested 100,000 deep was accepted";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ExitCode::bad_input);
    EXPECT_NE(std::string(e.what()).find("nested deeper"), std::string::npos);
  }
  EXPECT_LT(std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count(), 5.0);
}

// A quote right after the tag name makes the name run on to a quoted '>', so the attribute
// scanner is handed text that starts with '>'. It must step over it, not stand still.
TEST(ExtractHtml, TagsWithQuotedBracketsAfterTheNameAreScannedToTheEnd) {
  for (const char* page : {"<a\"=\">\">", "<b'='>'>", "<p\"x=\">\" class=c>text</p>", "<i\"=\">\"/>"}) {
    ASSERT_EQ(testing::run_in_child(10, [&] { (void)extract_html(page); }), "finished") << page;
  }
  HtmlArticle a = extract_html("<div\"=\">\">Harbour talks resumed on Monday.</div>");
  EXPECT_NE(a.text.find("Harbour talks resumed"), std::string::npos) << a.text;
}

std::string repeated(const std::string& unit, int times) {
  std::string out = "<html><body>";
  for (int i = 0; i < times; ++i) {
    std::string u = unit;
    if (size_t n = u.find('#'); n != std::string::npos) u.replace(n, 1, std::to_string(i));
    out += u;
  }
  return out + "deep text";
}

// True when extract_html refuses `page` as too deep, in a child process that must finish in
// a few seconds (unbounded, these pages take minutes or overflow the stack).
std::string refused_quickly(const std::string& page) {
  return testing::run_in_child(10, [&] {
    try {
      extract_html(page);
    } catch (const Error& e) {
      if (e.code() == ExitCode::bad_input) return;
    }
    throw std::runtime_error("accepted");
  });
}

// Spellings of deep nesting that a count of start and end tags misses: "/>" closes no
// element but a void one in HTML; an end tag of an element that is not open closes nothing;
// a formatting element closed by another element's end tag is opened again by the parser.
TEST(ExtractHtml, RefusesDeepNestingHoweverItIsSpelled) {
  EXPECT_EQ(refused_quickly(repeated("<div/>", 300000)), "finished");
  EXPECT_EQ(refused_quickly(repeated("<div></span>", 100000)), "finished");
  EXPECT_EQ(refused_quickly(repeated("<div></body>", 100000)), "finished");
  EXPECT_EQ(refused_quickly(repeated("<div><b class=#></div>", 5000)), "finished");
}

// What sloppy pages do a thousand times over is not deep, and is read.
TEST(ExtractHtml, ReadsSloppyButShallowPages) {
  const char* text = "<p>The minister urged both sides to agree before the end of the month.</p>";
  for (const char* unit : {"<p><b>Note:</p>", "<li>item", "<div><br/><img src=x /></div>", "<p><font face=a>x</p></font>",
                           "<table><tr><td><b>x</td></tr></table>", "<div><math><mi/></math></div>"}) {
    std::string page = repeated(unit, 4000) + text;
    EXPECT_NE(extract_html(page).text.find("minister urged"), std::string::npos) << unit;
  }
}

// Runs `body` on a thread whose stack holds `bytes`, and rethrows what it threw.
void on_small_stack(size_t bytes, const std::function<void()>& body) {
  struct Call {
    const std::function<void()>& body;
    std::exception_ptr error;
  } call{body, nullptr};
  pthread_attr_t attr;
  pthread_attr_init(&attr);
  pthread_attr_setstacksize(&attr, bytes);
  pthread_t thread;
  auto run = [](void* p) -> void* {
    auto* c = static_cast<Call*>(p);
    try {
      c->body();
    } catch (...) {
      c->error = std::current_exception();
    }
    return nullptr;
  };
  if (pthread_create(&thread, &attr, run, &call) != 0) throw std::runtime_error("pthread_create failed");
  pthread_join(thread, nullptr);
  pthread_attr_destroy(&attr);
  if (call.error) std::rethrow_exception(call.error);
}

// The tree is freed without recursion, so its depth is bounded by time, not by the stack: a
// tree 6,000 deep (the limit lifted) is parsed and released on a 128 KiB stack.
TEST(ExtractHtml, FreesADeepTreeWithoutRecursion) {
  HtmlOptions options;
  options.max_depth = 100000;
  std::string page = repeated("<span>", 6000);
  EXPECT_EQ(testing::run_in_child(60, [&] { on_small_stack(128 << 10, [&] { (void)extract_html(page, options); }); }),
            "finished");
}

TEST(ExtractHtml, ModeratelyDeepPagesStillWork) {
  std::string page = "<html><body>";
  for (int i = 0; i < 1000; ++i) page += "<div>";
  page += "<p>Text at the bottom of a thousand nested blocks, long enough to count as a paragraph.</p>";
  EXPECT_NE(extract_html(page).text.find("thousand nested blocks"), std::string::npos);
}

TEST(ExtractHtml, PageWithoutTextIsBadInput) {
  try {
    document_from_html("<html><body><nav><a href='/'>Home</a></nav></body></html>", "empty.html");
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ExitCode::bad_input);
    EXPECT_NE(std::string(e.what()).find("no article text"), std::string::npos);
  }
}

TEST(NormalizePageDate, CommonShapes) {
  EXPECT_EQ(normalize_page_date("2019-10-16T08:00:00+02:00").value_or(""), "2019-10-16");
  EXPECT_EQ(normalize_page_date("2019/10/16").value_or(""), "2019-10-16");
  EXPECT_EQ(normalize_page_date("16.10.2019").value_or(""), "2019-10-16");
  EXPECT_EQ(normalize_page_date("20191016").value_or(""), "2019-10-16");
  EXPECT_EQ(normalize_page_date("October 16, 2019").value_or(""), "2019-10-16");
  EXPECT_FALSE(normalize_page_date("2019-02-30").has_value());
  EXPECT_FALSE(normalize_page_date("yesterday").has_value());
}

}  // namespace
}  // namespace dateline
