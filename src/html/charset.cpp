// The charset a page declares about itself, read from its first bytes as browsers do.
#include <algorithm>
#include <cctype>

#include "html_internal.hpp"

namespace dateline::html {

std::string sniff_charset(std::string_view bytes) {
  std::string head(bytes.substr(0, 4096));
  std::transform(head.begin(), head.end(), head.begin(),
                 [](char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c; });
  // Both <meta charset="x"> and <meta http-equiv=... content="text/html; charset=x"> contain
  // "charset=" inside a <meta> tag.
  for (size_t meta = head.find("<meta"); meta != std::string::npos; meta = head.find("<meta", meta + 5)) {
    size_t close = head.find('>', meta);
    if (close == std::string::npos) break;
    size_t at = head.find("charset", meta);
    if (at == std::string::npos || at > close) continue;
    size_t i = at + 7;
    while (i < close && (head[i] == ' ' || head[i] == '=' || head[i] == '"' || head[i] == '\'')) ++i;
    size_t j = i;
    while (j < close && (std::isalnum(static_cast<unsigned char>(head[j])) || head[j] == '-' || head[j] == '_' ||
                         head[j] == ':' || head[j] == '.'))
      ++j;
    if (j > i) return head.substr(i, j - i);
  }
  return {};
}

}  // namespace dateline::html
