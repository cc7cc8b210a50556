// An article cut into lines and blank-line-separated blocks, each line tagged with what the
// structure stage decided it is.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace dateline::structure {

enum class Role {
  body,        // not decided yet, or body text
  headline,
  byline,
  caption,
  credit,      // a photo credit line
  boilerplate,
};

struct Line {
  size_t start = 0;    // trimmed content: text[start, end)
  size_t end = 0;
  size_t block = 0;    // index of the blank-line-separated block
  size_t indent = 0;   // leading spaces/tabs (a Reuters paragraph starts indented)
  Role role = Role::body;
  std::string_view reason;  // boilerplate reason: a literal or a lexicon string, both static
  size_t skip = 0;     // bytes cut from the start (a dateline)
  size_t caption_of = SIZE_MAX;  // for a caption: its credit line, if any
};

// Splits `text` at '\n' into non-blank lines (leading/trailing spaces, tabs and '\r' trimmed).
std::vector<Line> split_lines(std::string_view text);

inline std::string_view line_text(std::string_view text, const Line& line) {
  return text.substr(line.start, line.end - line.start);
}

}  // namespace dateline::structure
