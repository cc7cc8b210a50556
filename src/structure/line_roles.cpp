#include "structure/line_roles.hpp"

#include <cstdint>
#include <cstring>
#include <string>
#include <unordered_map>

#include "dateline/structure.hpp"
#include "structure/line_rules.hpp"

namespace dateline::structure {
namespace {

constexpr size_t kShortLine = 120;     // longest line that goes with a boilerplate block
constexpr size_t kMaxCaption = 400;
constexpr size_t kMinRepeat = 20;      // shorter repeated lines ("Share") are left to the rules
constexpr size_t kMinRepeatedParagraph = 80;  // table rows of figures may repeat; prose does not

// The hash of a line of kMinRepeat bytes or more for the repeat search: its length and its
// first and last eight bytes. std::hash read every byte of every line, which cost more than the
// rest of the search; lines that share a key are still compared in full.
struct LineEndsHash {
  size_t operator()(std::string_view s) const {
    static_assert(kMinRepeat >= 8);
    uint64_t head = 0, tail = 0;
    std::memcpy(&head, s.data(), 8);
    std::memcpy(&tail, s.data() + s.size() - 8, 8);
    uint64_t h = (head ^ (tail * 0x9E3779B97F4A7C15ULL) ^ s.size()) * 0xD6E8FEB86659FD93ULL;
    return static_cast<size_t>(h ^ (h >> 32));
  }
};

bool same_block(const Article& a, size_t i, size_t j) {
  return i < a.lines.size() && j < a.lines.size() && a.lines[i].block == a.lines[j].block;
}

size_t length(const Line& l) { return l.end - l.start; }

void make_boilerplate(Line& line, std::string_view reason) {
  line.role = Role::boilerplate;
  line.reason = reason;
}

bool comes_in_blocks(std::string_view reason) {
  return reason == "newsletter" || reason == "share-prompt" || reason == "social-follow" ||
         reason == "subscription" || reason == "cookie-notice";
}

// A hard-wrapped line that carries on the sentence of the line before ("...per" / "share.")
// is a fragment, not a line of its own: the line rules must not judge it alone.
bool is_continuation(const Article& a, size_t i) {
  const Line& prev = a.lines[i - 1];
  if (prev.block != a.lines[i].block) return false;
  char first = a.text[a.lines[i].start];
  char last = a.text[prev.end - 1];
  bool lower_start = (first >= 'a' && first <= 'z') || (first >= '0' && first <= '9');
  bool open_end = last != '.' && last != '!' && last != '?' && last != ':' && last != '"' && last != ')';
  return lower_start && open_end;
}

}  // namespace

void mark_line_rules(Article& a) {
  for (size_t i = 0; i < a.lines.size(); ++i) {
    Line& line = a.lines[i];
    std::string_view s = line_text(a.text, line);
    if (i > 0 && is_continuation(a, i)) continue;
    if (auto reason = boilerplate_reason(s)) {
      make_boilerplate(line, *reason);
    } else if (is_credit_line(s) && !parse_dateline(s)) {
      line.role = Role::credit;
    } else if (auto labelled = labelled_caption(s)) {
      line.role = Role::caption;
      a.captions.push_back({i, Caption{std::string(*labelled), ""}});
    } else if (auto inline_credit = split_inline_credit(s)) {
      line.role = Role::caption;
      a.captions.push_back({i, Caption{std::string(inline_credit->caption),
                                       std::string(credit_text(inline_credit->credit))}});
    }
  }
}

void spread_boilerplate(Article& a) {
  auto& lines = a.lines;
  for (size_t first = 0; first < lines.size();) {
    size_t last = first;
    while (last + 1 < lines.size() && lines[last + 1].block == lines[first].block) ++last;
    size_t boiler = 0, blocky = 0;
    std::string_view block_reason;  // short lines take the reason of the block's furniture
    for (size_t i = first; i <= last; ++i) {
      if (lines[i].role != Role::boilerplate) continue;
      ++boiler;
      if (comes_in_blocks(lines[i].reason)) {
        if (blocky++ == 0) block_reason = lines[i].reason;
      } else if (block_reason.empty() && boiler == 1) {
        block_reason = lines[i].reason;
      }
    }
    size_t count = last - first + 1;
    if (boiler > 0) {
      // A block that is at least half sign-up or share furniture takes all its short lines;
      // otherwise only lines squeezed between two boilerplate lines go. A sign-off or a
      // copyright line never takes the short paragraph it is glued to.
      bool mostly = blocky >= 1 && 2 * blocky >= count;
      for (size_t i = first; i <= last; ++i) {
        Line& line = lines[i];
        if (line.role != Role::body || length(line) > kShortLine) continue;
        bool squeezed = i > first && i < last && lines[i - 1].role == Role::boilerplate &&
                        lines[i + 1].role == Role::boilerplate;
        if (!mostly && !squeezed) continue;
        make_boilerplate(line, squeezed && !mostly ? lines[i - 1].reason : block_reason);
      }
    }
    first = last + 1;
  }
}

void pair_credits(Article& a) {
  auto& lines = a.lines;
  auto usable = [&](size_t j, size_t max) {
    return j < lines.size() && lines[j].role == Role::body && length(lines[j]) <= max;
  };
  // A labelled caption ("Image caption, …") next to the credit, still without one.
  auto waiting_caption = [&](size_t j) -> Caption* {
    if (j >= lines.size() || lines[j].role != Role::caption || lines[j].caption_of != SIZE_MAX) return nullptr;
    for (auto& [line, caption] : a.captions)
      if (line == j && caption.credit.empty()) return &caption;
    return nullptr;
  };
  for (size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].role != Role::credit) continue;
    for (size_t j : {i - 1, i + 1}) {
      if (i == 0 && j == i - 1) continue;
      Caption* waiting = same_block(a, i, j) ? waiting_caption(j) : nullptr;
      if (!waiting) continue;
      waiting->credit = std::string(credit_text(line_text(a.text, lines[i])));
      lines[j].caption_of = i;
      lines[i].caption_of = j;  // marks the credit as used
      break;
    }
    if (lines[i].caption_of != SIZE_MAX) continue;
    size_t caption = SIZE_MAX;
    if (i > 0 && same_block(a, i - 1, i) && usable(i - 1, kMaxCaption)) {
      caption = i - 1;
    } else if (same_block(a, i, i + 1) && usable(i + 1, kMaxCaption)) {
      caption = i + 1;
    } else if (i > 0 && !same_block(a, i - 1, i) && !same_block(a, i, i + 1) && usable(i - 1, 300) &&
               lines[i - 1].block > 0 && (i < 2 || !same_block(a, i - 2, i - 1))) {
      caption = i - 1;  // "caption" and "credit" as two one-line blocks
    }
    Caption c;
    c.credit = std::string(credit_text(line_text(a.text, lines[i])));
    if (caption != SIZE_MAX) {
      lines[caption].role = Role::caption;
      lines[caption].caption_of = i;
      c.text = std::string(line_text(a.text, lines[caption]));
    }
    a.captions.push_back({caption == SIZE_MAX ? i : std::min(caption, i), std::move(c)});
  }
}

void mark_repeats(Article& a, std::string_view headline) {
  std::unordered_map<std::string_view, size_t, LineEndsHash> seen;  // only lines of kMinRepeat+ bytes
  auto& lines = a.lines;
  for (size_t i = 0; i < lines.size(); ++i) {
    Line& line = lines[i];
    std::string_view s = line_text(a.text, line);
    if (s.size() < kMinRepeat) continue;
    if (line.role == Role::body && !headline.empty() && s == headline) {
      make_boilerplate(line, "repeated-headline");
      continue;
    }
    auto [it, inserted] = seen.emplace(s, i);
    if (inserted || line.role != Role::body) continue;
    Line& first = lines[it->second];
    if (first.role == Role::caption) {
      make_boilerplate(line, "repeated-caption");
    } else if (first.role == Role::body && s.size() <= 300 && line.block <= first.block + 1 &&
               it->second + 2 >= i) {
      // The same short line twice in a row: a picture's caption shown twice.
      first.role = Role::caption;
      a.captions.push_back({it->second, Caption{std::string(s), ""}});
      make_boilerplate(line, "repeated-caption");
    } else if (first.role == Role::body && s.size() >= kMinRepeatedParagraph) {
      make_boilerplate(line, "repeated-line");
    }
  }
}

}  // namespace dateline::structure
