// A cheap pass over the page before the HTML5 parser sees it: drops elements that never hold
// article text and attributes extraction never reads, keeps JSON-LD, and refuses absurdly
// deep nesting before it can cost minutes.
#include <algorithm>
#include <array>
#include <cstring>

#include "dateline/error.hpp"
#include "html_internal.hpp"

namespace dateline::html {
namespace {

char lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c; }
bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// Elements that are never open for long: void elements, and those whose end tag the parser
// implies (so an author who leaves them open does not deepen the tree).
bool does_not_nest(std::string_view tag) {
  static constexpr std::array<std::string_view, 30> kTags = {
      "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
      "source", "track", "wbr", "param", "keygen", "p", "li", "dt", "dd", "tr",
      "td", "th", "option", "optgroup", "thead", "tbody", "tfoot", "colgroup", "rp", "rt"};
  return std::find(kTags.begin(), kTags.end(), tag) != kTags.end();
}

bool is_dropped(std::string_view tag) {
  return tag == "script" || tag == "style" || tag == "noscript" || tag == "template" || tag == "svg" ||
         tag == "iframe" || tag == "object";
}

bool is_space(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f'; }

// Whether extraction reads this attribute of this element (dom_blocks.cpp, metadata.cpp).
// The rest (href, src, srcset, data-*, on*, …) is often a third of a page's bytes, and the
// parser would tokenize and allocate every one of them.
bool attribute_is_read(std::string_view tag, std::string_view name) {
  if (name == "class" || name == "id" || name == "style" || name == "hidden" || name == "aria-hidden" ||
      name == "role")
    return true;
  if (tag == "meta") return name == "property" || name == "name" || name == "itemprop" || name == "content";
  if (tag == "link") return name == "rel" || name == "href";
  return tag == "html" && name == "lang";
}

// Skips one attribute (name, then `=value` if any) starting at `i`, as the HTML5 tokenizer
// reads it: quotes only delimit a value, so a stray quote elsewhere does not swallow the page.
// The first byte always belongs to the name, whatever it is (the tokenizer takes a leading '='
// so, and a stray '>' may reach here from append_read_attributes): callers loop until the
// end, so the result must lie past `i` whenever `i` is inside `s`.
size_t skip_attribute(std::string_view s, size_t i) {
  size_t n = s.size();
  if (i < n) ++i;
  while (i < n && !is_space(s[i]) && s[i] != '/' && s[i] != '>' && s[i] != '=') ++i;
  size_t j = i;
  while (j < n && is_space(s[j])) ++j;
  if (j >= n || s[j] != '=') return i;
  ++j;
  while (j < n && is_space(s[j])) ++j;
  if (j < n && (s[j] == '"' || s[j] == '\'')) {
    size_t close = s.find(s[j], j + 1);
    return close == std::string_view::npos ? n : close + 1;
  }
  while (j < n && !is_space(s[j]) && s[j] != '>') ++j;
  return j;
}

// Appends the attributes in `attrs` (the text between a start tag's name and its '>') that
// extraction reads, each as written.
void append_read_attributes(std::string& out, std::string_view tag, std::string_view attrs) {
  std::string name;
  for (size_t i = 0; i < attrs.size();) {
    if (is_space(attrs[i]) || attrs[i] == '/') {
      ++i;
      continue;
    }
    size_t end = skip_attribute(attrs, i);
    name.clear();
    for (size_t k = i; k < end && attrs[k] != '=' && !is_space(attrs[k]); ++k) name.push_back(lower(attrs[k]));
    std::string_view whole = attrs.substr(i, end - i);
    i = end;
    if (!attribute_is_read(tag, name)) continue;
    if (name == "style" && whole.find("none") == std::string_view::npos) continue;  // only display:none matters
    out.push_back(' ');
    out.append(whole);
  }
}

// Position just after the '>' closing the tag whose attributes start at `i`.
size_t tag_end(std::string_view s, size_t i) {
  while (i < s.size()) {
    if (s[i] == '>') return i + 1;
    if (is_space(s[i]) || s[i] == '/') {
      ++i;
      continue;
    }
    i = skip_attribute(s, i);
  }
  return s.size();
}

// Case-insensitive search for "</tag" from `from`; npos when absent.
size_t find_end_tag(std::string_view s, size_t from, std::string_view tag) {
  for (size_t i = s.find("</", from); i != std::string_view::npos; i = s.find("</", i + 2)) {
    if (i + 2 + tag.size() > s.size()) return std::string_view::npos;
    bool match = true;
    for (size_t k = 0; k < tag.size() && match; ++k) match = lower(s[i + 2 + k]) == tag[k];
    if (match) return i;
  }
  return std::string_view::npos;
}

}  // namespace

Prescanned prescan_html(std::string_view s, size_t max_depth) {
  Prescanned out;
  out.html.reserve(s.size());
  size_t depth = 0, i = 0;
  while (i < s.size()) {
    const void* hit = std::memchr(s.data() + i, '<', s.size() - i);
    size_t lt = hit ? static_cast<size_t>(static_cast<const char*>(hit) - s.data()) : s.size();
    out.html.append(s, i, lt - i);
    if (lt >= s.size()) break;
    i = lt;
    if (s.compare(i, 4, "<!--") == 0) {
      size_t end = s.find("-->", i + 4);
      i = end == std::string_view::npos ? s.size() : end + 3;
      continue;
    }
    bool closing = i + 1 < s.size() && s[i + 1] == '/';
    size_t name_start = i + (closing ? 2 : 1);
    if (name_start >= s.size() || !is_alpha(s[name_start])) {
      out.html.push_back('<');
      ++i;
      continue;
    }
    std::string tag;
    size_t k = name_start;
    for (; k < s.size() && tag.size() < 16 && (is_alpha(s[k]) || (s[k] >= '0' && s[k] <= '9') || s[k] == '-'); ++k)
      tag.push_back(lower(s[k]));
    size_t end = tag_end(s, k);
    if (!closing && is_dropped(tag)) {
      size_t close = find_end_tag(s, end, tag);
      std::string_view attrs = s.substr(k, end - k);
      if (tag == "script" && close != std::string_view::npos) {
        std::string a(attrs);
        std::transform(a.begin(), a.end(), a.begin(), lower);
        if (a.find("ld+json") != std::string::npos) out.json_ld.emplace_back(s.substr(end, close - end));
      }
      i = close == std::string_view::npos ? s.size() : tag_end(s, close);
      continue;
    }
    bool self_closing = end >= 2 && s[end - 2] == '/';
    if (!does_not_nest(tag) && !self_closing) {
      if (closing) {
        if (depth > 0) --depth;
      } else if (++depth > max_depth) {
        throw Error(ExitCode::bad_input, "HTML nested deeper than " + std::to_string(max_depth) + " elements");
      }
    }
    if (closing || s[end - 1] != '>') {  // an end tag, or a start tag cut off by the end of the page
      out.html.append(s, i, end - i);
    } else {
      size_t name_end = k;  // `tag` stops at 16 characters; a custom element's name goes on
      while (name_end < end && !is_space(s[name_end]) && s[name_end] != '/' && s[name_end] != '>') ++name_end;
      out.html.append(s, i, name_end - i);
      size_t attrs_end = end - 1 - (self_closing ? 1 : 0);
      append_read_attributes(out.html, tag, s.substr(name_end, attrs_end > name_end ? attrs_end - name_end : 0));
      out.html.append(self_closing ? "/>" : ">");
    }
    i = end;
  }
  return out;
}

}  // namespace dateline::html
