// The structure stage: headline, byline, captions, dateline and boilerplate out; body in.
#include <algorithm>

#include "dateline/ingest.hpp"
#include "dateline/structure.hpp"
#include "dateline/timex.hpp"
#include "structure/body_text.hpp"
#include "structure/line_roles.hpp"
#include "structure/line_rules.hpp"

namespace dateline {
namespace {

using structure::Article;
using structure::Line;
using structure::Role;
using structure::line_text;

constexpr size_t kMaxHeadline = 250;
constexpr size_t kBylineZone = 6;  // bylines are looked for among the first lines only

// Runs of whitespace as one space, ends trimmed: how a title hint is compared with a line.
std::string collapse_spaces(std::string_view s) {
  std::string out;
  for (char c : s) {
    bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r';
    if (space) {
      if (!out.empty() && out.back() != ' ') out += ' ';
    } else {
      out += c;
    }
  }
  if (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

size_t next_body(const Article& a, size_t from) {
  while (from < a.lines.size() && a.lines[from].role != Role::body) ++from;
  return from;
}

// The body lines of one block starting at `first`, as [first, last].
size_t block_run_end(const Article& a, size_t first) {
  size_t last = first;
  while (last + 1 < a.lines.size() && a.lines[last + 1].block == a.lines[first].block &&
         a.lines[last + 1].role == Role::body)
    ++last;
  return last;
}

void find_bylines(Article& a, Document& doc) {
  size_t seen = 0;
  for (size_t i = next_body(a, 0); i < a.lines.size() && seen < kBylineZone; i = next_body(a, i + 1), ++seen) {
    Line& line = a.lines[i];
    if (auto names = structure::byline_names(line_text(a.text, line))) {
      line.role = Role::byline;
      if (!doc.byline) doc.byline = std::string(*names);
    }
  }
}

bool looks_like_headline(const Article& a, size_t first, size_t last) {
  size_t bytes = 0;
  for (size_t i = first; i <= last; ++i) bytes += a.lines[i].end - a.lines[i].start;
  if (last - first >= 3 || bytes > kMaxHeadline) return false;
  std::string_view end_line = line_text(a.text, a.lines[last]);
  char end = end_line.back();
  if (end == ',' || end == ';' || end == ':') return false;
  if (end == '.') {
    // A full stop ends a sentence, not a headline; but "...", "U.S." and ALL CAPS lines are fine.
    size_t sp = end_line.rfind(' ');
    std::string_view last_word = end_line.substr(sp == std::string_view::npos ? 0 : sp + 1);
    bool abbreviation = last_word.find('.') < last_word.size() - 1;
    bool caps = std::none_of(end_line.begin(), end_line.end(), [](char c) { return c >= 'a' && c <= 'z'; });
    if (!end_line.ends_with("...") && !abbreviation && !caps) return false;
  }
  // A lower-case first word is prose, unless it is a brand like "iTunes".
  std::string_view begin = line_text(a.text, a.lines[first]);
  std::string_view first_word = begin.substr(0, begin.find(' '));
  bool lower_start = begin.front() >= 'a' && begin.front() <= 'z';
  if (lower_start && std::none_of(first_word.begin(), first_word.end(), [](char c) { return c >= 'A' && c <= 'Z'; }))
    return false;
  // A real dateline names a known place, a date or an agency; "U.S. CORPORATE FINANCE - ..." is a
  // headline with a section label.
  if (auto d = parse_dateline(begin); d && (!d->info.country.empty() || !d->agency.empty() || !d->qualifiers.empty()))
    return false;
  return next_body(a, last + 1) < a.lines.size();  // something must follow it
}

std::string find_headline(Article& a, Document& doc) {
  size_t first = next_body(a, 0);
  if (first >= a.lines.size()) return doc.title_hint ? collapse_spaces(*doc.title_hint) : "";
  size_t last = block_run_end(a, first);
  std::string joined;
  for (size_t i = first; i <= last; ++i) {
    if (i > first) joined += ' ';
    joined += line_text(a.text, a.lines[i]);
  }
  joined = collapse_spaces(joined);
  bool take = false;
  std::string headline;
  if (doc.title_hint && !collapse_spaces(*doc.title_hint).empty()) {
    headline = collapse_spaces(*doc.title_hint);
    // The container's title is often repeated as the first line, sometimes with the site name.
    take = joined == headline || (joined.size() >= 20 && headline.starts_with(joined)) ||
           (headline.size() >= 20 && joined.starts_with(headline) && looks_like_headline(a, first, last));
  } else if (looks_like_headline(a, first, last)) {
    headline = joined;
    take = true;
  }
  if (take)
    for (size_t i = first; i <= last; ++i) a.lines[i].role = Role::headline;
  return headline;
}

// "WASHINGTON, June 2 -": the story's own date, better than a crawl date or a --date default
// (which give it its year: the latest June 2 on or before them). Only a month and day count; a
// weekday alone ("Tuesday") says too little against such a distant anchor.
void date_from_dateline(const DatelineParse& d, Document& doc) {
  const std::string& from = doc.date_source;
  bool weak = !doc.date || from.empty() || from == "warc" || from == "cli" || from == "request";
  if (!weak || d.date.empty() || d.date.find_first_of("0123456789") == std::string_view::npos) return;
  std::optional<std::string> value = resolve_time_expression(d.date, doc.date);
  if (!value || !is_iso_date(*value)) return;
  // A month and day after the anchor are last year's: a story is written before it is crawled.
  std::string_view tail = d.date.substr(d.date.size() >= 4 ? d.date.size() - 4 : 0);
  bool has_year = tail.size() == 4 && std::all_of(tail.begin(), tail.end(), [](char c) { return c >= '0' && c <= '9'; });
  if (doc.date && !has_year && *value > *doc.date) {
    std::string earlier = std::to_string(std::stoi(value->substr(0, 4)) - 1) + value->substr(4);
    if (!is_iso_date(earlier)) return;  // February 29 of a year before a leap year
    value = earlier;
  }
  doc.date = std::move(value);
  doc.date_source = "dateline";
}

// The dateline opens the first body paragraph; if that paragraph is a stray one-liner (an
// uncredited caption, a kicker), the next paragraph is tried too.
void find_dateline(Article& a, Document& doc) {
  size_t first = next_body(a, 0);
  for (int tries = 0; tries < 2 && first < a.lines.size(); ++tries) {
    Line& line = a.lines[first];
    if (auto d = parse_dateline(line_text(a.text, line))) {
      line.skip = d->length;
      doc.dateline = d->info;
      date_from_dateline(*d, doc);
      return;
    }
    size_t last = block_run_end(a, first);
    if (last != first || line.end - line.start > 300) return;
    first = next_body(a, last + 1);
  }
}

class StructureStage final : public Stage {
 public:
  std::string_view name() const override { return "structure"; }
  void process(Document& doc) const override { structure_article(doc); }
};

}  // namespace

void structure_article(Document& doc) {
  Article a;
  a.text = doc.text;
  a.lines = structure::split_lines(doc.text);
  structure::mark_line_rules(a);
  structure::spread_boilerplate(a);
  structure::pair_credits(a);
  find_bylines(a, doc);
  std::string headline = find_headline(a, doc);
  if (!headline.empty()) doc.headline = headline;
  structure::mark_repeats(a, headline);
  find_dateline(a, doc);

  std::sort(a.captions.begin(), a.captions.end(),
            [](const auto& x, const auto& y) { return x.first < y.first; });
  for (auto& [line, caption] : a.captions) doc.captions.push_back(std::move(caption));
  for (const Line& line : a.lines)
    if (line.role == Role::boilerplate)
      doc.boilerplate.push_back({std::string(line_text(a.text, line)), std::string(line.reason)});

  structure::Body body = structure::build_body(doc.text, a.lines, doc.source_map);
  doc.source_map = std::move(body.map);
  doc.text = std::move(body.text);
  doc.paragraphs = std::move(body.paragraphs);
}

std::unique_ptr<Stage> make_structure_stage() { return std::make_unique<StructureStage>(); }

}  // namespace dateline
