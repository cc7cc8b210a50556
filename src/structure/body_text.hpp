// Assembles the article body from the lines the structure stage kept.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "dateline/document.hpp"
#include "structure/article_lines.hpp"

namespace dateline::structure {

struct Body {
  std::string text;
  std::vector<uint32_t> map;  // body byte → what `outer` maps its text byte to; size() + 1 entries
  std::vector<Span> paragraphs;
};

// Joins the body lines (role body) into paragraphs separated by "\n\n". Lines of one block are
// one paragraph when the block is hard-wrapped (every line but the last at most 100 bytes), the
// wrapped lines joined by one space; otherwise each line is its own paragraph. An indented line
// after a less indented one, a bulleted line, or a removed line in between also starts a new
// paragraph. `outer` maps `text` to the original input (empty: identity); the body's map is
// composed with it.
Body build_body(std::string_view text, const std::vector<Line>& lines, const std::vector<uint32_t>& outer);

}  // namespace dateline::structure
