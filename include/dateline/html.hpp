// Reading news articles out of web pages: charset, metadata and the main text.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dateline/document.hpp"
#include "dateline/ingest.hpp"

namespace dateline {

struct HtmlOptions {
  // Pages whose elements nest deeper than this are refused: HTML5 tree building is quadratic
  // in the depth of open elements, so a hostile page could otherwise hang a worker.
  size_t max_depth = 3000;
  // The charset an outer container declared (HTTP Content-Type in a WARC record); a
  // <meta charset> in the page wins over it.
  std::string charset_hint;
};

struct HtmlArticle {
  std::string text;                   // main text, paragraphs separated by blank lines
  std::string title;                  // JSON-LD headline, else og:title, else <title>
  std::optional<std::string> date;    // YYYY-MM-DD: see page_date_source for where from
  // "meta" (article:published_time, og/dc/parsely/pubdate ... tags), "meta-modified" (only a
  // modified/updated time is given), "json-ld" (datePublished), "time" (<time datetime>), "url"
  // (/2005/03/14/ in the canonical URL); empty when the page gives no date.
  std::string date_source;
  std::optional<std::string> author;  // JSON-LD author, else <meta name=author>
  std::optional<std::string> url;     // canonical link or og:url
  std::string language;               // <html lang>, may be empty
  std::string encoding = "UTF-8";     // charset the page was read in
  size_t repaired_bytes = 0;          // invalid bytes replaced with U+FFFD
  std::vector<std::string> warnings;  // e.g. a declared date that is not one
};

// Extracts the main content of a page. Throws dateline::Error (bad_input) for pages nested
// deeper than options.max_depth. Never recurses over the DOM, so depth cannot exhaust the stack.
HtmlArticle extract_html(std::string_view bytes, const HtmlOptions& options = {});

// A web page as a Document: extract_html, then the main text as the body and the metadata as
// title_hint, date, byline and url. Refuses empty and binary input and pages with no text.
// Offsets (and source_map) refer to the extracted text, not to the HTML.
Document document_from_html(std::string_view bytes, std::string source, const ReadOptions& options = {},
                            const HtmlOptions& html_options = {});

// Normalises a date as pages write it ("2019-10-16T08:00:00+02:00", "2019/10/16",
// "16.10.2019") to YYYY-MM-DD; nullopt when it is not a real calendar day.
std::optional<std::string> normalize_page_date(std::string_view value);

// The date a URL's path spells (/2005/03/14/, /2005-03-14-title, /20050314/); nullopt when
// there is none. A year and month alone (/2005/03/) are not a day, and give none.
std::optional<std::string> url_date(std::string_view url);

}  // namespace dateline
