// How the learned tagger's attributions and the rules' are combined (learned.hpp).
#include <algorithm>
#include <string>

#include "quotes/learned.hpp"

namespace dateline::quotes {
namespace {

bool overlaps(Span a, Span b) { return std::max(a.start, b.start) < std::min(a.end, b.end); }
bool inside(Span a, Span b) { return b.start <= a.start && a.end <= b.end; }

}  // namespace

void yield_to_according_to(const Document& doc, std::vector<Attribution>& learned, const std::vector<Attribution>& rules) {
  auto according = [&](const Attribution& r) {
    if (r.kind != "indirect" || !r.cue) return false;
    std::string cue(doc.slice(r.cue->start, r.cue->end));
    for (char& c : cue) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return cue == "according to";
  };
  std::erase_if(learned, [&](const Attribution& l) {
    return std::any_of(rules.begin(), rules.end(), [&](const Attribution& r) { return according(r) && overlaps(l.content, r.content); });
  });
}

std::vector<Attribution> merge_with_rules(std::vector<Attribution> learned, std::vector<Attribution> rules) {
  // Quote marks decide direct vs partial and the rules' frames around them ("…,” Kerry said)
  // are precise, so every quote-mark passage comes from the rules.
  std::vector<Attribution> out;
  for (auto& r : rules)
    if (r.kind != "indirect") out.push_back(std::move(r));
  const size_t quoted = out.size();
  // A quote the rules found no frame for ("“…,” Scott Pruitt, the attorney general of Oklahoma,
  // one of the states suing, said at an event" — the cue too far from the closing mark) takes
  // the cue and source the tagger read around it, when no other quote holds that cue.
  auto cue_taken = [&](Span cue) {
    return std::any_of(out.begin(), out.end(), [&](const Attribution& a) { return a.cue && overlaps(*a.cue, cue); });
  };
  for (size_t k = 0; k < quoted; ++k) {
    Attribution& q = out[k];
    if (q.cue) continue;
    for (const auto& l : learned)
      if (l.cue && overlaps(l.content, q.content) && !overlaps(*l.cue, q.content) && !cue_taken(*l.cue)) {
        q.cue = l.cue;
        q.source = l.source;
        q.cue_class = l.cue_class;
        q.continued = false;
        break;
      }
  }
  // Where the rules read the same frame (same cue) as the tagger, their span and speaker win:
  // "X said (that) S" is what they were written for.
  std::vector<bool> rule_wins(rules.size());
  auto same_frame = [](const Attribution& l, const Attribution& r) {
    return overlaps(l.content, r.content) && r.cue && (!l.cue || l.cue->start == r.cue->start);
  };
  // The tagger adds what lies outside those passages; a learned content that merely wraps a
  // partial quote ("he called the plan “a disaster”") is indirect speech and stays.
  for (auto& l : learned) {
    bool clashes = std::any_of(out.begin(), out.begin() + static_cast<long>(quoted), [&](const Attribution& q) {
      return inside(l.content, q.content) || (q.kind == "direct" && overlaps(l.content, q.content));
    });
    for (size_t k = 0; k < rules.size() && !clashes; ++k)
      if (rules[k].kind == "indirect" && same_frame(l, rules[k])) clashes = rule_wins[k] = true;
    if (!clashes) out.push_back(std::move(l));
  }
  // The rules' indirect speech fills in where the tagger found nothing.
  for (size_t k = 0; k < rules.size(); ++k) {
    Attribution& r = rules[k];
    if (r.kind == "indirect" &&
        (rule_wins[k] || std::none_of(out.begin(), out.end(), [&](const Attribution& a) { return overlaps(a.content, r.content); })))
      out.push_back(std::move(r));
  }
  // A partial quote and the indirect speech around it share their cue ("X says Y was “a tax on
  // the poor”"): PolNeAR marks the whole as one content, so the indirect content is widened to
  // take in the quote when it stops short of it or ends inside it (unless that would take in
  // the cue), and the quote reports the indirect speech's cue span (docs/quotes.md, section 2b).
  for (auto& q : out) {
    if (q.kind != "partial" || !q.cue) continue;
    for (auto& a : out) {
      if (a.kind != "indirect" || !a.cue || !overlaps(*a.cue, *q.cue)) continue;
      Span widened{std::min(a.content.start, q.content.start), std::max(a.content.end, q.content.end)};
      q.cue = a.cue;  // one cue, one span: the rules' "calling" and the tagger's "is calling"
      if (!overlaps(*a.cue, widened)) a.content = widened;
      break;
    }
  }
  // A cue read by two attributions (a quote frame and the tagger's content, two learned
  // contents) stays with the one whose content lies nearest it: PolNeAR gives a cue one
  // attribution (the scorer matches cues one to one, so a second holder could never score), and
  // the other keeps its source and speaker without a cue.
  auto gap = [](const Attribution& a) {
    const Span c = a.content, q = *a.cue;
    return q.end <= c.start ? c.start - q.end : (c.end <= q.start ? q.start - c.end : 0u);
  };
  for (size_t i = 0; i < out.size(); ++i)
    for (size_t j = i + 1; j < out.size() && out[i].cue; ++j) {
      if (!out[j].cue || !overlaps(*out[i].cue, *out[j].cue)) continue;
      Attribution& loser = gap(out[j]) < gap(out[i]) ? out[i] : out[j];
      loser.cue.reset();
    }
  // A partial quote left without a cue inside indirect speech that has one is that speech's
  // words: it takes the speech's source ("Brown issued a statement, saying the action would not
  // affect the government's “determination”": Brown's word, not the action's).
  for (auto& q : out) {
    if (q.kind != "partial" || q.cue) continue;
    for (const auto& a : out)
      if (a.kind == "indirect" && a.cue && a.source && inside(q.content, a.content)) {
        q.source = a.source;
        break;
      }
  }
  return out;
}

}  // namespace dateline::quotes
