// How deep the HTML5 tree builder will nest a page's elements, followed tag by tag without
// building the tree (not public API). The prescan refuses a page by this depth before the
// parser sees it: gumbo spends time in proportion to the depth on many tags, so a deep page
// costs quadratic time, and a naive count is easy to get past (`<div/>` opens a div in HTML;
// a stray end tag closes nothing; formatting elements closed by another end tag are opened
// again by the parser).
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace dateline::html {

class OpenElements {
 public:
  // `tag` lower-cased; `attributes` the text between the name and '>' (the parser reopens at
  // most three formatting elements with the same name and attributes).
  void start_tag(std::string_view tag, std::string_view attributes, bool self_closing);
  void end_tag(std::string_view tag);

  // Elements open now, plus the formatting elements the parser will open again: an upper
  // bound, near enough, of the depth of the tree gumbo builds.
  size_t depth() const { return stack_.size() + reopen_.size(); }
  // Formatting elements closed by another element's end tag, which the parser opens again
  // before the next text or inline element, every time. Each costs gumbo time in proportion
  // to the depth, at every such point of the page, so a page needs very few of them.
  size_t reopened() const { return reopen_.size(); }

 private:
  struct Open {
    std::string name;
    bool mathml = false;
    bool special = false;     // an end tag for another element does not close through it
    bool ends_scope = false;  // an end tag does not look for its element beyond it
    bool heading = false;
    bool formatting = false;  // on the parser's list of active formatting elements
    std::string attributes;   // formatting elements only
  };
  struct Formatting {
    std::string name, attributes;
  };

  // Index of the nearest open `name` with no element between it and the top that `stops`
  // says ends the search (and within kSearch of the top); npos when there is none.
  template <class Stop>
  size_t find(std::string_view name, Stop stops) const;
  void push(std::string_view tag, bool mathml, std::string_view attributes);
  // Closes the element at `index` and everything above it. Formatting elements above it stay
  // on the parser's list of active formatting elements (they will be reopened) when
  // `keep_formatting`.
  void pop_through(size_t index, bool keep_formatting);
  void close_p_in_button_scope();
  void clear_to_table();
  void forget_reopened(std::string_view name, bool all);

  std::vector<Open> stack_;
  std::map<std::string, size_t, std::less<>> open_formatting_;  // name → how many on stack_
  std::vector<Formatting> reopen_;  // in the order they were closed
  size_t cell_start_ = 0;           // reopen_ entries before this one predate the table cell
};

}  // namespace dateline::html
