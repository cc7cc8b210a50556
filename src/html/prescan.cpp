// A cheap pass over the page before the HTML5 parser sees it: drops elements that never hold
// article text and attributes extraction never reads, keeps JSON-LD, and refuses absurdly
// deep nesting before it can cost minutes.
#include <algorithm>
#include <cstring>

#include "dateline/error.hpp"
#include "html_internal.hpp"
#include "open_elements.hpp"

namespace dateline::html {
namespace {

char lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c; }
bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// Elements whose content the tokenizer reads as text up to their end tag: a '<' inside is
// not a tag, so it must not count as one.
bool is_raw_text(std::string_view tag) {
  return tag == "title" || tag == "textarea" || tag == "xmp" || tag == "noembed" || tag == "noframes";
}

bool is_dropped(std::string_view tag) {
  return tag == "script" || tag == "style" || tag == "noscript" || tag == "template" || tag == "svg" ||
         tag == "iframe" || tag == "object";
}

// Formatting elements (<b>, <font>, …) that an end tag of another element closed, which the
// parser opens again before each following text or inline element: gumbo's time per such
// point grows with their number times the depth. Sloppy pages repeat the same tag, which the
// parser counts at most three times; 16 is already far past what sloppy pages do (at 100, a
// 3 MB page takes gumbo 16 s).
constexpr size_t kMaxReopened = 16;

bool is_space(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f'; }

// Whether extraction reads this attribute of this element (dom_blocks.cpp, metadata.cpp).
// The rest (href, src, srcset, data-*, on*, …) is often a third of a page's bytes, and the
// parser would tokenize and allocate every one of them.
bool attribute_is_read(std::string_view tag, std::string_view name) {
  if (name == "class" || name == "id" || name == "style" || name == "hidden" || name == "aria-hidden" ||
      name == "role")
    return true;
  // Microdata dates sit on any element: <div itemprop="datePublished" datetime="2022-02-04">.
  if (name == "itemprop" || name == "datetime") return true;
  if (tag == "meta")
    return name == "property" || name == "name" || name == "itemprop" || name == "content" || name == "http-equiv";
  if (tag == "link") return name == "rel" || name == "href";
  if (tag == "time") return name == "pubdate";  // the HTML5 draft's mark of the publication time
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
  OpenElements open;
  size_t i = 0;
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
    size_t name_end = k;  // `tag` stops at 16 characters; a custom element's name goes on
    while (name_end < end && !is_space(s[name_end]) && s[name_end] != '/' && s[name_end] != '>') ++name_end;
    size_t attrs_end = end >= 1 + (self_closing ? 1 : 0) ? end - 1 - (self_closing ? 1 : 0) : end;
    std::string_view attrs = s.substr(name_end, attrs_end > name_end ? attrs_end - name_end : 0);
    if (closing)
      open.end_tag(tag);
    else
      open.start_tag(tag, attrs, self_closing);
    if (open.depth() > max_depth)
      throw Error(ExitCode::bad_input, "HTML nested deeper than " + std::to_string(max_depth) + " elements");
    if (open.reopened() > kMaxReopened)
      throw Error(ExitCode::bad_input, "HTML with more than " + std::to_string(kMaxReopened) +
                                           " formatting elements for the parser to reopen (closed by other elements' end tags)");
    if (closing || s[end - 1] != '>') {  // an end tag, or a start tag cut off by the end of the page
      out.html.append(s, i, end - i);
    } else {
      out.html.append(s, i, name_end - i);
      append_read_attributes(out.html, tag, attrs);
      out.html.append(self_closing ? "/>" : ">");
    }
    i = end;
    if (!closing && is_raw_text(tag)) {
      size_t close = find_end_tag(s, i, tag);
      size_t text_end = close == std::string_view::npos ? s.size() : close;
      out.html.append(s, i, text_end - i);
      i = text_end;
    } else if (!closing && tag == "plaintext") {  // the rest of the page is text
      out.html.append(s, i, s.size() - i);
      break;
    }
  }
  return out;
}

}  // namespace dateline::html
