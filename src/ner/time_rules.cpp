// DATE and TIME by rule: weekdays, months with days and years, relative days ("yesterday"),
// seasons and periods with a determiner ("last spring", "next week"), years after a
// preposition ("in 2012", "late 2012"), clock times ("10:30", "9 a.m.", "noon").
#include <algorithm>
#include <array>
#include <cctype>

#include "dateline/ner.hpp"
#include "name_lists.hpp"

namespace dateline::ner {
namespace {

template <size_t N>
bool in(const std::array<std::string_view, N>& list, std::string_view w) {
  return std::find(list.begin(), list.end(), w) != list.end();
}

constexpr std::array<std::string_view, 7> kWeekdays{"monday", "tuesday", "wednesday", "thursday",
                                                    "friday", "saturday", "sunday"};
constexpr std::array<std::string_view, 21> kMonths{"january", "february", "march", "april", "may", "june", "july",
                                                   "august", "september", "october", "november", "december",
                                                   "jan.", "feb.", "aug.", "sept.", "sep.", "oct.", "nov.", "dec.", "jan"};
constexpr std::array<std::string_view, 3> kDays{"today", "yesterday", "tomorrow"};
constexpr std::array<std::string_view, 9> kPeriods{"week", "month", "year", "spring", "summer", "autumn", "fall",
                                                   "winter", "weekend"};
constexpr std::array<std::string_view, 6> kPeriodDeterminers{"last", "next", "this", "early", "late", "mid"};
constexpr std::array<std::string_view, 6> kYearPrepositions{"in", "since", "until", "by", "late", "early"};
constexpr std::array<std::string_view, 4> kClockWords{"noon", "midnight", "a.m.", "p.m."};

bool is_number(std::string_view w, size_t max_len) {
  return !w.empty() && w.size() <= max_len && std::all_of(w.begin(), w.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
}
bool is_year(std::string_view w) { return is_number(w, 4) && w.size() == 4 && (w[0] == '1' || w[0] == '2'); }
bool is_day_number(std::string_view w) {
  std::string_view d = w;
  for (std::string_view suf : {"st", "nd", "rd", "th"})
    if (d.size() > 2 && d.substr(d.size() - 2) == suf) d.remove_suffix(2);
  return is_number(d, 2);
}
bool is_clock(std::string_view w) {
  size_t colon = w.find(':');
  return colon != std::string_view::npos && colon > 0 && is_number(w.substr(0, colon), 2) &&
         is_number(w.substr(colon + 1), 2) && w.size() - colon == 3;
}

}  // namespace

std::vector<Chunk> time_chunks(const std::vector<std::string>& words) {
  std::vector<Chunk> out;
  const int n = static_cast<int>(words.size());
  std::vector<std::string> f;
  for (const auto& w : words) f.push_back(fold(w));
  for (int i = 0; i < n;) {
    int end = i;
    std::string type = "DATE";
    if (in(kWeekdays, f[i]) || in(kDays, f[i])) {
      end = i + 1;
    } else if (in(kMonths, f[i]) && (f[i] != "may" || (i + 1 < n && (is_day_number(f[i + 1]) || is_year(f[i + 1]))))) {
      end = i + 1;
      if (end < n && is_day_number(f[end])) ++end;
      if (end + 1 < n && f[end] == "," && is_year(f[end + 1])) end += 2;
      else if (end < n && is_year(f[end])) ++end;
    } else if (in(kPeriodDeterminers, f[i]) && i + 1 < n && in(kPeriods, f[i + 1])) {
      end = i + 2;
    } else if (in(kPeriodDeterminers, f[i]) && i + 1 < n && is_year(f[i + 1]) && f[i] != "this") {
      end = i + 2;
    } else if (is_year(f[i]) && i > 0 && in(kYearPrepositions, f[i - 1])) {
      end = i + 1;
    } else if (is_clock(f[i]) || (is_number(f[i], 2) && i + 1 < n && (f[i + 1] == "a.m." || f[i + 1] == "p.m."))) {
      type = "TIME";
      end = i + 1;
      if (end < n && (f[end] == "a.m." || f[end] == "p.m.")) ++end;
    } else if (in(kClockWords, f[i]) && f[i] != "a.m." && f[i] != "p.m.") {
      type = "TIME";
      end = i + 1;
    }
    if (end > i) {
      out.push_back(Chunk{i, end, type});
      i = end;
    } else {
      ++i;
    }
  }
  return out;
}

}  // namespace dateline::ner
