// Article metadata from <head>: <title>, OpenGraph / article:* meta, canonical link, and
// JSON-LD NewsArticle objects (headline, datePublished, author).
#include <nlohmann/json.hpp>

#include <array>
#include <optional>
#include <set>
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

std::string node_text(const GumboNode* node) {
  std::string out;
  bool space = false;
  for (unsigned i = 0; i < node->v.element.children.length; ++i) {
    auto* c = static_cast<const GumboNode*>(node->v.element.children.data[i]);
    if (c->type == GUMBO_NODE_TEXT) append_collapsed(out, c->v.text.text, space);
  }
  return out;
}

// The text under an element, descendants included, collapsed; at most about 200 bytes, as
// only a date is looked for in it.
std::string all_text(const GumboNode* root) {
  std::string out;
  bool space = false;
  std::vector<const GumboNode*> stack{root};
  while (!stack.empty() && out.size() < 200) {
    const GumboNode* n = stack.back();
    stack.pop_back();
    if (n->type == GUMBO_NODE_TEXT) {
      append_collapsed(out, n->v.text.text, space);
      space = true;
    } else if (n->type == GUMBO_NODE_ELEMENT) {
      const GumboVector& kids = n->v.element.children;
      for (unsigned i = kids.length; i-- > 0;) stack.push_back(static_cast<const GumboNode*>(kids.data[i]));
    }
  }
  return out;
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

// The first string `key` of any object in a JSON-LD value (depth-first, explicit stack).
std::optional<std::string> first_string(const json& root, const char* key) {
  std::vector<const json*> stack{&root};
  while (!stack.empty()) {
    const json* j = stack.back();
    stack.pop_back();
    if (j->is_object()) {
      auto it = j->find(key);
      if (it != j->end() && it->is_string()) return it->get<std::string>();
    }
    if (j->is_structured())
      for (auto it = j->rbegin(); it != j->rend(); ++it) stack.push_back(&*it);
  }
  return std::nullopt;
}

// Dates a page declares, best first: a page often gives several (published, modified, a
// <time> of a comment), and the rank, not the order in the page, picks one.
enum DateRank { kMetaPublished, kJsonLdPublished, kJsonLdCreated, kTimePublished, kUrl, kTimeAny, kModified, kRanks };

struct DateCandidates {
  std::array<std::optional<std::string>, kRanks> found;
  std::vector<std::string> unreadable;  // declared values that are not a date

  void offer(DateRank rank, std::string_view value, std::string_view where) {
    if (found[rank] || value.empty()) return;
    if (auto d = normalize_page_date(value)) found[rank] = d;
    else if (unreadable.size() < 3) unreadable.push_back(std::string(where) + " '" + std::string(value.substr(0, 60)) + "'");
  }
};

void read_json_ld(const std::vector<std::string>& blocks, HtmlArticle& out, DateCandidates& dates) {
  bool article_seen = false;
  for (const auto& text : blocks) {
    json j = json::parse(text, nullptr, /*allow_exceptions=*/false);
    if (j.is_discarded()) continue;
    const json* a = find_article(j);
    // The article's own dates first; a WebPage or the @graph around it may carry them instead.
    for (const json* where : {a, static_cast<const json*>(&j)}) {
      if (!where) continue;
      if (auto d = first_string(*where, "datePublished")) dates.offer(kJsonLdPublished, *d, "JSON-LD datePublished");
      if (auto d = first_string(*where, "dateCreated")) dates.offer(kJsonLdCreated, *d, "JSON-LD dateCreated");
      if (auto d = first_string(*where, "dateModified")) dates.offer(kModified, *d, "JSON-LD dateModified");
    }
    if (!a || article_seen) continue;
    article_seen = true;
    if (a->contains("headline") && (*a)["headline"].is_string() && out.title.empty())
      out.title = (*a)["headline"].get<std::string>();
    if (a->contains("author") && !out.author) {
      std::string name = author_name((*a)["author"]);
      if (!name.empty()) out.author = name;
    }
  }
}

std::string lower_ascii(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  return out;
}

// Meta names (name, property, itemprop or http-equiv, lower-cased) that give the date an
// article was published, as news sites, Dublin Core, Parse.ly, Sailthru and citation tags
// write them; and those that give only when it was last changed.
bool is_published_key(const std::string& k) {
  static const std::set<std::string, std::less<>> kKeys{
      "article:published_time", "article:published", "og:article:published_time", "og:published_time",
      "published_time", "article.published", "datepublished", "datecreated", "date", "pubdate", "og:pubdate",
      "publish-date", "publish_date", "publishdate", "pub_date", "pub-date", "publication_date", "publicationdate",
      "dc.date", "dc.date.issued", "dc.date.created", "dc:date", "dc:date.issued", "dc:date.created", "dcterms.date",
      "dcterms.issued", "dcterms.created", "citation_publication_date", "citation_date", "citation_online_date",
      "sailthru.date", "parsely-pub-date", "displaydate", "og:release_date", "release_date", "article:post_date",
      "og:article:time", "bt:pubdate", "originalpublicationdate", "date.published", "published", "created"};
  if (kKeys.count(k)) return true;
  // Site-specific names built on the same words ("sw-pubdate", "cXenseParse:recs:publishtime").
  if (k.find("modif") != std::string::npos || k.find("update") != std::string::npos) return false;
  for (std::string_view part : {"pubdate", "publishdate", "publish_date", "publish-date", "publishtime",
                                "published_time", "publication_date", "datepublished", "pub_date"})
    if (k.find(part) != std::string::npos) return true;
  return false;
}

bool is_modified_key(const std::string& k) {
  static const std::set<std::string, std::less<>> kKeys{
      "article:modified_time", "og:updated_time", "og:article:modified_time", "datemodified", "dc.date.modified",
      "dc:date.modified", "dcterms.modified", "last-modified", "lastmod", "article:modified", "modified"};
  return kKeys.count(k) > 0;
}

void read_meta_date(const GumboNode* n, DateCandidates& dates) {
  std::string_view raw_key = attribute(n, "property");
  if (raw_key.empty()) raw_key = attribute(n, "name");
  if (raw_key.empty()) raw_key = attribute(n, "itemprop");
  if (raw_key.empty()) raw_key = attribute(n, "http-equiv");
  if (raw_key.empty()) return;
  std::string key = lower_ascii(raw_key);
  std::string_view content = attribute(n, "content");
  if (content.empty()) content = attribute(n, "datetime");
  std::string where = "<meta " + std::string(raw_key) + ">";
  if (is_published_key(key)) {
    dates.offer(kMetaPublished, content, where);
  } else if (is_modified_key(key)) {
    dates.offer(kModified, content, where);
  } else if (key == "parsely-page") {  // a JSON object: {"pub_date": "2013-10-07T14:30:00Z", ...}
    json j = json::parse(content, nullptr, /*allow_exceptions=*/false);
    if (j.is_object() && j.contains("pub_date") && j["pub_date"].is_string())
      dates.offer(kMetaPublished, j["pub_date"].get_ref<const std::string&>(), where);
  }
}

// Microdata on an element other than <meta> or <time>: <div itemprop="datePublished"
// datetime="2022-02-04">, or the date as the element's text.
void read_microdata_date(const GumboNode* n, DateCandidates& dates) {
  std::string_view prop = attribute(n, "itemprop");
  if (prop.empty()) return;
  std::string itemprop = lower_ascii(prop);
  bool published = itemprop == "datepublished" || itemprop == "datecreated";
  if (!published && itemprop != "datemodified") return;
  std::string_view value = attribute(n, "datetime");
  std::string text;
  if (value.empty()) value = attribute(n, "content");
  if (value.empty()) {
    text = all_text(n);
    value = text;
  }
  dates.offer(published ? kMetaPublished : kModified, value, "itemprop " + std::string(prop));
}

// <time datetime="..."> (or its text): the publication time when marked as such (itemprop,
// the HTML5 draft's pubdate attribute, a "published" class), else any time on the page.
void read_time_date(const GumboNode* n, DateCandidates& dates) {
  std::string_view value = attribute(n, "datetime");
  std::string text;
  if (value.empty()) {
    text = all_text(n);
    value = text;
  }
  std::string itemprop = lower_ascii(attribute(n, "itemprop"));
  std::string cls = lower_ascii(attribute(n, "class"));
  bool published = itemprop == "datepublished" || itemprop == "datecreated" ||
                   gumbo_get_attribute(&n->v.element.attributes, "pubdate") != nullptr ||
                   cls.find("publish") != std::string::npos;
  if (itemprop == "datemodified") return dates.offer(kModified, value, "<time dateModified>");
  if (published) dates.offer(kTimePublished, value, "<time>");
  else if (!dates.found[kTimeAny] && normalize_page_date(value)) dates.offer(kTimeAny, value, "<time>");
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
  DateCandidates dates;
  read_json_ld(json_ld, out, dates);
  out.language = std::string(attribute(root, "lang"));
  std::string og_title, html_title, meta_author, canonical, og_url;
  // Walked with a stack like everything else. <head> gives the title, author and URL; dates
  // are also read in <body>, where microdata <meta itemprop> and <time> elements live.
  std::vector<std::pair<const GumboNode*, bool>> stack{{root, false}};
  while (!stack.empty()) {
    auto [n, in_body] = stack.back();
    stack.pop_back();
    if (n->type != GUMBO_NODE_ELEMENT) continue;
    GumboTag tag = n->v.element.tag;
    in_body = in_body || tag == GUMBO_TAG_BODY;
    if (tag == GUMBO_TAG_TITLE && html_title.empty() && !in_body) html_title = node_text(n);
    if (tag == GUMBO_TAG_META) {
      read_meta_date(n, dates);
      std::string_view key = attribute(n, "property");
      if (key.empty()) key = attribute(n, "name");
      if (key.empty()) key = attribute(n, "itemprop");
      std::string_view content = attribute(n, "content");
      if (!in_body && key == "og:title" && og_title.empty()) og_title = content;
      else if (!in_body && key == "author" && meta_author.empty()) meta_author = content;
      else if (!in_body && key == "og:url" && og_url.empty()) og_url = content;
    }
    if (tag == GUMBO_TAG_TIME) read_time_date(n, dates);
    else if (tag != GUMBO_TAG_META && in_body) read_microdata_date(n, dates);
    // Anywhere: a stray element in <head> (an archive's toolbar) makes the parser put the rest
    // of the head, canonical link included, into <body>.
    if (tag == GUMBO_TAG_LINK && attribute(n, "rel") == "canonical" && canonical.empty())
      canonical = attribute(n, "href");
    const GumboVector& kids = n->v.element.children;
    for (unsigned i = kids.length; i-- > 0;) stack.push_back({static_cast<const GumboNode*>(kids.data[i]), in_body});
  }
  if (out.title.empty()) out.title = !og_title.empty() ? og_title : html_title;
  if (!out.author && !meta_author.empty() && meta_author.rfind("http", 0) != 0) out.author = meta_author;
  if (!canonical.empty()) out.url = canonical;
  else if (!og_url.empty()) out.url = og_url;
  if (out.url) {
    if (auto d = url_date(*out.url)) dates.found[kUrl] = d;
  }
  static constexpr std::array<const char*, kRanks> kSource{"meta", "json-ld", "json-ld", "time", "url", "time",
                                                           "meta-modified"};
  for (size_t r = 0; r < kRanks; ++r) {
    if (!dates.found[r]) continue;
    out.date = dates.found[r];
    out.date_source = kSource[r];
    break;
  }
  for (const auto& u : dates.unreadable) out.warnings.push_back("page date " + u + " is not a date; ignored");
}

}  // namespace dateline::html
