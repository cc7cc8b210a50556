// CAMEO code facts from lexicons/cameo_events.tsv.
#include <charconv>
#include <unordered_map>

#include "dateline/events.hpp"
#include "dateline/lexicon.hpp"

namespace dateline {
namespace {

const std::unordered_map<std::string, CameoInfo>& table() {
  static const auto map = [] {
    std::unordered_map<std::string, CameoInfo> m;
    for (const auto& row : lexicon_rows("cameo_events.tsv")) {
      if (row.size() < 4) continue;
      CameoInfo info;
      info.code = std::string(row[0]);
      info.name = std::string(row[1]);
      std::from_chars(row[2].data(), row[2].data() + row[2].size(), info.quad_class);
      info.goldstein = std::stod(std::string(row[3]));
      if (row.size() > 4) info.plover = std::string(row[4]);
      if (row.size() > 5) info.mode = std::string(row[5]);
      m.emplace(info.code, std::move(info));
    }
    return m;
  }();
  return map;
}

}  // namespace

std::optional<CameoInfo> cameo_info(std::string_view code) {
  std::string c(code);
  for (char ch : c)
    if (ch < '0' || ch > '9') return std::nullopt;
  if (c.size() < 2) return std::nullopt;
  const auto& t = table();
  // 4-digit → 3-digit → root ("10" is listed as "100").
  while (c.size() >= 3) {
    if (auto it = t.find(c); it != t.end()) {
      CameoInfo info = it->second;
      info.code = std::string(code);
      return info;
    }
    c.pop_back();
  }
  if (auto it = t.find(c + "0"); it != t.end()) {
    CameoInfo info = it->second;
    info.code = std::string(code);
    return info;
  }
  return std::nullopt;
}

}  // namespace dateline
