// The headline convention "Name: what they said" ("Mayor Ortiz: Bridge Will Reopen"): the colon
// is the cue (PolNeAR marks it so), the name the source, the rest of the line the content.
#include <algorithm>

#include "quotes/attribution.hpp"

namespace dateline::quotes {
namespace {

bool overlaps(Span a, Span b) { return std::max(a.start, b.start) < std::min(a.end, b.end); }

}  // namespace

void add_headline_frame(const WordView& view, std::vector<Attribution>& out) {
  if (view.sentences.empty()) return;
  // The headline: the first sentence, when it is the whole first paragraph.
  const SentenceRange& s = view.sentences[0];
  if (view.sentences.size() > 1 && view.sentences[1].paragraph == s.paragraph) return;
  // One to three capitalised name words, then the colon; a determiner or a preposition
  // ("The Latest:", "Stealth Over Health:") is a title, not a speaker.
  int colon = -1;
  for (int i = s.first; i < s.last && i <= s.first + 3 && colon < 0; ++i) {
    const Word& w = view.words[i];
    if (w.text == ":" && i > s.first) colon = i;
    else if (!w.capitalized() || w.quote >= 0 || (view.tagged && w.upos != "PROPN" && w.upos != "NOUN") ||
             w.lower == "the" || w.lower == "a" || w.lower == "an")
      return;
  }
  if (colon < 0) return;
  int first = colon + 1, last = s.last - 1;
  while (first <= last && view.words[first].is_punct()) ++first;
  while (last >= first && view.words[last].is_punct()) --last;
  if (last - first < 2) return;
  const Span content{view.words[first].start, view.words[last].end};
  const Span cue{view.words[colon].start, view.words[colon].end};
  const Span source{view.words[s.first].start, view.words[colon - 1].end};
  // An attribution with a cue in the line means it is read already; a quote without one (a
  // scare quote in the line) stays, nested in the line's content.
  for (const auto& b : out)
    if (b.cue && overlaps(b.content, content)) return;
  Attribution& a = out.emplace_back();
  a.kind = "indirect";
  a.content = content;
  a.cue = cue;
  a.source = source;
}

}  // namespace dateline::quotes
