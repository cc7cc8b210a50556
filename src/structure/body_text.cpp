#include "structure/body_text.hpp"

#include <algorithm>

namespace dateline::structure {
namespace {

constexpr size_t kWrapWidth = 100;

bool is_bullet(std::string_view line) {
  return line.starts_with("- ") || line.starts_with("* ") || line.starts_with("\xE2\x80\xA2");
}

// For each block, whether it is one hard-wrapped paragraph: every line but its last is short.
std::vector<bool> hard_wrapped_blocks(const std::vector<Line>& lines) {
  std::vector<bool> wrapped(lines.empty() ? 0 : lines.back().block + 1, true);
  for (size_t i = 0; i + 1 < lines.size(); ++i)
    if (lines[i + 1].block == lines[i].block && lines[i].end - lines[i].start > kWrapWidth)
      wrapped[lines[i].block] = false;
  return wrapped;
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
  const std::vector<bool> wrapped_block = hard_wrapped_blocks(lines);
  size_t prev = SIZE_MAX;  // index of the previous body line
  uint32_t para_start = 0;
  for (size_t i = 0; i < lines.size(); ++i) {
    const Line& line = lines[i];
    if (line.role != Role::body) continue;
    size_t start = line.start + line.skip;
    if (start >= line.end) continue;  // a dateline on a line of its own
    bool same_paragraph = false;
    if (prev != SIZE_MAX && prev + 1 == i && lines[prev].block == line.block) {
      bool wrapped = wrapped_block[line.block];
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
      // A pointer loop over the resized map, vectorised and unrolled: std::iota was vectorised
      // four entries a step (an indexed loop not at all).
      uint32_t offset = static_cast<uint32_t>(start);
#pragma GCC unroll 4
      for (uint32_t* out = body.map.data() + at; out != body.map.data() + body.map.size(); ++out) *out = offset++;
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
