// Reuters-21578 SGML: one shared reader, so that `eval structure --reuters`, `eval news` and the
// gold tool (tools/gold_news.py) build the same article text from an element.
#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>

#include "dateline/corpus.hpp"
#include "dateline/error.hpp"
#include "dateline/ingest.hpp"

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
    size_t next = sgml.find("<REUTERS", at + 1);
    ReutersStory s;
    s.offset = at;
    // An element that runs into the next one lost its end tag: it stops there, so that one
    // damaged story does not swallow the stories after it.
    if (end == std::string_view::npos || (next != std::string_view::npos && next < end)) {
      s.problem = "<REUTERS> element without its </REUTERS> end tag";
      end = next;
    }
    std::string_view doc = sgml.substr(at, end == std::string_view::npos ? std::string_view::npos : end - at);
    size_t tag_end = doc.find('>');
    s.newid = newid_of(doc.substr(0, tag_end));
    if (s.problem.empty() && (tag_end == std::string_view::npos || s.newid.empty()))
      s.problem = "<REUTERS> start tag without a NEWID";
    if (s.problem.empty() && doc.find("<TEXT") == std::string_view::npos) s.problem = "<REUTERS> element without <TEXT>";
    s.date = collapse(element(doc, "DATE"));
    s.title = collapse(unescape(element(doc, "TITLE")));
    s.dateline = collapse(unescape(element(doc, "DATELINE")));
    s.body = unescape(element(doc, "BODY"));
    s.text = s.title + "\n\n" + s.dateline + " " + s.body;
    if (s.title.empty() && s.body.empty()) {
      // <TEXT TYPE="UNPROC">: the story is the element's content, with no markup inside.
      size_t open = doc.find("<TEXT");
      size_t open_end = open == std::string_view::npos ? open : doc.find('>', open);
      size_t close = doc.find("</TEXT>");
      if (open_end != std::string_view::npos && close != std::string_view::npos && close > open_end)
        s.unproc = unescape(doc.substr(open_end + 1, close - open_end - 1));
    }
    out.push_back(std::move(s));
  }
  return out;
}

std::optional<std::string> reuters_date(std::string_view date) {
  // " 26-FEB-1987 15:01:01.79": day, English month abbreviation and year; the time is not kept.
  static constexpr std::array<std::string_view, 12> kMonths{"JAN", "FEB", "MAR", "APR", "MAY", "JUN",
                                                            "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"};
  size_t i = 0;
  while (i < date.size() && is_space(date[i])) ++i;
  auto digits = [&](size_t from) {
    size_t j = from;
    while (j < date.size() && std::isdigit(static_cast<unsigned char>(date[j]))) ++j;
    return j;
  };
  size_t day_end = digits(i);
  if (day_end == i || day_end - i > 2 || day_end + 5 > date.size() || date[day_end] != '-') return std::nullopt;
  std::string month(date.substr(day_end + 1, 3));
  for (char& c : month) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  auto m = std::find(kMonths.begin(), kMonths.end(), month);
  size_t year_at = day_end + 5;
  if (m == kMonths.end() || date[day_end + 4] != '-' || digits(year_at) - year_at != 4) return std::nullopt;
  std::optional<unsigned long> day = number(date.substr(i, day_end - i));
  if (!day || *day > 31) return std::nullopt;
  std::string iso(date.substr(year_at, 4));
  iso += '-';
  iso += static_cast<char>('0' + (m - kMonths.begin() + 1) / 10);
  iso += static_cast<char>('0' + (m - kMonths.begin() + 1) % 10);
  iso += '-';
  iso += static_cast<char>('0' + *day / 10);
  iso += static_cast<char>('0' + *day % 10);
  if (!is_iso_date(iso)) return std::nullopt;
  return iso;
}

std::string reuters_article_text(const ReutersStory& story) {
  return story.title.empty() && story.body.empty() && !story.unproc.empty() ? story.unproc : story.text;
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
