#include "dateline/lexicon.hpp"

#include "dateline/error.hpp"

namespace dateline {

std::string_view lexicon(std::string_view name) {
  auto text = embedded_lexicon(name);
  if (!text) throw Error(ExitCode::internal, "no built-in lexicon named " + std::string(name));
  return *text;
}

std::vector<std::vector<std::string_view>> lexicon_rows(std::string_view name) {
  std::vector<std::vector<std::string_view>> rows;
  std::string_view text = lexicon(name);
  while (!text.empty()) {
    size_t nl = text.find('\n');
    std::string_view line = text.substr(0, nl);
    text.remove_prefix(nl == std::string_view::npos ? text.size() : nl + 1);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line.front() == '#') continue;
    std::vector<std::string_view> cols;
    while (true) {
      size_t tab = line.find('\t');
      cols.push_back(line.substr(0, tab));
      if (tab == std::string_view::npos) break;
      line.remove_prefix(tab + 1);
    }
    rows.push_back(std::move(cols));
  }
  return rows;
}

}  // namespace dateline
