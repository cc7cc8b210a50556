// The stack of open elements of the HTML5 tree builder (WHATWG HTML, "tree construction"),
// reduced to what decides its depth. Where the parser's rules are too involved to follow
// (the adoption agency's furthest block, markers, a few implied ends) the count errs high:
// a page may be refused a little early, never parsed deeper than the limit.
#include "open_elements.hpp"

#include <algorithm>
#include <iterator>

namespace dateline::html {
namespace {

template <size_t N>
bool one_of(std::string_view tag, const std::string_view (&tags)[N]) {
  return std::find(std::begin(tags), std::end(tags), tag) != std::end(tags);
}

// Elements without an end tag: never on the stack.
bool is_void(std::string_view tag) {
  static constexpr std::string_view kTags[] = {
      "area", "base", "basefont", "bgsound", "br", "col", "embed", "frame", "hr", "image",
      "img", "input", "keygen", "link", "meta", "param", "source", "track", "wbr"};
  return one_of(tag, kTags);
}

// Elements whose end the parser implies when the next of their kind starts; their own start
// tags do not deepen the tree. Table rows and cells are handled by clear_to_table.
bool ends_itself(std::string_view tag) {
  static constexpr std::string_view kTags[] = {"option", "optgroup", "rb", "rp", "rt", "rtc"};
  return one_of(tag, kTags);
}

bool is_table_part(std::string_view tag) {
  static constexpr std::string_view kTags[] = {"caption", "colgroup", "tbody", "td", "tfoot",
                                                            "th",      "thead",    "tr",    "col"};
  return one_of(tag, kTags);
}

bool is_heading(std::string_view tag) {
  return tag.size() == 2 && tag[0] == 'h' && tag[1] >= '1' && tag[1] <= '6';
}

bool is_formatting(std::string_view tag) {
  static constexpr std::string_view kTags[] = {"a",      "b",     "big",    "code", "em",
                                                             "font",   "i",     "nobr",   "s",    "small",
                                                             "strike", "strong", "tt",    "u"};
  return one_of(tag, kTags);
}

// Start tags that close an open <p> first.
bool closes_p(std::string_view tag) {
  static constexpr std::string_view kTags[] = {
      "address", "article", "aside",  "blockquote", "center", "details", "dialog",  "dir",
      "div",     "dl",      "fieldset", "figcaption", "figure", "footer", "header",  "hgroup",
      "main",    "menu",    "nav",    "ol",         "p",      "search",  "section", "summary",
      "ul",      "pre",     "listing", "form",      "table",  "hr",      "xmp",     "plaintext"};
  return one_of(tag, kTags) || is_heading(tag);
}

// The parser's "special" category: an end tag for another element does not close through one.
bool is_special(std::string_view tag) {
  static constexpr std::string_view kTags[] = {
      "address", "applet",   "area",    "article", "aside",   "base",     "basefont", "bgsound", "blockquote",
      "body",    "br",       "button",  "caption", "center",  "col",      "colgroup", "dd",      "details",
      "dir",     "div",      "dl",      "dt",      "embed",   "fieldset", "figcaption", "figure", "footer",
      "form",    "frame",    "frameset", "head",   "header",  "hgroup",   "hr",       "html",    "iframe",
      "img",     "input",    "keygen",  "li",      "link",    "listing",  "main",     "marquee", "menu",
      "meta",    "nav",      "noembed", "noframes", "noscript", "object", "ol",       "p",       "param",
      "plaintext", "pre",    "script",  "section", "select",  "source",   "style",    "summary", "table",
      "template", "textarea", "title"};
  static constexpr std::string_view kMore[] = {"tbody", "td",  "tfoot", "th",  "thead",    "tr",
                                                             "track", "ul",  "wbr",   "xmp", "search"};
  return one_of(tag, kTags) || one_of(tag, kMore) || is_heading(tag);
}

// Elements that end the "default scope" in which an end tag looks for its element.
bool ends_scope(std::string_view tag) {
  static constexpr std::string_view kTags[] = {
      "applet", "caption", "html", "table", "td", "th", "marquee", "object", "template",
      "mi",     "mo",      "mn",   "ms",    "mtext", "annotation-xml"};
  return one_of(tag, kTags);
}

// MathML elements in which HTML start tags are HTML again.
bool is_mathml_text_point(std::string_view tag) {
  return tag == "mi" || tag == "mo" || tag == "mn" || tag == "ms" || tag == "mtext";
}

// HTML start tags that end MathML content when they appear in it.
bool breaks_out_of_mathml(std::string_view tag) {
  static constexpr std::string_view kTags[] = {
      "b",    "big",  "blockquote", "body", "br",     "center", "code",   "dd",     "div",  "dl",   "dt",
      "em",   "embed", "h1",        "h2",   "h3",     "h4",     "h5",     "h6",     "head", "hr",   "i",
      "img",  "li",   "listing",    "menu", "meta",   "nobr",   "ol",     "p",      "pre",  "ruby", "s",
      "small", "span", "strong",    "strike", "sub",  "sup",    "table",  "tt",     "u",    "ul",   "var"};
  return one_of(tag, kTags) || tag == "font";
}

bool is_mathml_special(std::string_view tag) { return is_mathml_text_point(tag) || tag == "annotation-xml"; }

constexpr size_t kNoahsArk = 3;  // the parser keeps at most three identical formatting elements
// Searches down the stack stop here: the parser's own searches are as long as the stack, and
// an element not found near the top is treated as not open (the count errs high).
constexpr size_t kSearch = 256;

}  // namespace

template <class Stop>
size_t OpenElements::find(std::string_view name, Stop stops) const {
  size_t floor = stack_.size() > kSearch ? stack_.size() - kSearch : 0;
  for (size_t i = stack_.size(); i-- > floor;) {
    if (stack_[i].name == name) return i;
    if (stops(stack_[i])) return std::string_view::npos;
  }
  return std::string_view::npos;
}

void OpenElements::push(std::string_view tag, bool mathml, std::string_view attributes) {
  Open o;
  o.name = std::string(tag);
  o.mathml = mathml;
  o.special = mathml ? is_mathml_special(tag) : is_special(tag);
  o.ends_scope = mathml ? is_mathml_special(tag) : ends_scope(tag);
  if (!mathml && is_formatting(tag)) {
    o.attributes = std::string(attributes);
    ++open_formatting_[o.name];
  }
  stack_.push_back(std::move(o));
}

void OpenElements::pop_through(size_t index, bool keep_formatting) {
  for (size_t i = stack_.size(); i-- > index;) {
    const Open& o = stack_[i];
    if (o.mathml || !is_formatting(o.name)) continue;
    auto open = open_formatting_.find(o.name);
    if (open != open_formatting_.end() && --open->second == 0) open_formatting_.erase(open);
    if (!keep_formatting || i == index) continue;
    size_t same = 0, first = reopen_.size();
    for (size_t k = 0; k < reopen_.size(); ++k)
      if (reopen_[k].name == o.name && reopen_[k].attributes == o.attributes && same++ == 0) first = k;
    if (same >= kNoahsArk) reopen_.erase(reopen_.begin() + static_cast<std::ptrdiff_t>(first));
    reopen_.push_back({o.name, o.attributes});
  }
  stack_.resize(index);
}

void OpenElements::close_p_in_button_scope() {
  size_t p = find("p", [](const Open& o) { return o.ends_scope || o.name == "button"; });
  if (p != std::string_view::npos) pop_through(p, true);
}

// A row or cell starting or ending closes what is open inside the table's current cell; what
// was open or closed there is not reopened (a cell is a marker for formatting elements).
void OpenElements::clear_to_table() {
  size_t table = find("table", [](const Open& o) { return o.name == "html" || o.name == "template"; });
  if (table == std::string_view::npos) return;
  if (table + 1 < stack_.size()) pop_through(table + 1, false);
  if (cell_start_ < reopen_.size()) reopen_.resize(cell_start_);
  cell_start_ = reopen_.size();
}

// Formatting elements named `name` that will no longer be reopened: one when its end tag
// finds it closed already, all when an <a> replaces an earlier one.
void OpenElements::forget_reopened(std::string_view name, bool all) {
  for (size_t k = reopen_.size(); k-- > 0;) {
    if (reopen_[k].name != name) continue;
    reopen_.erase(reopen_.begin() + static_cast<std::ptrdiff_t>(k));
    if (!all) break;
  }
  cell_start_ = std::min(cell_start_, reopen_.size());
}

void OpenElements::start_tag(std::string_view tag, std::string_view attributes, bool self_closing) {
  if (!stack_.empty() && stack_.back().mathml) {
    const Open& current = stack_.back();
    bool html_inside = is_mathml_text_point(current.name) && tag != "mglyph" && tag != "malignmark";
    if (!html_inside) {
      if (!breaks_out_of_mathml(tag)) {
        if (!self_closing) push(tag, true, {});  // in MathML, "/>" does close the element
        return;
      }
      while (!stack_.empty() && stack_.back().mathml) stack_.pop_back();
    }
  }
  if (tag == "html" || tag == "body" || tag == "head") return;  // merged into the ones open
  if (tag == "math") {
    if (!self_closing) push("math", true, {});
    return;
  }
  // In HTML "/>" closes nothing but a void element: <div/> opens a div like <div>.
  if (is_void(tag) || ends_itself(tag)) return;
  if (is_table_part(tag)) {
    clear_to_table();
    return;
  }
  if (closes_p(tag)) close_p_in_button_scope();
  if (tag == "li" || tag == "dd" || tag == "dt") {
    // A new item closes the open one of its kind, unless a special element lies between.
    bool is_li = tag == "li";
    size_t floor = stack_.size() > kSearch ? stack_.size() - kSearch : 0;
    for (size_t i = stack_.size(); i-- > floor;) {
      std::string_view name = stack_[i].name;
      if (is_li ? name == "li" : (name == "dd" || name == "dt")) {
        pop_through(i, true);
        break;
      }
      if (stack_[i].special && name != "address" && name != "div" && name != "p") break;
    }
    close_p_in_button_scope();
  }
  if (is_heading(tag) && !stack_.empty() && is_heading(stack_.back().name)) stack_.pop_back();
  if (tag == "a") {
    size_t open = find("a", [](const Open& o) { return o.special; });
    if (open != std::string_view::npos) pop_through(open, true);
    forget_reopened("a", true);
  }
  push(tag, false, attributes);
}

void OpenElements::end_tag(std::string_view tag) {
  if (!stack_.empty() && stack_.back().mathml) {
    // In MathML an end tag closes the nearest element of its name, across anything.
    for (size_t i = stack_.size(); i-- > 0 && stack_[i].mathml;) {
      if (stack_[i].name == tag) {
        pop_through(i, false);
        return;
      }
    }
  }
  if (tag == "html" || tag == "body" || tag == "head" || tag == "br" || is_void(tag) || ends_itself(tag)) return;
  if (is_table_part(tag)) {
    clear_to_table();
    return;
  }
  size_t at = std::string_view::npos;
  if (tag == "p") {
    at = find("p", [](const Open& o) { return o.ends_scope || o.name == "button"; });
  } else if (is_heading(tag)) {
    size_t floor = stack_.size() > kSearch ? stack_.size() - kSearch : 0;
    for (size_t i = stack_.size(); i-- > floor && !stack_[i].ends_scope;)
      if (is_heading(stack_[i].name)) {
        at = i;
        break;
      }
  } else if (is_special(tag)) {
    at = find(tag, [](const Open& o) { return o.ends_scope; });
  } else {
    at = find(tag, [](const Open& o) { return o.special; });
    if (at == std::string_view::npos && is_formatting(tag)) {
      // Not open (or behind a special element, where the adoption agency moves it rather
      // than closing it): if another end tag closed it, the parser now forgets it.
      if (!open_formatting_.count(tag)) forget_reopened(tag, false);
      return;
    }
  }
  if (at != std::string_view::npos) pop_through(at, true);
}

}  // namespace dateline::html
