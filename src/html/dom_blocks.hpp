// The page flattened for scoring: the elements walked into (with parents) and the runs of
// text ("blocks") each block-level element directly holds, in document order.
#pragma once

#include <gumbo.h>

#include <string>
#include <vector>

namespace dateline::html {

struct DomNode {
  int parent = -1;
  GumboTag tag = GUMBO_TAG_UNKNOWN;
  double class_weight = 0;  // + for names like "article-body", − for "sidebar", "comment"
  size_t text_chars = 0;    // text in blocks under this node
  size_t link_chars = 0;    // of which inside links
  double score = 0;
  bool scored = false;
  // Named like furniture ("sidebar", "comments", "related"): its text is furniture for every
  // container above it, but not for itself or containers inside it (themes name whole-page
  // wrappers "has-sidebar", and the article is then inside it).
  bool boilerplate = false;
};

struct TextBlock {
  std::string text;
  int owner = -1;  // innermost block-level element holding the text
  size_t link_chars = 0;
  GumboTag tag = GUMBO_TAG_UNKNOWN;  // the owner's tag
};

struct FlatPage {
  std::vector<DomNode> nodes;
  std::vector<TextBlock> blocks;
};

// Walks <body> with an explicit stack, leaving out elements that never hold article text
// (navigation, forms, hidden elements) and flagging those named like furniture.
FlatPage flatten_page(const GumboNode* root);

}  // namespace dateline::html
