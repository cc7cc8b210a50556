// Verb-pattern dictionaries: PETRARCH2 (CAMEO.2.0.txt) and TABARI/PETRARCH-1 syntax.
#include <cctype>

#include "dateline/petrarch.hpp"
#include "events/petrarch_text.hpp"

namespace dateline::petrarch {
namespace {

using detail::LineReader;
using detail::trim;

// Splits a pattern body into items; '_' joins an item to the one before it, spaces and the
// PETRARCH2 grouping marks ( ) { } separate. Returns the index of '*' in `items` via *verb_at.
std::vector<PatternItem> pattern_items(std::string_view body, int* verb_at, const LineReader& r) {
  std::vector<PatternItem> items;
  *verb_at = -1;
  bool joined = false;
  std::string cur;
  auto flush = [&](bool next_joined) {
    if (!cur.empty()) {
      PatternItem it;
      it.adjacent = joined;
      if (cur == "*") {
        if (*verb_at >= 0) r.fail("pattern has two '*'");
        *verb_at = static_cast<int>(items.size());
        it.text = "*";
      } else if (cur == "$") {
        it.kind = PatternItem::Kind::source;
      } else if (cur == "+") {
        it.kind = PatternItem::Kind::target;
      } else if (cur == "%") {
        it.kind = PatternItem::Kind::compound;
      } else if (cur == "^") {
        it.kind = PatternItem::Kind::skip_phrase;
      } else if (cur[0] == '&') {
        it.kind = PatternItem::Kind::synset;
        it.text = detail::upper(cur.substr(1));
      } else {
        it.text = detail::upper(cur);
      }
      items.push_back(std::move(it));
      cur.clear();
    }
    joined = next_joined;
  };
  for (char c : body) {
    if (c == '_') {
      flush(true);
    } else if (c == '*' || c == '$' || c == '%' || c == '^') {
      // Markers may be written glued to a word ("*SCEPTICAL"); they are items of their own.
      bool was_joined = joined;
      flush(was_joined);
      cur = std::string(1, c);
      flush(false);
    } else if (c == ' ' || c == '\t' || c == '(' || c == ')' || c == '{' || c == '}') {
      flush(false);
    } else {
      cur += c;
    }
  }
  flush(false);
  if (*verb_at < 0) r.fail("pattern without '*' (the verb's position)");
  return items;
}

VerbPattern parse_pattern(std::string_view line, const LineReader& r) {
  // The code is the last [..] on the line.
  size_t open = line.rfind('[');
  size_t close = line.rfind(']');
  if (open == std::string_view::npos || close == std::string_view::npos || close < open)
    r.fail("pattern without [code]");
  VerbPattern p;
  p.code = std::string(trim(line.substr(open + 1, close - open - 1)));
  if (p.code.empty()) r.fail("empty [code] in pattern");
  p.line = r.line_number();
  int verb_at = -1;
  auto items = pattern_items(line.substr(1, open - 1), &verb_at, r);
  // The item right after '*' is "adjacent" to the verb when written "*_X".
  p.before.assign(items.begin(), items.begin() + verb_at);
  p.after.assign(items.begin() + verb_at + 1, items.end());
  p.verb_joined_before = items[verb_at].adjacent && !p.before.empty();
  return p;
}

// A verb line: "SPEED {SPEEDING SPEEDS SPED}", "+CORDON_OFF", "WIRE_+TAP [1711]", "+X_BY {}".
void parse_verb_line(std::string_view line, int block, VerbDictionary& dict, const LineReader& r) {
  std::string code;
  if (size_t open = line.find('['); open != std::string_view::npos) {
    size_t close = line.find(']', open);
    if (close == std::string_view::npos) r.fail("unclosed '[' in verb line");
    code = std::string(trim(line.substr(open + 1, close - open - 1)));
    line = line.substr(0, open);
  }
  std::vector<std::string> explicit_forms;
  bool has_braces = false;
  if (size_t brace = line.find('{'); brace != std::string_view::npos) {
    size_t close = line.find('}', brace);
    if (close == std::string_view::npos) r.fail("unclosed '{' in verb line");
    has_braces = true;
    std::string_view inner = line.substr(brace + 1, close - brace - 1);
    size_t s = 0;
    while (s < inner.size()) {
      while (s < inner.size() && std::isspace(static_cast<unsigned char>(inner[s]))) ++s;
      size_t e = s;
      while (e < inner.size() && !std::isspace(static_cast<unsigned char>(inner[e]))) ++e;
      if (e > s) explicit_forms.emplace_back(inner.substr(s, e - s));
      s = e;
    }
    line = line.substr(0, brace);
  }
  auto split_form = [&](std::string_view text, VerbForm& f) {
    std::string cur;
    bool marked = false;
    for (char c : trim(text)) {
      if (c == '_' || c == ' ') {
        if (!cur.empty()) f.words.push_back(detail::upper(cur));
        cur.clear();
      } else if (c == '+') {
        f.head = f.words.size() + (cur.empty() ? 0 : 1);
        marked = true;
      } else {
        cur += c;
      }
    }
    if (!cur.empty()) f.words.push_back(detail::upper(cur));
    if (!marked) f.head = 0;
    if (f.words.empty() || f.head >= f.words.size()) r.fail("malformed verb '" + std::string(text) + "'");
  };
  VerbForm base;
  base.block = block;
  base.code = code;
  split_form(line, base);
  auto index = [&](VerbForm f) { dict.forms[f.words[f.head]].push_back(std::move(f)); };
  if (has_braces) {
    for (const auto& form : explicit_forms) {
      VerbForm f;
      f.block = block;
      f.code = code;
      split_form(form, f);
      // Single-word irregulars listed without '+' keep the base's head position.
      if (f.words.size() == base.words.size() && form.find('+') == std::string::npos) f.head = base.head;
      index(std::move(f));
    }
    index(base);
    if (!explicit_forms.empty()) {
      // Irregular forms are listed; the regular ones are generated as well.
      for (const auto& inflected : verb_inflections(base.words[base.head])) {
        if (inflected == base.words[base.head]) continue;
        VerbForm f = base;
        f.words[f.head] = inflected;
        index(std::move(f));
      }
    }
  } else {
    for (const auto& inflected : verb_inflections(base.words[base.head])) {
      VerbForm f = base;
      f.words[f.head] = inflected;
      index(std::move(f));
    }
  }
}

}  // namespace

std::vector<std::string> verb_inflections(const std::string& base) {
  std::vector<std::string> out{base};
  if (base.empty()) return out;
  auto vowel = [](char c) { return c == 'A' || c == 'E' || c == 'I' || c == 'O' || c == 'U'; };
  char last = base.back();
  out.push_back(noun_plural(base));  // third person -s follows the plural rules
  if (last == 'E') {
    out.push_back(base + "D");
    out.push_back(base.substr(0, base.size() - 1) + "ING");
  } else if (last == 'Y' && base.size() > 1 && !vowel(base[base.size() - 2])) {
    out.push_back(base.substr(0, base.size() - 1) + "IED");
    out.push_back(base + "ING");
  } else {
    out.push_back(base + "ED");
    out.push_back(base + "ING");
  }
  return out;
}

std::string noun_plural(const std::string& noun) {
  if (noun.empty()) return noun;
  auto ends = [&](std::string_view s) { return noun.size() >= s.size() && noun.compare(noun.size() - s.size(), s.size(), s) == 0; };
  auto vowel = [](char c) { return c == 'A' || c == 'E' || c == 'I' || c == 'O' || c == 'U'; };
  if (ends("S") || ends("SH") || ends("CH") || ends("X") || ends("Z")) return noun + "ES";
  if (ends("Y") && noun.size() > 1 && !vowel(noun[noun.size() - 2])) return noun.substr(0, noun.size() - 1) + "IES";
  return noun + "S";
}

VerbDictionary parse_verbs(std::string_view text, const std::string& name) {
  VerbDictionary dict;
  LineReader r(text, name);
  enum class Mode { none, synset, block } mode = Mode::none;
  std::string synset;
  std::string raw;
  std::unordered_map<std::string, size_t> first_verbs;  // a block's first verb → its block
  bool block_has_verb = false;
  while (r.next(raw)) {
    std::string_view line = trim(raw);
    if (line.empty()) continue;  // blank and comment lines do not end a synset
    if (line[0] == '&') {
      synset = detail::upper(trim(line.substr(1)));
      while (!synset.empty() && synset.back() == '_') synset.pop_back();
      if (synset.empty()) r.fail("synset without a name");
      dict.synsets[synset];
      mode = Mode::synset;
    } else if (line[0] == '+' && mode == Mode::synset) {
      auto words = detail::phrase_words(line.substr(1));
      if (words.empty()) r.fail("empty synset member");
      dict.synsets[synset].push_back(std::move(words));
    } else if (line.rfind("---", 0) == 0) {
      std::string_view inside;
      size_t end = 0;
      if (!detail::bracket(line, 3, inside, end)) r.fail("verb block header without [code]");
      VerbBlock block;
      block.label = detail::upper(trim(line.substr(3, line.find('[') - 3)));
      block.code = std::string(inside);
      dict.blocks.push_back(std::move(block));
      mode = Mode::block;
      block_has_verb = false;
    } else if (line[0] == '-') {
      if (mode != Mode::block || dict.blocks.empty()) r.fail("pattern outside a verb block");
      dict.blocks.back().patterns.push_back(parse_pattern(line, r));
      ++dict.pattern_count;
    } else if (line[0] == '~') {
      ++dict.transformation_count;
    } else if (line[0] == '<') {
      continue;  // stray markup such as "<!" lines
    } else if (mode == Mode::block) {
      // A block whose first verb heads an earlier block extends it, as PETRARCH keys patterns
      // by that verb: the earlier patterns apply too, and the later code wins.
      if (!block_has_verb) {
        std::string first = detail::upper(line.substr(0, line.find_first_of(" \t[{#")));
        auto [it, fresh] = first_verbs.emplace(first, dict.blocks.size() - 1);
        if (!fresh) {
          auto& earlier = dict.blocks[it->second].patterns;
          dict.blocks.back().patterns.insert(dict.blocks.back().patterns.begin(), earlier.begin(), earlier.end());
          it->second = dict.blocks.size() - 1;
        }
        block_has_verb = true;
      }
      parse_verb_line(line, static_cast<int>(dict.blocks.size()) - 1, dict, r);
    } else {
      r.fail("unexpected line outside a synset or verb block: '" + std::string(line) + "'");
    }
  }
  return dict;
}

VerbDictionary read_verbs(const std::string& path) {
  return parse_verbs(detail::read_dictionary_file(path), path);
}

}  // namespace dateline::petrarch
