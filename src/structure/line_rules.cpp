#include "structure/line_rules.hpp"

#include <array>
#include <bit>
#include <cctype>
#include <cstdint>
#include <cstring>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "dateline/error.hpp"
#include "dateline/lexicon.hpp"

namespace dateline::structure {
namespace {

struct Pattern {
  std::string text;  // lower-case
  std::string reason;
};

struct ViewHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const noexcept { return std::hash<std::string_view>{}(s); }
};

struct Rules {
  // whole line → reason; probed with a string_view (no copy per line)
  std::unordered_map<std::string, std::string, ViewHash, std::equal_to<>> exact;
  std::array<std::vector<Pattern>, 256> prefix_by_byte;  // by first byte: most lines try few
  std::vector<Pattern> contains;
  // Bit k set in the bucket of a byte pair when contains[k] starts with such a pair; a line is
  // read once, and only patterns whose pair occurs are compared (valid: contains_by_pair_ok).
  std::array<uint32_t, 4096> contains_by_pair{};
  bool contains_by_pair_ok = false;
  std::unordered_set<std::string> agencies;            // photo/news agencies, lower-case
  std::vector<std::string> credit_prefixes;            // "photo:", "credit:" ...
  std::vector<std::string> caption_labels;             // "image caption," ...
};

size_t pair_bucket(char a, char b) {
  return (static_cast<unsigned char>(a) * 31u + static_cast<unsigned char>(b)) & 4095;
}

void index_contains_patterns(Rules& r) {
  r.contains_by_pair_ok = r.contains.size() <= 32;
  for (size_t k = 0; k < r.contains.size() && r.contains_by_pair_ok; ++k) {
    const std::string& t = r.contains[k].text;
    if (t.size() < 2) r.contains_by_pair_ok = false;  // matches without a pair: use plain search
    else r.contains_by_pair[pair_bucket(t[0], t[1])] |= uint32_t{1} << k;
  }
}

// The first `contains` pattern, in list order, that occurs anywhere in `lower`.
const Pattern* first_contained(const Rules& r, std::string_view lower) {
  if (!r.contains_by_pair_ok) {
    for (const auto& p : r.contains)
      if (lower.find(p.text) != std::string_view::npos) return &p;
    return nullptr;
  }
  uint32_t found = 0;
  for (size_t i = 0; i + 1 < lower.size(); ++i) {
    uint32_t candidates = r.contains_by_pair[pair_bucket(lower[i], lower[i + 1])] & ~found;
    for (; candidates; candidates &= candidates - 1) {
      int k = std::countr_zero(candidates);
      if (lower.substr(i).starts_with(r.contains[k].text)) found |= uint32_t{1} << k;
    }
  }
  return found ? &r.contains[std::countr_zero(found)] : nullptr;
}

const Rules& rules() {
  static const Rules r = [] {
    Rules built;
    for (const auto& row : lexicon_rows("boilerplate.txt")) {
      if (row.size() != 3)
        throw Error(ExitCode::internal, "boilerplate.txt: expected reason<TAB>match<TAB>pattern");
      Pattern p{std::string(row[2]), std::string(row[0])};
      if (row[1] == "exact") built.exact.emplace(p.text, p.reason);
      else if (row[1] == "prefix" && !p.text.empty())
        built.prefix_by_byte[static_cast<unsigned char>(p.text.front())].push_back(p);
      else if (row[1] == "contains") built.contains.push_back(p);
      else throw Error(ExitCode::internal, "boilerplate.txt: unknown match '" + std::string(row[1]) + "'");
    }
    for (const auto& row : lexicon_rows("credits.txt")) {
      if (row.size() != 2) throw Error(ExitCode::internal, "credits.txt: expected kind<TAB>pattern");
      if (row[0] == "agency") built.agencies.emplace(row[1]);
      else if (row[0] == "prefix") built.credit_prefixes.emplace_back(row[1]);
      else if (row[0] == "caption-label") built.caption_labels.emplace_back(row[1]);
      else throw Error(ExitCode::internal, "credits.txt: unknown kind '" + std::string(row[0]) + "'");
    }
    index_contains_patterns(built);
    return built;
  }();
  return r;
}

// ASCII lower-case of the first `max` bytes, with ’ read as ' so patterns can be plain ASCII,
// written to `buf` (room for min(s.size(), max) bytes): no allocation per line.
std::string_view lowered_into(std::string_view s, size_t max, char* buf) {
  size_t n = std::min(s.size(), max), k = 0;
  constexpr uint64_t ones = 0x0101010101010101ULL, high = ones * 0x80;
  for (size_t i = 0; i < n; ++i) {
    if (i + 8 <= n) {  // eight ASCII bytes at a time: A-Z gain 0x20
      uint64_t x;
      std::memcpy(&x, s.data() + i, 8);
      if ((x & high) == 0) {
        uint64_t upper = (x + ones * (0x80 - 'A')) & ~(x + ones * (0x80 - 'Z' - 1)) & high;
        x |= upper >> 2;
        std::memcpy(buf + k, &x, 8);
        k += 8;
        i += 7;
        continue;
      }
    }
    char c = s[i];
    if (c == '\xE2' && s.compare(i, 3, "\xE2\x80\x99") == 0) {
      buf[k++] = '\'';
      i += 2;
    } else {
      buf[k++] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
    }
  }
  return {buf, k};
}

std::string lowered(std::string_view s, size_t max = SIZE_MAX) {
  std::string out(std::min(s.size(), max), '\0');
  out.resize(lowered_into(s, max, out.data()).size());
  return out;
}

bool is_trim_char(char c) {
  return c == ' ' || c == '.' || c == ':' || c == '!' || c == '|' || c == '>' || c == '*' ||
         c == '-' || c == '\t';
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

// The line reduced for whole-line comparison: bullets, arrows and end punctuation dropped.
std::string_view core_of(std::string_view lower) {
  while (!lower.empty() && (is_trim_char(lower.front()) || static_cast<unsigned char>(lower.front()) >= 0x80)) {
    // Leading non-ASCII is a bullet or arrow ("• Share", "» Read more"), never a letter here.
    if (static_cast<unsigned char>(lower.front()) >= 0x80) {
      size_t n = 1;
      while (n < lower.size() && (static_cast<unsigned char>(lower[n]) & 0xC0) == 0x80) ++n;
      lower.remove_prefix(n);
    } else {
      lower.remove_prefix(1);
    }
  }
  while (!lower.empty() && is_trim_char(lower.back())) lower.remove_suffix(1);
  return lower;
}

enum class CreditKind { none, prefix, slash, whole };

bool starts_with_credit_prefix(std::string_view lower) {
  for (const auto& p : rules().credit_prefixes)
    if (lower.starts_with(p)) return true;
  return false;
}

// Splits on '/' and " via " and asks whether any piece names an agency ("AP Photo/Jane Doe,
// File": the agency stands next to the slash, so commas do not split).
bool has_agency_segment(std::string_view lower) {
  const auto& agencies = rules().agencies;
  size_t start = 0;
  for (size_t i = 0; i <= lower.size(); ++i) {
    size_t cut = 0;
    if (i == lower.size() || lower[i] == '/') cut = 1;
    else if (lower.compare(i, 5, " via ") == 0) cut = 5;
    if (!cut) continue;
    std::string_view piece = trim(lower.substr(start, i - start));
    if (!piece.empty() && agencies.count(std::string(piece))) return true;
    start = i + cut;
    i += cut - 1;
  }
  return false;
}

CreditKind credit_kind(std::string_view line) {
  line = trim(line);
  if (line.size() >= 2 && line.front() == '(' && line.back() == ')') line = trim(line.substr(1, line.size() - 2));
  if (line.empty() || line.size() > 120) return CreditKind::none;
  std::string lower = lowered(line);
  if (starts_with_credit_prefix(lower)) return CreditKind::prefix;
  size_t words = 1;
  for (char c : line) words += c == ' ';
  if (words > 12 || line.back() == '.') return CreditKind::none;
  bool slash = lower.find('/') != std::string::npos || lower.find(" via ") != std::string::npos;
  if (slash && has_agency_segment(lower)) return CreditKind::slash;
  if (rules().agencies.count(lower) && words > 1) return CreditKind::whole;  // "Getty Images"
  return CreditKind::none;
}

bool is_capitalized(std::string_view word) {
  if (word.empty()) return false;
  unsigned char c = static_cast<unsigned char>(word.front());
  return (c >= 'A' && c <= 'Z') || c >= 0x80;
}

constexpr std::array<std::string_view, 34> kNotNames = {
    "The", "This", "That", "Then", "These", "Those", "Now", "Some", "Most", "Contrast",
    "Comparison", "Far", "Law", "Next", "Last", "Late", "Early", "Monday", "Tuesday", "Wednesday",
    "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "June",
    "July", "August", "September", "October", "November"};

bool names_look_like_people(std::string_view names) {
  if (names.empty() || names.size() > 90 || !is_capitalized(names)) return false;
  size_t first_end = names.find_first_of(" ,");
  std::string_view first = names.substr(0, first_end);
  for (auto w : kNotNames)
    if (first == w || first == "December") return false;
  if (names.back() == '.') {
    // "By Jane Q. Doe Jr." ends in an abbreviation, a sentence ends in a word.
    size_t sp = names.rfind(' ');
    std::string_view last = names.substr(sp == std::string_view::npos ? 0 : sp + 1);
    if (last.size() > 3) return false;
  }
  static const std::unordered_set<std::string_view> kJoiners = {
      "and", "&", "of", "the", "de", "da", "del", "van", "von", "der", "al", "bin", "in", "for", "la", "le"};
  size_t words = 0, start = 0;
  for (size_t i = 0; i <= names.size(); ++i) {
    if (i < names.size() && names[i] != ' ') continue;
    std::string_view w = names.substr(start, i - start);
    start = i + 1;
    if (w.empty()) continue;
    if (++words > 12) return false;
    if (!is_capitalized(w) && !kJoiners.count(w) && std::isalpha(static_cast<unsigned char>(w.front())))
      return false;
  }
  return true;
}

}  // namespace

std::optional<std::string_view> boilerplate_reason(std::string_view line) {
  const auto& r = rules();
  bool short_line = line.size() <= 160;
  char buf[160];
  std::string_view lower = lowered_into(line, short_line ? SIZE_MAX : 64, buf);
  if (line.size() <= 80)
    if (auto it = r.exact.find(core_of(lower)); it != r.exact.end()) return it->second;
  if (!lower.empty())
    for (const auto& p : r.prefix_by_byte[static_cast<unsigned char>(lower.front())])
      if (lower.starts_with(p.text)) return p.reason;
  if (short_line)
    if (const Pattern* p = first_contained(r, lower)) return p->reason;
  return std::nullopt;
}

bool is_credit_line(std::string_view line) { return credit_kind(line) != CreditKind::none; }

std::optional<InlineCredit> split_inline_credit(std::string_view line) {
  line = trim(line);
  if (line.size() > 600 || line.size() < 8) return std::nullopt;
  if (line.back() == ')') {
    size_t open = line.rfind('(');
    if (open != std::string_view::npos && open > 0) {
      std::string_view inner = line.substr(open + 1, line.size() - open - 2);
      CreditKind kind = credit_kind(inner);
      std::string_view caption = trim(line.substr(0, open));
      if ((kind == CreditKind::prefix || kind == CreditKind::slash) && !caption.empty())
        return InlineCredit{caption, inner};
    }
  }
  // "Caption text. Photograph: Jane Doe/Reuters": a picture label and a colon after the
  // caption. Colons are rare, so they are looked for first.
  // find() is a memchr, where rfind() steps back a byte at a time: most lines have no colon.
  if (line.size() > 400 || line.find(':') == std::string_view::npos) return std::nullopt;
  for (size_t colon = line.rfind(':'); colon != std::string_view::npos && colon > 0;
       colon = line.rfind(':', colon - 1)) {
    size_t word = line.rfind(' ', colon);
    if (word == std::string_view::npos || word == 0) continue;
    std::string label = lowered(line.substr(word + 1, colon - word));  // "photograph:"
    if (label != "photo:" && label != "photos:" && label != "photograph:" && label != "image:" &&
        label != "picture:" && label != "photographs:")
      continue;
    std::string_view credit = trim(line.substr(word + 1));
    std::string_view caption = trim(line.substr(0, word));
    size_t words = 1;
    for (char c : credit) words += c == ' ';
    if (credit.size() <= 80 && words <= 8 && !caption.empty()) return InlineCredit{caption, credit};
  }
  return std::nullopt;
}

std::string_view credit_text(std::string_view credit) {
  credit = trim(credit);
  if (credit.size() >= 2 && credit.front() == '(' && credit.back() == ')')
    credit = trim(credit.substr(1, credit.size() - 2));
  // "Image source, Getty Images": the label says nothing the field name does not.
  if (lowered(credit, 13) == "image source,") credit = trim(credit.substr(13));
  return credit;
}

std::optional<std::string_view> labelled_caption(std::string_view line) {
  line = trim(line);
  if (line.size() > 600 || line.empty()) return std::nullopt;
  // Labels start with "Image", "Caption" or "Photo": skip the rest without copying.
  char first = static_cast<char>(line.front() | 0x20);
  if (first != 'i' && first != 'c' && first != 'p') return std::nullopt;
  std::string lower = lowered(line, 20);
  for (const auto& label : rules().caption_labels)
    if (lower.starts_with(label)) {
      std::string_view text = trim(line.substr(label.size()));
      if (!text.empty()) return text;
    }
  return std::nullopt;
}

std::optional<std::string_view> byline_names(std::string_view line) {
  line = trim(line);
  if (line.size() > 100) return std::nullopt;
  if (line.starts_with("By ") || line.starts_with("BY ")) {
    std::string_view names = trim(line.substr(3));
    if (names_look_like_people(names)) return names;
    return std::nullopt;
  }
  size_t bar = line.find(" | ");
  if (bar != std::string_view::npos && bar > 0) {
    std::string_view who = trim(line.substr(0, bar));
    std::string right = lowered(trim(line.substr(bar + 3)));
    if (rules().agencies.count(right) && names_look_like_people(who) && who.find(' ') != std::string_view::npos)
      return line;
  }
  return std::nullopt;
}

}  // namespace dateline::structure
