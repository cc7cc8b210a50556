// The steps that decide what each line of an article is, before the headline and dateline.
#pragma once

#include <string_view>
#include <utility>
#include <vector>

#include "dateline/document.hpp"
#include "structure/article_lines.hpp"

namespace dateline::structure {

struct Article {
  std::string_view text;
  std::vector<Line> lines;
  std::vector<std::pair<size_t, Caption>> captions;  // (line index, caption), any order
};

// Boilerplate lines, credit lines and captions that carry their own credit.
void mark_line_rules(Article& a);

// Short lines inside a block that is mostly boilerplate go with it ("The day's top stories
// delivered every morning." between two newsletter lines).
void spread_boilerplate(Article& a);

// Each credit line takes the caption next to it: the line before it in its block, else the line
// after it, else a one-line block just before it.
void pair_credits(Article& a);

// A line repeated verbatim: the copy of a caption or of the headline is boilerplate; two
// identical short lines next to each other are a caption shown twice.
void mark_repeats(Article& a, std::string_view headline);

}  // namespace dateline::structure
