// Fallbacks for when the structure and tokenize stages have not run: paragraphs and
// sentences found from the surface text alone.
#pragma once

#include <string_view>
#include <vector>

#include "dateline/document.hpp"

namespace dateline {

// Paragraph spans: text separated by blank lines; when the text has no blank line, each
// non-empty line is a paragraph. Spans exclude the surrounding whitespace.
std::vector<Span> split_paragraphs(std::string_view text);

}  // namespace dateline
