// Reading news articles out of web pages: charset, metadata and the main text.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

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
  std::optional<std::string> date;    // YYYY-MM-DD from article:published_time, JSON-LD, <time>
  std::optional<std::string> author;  // JSON-LD author, else <meta name=author>
  std::optional<std::string> url;     // canonical link or og:url
  std::string language;               // <html lang>, may be empty
  std::string encoding = "UTF-8";     // charset the page was read in
  size_t repaired_bytes = 0;          // invalid bytes replaced with U+FFFD
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

}  // namespace dateline
