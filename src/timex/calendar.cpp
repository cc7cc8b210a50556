#include "timex/calendar.hpp"

#include <cstdio>

namespace dateline::timex {

using namespace std::chrono;

std::optional<Day> parse_iso_day(std::string_view s) {
  if (s.size() < 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
  int y = 0;
  unsigned m = 0, d = 0;
  for (size_t i : {0, 1, 2, 3}) {
    if (s[i] < '0' || s[i] > '9') return std::nullopt;
    y = y * 10 + (s[i] - '0');
  }
  for (size_t i : {5, 6}) {
    if (s[i] < '0' || s[i] > '9') return std::nullopt;
    m = m * 10 + static_cast<unsigned>(s[i] - '0');
  }
  for (size_t i : {8, 9}) {
    if (s[i] < '0' || s[i] > '9') return std::nullopt;
    d = d * 10 + static_cast<unsigned>(s[i] - '0');
  }
  year_month_day ymd{year{y}, month{m}, day{d}};
  if (!ymd.ok()) return std::nullopt;
  return sys_days{ymd};
}

Day last_of_month(int y, unsigned m) {
  return sys_days{year_month_day_last{year{y}, month_day_last{month{m}}}};
}

Day make_day(int y, unsigned m, unsigned d) {
  year_month_day ymd{year{y}, month{m}, day{d}};
  if (!ymd.ok()) return last_of_month(y, m);
  return sys_days{ymd};
}

std::string iso(Day d) {
  year_month_day ymd{d};
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(ymd.year()),
                static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
  return buf;
}

std::string range(Day first, Day last) { return first == last ? iso(first) : iso(first) + "/" + iso(last); }

int year_of(Day d) { return static_cast<int>(year_month_day{d}.year()); }
unsigned month_of(Day d) { return static_cast<unsigned>(year_month_day{d}.month()); }
unsigned weekday_of(Day d) { return weekday{d}.c_encoding(); }

Day add_months(Day d, int months) {
  year_month_day ymd{d};
  int total = static_cast<int>(ymd.year()) * 12 + static_cast<int>(static_cast<unsigned>(ymd.month())) - 1 + months;
  return make_day(total / 12, static_cast<unsigned>(total % 12 + 1), static_cast<unsigned>(ymd.day()));
}

}  // namespace dateline::timex
