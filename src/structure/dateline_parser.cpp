// Wire datelines: "BEIJING —", "WASHINGTON (AP) —", "LONDON, March 3 (Reuters) -",
// "SEOUL, South Korea —", "UNITED NATIONS —". Hand-written scanning, no regex: it runs on the
// first paragraph of every article.
#include <algorithm>
#include <array>
#include <cctype>

#include "dateline/gazetteer.hpp"
#include "dateline/structure.hpp"

namespace dateline {
namespace {

constexpr size_t kMaxDateline = 120;

bool is_ascii_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_ascii_lower(char c) { return c >= 'a' && c <= 'z'; }

// A dash that ends a dateline, at `i`: em dash, en dash, "--" or "-". Returns its length.
size_t separator_at(std::string_view s, size_t i) {
  if (s.compare(i, 3, "\xE2\x80\x94") == 0 || s.compare(i, 3, "\xE2\x80\x93") == 0) return 3;
  if (s.compare(i, 2, "--") == 0) return 2;
  if (i < s.size() && s[i] == '-') return 1;
  return 0;
}

size_t skip_spaces(std::string_view s, size_t i) {
  while (i < s.size() && s[i] == ' ') ++i;
  return i;
}

// One word of an ALL-CAPS place: letters, '.', '\'', '-', '&', no lower-case ASCII.
size_t caps_word_end(std::string_view s, size_t i) {
  size_t j = i;
  bool upper = false;
  while (j < s.size() && s[j] != ' ' && s[j] != ',' && s[j] != '(' && s[j] != ':') {
    char c = s[j];
    if (is_ascii_lower(c) || std::isdigit(static_cast<unsigned char>(c))) return i;
    if (c == '-' && j + 1 < s.size() && s[j + 1] == ' ') break;  // "BEIJING- text"
    upper |= is_ascii_upper(c);
    ++j;
  }
  return upper ? j : i;
}

// One capitalised word of a mixed-case place: "Seoul", "St.", "Xi'an".
size_t capitalized_word_end(std::string_view s, size_t i) {
  if (i >= s.size() || !is_ascii_upper(s[i])) return i;
  size_t j = i + 1;
  while (j < s.size() && s[j] != ' ' && s[j] != ',' && s[j] != '(') ++j;
  return j;
}

// "March 3", "Jan. 5", "Tuesday", "3 March": a date qualifier, not part of the place.
bool is_date_word(std::string_view q) {
  static constexpr std::array<std::string_view, 32> kNames = {
      "jan", "january", "feb", "february", "mar", "march", "apr", "april", "may", "jun", "june",
      "jul", "july", "aug", "august", "sep", "sept", "september", "oct", "october", "nov",
      "november", "dec", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
      "saturday", "sunday", "today"};
  if (q.empty()) return false;
  if (std::isdigit(static_cast<unsigned char>(q.front()))) return true;
  std::string word;
  for (char c : q) {
    if (c == ' ' || c == '.') break;
    word += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  for (auto n : kNames)
    if (word == n) return true;
  return false;
}

// "UNITED NATIONS" → "United Nations", "ST. LOUIS" → "St. Louis", "N'DJAMENA" → "N'Djamena".
std::string title_case(std::string_view s) {
  std::string out;
  bool start = true;
  for (char c : s) {
    if (std::isalpha(static_cast<unsigned char>(c))) {
      out += start ? static_cast<char>(std::toupper(c)) : static_cast<char>(std::tolower(c));
      start = false;
    } else {
      out += c;
      start = c == ' ' || c == '-' || c == '\'' || c == '.';
    }
  }
  // Small joining words stay lower-case inside a name.
  for (std::string_view w : {" Of ", " And ", " The "}) {
    for (size_t at = out.find(w); at != std::string::npos; at = out.find(w, at + 1))
      out[at + 1] = static_cast<char>(std::tolower(out[at + 1]));
  }
  return out;
}

void resolve(DatelineParse& d, bool all_caps) {
  auto m = gazetteer::lookup(d.place);
  if (m && m->kind == gazetteer::Kind::demonym) m.reset();
  std::string place = m ? std::string(m->canonical) : all_caps ? title_case(d.place) : std::string(d.place);
  std::string country = m ? std::string(m->iso3) : "";
  for (auto q : d.qualifiers) {
    if (is_date_word(q)) continue;
    auto qm = gazetteer::lookup(q);
    if (qm && qm->kind == gazetteer::Kind::demonym) qm.reset();
    bool caps = std::none_of(q.begin(), q.end(), is_ascii_lower);
    place += ", ";
    // "SEOUL, SOUTH KOREA" reads as "Seoul, South Korea"; "Kan." stays as AP writes it.
    place += caps && qm ? std::string(qm->canonical) : caps ? title_case(q) : std::string(q);
    // "PARIS, Texas": the qualifier is the more specific clue.
    if (qm) country = qm->iso3;
  }
  d.info.place = std::move(place);
  d.info.country = std::move(country);
}

}  // namespace

std::optional<DatelineParse> parse_dateline(std::string_view p) {
  p = p.substr(0, std::min(p.size(), kMaxDateline + 40));
  DatelineParse d;
  // The place: ALL-CAPS words, else (accepted only with an agency or a known place) capitalised ones.
  size_t i = 0, words = 0;
  bool all_caps = true;
  for (size_t at = 0; words < 5; ++words) {
    size_t e = caps_word_end(p, at);
    if (e == at) break;
    i = e;
    if (e >= p.size() || p[e] != ' ') { ++words; break; }
    at = e + 1;
  }
  if (i == 0) {
    all_caps = false;
    for (size_t at = 0; words < 4; ++words) {
      size_t e = capitalized_word_end(p, at);
      if (e == at) break;
      i = e;
      if (e >= p.size() || p[e] != ' ') { ++words; break; }
      at = e + 1;
    }
    if (i == 0) return std::nullopt;
  }
  while (i > 0 && p[i - 1] == ' ') --i;
  d.place = p.substr(0, i);
  // Qualifiers: ", South Korea", ", Calif.", ", March 3".
  if (skip_spaces(p, i) < p.size() && p[skip_spaces(p, i)] == ',') i = skip_spaces(p, i);  // "NEW YORK , March 5"
  while (i < p.size() && p[i] == ',' && d.qualifiers.size() < 3) {
    size_t qs = skip_spaces(p, i + 1);
    size_t qe = qs;
    // A qualifier ends at a comma, a parenthesis, or a dash with a space on either side
    // ("April 13- Net"); "Winston-Salem" keeps its hyphen.
    while (qe < p.size() && p[qe] != ',' && p[qe] != '(' && !(p[qe] == ' ' && separator_at(p, qe + 1)) &&
           !(p[qe] == '-' && qe + 1 < p.size() && p[qe + 1] == ' '))
      ++qe;
    std::string_view q = p.substr(qs, qe - qs);
    while (!q.empty() && q.back() == ' ') q.remove_suffix(1);
    bool capital = !q.empty() && (is_ascii_upper(q.front()) || std::isdigit(static_cast<unsigned char>(q.front())));
    if (q.empty() || q.size() > 30 || !(capital || is_date_word(q))) return std::nullopt;
    // The date: the first date qualifier, with the year after it when one follows ("June 2, 2016").
    bool year = q.size() == 4 && std::all_of(q.begin(), q.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
    if (year && !d.date.empty() && d.qualifiers.back().data() == d.date.data())
      d.date = p.substr(static_cast<size_t>(d.date.data() - p.data()), static_cast<size_t>(q.data() + q.size() - d.date.data()));
    else if (d.date.empty() && is_date_word(q))
      d.date = q;
    d.qualifiers.push_back(q);
    i = qe;
  }
  i = skip_spaces(p, i);
  if (i < p.size() && p[i] == '(') {
    size_t close = p.find(')', i);
    if (close == std::string_view::npos || close - i > 30) return std::nullopt;
    d.agency = p.substr(i + 1, close - i - 1);
    for (char c : d.agency)
      if (std::isdigit(static_cast<unsigned char>(c))) return std::nullopt;
    i = skip_spaces(p, close + 1);
  }
  size_t sep = separator_at(p, i);
  if (sep == 0 && all_caps && i < p.size() && p[i] == ':' && d.qualifiers.empty()) sep = 1;
  if (sep == 0) return std::nullopt;
  // "BEIJING-based" is a word, not a dateline: a hyphen needs a space after it.
  size_t after = i + sep;
  if (sep == 1 && after < p.size() && p[after] != ' ') return std::nullopt;
  after = skip_spaces(p, after);
  if (after > kMaxDateline) return std::nullopt;
  resolve(d, all_caps);
  bool known = !d.info.country.empty();
  bool dated = std::any_of(d.qualifiers.begin(), d.qualifiers.end(), is_date_word);
  if (!all_caps && d.agency.empty() && !(known && (sep == 3 || dated))) return std::nullopt;
  // A lone unknown capitalised word before a dash ("NATO — the alliance ...") is prose; wire
  // datelines name a known city, add a qualifier or an agency, or run to several words.
  bool lone_word = d.place.find(' ') == std::string_view::npos;
  if (all_caps && !known && lone_word && d.qualifiers.empty() && d.agency.empty()) return std::nullopt;
  size_t letters = 0;
  for (char c : d.place) letters += std::isalpha(static_cast<unsigned char>(c)) ? 1 : 0;
  if (letters < 2) return std::nullopt;
  d.length = after;
  return d;
}

}  // namespace dateline
