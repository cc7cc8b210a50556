// Day arithmetic for the time-expression resolver (std::chrono calendar types).
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace dateline::timex {

using Day = std::chrono::sys_days;

std::optional<Day> parse_iso_day(std::string_view s);  // YYYY-MM-DD
Day make_day(int year, unsigned month, unsigned day);  // day clamped to the month's length
std::string iso(Day d);
std::string range(Day first, Day last);  // "first/last", or just "first" when equal
int year_of(Day d);
unsigned month_of(Day d);
unsigned weekday_of(Day d);  // 0 = Sunday
Day last_of_month(int year, unsigned month);
Day add_months(Day d, int months);

}  // namespace dateline::timex
