// Reading PolNeAR's brat standoff: T lines are labelled spans, E lines tie them into
// attributions. Offsets count Unicode code points; we convert them to bytes of the raw text.
#include <charconv>
#include <map>
#include <sstream>

#include "dateline/error.hpp"
#include "dateline/quotes.hpp"
#include "dateline/text.hpp"

namespace dateline {
namespace {

// byte_of[i] = byte offset of code point i; one extra entry for the end.
std::vector<uint32_t> code_point_bytes(std::string_view raw) {
  std::vector<uint32_t> byte_of;
  byte_of.reserve(raw.size() + 1);
  for (size_t i = 0; i < raw.size();) {
    byte_of.push_back(static_cast<uint32_t>(i));
    i += utf8_length(static_cast<unsigned char>(raw[i]));
  }
  byte_of.push_back(static_cast<uint32_t>(raw.size()));
  return byte_of;
}

uint32_t parse_number(std::string_view s, size_t line) {
  uint32_t v = 0;
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || p != s.data() + s.size())
    throw Error(ExitCode::bad_input, "brat line " + std::to_string(line) + ": bad offset '" + std::string(s) + "'");
  return v;
}

// "Label 12 17;20 25" → label and byte spans.
std::pair<std::string, std::vector<Span>> parse_text_bound(std::string_view field, const std::vector<uint32_t>& byte_of,
                                                           size_t line) {
  size_t space = field.find(' ');
  if (space == std::string_view::npos) throw Error(ExitCode::bad_input, "brat line " + std::to_string(line) + ": no span");
  std::string label(field.substr(0, space));
  std::vector<Span> spans;
  std::string_view rest = field.substr(space + 1);
  while (!rest.empty()) {
    size_t semi = rest.find(';');
    std::string_view piece = rest.substr(0, semi);
    size_t gap = piece.find(' ');
    if (gap == std::string_view::npos) throw Error(ExitCode::bad_input, "brat line " + std::to_string(line) + ": bad span");
    uint32_t a = parse_number(piece.substr(0, gap), line), b = parse_number(piece.substr(gap + 1), line);
    if (a > b || b + 1 > byte_of.size())
      throw Error(ExitCode::bad_input, "brat line " + std::to_string(line) + ": span outside the text");
    spans.push_back({byte_of[a], byte_of[b]});
    rest = semi == std::string_view::npos ? std::string_view{} : rest.substr(semi + 1);
  }
  return {label, spans};
}

}  // namespace

std::vector<GoldAttribution> read_brat_attributions(std::string_view ann, std::string_view raw_text) {
  std::vector<uint32_t> byte_of = code_point_bytes(raw_text);
  std::map<std::string, std::vector<Span>> spans_of;
  std::vector<std::string> events;
  std::istringstream in{std::string(ann)};
  std::string line;
  size_t number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (line.empty() || (line[0] != 'T' && line[0] != 'E')) continue;  // notes, continuation lines
    size_t tab = line.find('\t');
    if (tab == std::string::npos) continue;  // a continuation line of a covered text
    std::string id = line.substr(0, tab);
    if (line[0] == 'E') {
      events.push_back(line.substr(tab + 1));
      continue;
    }
    size_t tab2 = line.find('\t', tab + 1);
    std::string_view field = std::string_view(line).substr(tab + 1, tab2 == std::string::npos ? std::string::npos : tab2 - tab - 1);
    spans_of[id] = parse_text_bound(field, byte_of, number).second;
  }
  std::vector<GoldAttribution> out;
  for (const auto& e : events) {
    GoldAttribution g;
    std::istringstream roles(e);
    std::string role;
    while (roles >> role) {
      size_t colon = role.find(':');
      if (colon == std::string::npos) continue;
      std::string name = role.substr(0, colon), ref = role.substr(colon + 1);
      auto it = spans_of.find(ref);
      if (it == spans_of.end()) continue;
      auto& target = name.starts_with("Source") ? g.source : name.starts_with("Cue") ? g.cue
                   : name.starts_with("Content") ? g.content : g.source;
      if (!name.starts_with("Source") && !name.starts_with("Cue") && !name.starts_with("Content")) continue;
      target.insert(target.end(), it->second.begin(), it->second.end());
    }
    if (!g.content.empty()) out.push_back(std::move(g));
  }
  return out;
}

}  // namespace dateline
