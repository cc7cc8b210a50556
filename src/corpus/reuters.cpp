// Reuters-21578 SGML: one shared reader, so that `eval structure --reuters`, `eval news` and the
// gold tool (tools/gold_news.py) build the same article text from an element.
#include <charconv>

#include "dateline/corpus.hpp"
#include "dateline/error.hpp"

namespace dateline {
namespace {

bool is_space(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v'; }

// Runs of white space to one space, none at either end (Python's " ".join(s.split())).
std::string collapse(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (is_space(c)) {
      if (!out.empty() && out.back() != ' ') out += ' ';
    } else {
      out += c;
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

// The SGML character references Reuters-21578 uses; control characters (&#3; …) are dropped.
std::string unescape(std::string_view s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] != '&') { out += s[i]; continue; }
    size_t semi = s.find(';', i);
    if (semi == std::string_view::npos || semi - i > 6) { out += s[i]; continue; }
    std::string_view ref = s.substr(i + 1, semi - i - 1);
    if (ref == "lt") out += '<';
    else if (ref == "gt") out += '>';
    else if (ref == "amp") out += '&';
    else if (!ref.starts_with("#")) out += std::string(s.substr(i, semi - i + 1));
    i = semi;
  }
  return out;
}

// The content of the first <tag>…</tag> of an element ("" when absent).
std::string_view element(std::string_view doc, std::string_view tag) {
  std::string open = "<" + std::string(tag) + ">", close = "</" + std::string(tag) + ">";
  size_t a = doc.find(open);
  if (a == std::string_view::npos) return {};
  size_t b = doc.find(close, a + open.size());
  if (b == std::string_view::npos) return {};
  return doc.substr(a + open.size(), b - a - open.size());
}

// The value of NEWID="…" in a start tag.
std::string newid_of(std::string_view tag) {
  size_t at = tag.find(" NEWID=\"");
  if (at == std::string_view::npos) return "";
  at += 8;
  size_t end = tag.find('"', at);
  return end == std::string_view::npos ? "" : std::string(tag.substr(at, end - at));
}

// A NEWID as a number; nullopt when it is not one.
std::optional<unsigned long> number(std::string_view s) {
  unsigned long n = 0;
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), n);
  if (ec != std::errc() || p != s.data() + s.size() || s.empty()) return std::nullopt;
  return n;
}

}  // namespace

std::vector<ReutersStory> parse_reuters_sgml(std::string_view sgml) {
  std::vector<ReutersStory> out;
  for (size_t at = sgml.find("<REUTERS"); at != std::string_view::npos; at = sgml.find("<REUTERS", at + 1)) {
    size_t end = sgml.find("</REUTERS>", at);
    std::string_view doc = sgml.substr(at, end == std::string_view::npos ? std::string_view::npos : end - at);
    ReutersStory s;
    s.newid = newid_of(doc.substr(0, doc.find('>')));
    s.date = collapse(element(doc, "DATE"));
    s.title = collapse(unescape(element(doc, "TITLE")));
    s.dateline = collapse(unescape(element(doc, "DATELINE")));
    s.body = unescape(element(doc, "BODY"));
    s.text = s.title + "\n\n" + s.dateline + " " + s.body;
    out.push_back(std::move(s));
  }
  return out;
}

std::vector<ReutersStory> read_reuters_file(const std::string& path) {
  std::string sgml = read_input_bytes(path, size_t{1} << 30);
  std::vector<ReutersStory> stories = parse_reuters_sgml(sgml);
  if (stories.empty()) throw Error(ExitCode::bad_input, path + ": not Reuters-21578 SGML (no <REUTERS> element)");
  return stories;
}

ReutersStory read_reuters_story(const std::string& path, std::string_view newid) {
  std::optional<unsigned long> wanted = number(newid);
  if (!wanted) throw Error(ExitCode::bad_input, path + ": NEWID must be a number, got '" + std::string(newid) + "'");
  for (auto& s : read_reuters_file(path))
    if (number(s.newid) == wanted) return std::move(s);
  throw Error(ExitCode::bad_input, path + ": no NEWID " + std::string(newid));
}

}  // namespace dateline
