// Loads countries.tsv, places.tsv and demonyms.tsv into hash maps, once per process.
#include <unicode/locid.h>
#include <unicode/unistr.h>

#include "dateline/error.hpp"
#include "dateline/lexicon.hpp"
#include "gazetteer/gazetteer_tables.hpp"

namespace dateline::gazetteer::detail {
namespace {

std::string to_upper(std::string_view s) {
  std::string out;
  icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())))
      .toUpper(icu::Locale::getRoot())
      .toUTF8String(out);
  return out;
}

size_t word_count(std::string_view s) {
  size_t n = 1;
  for (char c : s) n += c == ' ';
  return n;
}

void add_prefixes(KeySet& prefixes, const std::string& key) {
  for (size_t i = key.find(' '); i != std::string::npos; i = key.find(' ', i + 1))
    prefixes.insert(key.substr(0, i));
}

void add_key(Tables& t, const std::string& key, int index) {
  int kind = static_cast<int>(t.entries[index].kind);
  int& slot = t.exact[key].by_kind[kind];
  if (slot < 0) slot = index;
  std::string upper = to_upper(key);
  int& upper_slot = t.upper[upper].by_kind[kind];
  if (upper_slot < 0) upper_slot = index;
  add_prefixes(t.prefixes, key);
  add_prefixes(t.prefixes, upper);
  t.max_words = std::max(t.max_words, word_count(key));
}

void load(Tables& t, std::string_view lexicon_name, Kind kind) {
  for (const auto& row : lexicon_rows(lexicon_name)) {
    if (row.size() < 2 || row[0].empty() || row[1].size() != 3)
      throw Error(ExitCode::internal, "malformed row in lexicon " + std::string(lexicon_name) +
                                          ": '" + std::string(row[0]) + "'");
    Entry e{row[0], row[1], kind, false};
    std::string_view tag = row.size() > 2 ? row[2] : std::string_view();
    if (kind == Kind::place) e.capital = tag == "capital";
    if (kind == Kind::country && tag == "display") t.display.emplace(std::string(e.iso3), e.canonical);
    t.entries.push_back(e);
    std::string scratch;
    std::string key(key_form(e.canonical, scratch));
    add_key(t, key, static_cast<int>(t.entries.size() - 1));
  }
}

}  // namespace

std::string_view key_form(std::string_view s, std::string& scratch) {
  static constexpr std::string_view kCurly = "\xE2\x80\x99";
  if (s.find(kCurly) == std::string_view::npos) return s;
  scratch.clear();
  for (size_t i = 0; i < s.size();) {
    if (s.compare(i, kCurly.size(), kCurly) == 0) {
      scratch += '\'';
      i += kCurly.size();
    } else {
      scratch += s[i++];
    }
  }
  return scratch;
}

bool is_all_caps(std::string_view s) {
  bool upper = false;
  for (char c : s) {
    if (c >= 'a' && c <= 'z') return false;
    if (c >= 'A' && c <= 'Z') upper = true;
  }
  return upper;
}

const Tables& tables() {
  static const Tables t = [] {
    Tables built;
    built.entries.reserve(1600);
    load(built, "countries.tsv", Kind::country);
    load(built, "places.tsv", Kind::place);
    load(built, "demonyms.tsv", Kind::demonym);
    return built;
  }();
  return t;
}

}  // namespace dateline::gazetteer::detail
