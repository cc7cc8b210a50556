#include "events/petrarch_text.hpp"

#include <cctype>
#include <fstream>
#include <sstream>

namespace dateline::petrarch::detail {

bool LineReader::next(std::string& line) {
  while (pos_ < text_.size()) {
    size_t nl = text_.find('\n', pos_);
    if (nl == std::string_view::npos) nl = text_.size();
    std::string_view raw = text_.substr(pos_, nl - pos_);
    pos_ = nl + 1;
    ++line_no_;
    std::string out;
    // Comment blocks: everything from "<!--" to "-->" is dropped, across lines.
    size_t i = 0;
    while (i < raw.size()) {
      if (in_comment_) {
        size_t close = raw.find("-->", i);
        if (close == std::string_view::npos) { i = raw.size(); break; }
        in_comment_ = false;
        i = close + 3;
        continue;
      }
      size_t open = raw.find("<!--", i);
      // '#' starts a comment except inside [..]: "[###]" is a code (a null event).
      size_t hash = std::string_view::npos;
      for (size_t k = i, depth = 0; k < raw.size(); ++k) {
        if (raw[k] == '[') ++depth;
        else if (raw[k] == ']' && depth > 0) --depth;
        else if (raw[k] == '#' && depth == 0) { hash = k; break; }
      }
      if (hash != std::string_view::npos && (open == std::string_view::npos || hash < open)) {
        out.append(raw.substr(i, hash - i));
        break;
      }
      if (open == std::string_view::npos) { out.append(raw.substr(i)); break; }
      out.append(raw.substr(i, open - i));
      in_comment_ = true;
      i = open + 4;
    }
    // Control bytes (the Phoenix files hold raw 0x1A) and CR become spaces, so they never end
    // up inside a word.
    for (char& c : out)
      if (static_cast<unsigned char>(c) < 0x20 && c != '\t') c = ' ';
    line = std::move(out);
    return true;
  }
  return false;
}

void LineReader::fail(const std::string& what) const {
  throw Error(ExitCode::bad_resource, name_ + ":" + std::to_string(line_no_) + ": " + what);
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

std::string upper(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return out;
}

std::vector<std::string> phrase_words(std::string_view phrase, bool* stem_last, std::vector<bool>* spaced) {
  phrase = trim(phrase);
  if (stem_last) *stem_last = !phrase.empty() && phrase.back() != '_';
  std::vector<std::string> words;
  std::string cur;
  bool space = false;
  auto flush = [&] {
    if (cur.empty()) return;
    if (spaced) spaced->push_back(!words.empty() && space);
    words.push_back(upper(cur));
    cur.clear();
    space = false;
  };
  for (char c : phrase) {
    if (c == ' ' || c == '\t' || c == '_') {
      flush();
      space = space || c != '_';
    } else {
      cur += c;
    }
  }
  flush();
  return words;
}

bool bracket(std::string_view s, size_t from, std::string_view& inside, size_t& end) {
  size_t open = s.find('[', from);
  if (open == std::string_view::npos) return false;
  size_t close = s.find(']', open);
  if (close == std::string_view::npos) return false;
  inside = trim(s.substr(open + 1, close - open - 1));
  end = close + 1;
  return true;
}

std::string read_dictionary_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(ExitCode::bad_resource, "cannot read dictionary " + path);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

}  // namespace dateline::petrarch::detail
