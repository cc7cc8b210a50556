// The article-structure stage: finds the headline, byline, captions and photo credits, the
// dateline and the boilerplate in a whole normalised article, then cuts Document::text down to
// the body paragraphs (source_map kept in step). See docs/structure.md.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dateline/document.hpp"
#include "dateline/stage.hpp"

namespace dateline {

// A wire dateline at the start of a paragraph: "SEOUL, South Korea (AP) — ".
struct DatelineParse {
  size_t length = 0;                    // bytes from the paragraph start to the body text
  std::string_view place;               // as written: "SEOUL"
  std::vector<std::string_view> qualifiers;  // ", South Korea", ", March 3" → without commas
  std::string_view agency;              // "AP", "Reuters"; empty when none
  std::string_view date;                // the date qualifier ("June 2", "Tuesday"); empty when none
  DatelineInfo info;                    // readable place ("Seoul, South Korea") and ISO3 country
};

// Parses a dateline at the start of `paragraph`, or nullopt when it does not start with one.
std::optional<DatelineParse> parse_dateline(std::string_view paragraph);

// Fills headline, byline, captions, dateline, boilerplate and paragraphs, and rewrites
// doc.text to the body (paragraphs joined by "\n\n"; hard-wrapped lines joined by a space).
// A dateline's date ("WASHINGTON, June 2 -") becomes the article date when the article has
// none or only a weaker one (the crawl's WARC-Date or --date), which then gives its year.
void structure_article(Document& doc);

// The pipeline stage named "structure": runs structure_article().
std::unique_ptr<Stage> make_structure_stage();

}  // namespace dateline
