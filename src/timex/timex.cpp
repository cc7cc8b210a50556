// Finds and resolves time expressions; see include/dateline/timex.hpp.
#include "dateline/timex.hpp"

#include <array>
#include <cctype>
#include <cstdlib>

#include "timex/calendar.hpp"

namespace dateline {
namespace {

using namespace timex;

struct Word {
  uint32_t start, end;
  std::string lower;
  bool capital;
};

std::vector<Word> split_words(std::string_view text) {
  std::vector<Word> out;
  size_t i = 0;
  while (i < text.size()) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (std::isspace(c)) { ++i; continue; }
    size_t j = i;
    if (std::isalnum(c)) {
      while (j < text.size() && std::isalnum(static_cast<unsigned char>(text[j]))) ++j;
    } else {
      j = i + 1;
      while (j < text.size() && (static_cast<unsigned char>(text[j]) & 0xC0) == 0x80) ++j;  // whole UTF-8 char
    }
    Word w{static_cast<uint32_t>(i), static_cast<uint32_t>(j), std::string(text.substr(i, j - i)), std::isupper(c) != 0};
    for (char& ch : w.lower) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    out.push_back(std::move(w));
    i = j;
  }
  return out;
}

int month_number(const Word& w) {
  static const std::array<const char*, 12> names = {"january", "february", "march", "april", "may", "june",
                                                    "july", "august", "september", "october", "november", "december"};
  if (!w.capital) return 0;  // "may", "march" as verbs
  for (size_t m = 0; m < 12; ++m) {
    std::string_view full = names[m];
    if (w.lower == full) return static_cast<int>(m) + 1;
    if (w.lower.size() >= 3 && w.lower.size() < full.size() && full.substr(0, w.lower.size()) == w.lower &&
        (w.lower.size() == 3 || w.lower == "sept"))
      return static_cast<int>(m) + 1;
  }
  return 0;
}

int weekday_number(const std::string& w) {
  static const std::array<const char*, 7> names = {"sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"};
  for (size_t d = 0; d < 7; ++d)
    if (w == names[d]) return static_cast<int>(d);
  return -1;
}

bool is_number(const std::string& w, size_t min_len, size_t max_len) {
  if (w.size() < min_len || w.size() > max_len) return false;
  for (char c : w)
    if (!std::isdigit(static_cast<unsigned char>(c))) return false;
  return true;
}

int year_value(const Word& w) {
  if (!is_number(w.lower, 4, 4)) return 0;
  int y = std::atoi(w.lower.c_str());
  return y >= 1900 && y <= 2099 ? y : 0;
}

int day_value(const std::string& w) {
  std::string digits = w;
  for (const char* suffix : {"st", "nd", "rd", "th"})
    if (digits.size() > 2 && digits.ends_with(suffix)) digits.resize(digits.size() - 2);
  if (!is_number(digits, 1, 2)) return 0;
  int d = std::atoi(digits.c_str());
  return d >= 1 && d <= 31 ? d : 0;
}

int count_value(const std::string& w) {
  static const std::array<const char*, 11> words = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"};
  if (w == "a" || w == "an") return 1;
  for (size_t i = 0; i < words.size(); ++i)
    if (w == words[i]) return static_cast<int>(i);
  if (is_number(w, 1, 3)) return std::atoi(w.c_str());
  return -1;
}

// The year that puts month m closest to the anchor.
int closest_year(Day anchor, unsigned m, unsigned d = 15) {
  int y = year_of(anchor);
  int best = y;
  long best_gap = -1;
  for (int cand : {y - 1, y, y + 1}) {
    long gap = std::labs((make_day(cand, m, d) - anchor).count());
    if (best_gap < 0 || gap < best_gap) { best_gap = gap; best = cand; }
  }
  return best;
}

std::string part_of_year(const std::string& part, int y) {
  if (part == "early") return range(make_day(y, 1, 1), last_of_month(y, 4));
  if (part == "mid") return range(make_day(y, 5, 1), last_of_month(y, 8));
  return range(make_day(y, 9, 1), last_of_month(y, 12));
}

std::string part_of_month(const std::string& part, int y, unsigned m) {
  if (part == "early") return range(make_day(y, m, 1), make_day(y, m, 10));
  if (part == "mid") return range(make_day(y, m, 11), make_day(y, m, 20));
  return range(make_day(y, m, 21), last_of_month(y, m));
}

std::string season(const std::string& name, int y) {
  if (name == "spring") return range(make_day(y, 3, 1), last_of_month(y, 5));
  if (name == "summer") return range(make_day(y, 6, 1), last_of_month(y, 8));
  if (name == "autumn" || name == "fall") return range(make_day(y, 9, 1), last_of_month(y, 11));
  return range(make_day(y, 12, 1), last_of_month(y + 1, 2));  // winter y/y+1
}

unsigned season_start(const std::string& name) {
  if (name == "spring") return 3;
  if (name == "summer") return 6;
  if (name == "autumn" || name == "fall") return 9;
  return 12;
}

bool is_season(const std::string& w) {
  return w == "spring" || w == "summer" || w == "autumn" || w == "fall" || w == "winter";
}

struct Match {
  size_t length = 0;  // words
  std::string value;
};

// Tries every form at word i; `anchor` may be absent (then only absolute dates resolve).
Match match_at(const std::vector<Word>& w, size_t i, const std::optional<Day>& anchor) {
  auto at = [&](size_t k) -> const Word* { return i + k < w.size() ? &w[i + k] : nullptr; };
  const Word& first = w[i];
  // ISO 2014-02-14
  if (year_value(first) && at(4) && at(1)->lower == "-" && at(3)->lower == "-") {
    std::string s = first.lower + "-" + at(2)->lower + "-" + at(4)->lower;
    if (auto d = parse_iso_day(s)) return {5, iso(*d)};
  }
  // early/mid/late + year or month
  if (first.lower == "early" || first.lower == "mid" || first.lower == "late") {
    size_t k = 1;
    if (at(k) && at(k)->lower == "-") ++k;
    if (at(k) && year_value(*at(k))) return {k + 1, part_of_year(first.lower, year_value(*at(k)))};
    if (at(k) && month_number(*at(k))) {
      unsigned m = static_cast<unsigned>(month_number(*at(k)));
      if (at(k + 1) && year_value(*at(k + 1))) return {k + 2, part_of_month(first.lower, year_value(*at(k + 1)), m)};
      if (anchor) return {k + 1, part_of_month(first.lower, closest_year(*anchor, m), m)};
    }
  }
  // Month-first: "March 3", "March 3, 2014", "Dec. 3", "December 2012", "December"
  if (int m = month_number(first)) {
    size_t k = 1;
    if (at(k) && at(k)->lower == "." && first.lower.size() <= 4) ++k;
    if (at(k) && day_value(at(k)->lower)) {
      int d = day_value(at(k)->lower);
      size_t n = k + 1;
      if (at(n) && at(n)->lower == ",") ++n;
      if (at(n) && year_value(*at(n))) return {n + 1, iso(make_day(year_value(*at(n)), static_cast<unsigned>(m), static_cast<unsigned>(d)))};
      if (anchor) {
        int y = closest_year(*anchor, static_cast<unsigned>(m), static_cast<unsigned>(d));
        return {k + 1, iso(make_day(y, static_cast<unsigned>(m), static_cast<unsigned>(d)))};
      }
      return {};
    }
    if (at(k) && year_value(*at(k))) {
      int y = year_value(*at(k));
      return {k + 1, range(make_day(y, static_cast<unsigned>(m), 1), last_of_month(y, static_cast<unsigned>(m)))};
    }
    if (first.lower == "may" && !(i > 0 && (w[i - 1].lower == "in" || w[i - 1].lower == "since"))) return {};
    if (anchor) {
      // A bare month: the latest one on or before the anchor's month.
      int y = year_of(*anchor);
      if (static_cast<unsigned>(m) > month_of(*anchor)) --y;
      return {k == 1 ? 1u : k, range(make_day(y, static_cast<unsigned>(m), 1), last_of_month(y, static_cast<unsigned>(m)))};
    }
    return {};
  }
  // Day-first: "3 March 2014", "3 March"
  if (day_value(first.lower) && at(1) && month_number(*at(1))) {
    unsigned m = static_cast<unsigned>(month_number(*at(1)));
    unsigned d = static_cast<unsigned>(day_value(first.lower));
    if (at(2) && year_value(*at(2))) return {3, iso(make_day(year_value(*at(2)), m, d))};
    if (anchor) return {2, iso(make_day(closest_year(*anchor, m, d), m, d))};
    return {};
  }
  // A year after a preposition: "in 2013", "since 2010"
  if (year_value(first) && i > 0) {
    static const std::array<const char*, 9> preps = {"in", "since", "by", "until", "during", "of", "from", "before", "after"};
    for (const char* p : preps)
      if (w[i - 1].lower == p) {
        int y = year_value(first);
        return {1, range(make_day(y, 1, 1), make_day(y, 12, 31))};
      }
  }
  if (!anchor) return {};
  const Day a = *anchor;
  if (first.lower == "today" || first.lower == "tonight") return {1, iso(a)};
  if (first.lower == "yesterday") return {1, iso(a - std::chrono::days{1})};
  if (first.lower == "tomorrow") return {1, iso(a + std::chrono::days{1})};
  // Weekdays, optionally "last"/"next"/"this"
  {
    size_t k = 0;
    std::string mod;
    if (first.lower == "last" || first.lower == "next" || first.lower == "this") { mod = first.lower; k = 1; }
    if (at(k) && weekday_number(at(k)->lower) >= 0) {
      int target = weekday_number(at(k)->lower);
      int today = static_cast<int>(weekday_of(a));
      int back = (today - target + 7) % 7;
      if (mod == "next") return {k + 1, iso(a + std::chrono::days{(target - today + 7) % 7 == 0 ? 7 : (target - today + 7) % 7})};
      if (mod == "last" && back == 0) back = 7;
      return {k + 1, iso(a - std::chrono::days{back})};
    }
  }
  // "a day earlier", "two weeks ago", "three days later"
  if (int n = count_value(first.lower); n >= 0 && at(2)) {
    std::string unit = at(1)->lower;
    if (unit.size() > 1 && unit.back() == 's') unit.pop_back();
    const std::string& dir = at(2)->lower;
    int sign = (dir == "ago" || dir == "earlier" || dir == "before") ? -1 : (dir == "later" || dir == "after") ? 1 : 0;
    if (sign != 0) {
      if (unit == "day") return {3, iso(a + std::chrono::days{sign * n})};
      if (unit == "week") return {3, iso(a + std::chrono::days{sign * 7 * n})};
      if (unit == "month") return {3, iso(add_months(a, sign * n))};
      if (unit == "year") return {3, iso(add_months(a, sign * 12 * n))};
    }
  }
  // "last week", "this month", "next year", "last spring", "last December", "past week"
  if ((first.lower == "last" || first.lower == "this" || first.lower == "next" || first.lower == "past") && at(1)) {
    int shift = first.lower == "last" || first.lower == "past" ? -1 : first.lower == "next" ? 1 : 0;
    const std::string& unit = at(1)->lower;
    if (unit == "week") {
      Day monday = a - std::chrono::days{(weekday_of(a) + 6) % 7};
      Day start = monday + std::chrono::days{7 * shift};
      return {2, range(start, start + std::chrono::days{6})};
    }
    if (unit == "month") {
      Day m = add_months(make_day(year_of(a), month_of(a), 1), shift);
      return {2, range(m, last_of_month(year_of(m), month_of(m)))};
    }
    if (unit == "year") {
      int y = year_of(a) + shift;
      return {2, range(make_day(y, 1, 1), make_day(y, 12, 31))};
    }
    if (is_season(unit)) {
      // "this": the latest such season begun by the anchor; "last": the latest one already over.
      int y = year_of(a);
      unsigned start = season_start(unit);
      if (make_day(y, start, 1) > a) --y;
      Day end = unit == "winter" ? last_of_month(y + 1, 2) : last_of_month(y, start + 2);
      if (shift < 0 && end >= a) --y;
      if (shift > 0) ++y;
      return {2, season(unit, y)};
    }
    if (int m = month_number(*at(1))) {
      int y = year_of(a) + (shift > 0 ? 1 : 0);
      if (shift <= 0 && static_cast<unsigned>(m) >= month_of(a)) --y;
      if (shift == 0) y = year_of(a);
      return {2, range(make_day(y, static_cast<unsigned>(m), 1), last_of_month(y, static_cast<unsigned>(m)))};
    }
  }
  return {};
}

}  // namespace

std::vector<TimeExpression> find_time_expressions(std::string_view text, const std::optional<std::string>& anchor) {
  std::optional<Day> a;
  if (anchor) a = parse_iso_day(*anchor);
  auto words = split_words(text);
  std::vector<TimeExpression> out;
  for (size_t i = 0; i < words.size();) {
    Match m = match_at(words, i, a);
    if (m.length == 0 || m.value.empty()) { ++i; continue; }
    TimeExpression t;
    t.start = words[i].start;
    t.end = words[i + m.length - 1].end;
    t.text = std::string(text.substr(t.start, t.end - t.start));
    t.value = m.value;
    out.push_back(std::move(t));
    i += m.length;
  }
  return out;
}

std::optional<std::string> resolve_time_expression(std::string_view phrase, const std::optional<std::string>& anchor) {
  std::string_view p = phrase;
  while (!p.empty() && std::isspace(static_cast<unsigned char>(p.back()))) p.remove_suffix(1);
  while (!p.empty() && std::isspace(static_cast<unsigned char>(p.front()))) p.remove_prefix(1);
  // A leading preposition is part of the phrase, not of the time: "on March 3", "in 2013".
  for (std::string_view prep : {"on ", "in ", "since ", "by ", "during "})
    if (p.size() > prep.size() && p.substr(0, prep.size()) == prep) {
      auto found = find_time_expressions(p, anchor);
      if (found.size() == 1 && found[0].end == p.size() && found[0].start == prep.size()) return found[0].value;
      break;
    }
  auto found = find_time_expressions(p, anchor);
  if (found.size() == 1 && found[0].start == 0 && found[0].end == p.size()) return found[0].value;
  return std::nullopt;
}

}  // namespace dateline
