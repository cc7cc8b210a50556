// Article metadata from <head>: <title>, OpenGraph / article:* meta, canonical link, and
// JSON-LD NewsArticle objects (headline, datePublished, author).
#include <nlohmann/json.hpp>

#include <vector>

#include "html_internal.hpp"

namespace dateline::html {
namespace {

using nlohmann::json;

bool is_article_type(const json& type) {
  auto one = [](const json& t) {
    if (!t.is_string()) return false;
    const auto& s = t.get_ref<const std::string&>();
    return s.find("Article") != std::string::npos || s == "BlogPosting" || s == "Report" || s == "LiveBlogPosting";
  };
  if (type.is_array()) return std::any_of(type.begin(), type.end(), one);
  return one(type);
}

std::string author_name(const json& a) {
  if (a.is_string()) return a.get<std::string>();
  if (a.is_object() && a.contains("name") && a["name"].is_string()) return a["name"].get<std::string>();
  if (a.is_array()) {
    std::string names;
    for (const auto& x : a) {
      std::string n = author_name(x);
      if (!n.empty()) names += (names.empty() ? "" : ", ") + n;
    }
    return names;
  }
  return {};
}

// Depth-first over a JSON-LD value (arrays and @graph) with an explicit stack.
const json* find_article(const json& root) {
  std::vector<const json*> stack{&root};
  while (!stack.empty()) {
    const json* j = stack.back();
    stack.pop_back();
    if (j->is_array()) {
      for (const auto& x : *j) stack.push_back(&x);
    } else if (j->is_object()) {
      if (j->contains("@type") && is_article_type((*j)["@type"])) return j;
      if (j->contains("@graph")) stack.push_back(&(*j)["@graph"]);
    }
  }
  return nullptr;
}

void read_json_ld(const std::vector<std::string>& blocks, HtmlArticle& out) {
  for (const auto& text : blocks) {
    json j = json::parse(text, nullptr, /*allow_exceptions=*/false);
    if (j.is_discarded()) continue;
    const json* a = find_article(j);
    if (!a) continue;
    if (a->contains("headline") && (*a)["headline"].is_string() && out.title.empty())
      out.title = (*a)["headline"].get<std::string>();
    if (a->contains("datePublished") && (*a)["datePublished"].is_string() && !out.date)
      out.date = normalize_page_date((*a)["datePublished"].get<std::string>());
    if (a->contains("author") && !out.author) {
      std::string name = author_name((*a)["author"]);
      if (!name.empty()) out.author = name;
    }
    return;
  }
}

std::string node_text(const GumboNode* node) {
  std::string out;
  bool space = false;
  for (unsigned i = 0; i < node->v.element.children.length; ++i) {
    auto* c = static_cast<const GumboNode*>(node->v.element.children.data[i]);
    if (c->type == GUMBO_NODE_TEXT) append_collapsed(out, c->v.text.text, space);
  }
  return out;
}

}  // namespace

std::string json_ld_article_body(const std::vector<std::string>& json_ld) {
  for (const auto& text : json_ld) {
    json j = json::parse(text, nullptr, /*allow_exceptions=*/false);
    if (j.is_discarded()) continue;
    const json* a = find_article(j);
    if (a && a->contains("articleBody") && (*a)["articleBody"].is_string()) return (*a)["articleBody"].get<std::string>();
  }
  return {};
}

std::string_view attribute(const GumboNode* node, const char* name) {
  const GumboAttribute* a = gumbo_get_attribute(&node->v.element.attributes, name);
  return a ? std::string_view(a->value) : std::string_view();
}

void read_metadata(const GumboNode* root, const std::vector<std::string>& json_ld, HtmlArticle& out) {
  read_json_ld(json_ld, out);
  out.language = std::string(attribute(root, "lang"));
  std::string og_title, html_title, published, meta_author, canonical, og_url;
  // <head> is shallow, but walk it with a stack like everything else.
  std::vector<const GumboNode*> stack{root};
  while (!stack.empty()) {
    const GumboNode* n = stack.back();
    stack.pop_back();
    if (n->type != GUMBO_NODE_ELEMENT) continue;
    GumboTag tag = n->v.element.tag;
    if (tag == GUMBO_TAG_BODY) continue;
    if (tag == GUMBO_TAG_TITLE && html_title.empty()) html_title = node_text(n);
    if (tag == GUMBO_TAG_META) {
      std::string_view key = attribute(n, "property");
      if (key.empty()) key = attribute(n, "name");
      if (key.empty()) key = attribute(n, "itemprop");
      std::string_view content = attribute(n, "content");
      if (key == "og:title" && og_title.empty()) og_title = content;
      else if ((key == "article:published_time" || key == "datePublished" || key == "date" ||
                key == "pubdate" || key == "publish-date" || key == "dc.date.issued" || key == "DC.date.issued") &&
               published.empty())
        published = content;
      else if (key == "author" && meta_author.empty()) meta_author = content;
      else if (key == "og:url" && og_url.empty()) og_url = content;
    }
    if (tag == GUMBO_TAG_LINK && attribute(n, "rel") == "canonical" && canonical.empty()) canonical = attribute(n, "href");
    const GumboVector& kids = n->v.element.children;
    for (unsigned i = kids.length; i-- > 0;) stack.push_back(static_cast<const GumboNode*>(kids.data[i]));
  }
  if (out.title.empty()) out.title = !og_title.empty() ? og_title : html_title;
  if (!published.empty()) {
    if (auto d = normalize_page_date(published)) out.date = d;  // OpenGraph wins over JSON-LD
  }
  if (!out.author && !meta_author.empty() && meta_author.rfind("http", 0) != 0) out.author = meta_author;
  if (!canonical.empty()) out.url = canonical;
  else if (!og_url.empty()) out.url = og_url;
}

}  // namespace dateline::html
