// Dates as web pages write them, normalised to YYYY-MM-DD.
#include <array>
#include <cctype>
#include <cstdio>
#include <string>

#include "dateline/html.hpp"
#include "dateline/ingest.hpp"

namespace dateline {
namespace {

bool digits(std::string_view s, size_t pos, size_t n) {
  if (pos + n > s.size()) return false;
  for (size_t i = pos; i < pos + n; ++i)
    if (!std::isdigit(static_cast<unsigned char>(s[i]))) return false;
  return true;
}

int number(std::string_view s, size_t pos, size_t n) { return std::stoi(std::string(s.substr(pos, n))); }

std::optional<std::string> make_date(int y, int m, int d) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
  if (y < 1800 || y > 2200 || !is_iso_date(buf)) return std::nullopt;
  return std::string(buf);
}

// "October 16, 2019" / "16 October 2019" (English month names only).
std::optional<std::string> written_date(std::string_view s) {
  static const std::array<std::string_view, 12> kMonths = {"jan", "feb", "mar", "apr", "may", "jun",
                                                           "jul", "aug", "sep", "oct", "nov", "dec"};
  std::string low;
  for (char c : s) low.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  for (size_t m = 0; m < kMonths.size(); ++m) {
    size_t at = low.find(kMonths[m]);
    if (at == std::string::npos) continue;
    int day = 0, year = 0;
    for (size_t i = 0; i < low.size();) {
      if (!std::isdigit(static_cast<unsigned char>(low[i]))) { ++i; continue; }
      size_t j = i;
      while (j < low.size() && std::isdigit(static_cast<unsigned char>(low[j]))) ++j;
      int v = std::stoi(low.substr(i, std::min<size_t>(j - i, 6)));
      if (j - i == 4) year = v;
      else if (j - i <= 2 && day == 0) day = v;
      i = j;
    }
    if (year && day) return make_date(year, static_cast<int>(m) + 1, day);
  }
  return std::nullopt;
}

}  // namespace

std::optional<std::string> normalize_page_date(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  if (s.size() > 64) s = s.substr(0, 64);
  // 2019-10-16, 2019/10/16, 2019.10.16 (with any time after it)
  if (digits(s, 0, 4) && s.size() >= 10 && (s[4] == '-' || s[4] == '/' || s[4] == '.') && digits(s, 5, 2) &&
      s[7] == s[4] && digits(s, 8, 2))
    return make_date(number(s, 0, 4), number(s, 5, 2), number(s, 8, 2));
  // 20191016
  if (digits(s, 0, 8) && (s.size() == 8 || !std::isdigit(static_cast<unsigned char>(s[8]))))
    return make_date(number(s, 0, 4), number(s, 4, 2), number(s, 6, 2));
  // 16.10.2019 (day first, as German and most European pages write it)
  if (digits(s, 0, 2) && s.size() >= 10 && s[2] == '.' && digits(s, 3, 2) && s[5] == '.' && digits(s, 6, 4))
    return make_date(number(s, 6, 4), number(s, 3, 2), number(s, 0, 2));
  return written_date(s);
}

}  // namespace dateline
