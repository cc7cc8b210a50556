// Actor, agent and discard dictionaries (TABARI/PETRARCH formats, see docs/events.md).
#include <cctype>

#include "dateline/petrarch.hpp"
#include "events/petrarch_text.hpp"

namespace dateline::petrarch {
namespace {

using detail::LineReader;
using detail::trim;

// Old actor files also use ';' for comments.
std::string_view strip_semicolon(std::string_view s) {
  size_t semi = s.find(';');
  return semi == std::string_view::npos ? s : s.substr(0, semi);
}

bool all_digits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (!std::isdigit(static_cast<unsigned char>(c))) return false;
  return true;
}

// "[CODE]", "[CODE 920115-931231]", "[CODE <YYMMDD]", "[CODE >YYMMDD]" (also "A - B" spaced).
DatedCode parse_code(std::string_view inside, const LineReader& r, std::vector<std::string>& warnings) {
  DatedCode dc;
  size_t space = inside.find_first_of(" \t");
  dc.code = std::string(trim(inside.substr(0, space)));
  if (dc.code.empty()) r.fail("empty actor code in [" + std::string(inside) + "]");
  if (space == std::string_view::npos) return dc;
  std::string range;
  for (char c : inside.substr(space))
    if (!std::isspace(static_cast<unsigned char>(c))) range += c;
  if (range.empty()) return dc;
  bool bad = false;
  auto date = [&](std::string_view s) {
    int d = parse_dict_date(s);
    if (d < 0) bad = true;
    return d;
  };
  if (range[0] == '<') {
    dc.to = date(std::string_view(range).substr(1));
  } else if (range[0] == '>') {
    dc.from = date(std::string_view(range).substr(1));
  } else {
    size_t dash = range.find('-');
    if (dash == std::string::npos) {
      bad = true;
    } else {
      dc.from = date(std::string_view(range).substr(0, dash));
      dc.to = date(std::string_view(range).substr(dash + 1));
    }
  }
  if (bad) {
    // Real dictionaries hold a few typos in dates; the code stays, undated, and is reported.
    warnings.push_back(r.name() + ":" + std::to_string(r.line_number()) + ": bad date in [" + std::string(inside) + "], restriction ignored");
    dc.from = 0;
    dc.to = 99999999;
    dc.date_ignored = true;
  }
  return dc;
}

// Reads every [..] on a line into `codes`; returns the text before the first '['.
std::string_view read_codes(std::string_view line, std::vector<DatedCode>& codes, const LineReader& r,
                            std::vector<std::string>& warnings) {
  size_t open = line.find('[');
  std::string_view head = line.substr(0, open);
  size_t pos = open;
  std::string_view inside;
  size_t end = 0;
  while (pos != std::string_view::npos && detail::bracket(line, pos, inside, end)) {
    codes.push_back(parse_code(inside, r, warnings));
    pos = line.find('[', end);
  }
  if (pos != std::string_view::npos) r.fail("unclosed '[' in actor line");
  return head;
}

}  // namespace

int parse_dict_date(std::string_view s) {
  s = trim(s);
  if (!all_digits(s)) return -1;
  int v = std::stoi(std::string(s));
  if (s.size() == 6) {
    int yy = v / 10000;
    return (yy <= 30 ? 20000000 : 19000000) + v;
  }
  if (s.size() == 8) return v;
  return -1;
}

std::string ActorEntry::code_on(int date) const {
  std::string fallback;
  for (const auto& c : codes) {
    bool dated = c.from != 0 || c.to != 99999999;
    if (!dated) {
      if (fallback.empty()) fallback = c.code;
    } else if (date > 0 && date >= c.from && date <= c.to) {
      return c.code;
    }
  }
  return fallback.empty() && !codes.empty() && date == 0 ? codes.back().code : fallback;
}

void parse_actors(std::string_view text, const std::string& name, ActorDictionary& into) {
  LineReader r(text, name);
  std::string raw;
  bool have_entry = false;
  while (r.next(raw)) {
    std::string_view line = strip_semicolon(raw);
    if (trim(line).empty()) continue;
    bool indented = line[0] == ' ' || line[0] == '\t';
    std::string_view body = trim(line);
    if (indented && body[0] == '[') {
      if (!have_entry) r.fail("date restriction before any actor");
      read_codes(body, into.entries.back().codes, r, into.warnings);
      continue;
    }
    if (body[0] == '+') {
      if (!have_entry) r.fail("synonym before any actor");
      std::vector<DatedCode> extra;
      std::string_view phrase = read_codes(body.substr(1), extra, r, into.warnings);
      for (auto& c : extra) into.entries.back().codes.push_back(c);
      bool stem = false;
      std::vector<bool> spaced;
      auto words = detail::phrase_words(phrase, &stem, &spaced);
      if (words.empty()) r.fail("empty synonym");
      into.phrases.add(std::move(words), into.entries.size() - 1, stem, std::move(spaced));
      continue;
    }
    ActorEntry entry;
    std::string_view phrase = read_codes(body, entry.codes, r, into.warnings);
    bool stem = false;
    std::vector<bool> spaced;
    auto words = detail::phrase_words(phrase, &stem, &spaced);
    if (words.empty()) r.fail("actor line without a phrase");
    into.entries.push_back(std::move(entry));
    have_entry = true;
    into.phrases.add(std::move(words), into.entries.size() - 1, stem, std::move(spaced));
  }
}

void read_actors(const std::string& path, ActorDictionary& into) {
  parse_actors(detail::read_dictionary_file(path), path, into);
}

AgentDictionary parse_agents(std::string_view text, const std::string& name) {
  AgentDictionary dict;
  LineReader r(text, name);
  std::unordered_map<std::string, std::vector<std::string>> markers;  // "!PERSON!" → words
  std::string raw;
  while (r.next(raw)) {
    std::string_view line = trim(raw);
    if (line.empty()) continue;
    if (line[0] == '!' && line.find('[') == std::string_view::npos) {
      size_t eq = line.find('=');
      if (eq == std::string_view::npos) r.fail("substitution marker without '=' or [code]");
      std::string marker = detail::upper(trim(line.substr(0, eq)));
      std::string_view rest = line.substr(eq + 1);
      std::vector<std::string> alts;
      size_t start = 0;
      while (start <= rest.size()) {
        size_t comma = rest.find(',', start);
        auto alt = trim(rest.substr(start, comma == std::string_view::npos ? std::string_view::npos : comma - start));
        if (!alt.empty()) alts.push_back(detail::upper(alt));
        if (comma == std::string_view::npos) break;
        start = comma + 1;
      }
      markers[marker] = std::move(alts);
      continue;
    }
    std::string_view inside;
    size_t end = 0;
    size_t open = line.find('[');
    if (open == std::string_view::npos) {
      // Phoenix.agents.txt has a few phrases without a code: skipped and reported.
      dict.warnings.push_back(name + ":" + std::to_string(r.line_number()) + ": agent without [code], skipped");
      continue;
    }
    if (!detail::bracket(line, 0, inside, end)) {
      size_t brace = line.find('}', open);  // "[~ENV}" typo in Phoenix.agents.txt
      if (brace == std::string_view::npos) r.fail("unclosed '[' in agent line");
      inside = trim(line.substr(open + 1, brace - open - 1));
      dict.warnings.push_back(name + ":" + std::to_string(r.line_number()) + ": code closed with '}'");
    }
    std::string code;
    for (char c : inside)
      if (!std::isspace(static_cast<unsigned char>(c))) code += c;
    if (code.find('~') == std::string::npos) r.fail("agent code needs '~': [" + std::string(inside) + "]");
    std::string_view head = trim(line.substr(0, open));
    // "{PLURAL ...}" gives irregular plurals; "{}" means none.
    std::vector<std::string> plurals;
    bool no_plural = false;
    if (size_t brace = head.find('{'); brace != std::string_view::npos) {
      size_t close = head.find('}', brace);
      if (close == std::string_view::npos) r.fail("unclosed '{' in agent line");
      auto forms = detail::phrase_words(head.substr(brace + 1, close - brace - 1));
      no_plural = forms.empty();
      std::string_view inner = head.substr(brace + 1, close - brace - 1);
      size_t s = 0;
      while (s < inner.size()) {
        while (s < inner.size() && std::isspace(static_cast<unsigned char>(inner[s]))) ++s;
        size_t e = s;
        while (e < inner.size() && !std::isspace(static_cast<unsigned char>(inner[e]))) ++e;
        if (e > s) plurals.emplace_back(inner.substr(s, e - s));
        s = e;
      }
      head = trim(head.substr(0, brace));
    }
    std::string phrase = detail::upper(head);
    std::vector<std::string> expanded{phrase};
    for (const auto& [marker, alts] : markers) {
      std::vector<std::string> next;
      for (const auto& p : expanded) {
        size_t at = p.find(marker);
        if (at == std::string::npos) { next.push_back(p); continue; }
        for (const auto& alt : alts) next.push_back(p.substr(0, at) + "_" + alt + "_" + p.substr(at + marker.size()));
      }
      expanded = std::move(next);
    }
    for (const auto& p : expanded) {
      if (p.find('!') != std::string::npos) {
        dict.warnings.push_back(name + ":" + std::to_string(r.line_number()) + ": unexpanded '!' in " + p + ", skipped");
        continue;
      }
      auto words = detail::phrase_words(p);
      if (words.empty()) r.fail("agent line without a phrase");
      if (!no_plural && plurals.empty()) {
        auto plural = words;
        plural.back() = noun_plural(plural.back());
        dict.phrases.add(std::move(plural), code);
      }
      dict.phrases.add(std::move(words), code);
    }
    for (const auto& p : plurals) dict.phrases.add(detail::phrase_words(p), code);
  }
  return dict;
}

AgentDictionary read_agents(const std::string& path) {
  return parse_agents(detail::read_dictionary_file(path), path);
}

DiscardDictionary parse_discards(std::string_view text, const std::string& name) {
  DiscardDictionary dict;
  LineReader r(text, name);
  std::string raw;
  while (r.next(raw)) {
    std::string_view line = trim(strip_semicolon(raw));
    if (line.empty()) continue;
    bool story = line[0] == '+';
    if (story) line.remove_prefix(1);
    auto words = detail::phrase_words(line);
    if (words.empty()) r.fail("empty discard phrase");
    dict.phrases.add(std::move(words), story);
  }
  return dict;
}

DiscardDictionary read_discards(const std::string& path) {
  return parse_discards(detail::read_dictionary_file(path), path);
}

}  // namespace dateline::petrarch
