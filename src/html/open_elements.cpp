// The stack of open elements of the HTML5 tree builder (WHATWG HTML, "tree construction"),
// reduced to what decides its depth. Where the parser's rules are too involved to follow
// (the adoption agency's furthest block, markers, a few implied ends) the count errs high:
// a page may be refused a little early, never parsed deeper than the limit.
#include "open_elements.hpp"

#include <initializer_list>
#include <unordered_map>

namespace dateline::html {
namespace {

// What the tree builder's rules say of a tag name, one bit per rule this file follows.
enum Kind : unsigned {
  kVoid = 1,             // no end tag: never on the stack
  kEndsItself = 2,       // the next of its kind ends it, so its start tag does not deepen the tree
  kTablePart = 4,        // rows, cells and the like: handled by clear_to_table
  kFormatting = 8,       // on the list of active formatting elements
  kClosesP = 16,         // its start tag closes an open <p> first
  kSpecial = 32,         // an end tag of another element does not close through it
  kEndsScope = 64,       // an end tag does not look for its element beyond it
  kBreaksOutOfMath = 128,  // an HTML start tag that ends MathML content
  kHeading = 256,
};

unsigned kind_of(std::string_view tag) {
  static const auto* table = [] {
    auto* t = new std::unordered_map<std::string_view, unsigned>;
    auto mark = [&](unsigned bit, std::initializer_list<std::string_view> tags) {
      for (std::string_view name : tags) (*t)[name] |= bit;
    };
    mark(kVoid, {"area", "base", "basefont", "bgsound", "br", "col", "embed", "frame", "hr", "image", "img", "input",
                 "keygen", "link", "meta", "param", "source", "track", "wbr"});
    mark(kEndsItself, {"option", "optgroup", "rb", "rp", "rt", "rtc"});
    mark(kTablePart, {"caption", "colgroup", "tbody", "td", "tfoot", "th", "thead", "tr", "col"});
    mark(kFormatting, {"a", "b", "big", "code", "em", "font", "i", "nobr", "s", "small", "strike", "strong", "tt", "u"});
    mark(kHeading, {"h1", "h2", "h3", "h4", "h5", "h6"});
    mark(kClosesP, {"address", "article", "aside", "blockquote", "center", "details", "dialog", "dir", "div", "dl",
                    "fieldset", "figcaption", "figure", "footer", "header", "hgroup", "main", "menu", "nav", "ol",
                    "p", "search", "section", "summary", "ul", "pre", "listing", "form", "table", "hr", "xmp",
                    "plaintext", "h1", "h2", "h3", "h4", "h5", "h6"});
    mark(kSpecial, {"address", "applet", "area", "article", "aside", "base", "basefont", "bgsound", "blockquote",
                    "body", "br", "button", "caption", "center", "col", "colgroup", "dd", "details", "dir", "div",
                    "dl", "dt", "embed", "fieldset", "figcaption", "figure", "footer", "form", "frame", "frameset",
                    "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hgroup", "hr", "html", "iframe", "img",
                    "input", "keygen", "li", "link", "listing", "main", "marquee", "menu", "meta", "nav", "noembed",
                    "noframes", "noscript", "object", "ol", "p", "param", "plaintext", "pre", "script", "search",
                    "section", "select", "source", "style", "summary", "table", "tbody", "td", "template",
                    "textarea", "tfoot", "th", "thead", "title", "tr", "track", "ul", "wbr", "xmp"});
    mark(kEndsScope, {"applet", "caption", "html", "table", "td", "th", "marquee", "object", "template"});
    mark(kBreaksOutOfMath, {"b", "big", "blockquote", "body", "br", "center", "code", "dd", "div", "dl", "dt", "em",
                            "embed", "font", "h1", "h2", "h3", "h4", "h5", "h6", "head", "hr", "i", "img", "li",
                            "listing", "menu", "meta", "nobr", "ol", "p", "pre", "ruby", "s", "small", "span",
                            "strong", "strike", "sub", "sup", "table", "tt", "u", "ul", "var"});
    return t;
  }();
  auto it = table->find(tag);
  return it == table->end() ? 0 : it->second;
}

// MathML elements in which HTML start tags are HTML again.
bool is_mathml_text_point(std::string_view tag) {
  return tag == "mi" || tag == "mo" || tag == "mn" || tag == "ms" || tag == "mtext";
}

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
  unsigned kind = mathml ? 0 : kind_of(tag);
  bool mathml_special = mathml && (is_mathml_text_point(tag) || tag == "annotation-xml");
  Open o;
  o.name = std::string(tag);
  o.mathml = mathml;
  o.special = mathml_special || (kind & kSpecial);
  o.ends_scope = mathml_special || (kind & kEndsScope);
  o.heading = kind & kHeading;
  o.formatting = kind & kFormatting;
  if (o.formatting) {
    o.attributes = std::string(attributes);
    ++open_formatting_[o.name];
  }
  stack_.push_back(std::move(o));
}

void OpenElements::pop_through(size_t index, bool keep_formatting) {
  for (size_t i = stack_.size(); i-- > index;) {
    const Open& o = stack_[i];
    if (!o.formatting) continue;
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
      if (!(kind_of(tag) & kBreaksOutOfMath)) {
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
  unsigned kind = kind_of(tag);
  if (kind & (kVoid | kEndsItself)) return;
  if (kind & kTablePart) {
    clear_to_table();
    return;
  }
  if (kind & kClosesP) close_p_in_button_scope();
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
  if ((kind & kHeading) && !stack_.empty() && stack_.back().heading) stack_.pop_back();
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
  unsigned kind = kind_of(tag);
  if (tag == "html" || tag == "body" || tag == "head" || (kind & (kVoid | kEndsItself))) return;
  if (kind & kTablePart) {
    clear_to_table();
    return;
  }
  size_t at = std::string_view::npos;
  if (tag == "p") {
    at = find("p", [](const Open& o) { return o.ends_scope || o.name == "button"; });
  } else if (kind & kHeading) {
    size_t floor = stack_.size() > kSearch ? stack_.size() - kSearch : 0;
    for (size_t i = stack_.size(); i-- > floor && !stack_[i].ends_scope;)
      if (stack_[i].heading) {
        at = i;
        break;
      }
  } else if (kind & kSpecial) {
    at = find(tag, [](const Open& o) { return o.ends_scope; });
  } else {
    at = find(tag, [](const Open& o) { return o.special; });
    if (at == std::string_view::npos && (kind & kFormatting)) {
      // Not open (or behind a special element, where the adoption agency moves it rather
      // than closing it): if another end tag closed it, the parser now forgets it.
      if (!open_formatting_.count(tag)) forget_reopened(tag, false);
      return;
    }
  }
  if (at != std::string_view::npos) pop_through(at, true);
}

}  // namespace dateline::html
