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

// The month a word starts with, in the languages of most pages read here: English, German,
// French, Spanish (lower case, UTF-8); 0 when none. Matched at the start of a word only, so
// that "email" holds no "mai".
int month_of_word(std::string_view w) {
  static const std::array<std::pair<std::string_view, int>, 27> kStems = {{
      {"jan", 1}, {"feb", 2}, {"mar", 3}, {"apr", 4}, {"may", 5}, {"jun", 6}, {"jul", 7}, {"aug", 8},
      {"sep", 9}, {"oct", 10}, {"nov", 11}, {"dec", 12},
      {"j\xC3\xA4n", 1}, {"m\xC3\xA4r", 3}, {"mai", 5}, {"okt", 10}, {"dez", 12},             // German
      {"f\xC3\xA9v", 2}, {"fev", 2}, {"avr", 4}, {"juin", 6}, {"juil", 7}, {"ao\xC3\xBB", 8},  // French
      {"d\xC3\xA9" "c", 12}, {"ene", 1}, {"abr", 4}, {"dic", 12}}};                               // Spanish
  // Tuesday in French and Spanish starts like March.
  if (w.starts_with("mardi") || w.starts_with("martes")) return 0;
  for (const auto& [stem, month] : kStems)
    if (w.starts_with(stem)) return month;
  return 0;
}

// "October 16, 2019", "16 October 2019", "Fr, 17 Mai 2019 13:38", "4. Februar 2022".
std::optional<std::string> written_date(std::string_view s) {
  std::string low;
  for (char c : s) low.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  auto letter = [](char c) { return (c >= 'a' && c <= 'z') || (c & 0x80); };
  int month = 0;
  for (size_t i = 0; i < low.size() && !month; ++i)
    if (letter(low[i]) && (i == 0 || !letter(low[i - 1]))) month = month_of_word(std::string_view(low).substr(i));
  if (!month) return std::nullopt;
  int day = 0, year = 0;
  for (size_t i = 0; i < low.size();) {
    if (!std::isdigit(static_cast<unsigned char>(low[i]))) { ++i; continue; }
    size_t j = i;
    while (j < low.size() && std::isdigit(static_cast<unsigned char>(low[j]))) ++j;
    int v = std::stoi(low.substr(i, std::min<size_t>(j - i, 6)));
    if (j - i == 4 && year == 0) year = v;  // the first: a "-0400" offset later is no year
    else if (j - i <= 2 && day == 0) day = v;
    i = j;
  }
  if (year && day) return make_date(year, month, day);
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

std::optional<std::string> url_date(std::string_view url) {
  // Only the path: a host or a query string may hold digits that are no date.
  size_t scheme = url.find("://");
  size_t path = url.find('/', scheme == std::string_view::npos ? 0 : scheme + 3);
  if (path == std::string_view::npos) return std::nullopt;
  url = url.substr(path, url.find_first_of("?#", path) - path);
  auto digit_at = [&](size_t i) { return i < url.size() && std::isdigit(static_cast<unsigned char>(url[i])); };
  auto run_end = [&](size_t i) {
    while (digit_at(i)) ++i;
    return i;
  };
  for (size_t i = 0; i < url.size(); ++i) {
    if (!digit_at(i) || (i > 0 && digit_at(i - 1))) continue;
    size_t end = run_end(i);
    // A run of digits stands alone or it is an id ("/1234567890/"), not a day.
    if (end - i != 4 && end - i != 8) continue;
    int year = number(url, i, 4);
    if (year < 1990 || year > 2100) continue;
    if (end - i == 8) {  // 20050314
      if (auto d = make_date(year, number(url, i + 4, 2), number(url, i + 6, 2))) return d;
      continue;
    }
    // 2005/03/14, 2005-03-14, 2005_3_14: the same separator twice, one or two digits each.
    char sep = end < url.size() ? url[end] : '\0';
    if (sep != '/' && sep != '-' && sep != '_') continue;
    size_t m = end + 1, m_end = run_end(m);
    if (m_end == m || m_end - m > 2 || m_end >= url.size() || url[m_end] != sep) continue;
    size_t d = m_end + 1, d_end = run_end(d);
    if (d_end == d || d_end - d > 2) continue;
    if (auto date = make_date(year, number(url, m, m_end - m), number(url, d, d_end - d))) return date;
  }
  return std::nullopt;
}

}  // namespace dateline
