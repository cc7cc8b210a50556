// Flattening the DOM into text blocks, skipping what is plainly not article text.
#include "dom_blocks.hpp"

#include <algorithm>
#include <array>

#include "html_internal.hpp"

namespace dateline::html {
namespace {

bool is_block(GumboTag t) {
  switch (t) {
    case GUMBO_TAG_P: case GUMBO_TAG_DIV: case GUMBO_TAG_SECTION: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_MAIN:
    case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6:
    case GUMBO_TAG_LI: case GUMBO_TAG_UL: case GUMBO_TAG_OL: case GUMBO_TAG_DL: case GUMBO_TAG_DT: case GUMBO_TAG_DD:
    case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_PRE: case GUMBO_TAG_TABLE: case GUMBO_TAG_TR: case GUMBO_TAG_TD:
    case GUMBO_TAG_TH: case GUMBO_TAG_TBODY: case GUMBO_TAG_THEAD: case GUMBO_TAG_CAPTION: case GUMBO_TAG_CENTER:
    case GUMBO_TAG_ADDRESS: case GUMBO_TAG_BODY: case GUMBO_TAG_HTML: case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_DETAILS: case GUMBO_TAG_SUMMARY: case GUMBO_TAG_HR:
    case GUMBO_TAG_HEADER: case GUMBO_TAG_BR:
      return true;
    default:
      return false;
  }
}

bool never_text(GumboTag t) {
  switch (t) {
    case GUMBO_TAG_HEAD: case GUMBO_TAG_NAV: case GUMBO_TAG_FOOTER: case GUMBO_TAG_ASIDE: case GUMBO_TAG_FORM:
    case GUMBO_TAG_BUTTON: case GUMBO_TAG_SELECT: case GUMBO_TAG_INPUT: case GUMBO_TAG_TEXTAREA: case GUMBO_TAG_MENU:
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NOSCRIPT: case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_SVG: case GUMBO_TAG_MATH: case GUMBO_TAG_OBJECT: case GUMBO_TAG_TEMPLATE: case GUMBO_TAG_LABEL:
    case GUMBO_TAG_FIGCAPTION:
      return true;
    default:
      return false;
  }
}

// The attributes the flattening reads, found in one pass over the element's attributes.
struct ElementAttributes {
  std::string_view class_name, id, style, role, aria_hidden;
  bool hidden = false;
};

ElementAttributes read_attributes(const GumboNode* n) {
  ElementAttributes a;
  const GumboVector& attrs = n->v.element.attributes;
  for (unsigned i = 0; i < attrs.length; ++i) {
    const auto* at = static_cast<const GumboAttribute*>(attrs.data[i]);
    std::string_view name = at->name;  // gumbo lower-cases attribute names
    if (name == "class") a.class_name = at->value;
    else if (name == "id") a.id = at->value;
    else if (name == "style") a.style = at->value;
    else if (name == "role") a.role = at->value;
    else if (name == "aria-hidden") a.aria_hidden = at->value;
    else if (name == "hidden") a.hidden = true;
  }
  return a;
}

// Class and id, lower-cased, for the word tests below ("" when the element has neither).
std::string lower_names(const ElementAttributes& a) {
  if (a.class_name.empty() && a.id.empty()) return {};
  std::string s;
  s.reserve(a.class_name.size() + a.id.size() + 1);
  s.append(a.class_name).append(" ").append(a.id);
  std::transform(s.begin(), s.end(), s.begin(), [](char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c; });
  return s;
}

template <size_t N>
bool contains_any(const std::string& s, const std::array<const char*, N>& words) {
  return std::any_of(words.begin(), words.end(), [&](const char* w) { return s.find(w) != std::string::npos; });
}

// Class/id words of containers that never hold the article (readability's "unlikely
// candidates" plus the cookie/newsletter/paywall furniture of current news sites): skipped.
constexpr std::array<const char*, 18> kFurnitureWords = {
    "comment", "disqus", "footer", "breadcrumb", "cookie", "consent", "newsletter", "related", "recommend", "sponsor", "advert", "-ad-", "outbrain", "taboola", "gdpr", "subscribe", "signup",
    "skip-link"};
// Words of layout regions that themes also put on whole-page wrappers ("has-sidebar"):
// flagged, so they count as furniture only for containers above them.
constexpr std::array<const char*, 15> kLayoutWords = {"sidebar", "widget", "menu", "navbar", "navigation",
                                                      "pagination", "pager", "banner", "popup", "modal",
                                                      "teaser", "login", "social", "share", "sharing"};
constexpr std::array<const char*, 9> kContentWords = {"article", "content", "body", "main", "entry", "post",
                                                      "story", "text", "column"};
constexpr std::array<const char*, 13> kPositiveWords = {"article", "body", "content", "entry", "hentry", "main",
                                                        "post", "text", "blog", "story", "page", "prose", "rich"};
constexpr std::array<const char*, 17> kNegativeWords = {"hidden", "banner", "comment", "foot", "masthead", "media",
                                                        "meta", "promo", "related", "scroll", "share", "sidebar",
                                                        "sponsor", "shopping", "tags", "tool", "widget"};

bool is_hidden(const ElementAttributes& a) {
  if (a.hidden || a.aria_hidden == "true") return true;
  return a.style.find("display:none") != std::string_view::npos || a.style.find("display: none") != std::string_view::npos;
}

// What an element's names make of it: skipped (furniture), flagged (layout), and a weight.
struct NameVerdict {
  bool furniture = false, layout = false;
  double weight = 0;
};

NameVerdict judge_names(GumboTag t, const ElementAttributes& a) {
  NameVerdict v;
  if (a.role == "navigation" || a.role == "contentinfo") v.furniture = true;
  if (a.role == "complementary" || a.role == "banner") v.layout = true;
  std::string names = lower_names(a);
  if (names.empty()) return v;
  bool exempt = t == GUMBO_TAG_BODY || t == GUMBO_TAG_HTML || t == GUMBO_TAG_ARTICLE || t == GUMBO_TAG_MAIN ||
                t == GUMBO_TAG_A || names.size() <= 1 || contains_any(names, kContentWords);
  if (!exempt) {
    v.furniture = v.furniture || contains_any(names, kFurnitureWords);
    v.layout = v.layout || contains_any(names, kLayoutWords);
  }
  if (names.size() > 1) {
    if (contains_any(names, kPositiveWords)) v.weight += 25;
    if (contains_any(names, kNegativeWords)) v.weight -= 25;
  }
  return v;
}

struct Walker {
  FlatPage page;
  std::vector<int> open_blocks;  // node indices of open block-level elements
  std::string text;
  bool pending_space = false;
  size_t link_chars = 0;
  int open_links = 0;

  void flush() {
    if (!text.empty() && !open_blocks.empty()) {
      int owner = open_blocks.back();
      page.blocks.push_back({std::move(text), owner, link_chars, page.nodes[static_cast<size_t>(owner)].tag});
    }
    text.clear();
    pending_space = false;
    link_chars = 0;
  }

  void add_text(std::string_view s) {
    size_t before = text.size();
    append_collapsed(text, s, pending_space);
    if (open_links > 0) link_chars += text.size() - before;
  }
};

struct Frame {
  const GumboNode* node;
  unsigned next_child;
  int index;  // into page.nodes, -1 for non-element nodes
  bool block;
};

}  // namespace

FlatPage flatten_page(const GumboNode* root) {
  Walker w;
  std::vector<Frame> stack;
  auto enter = [&](const GumboNode* n, int parent) {
    if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_WHITESPACE || n->type == GUMBO_NODE_CDATA) {
      w.add_text(n->v.text.text);
      return;
    }
    if (n->type != GUMBO_NODE_ELEMENT) return;
    GumboTag tag = n->v.element.tag;
    if (never_text(tag)) return;
    ElementAttributes attrs = read_attributes(n);
    if (is_hidden(attrs)) return;
    NameVerdict verdict = judge_names(tag, attrs);
    if (verdict.furniture) return;
    bool block = is_block(tag);
    int index = static_cast<int>(w.page.nodes.size());
    w.page.nodes.push_back({parent, tag, verdict.weight});
    w.page.nodes.back().boilerplate = verdict.layout;
    if (block) {
      w.flush();
      w.open_blocks.push_back(index);
    }
    if (tag == GUMBO_TAG_A) ++w.open_links;
    stack.push_back({n, 0, index, block});
  };
  enter(root, -1);
  while (!stack.empty()) {
    Frame& f = stack.back();
    const GumboVector& kids = f.node->v.element.children;
    if (f.next_child < kids.length) {
      const auto* child = static_cast<const GumboNode*>(kids.data[f.next_child++]);
      enter(child, f.index);
      continue;
    }
    if (f.block) {
      w.flush();
      w.open_blocks.pop_back();
    }
    if (f.node->v.element.tag == GUMBO_TAG_A) --w.open_links;
    stack.pop_back();
  }
  w.flush();
  return std::move(w.page);
}

void append_collapsed(std::string& out, std::string_view s, bool& pending_space) {
  for (char c : s) {
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f') {
      pending_space = true;
      continue;
    }
    if (pending_space && !out.empty()) out.push_back(' ');
    pending_space = false;
    out.push_back(c);
  }
}

}  // namespace dateline::html
