// Pieces of HTML extraction shared between the files of src/html (not public API).
#pragma once

#include <gumbo.h>

#include <string>
#include <string_view>
#include <vector>

#include "dateline/html.hpp"

namespace dateline::html {

// The charset a page declares in its first bytes (<meta charset>, http-equiv Content-Type),
// lower-cased; empty when none.
std::string sniff_charset(std::string_view bytes);

// The page with <script>, <style>, <noscript>, <template>, <svg> and comments cut out (they
// hold no article text and are a large share of a modern page, so the parser gets less to
// do), plus the bodies of JSON-LD scripts, which carry metadata.
struct Prescanned {
  std::string html;
  std::vector<std::string> json_ld;
};

// Throws dateline::Error (bad_input) when elements nest deeper than max_depth.
Prescanned prescan_html(std::string_view utf8, size_t max_depth);

// Fills title, date, author, url and language from <head>, OpenGraph and JSON-LD.
void read_metadata(const GumboNode* root, const std::vector<std::string>& json_ld, HtmlArticle& out);

// The articleBody of the page's JSON-LD article, or empty: the text of pages that render it
// from script state and leave the DOM nearly empty.
std::string json_ld_article_body(const std::vector<std::string>& json_ld);

// The main text of the page: paragraphs separated by blank lines.
std::string main_text(const GumboNode* root);

// Attribute value or empty.
std::string_view attribute(const GumboNode* node, const char* name);

// Collapses runs of whitespace to one space and trims; appends to out.
void append_collapsed(std::string& out, std::string_view text, bool& pending_space);

}  // namespace dateline::html
