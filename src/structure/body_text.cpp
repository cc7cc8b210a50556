#include "structure/body_text.hpp"

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

Body build_body(std::string_view text, const std::vector<Line>& lines) {
  Body body;
  body.text.reserve(text.size());
  body.map.reserve(text.size() + 1);
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
        body.map.push_back(static_cast<uint32_t>(lines[prev].end));
      } else {
        body.paragraphs.push_back({para_start, static_cast<uint32_t>(body.text.size())});
        body.text += "\n\n";
        body.map.push_back(static_cast<uint32_t>(lines[prev].end));
        body.map.push_back(static_cast<uint32_t>(lines[prev].end));
        para_start = static_cast<uint32_t>(body.text.size());
      }
    }
    body.text.append(text.substr(start, line.end - start));
    for (size_t b = start; b < line.end; ++b) body.map.push_back(static_cast<uint32_t>(b));
    prev = i;
  }
  if (prev != SIZE_MAX) body.paragraphs.push_back({para_start, static_cast<uint32_t>(body.text.size())});
  body.map.push_back(static_cast<uint32_t>(text.size()));
  return body;
}

}  // namespace dateline::structure
