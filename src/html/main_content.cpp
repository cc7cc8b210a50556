// Choosing the main content: every container scores its paragraph text minus its furniture
// (link text, fragments, flagged layout regions); the best container plus its strong
// siblings is kept, then the blocks inside them minus link lists and fragments.
#include <algorithm>

#include "credit_lines.hpp"
#include "dom_blocks.hpp"
#include "html_internal.hpp"

namespace dateline::html {
namespace {

constexpr size_t kMinParagraph = 25;  // shorter blocks do not vote for a container
constexpr double kFurniturePenalty = 2.0;  // furniture costs twice what paragraph text earns
constexpr double kSiblingShare = 0.2;      // siblings scoring this share of the best join it
constexpr double kMaxBlockLinks = 0.3;     // output blocks with more link text are link lists
constexpr double kMinBlockChars = 20;      // shorter output blocks ("Share", "Read more") go

double link_density(const DomNode& n) {
  return n.text_chars ? static_cast<double>(n.link_chars) / static_cast<double>(n.text_chars) : 0.0;
}

size_t count_commas(const std::string& s) {
  return static_cast<size_t>(std::count(s.begin(), s.end(), ',')) ;
}

bool is_heading(GumboTag t) {
  return t == GUMBO_TAG_H1 || t == GUMBO_TAG_H2 || t == GUMBO_TAG_H3 || t == GUMBO_TAG_H4 || t == GUMBO_TAG_H5 ||
         t == GUMBO_TAG_H6;
}

// Blocks that are short by nature (headings, table cells, list and definition items): inside
// the chosen content they are data and ingredient lists, not "Share" or "Read more".
bool short_by_nature(GumboTag t) {
  return is_heading(t) || t == GUMBO_TAG_TD || t == GUMBO_TAG_TH || t == GUMBO_TAG_LI || t == GUMBO_TAG_DT ||
         t == GUMBO_TAG_DD;
}

// A container's score is the paragraph text under it minus the furniture under it (link text
// and short fragments): the best container holds most of the article and little else.
void score_containers(FlatPage& page) {
  auto& nodes = page.nodes;
  for (const auto& b : page.blocks) {
    double len = static_cast<double>(b.text.size()), links = static_cast<double>(b.link_chars);
    bool paragraph = b.text.size() >= kMinParagraph && links < 0.5 * len;
    double good = paragraph ? (len - links) * (1.0 + 0.02 * static_cast<double>(std::min<size_t>(count_commas(b.text), 10))) : 0;
    double bad = links + (paragraph ? 0 : 0.5 * (len - links));
    bool above_furniture = false;
    for (int i = b.owner; i >= 0; i = nodes[static_cast<size_t>(i)].parent) {
      DomNode& n = nodes[static_cast<size_t>(i)];
      n.text_chars += b.text.size();
      n.link_chars += b.link_chars;
      n.score += above_furniture ? -kFurniturePenalty * (good + bad) : good - kFurniturePenalty * bad;
      n.scored = true;
      above_furniture = above_furniture || n.boilerplate;
    }
  }
  for (auto& n : nodes) {
    if (n.class_weight > 0) n.score *= 1.1;
    if (n.class_weight < 0) n.score *= 0.9;
    if (n.tag == GUMBO_TAG_ARTICLE || n.tag == GUMBO_TAG_MAIN) n.score *= 1.1;
  }
}

// True when node `i` is `ancestor` or lies under it, and no furniture lies between them.
bool is_content_within(const std::vector<DomNode>& nodes, int i, int ancestor) {
  for (; i >= 0; i = nodes[static_cast<size_t>(i)].parent) {
    if (i == ancestor) return true;
    if (nodes[static_cast<size_t>(i)].boilerplate) return false;
  }
  return false;
}

std::vector<int> chosen_roots(const FlatPage& page) {
  const auto& nodes = page.nodes;
  int top = -1;
  for (size_t i = 0; i < nodes.size(); ++i)
    if (nodes[i].scored && (top < 0 || nodes[i].score > nodes[static_cast<size_t>(top)].score)) top = static_cast<int>(i);
  if (top < 0) return {};
  const DomNode& best = nodes[static_cast<size_t>(top)];
  if (best.parent < 0) return {top};
  double threshold = std::max(10.0, best.score * kSiblingShare);
  std::vector<int> roots;
  for (size_t i = 0; i < nodes.size(); ++i) {
    if (nodes[i].parent != best.parent) continue;
    const DomNode& s = nodes[i];
    bool take = static_cast<int>(i) == top || (s.scored && s.score >= threshold);
    if (!take && s.tag == GUMBO_TAG_P) {
      double ld = link_density(s);
      take = (s.text_chars > 80 && ld < 0.25) || (s.text_chars > 0 && ld == 0);
    }
    if (take) roots.push_back(static_cast<int>(i));
  }
  return roots;
}

int heading_level(GumboTag t) { return is_heading(t) ? 1 + static_cast<int>(t - GUMBO_TAG_H1) : 0; }

// A heading with nothing kept under it (before the next heading of its level or above) titled
// a link list or a teaser block that was dropped: "Related posts", "More on this topic".
std::vector<const TextBlock*> drop_orphan_headings(const std::vector<const TextBlock*>& kept) {
  std::vector<const TextBlock*> out;
  for (size_t i = 0; i < kept.size(); ++i) {
    int level = heading_level(kept[i]->tag);
    bool orphan = level > 0;
    for (size_t j = i + 1; orphan && j < kept.size(); ++j) {
      int next = heading_level(kept[j]->tag);
      if (next == 0) orphan = false;
      else if (next <= level) break;
    }
    if (!orphan) out.push_back(kept[i]);
  }
  return out;
}

}  // namespace

std::string main_text(const GumboNode* root) {
  FlatPage page = flatten_page(root);
  score_containers(page);
  std::vector<int> roots = chosen_roots(page);
  std::vector<const TextBlock*> kept;
  for (const auto& b : page.blocks) {
    if (!std::any_of(roots.begin(), roots.end(), [&](int r) { return is_content_within(page.nodes, b.owner, r); })) continue;
    double ld = b.text.empty() ? 0 : static_cast<double>(b.link_chars) / static_cast<double>(b.text.size());
    if (ld > kMaxBlockLinks) continue;
    if (static_cast<double>(b.text.size()) < kMinBlockChars && !short_by_nature(b.tag)) continue;
    if (is_credit_or_legal_line(b.text)) continue;
    // Table cells may be numbers only ("12.5 / 3"); elsewhere such a line is a dateline stamp.
    if (b.tag != GUMBO_TAG_TD && b.tag != GUMBO_TAG_TH && is_bare_date_line(b.text)) continue;
    kept.push_back(&b);
  }
  std::string out;
  for (const TextBlock* b : drop_orphan_headings(kept)) {
    if (!out.empty()) out += "\n\n";
    out += b->text;
  }
  return out;
}

}  // namespace dateline::html
