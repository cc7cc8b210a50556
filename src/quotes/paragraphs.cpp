#include "quotes/paragraphs.hpp"

namespace dateline {
namespace {

bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\n'; }

void add_trimmed(std::string_view text, size_t start, size_t end, std::vector<Span>& out) {
  while (start < end && is_blank(text[start])) ++start;
  while (end > start && is_blank(text[end - 1])) --end;
  if (end > start) out.push_back({static_cast<uint32_t>(start), static_cast<uint32_t>(end)});
}

}  // namespace

std::vector<Span> split_paragraphs(std::string_view text) {
  bool has_blank_line = false;
  for (size_t i = 0; i < text.size() && !has_blank_line; ++i) {
    if (text[i] != '\n') continue;
    size_t j = i + 1;
    while (j < text.size() && (text[j] == ' ' || text[j] == '\t')) ++j;
    has_blank_line = j < text.size() && text[j] == '\n';
  }
  std::vector<Span> out;
  size_t start = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '\n') continue;
    size_t j = i + 1;
    while (j < text.size() && (text[j] == ' ' || text[j] == '\t')) ++j;
    bool boundary = !has_blank_line || (j < text.size() && text[j] == '\n');
    if (!boundary) continue;
    add_trimmed(text, start, i, out);
    start = i + 1;
  }
  add_trimmed(text, start, text.size(), out);
  return out;
}

}  // namespace dateline
