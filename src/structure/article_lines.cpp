#include "structure/article_lines.hpp"

namespace dateline::structure {

std::vector<Line> split_lines(std::string_view text) {
  std::vector<Line> lines;
  lines.reserve(text.size() / 200 + 4);
  size_t block = 0;
  bool blank_since_last = false;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    size_t end = nl == std::string_view::npos ? text.size() : nl;
    size_t s = pos, e = end;
    while (s < e && (text[s] == ' ' || text[s] == '\t' || text[s] == '\r')) ++s;
    while (e > s && (text[e - 1] == ' ' || text[e - 1] == '\t' || text[e - 1] == '\r')) --e;
    if (s == e) {
      blank_since_last = true;
    } else {
      if (blank_since_last && !lines.empty()) ++block;
      blank_since_last = false;
      Line line;
      line.start = s;
      line.end = e;
      line.block = block;
      line.indent = s - pos;
      lines.push_back(line);
    }
    pos = end + 1;
  }
  return lines;
}

}  // namespace dateline::structure
