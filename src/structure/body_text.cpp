#include "structure/body_text.hpp"

#include <algorithm>

namespace dateline::structure {
namespace {

constexpr size_t kWrapWidth = 100;

bool is_bullet(std::string_view line) {
  return line.starts_with("- ") || line.starts_with("* ") || line.starts_with("\xE2\x80\xA2");
}

// True when the lines of `block` (indices [first, last]) are one hard-wrapped paragraph.
bool is_hard_wrapped(const std::vector<Line>& lines, size_t first, size_t last) {
  for (size_t i = first; i < last; ++i)
    if (lines[i].end - lines[i].start > kWrapWidth) return false;
  return true;
}

}  // namespace

Body build_body(std::string_view text, const std::vector<Line>& lines, const std::vector<uint32_t>& outer) {
  Body body;
  body.text.reserve(text.size());
  body.map.reserve(text.size() + 1);
  // Offsets go through `outer` (text → input) as they are written: one pass, no second map.
  auto through = [&outer](size_t offset) {
    if (outer.empty()) return static_cast<uint32_t>(offset);
    return offset < outer.size() ? outer[offset] : outer.back();
  };
  // Block extents, to decide wrapping per block.
  std::vector<size_t> block_last(lines.empty() ? 0 : lines.back().block + 1, 0);
  std::vector<size_t> block_first(block_last.size(), SIZE_MAX);
  for (size_t i = 0; i < lines.size(); ++i) {
    block_last[lines[i].block] = i;
    if (block_first[lines[i].block] == SIZE_MAX) block_first[lines[i].block] = i;
  }
  size_t prev = SIZE_MAX;  // index of the previous body line
  uint32_t para_start = 0;
  for (size_t i = 0; i < lines.size(); ++i) {
    const Line& line = lines[i];
    if (line.role != Role::body) continue;
    size_t start = line.start + line.skip;
    if (start >= line.end) continue;  // a dateline on a line of its own
    bool same_paragraph = false;
    if (prev != SIZE_MAX && prev + 1 == i && lines[prev].block == line.block) {
      bool wrapped = is_hard_wrapped(lines, block_first[line.block], block_last[line.block]);
      bool indented = line.indent >= 2 && line.indent > lines[prev].indent;
      same_paragraph = wrapped && !indented && !is_bullet(line_text(text, line));
    }
    if (prev != SIZE_MAX) {
      if (same_paragraph) {
        body.text += ' ';
        body.map.push_back(through(lines[prev].end));
      } else {
        body.paragraphs.push_back({para_start, static_cast<uint32_t>(body.text.size())});
        body.text += "\n\n";
        body.map.push_back(through(lines[prev].end));
        body.map.push_back(through(lines[prev].end));
        para_start = static_cast<uint32_t>(body.text.size());
      }
    }
    body.text.append(text.substr(start, line.end - start));
    size_t at = body.map.size();
    body.map.resize(at + (line.end - start));
    if (outer.empty()) {
      for (size_t b = start; b < line.end; ++b) body.map[at++] = static_cast<uint32_t>(b);
    } else {
      std::copy(outer.begin() + static_cast<ptrdiff_t>(start), outer.begin() + static_cast<ptrdiff_t>(line.end),
                body.map.begin() + static_cast<ptrdiff_t>(at));
    }
    prev = i;
  }
  if (prev != SIZE_MAX) body.paragraphs.push_back({para_start, static_cast<uint32_t>(body.text.size())});
  body.map.push_back(through(text.size()));
  return body;
}

}  // namespace dateline::structure
