// Two conventions where a colon is the cue (PolNeAR marks it so) and the name before it the
// source: a headline "Mayor Ortiz: Bridge Will Reopen" and a transcript's turns "ORTIZ: We ...".
#include <algorithm>
#include <string>

#include "quotes/attribution.hpp"

namespace dateline::quotes {
namespace {

bool overlaps(Span a, Span b) { return std::max(a.start, b.start) < std::min(a.end, b.end); }

bool all_caps_name(std::string_view w) {
  return w.size() >= 2 && std::all_of(w.begin(), w.end(), [](char c) { return (c >= 'A' && c <= 'Z') || c == '.'; });
}

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

void add_transcript_turns(const WordView& view, std::vector<Attribution>& out) {
  struct Turn {
    Span content, cue, source;
    std::string who;
  };
  std::vector<Turn> turns;
  int para = -1;
  for (const SentenceRange& s : view.sentences) {
    if (s.paragraph == para) continue;
    para = s.paragraph;
    // The paragraph's first words: an optional quote mark, one or two ALL-CAPS words, a colon.
    int i = s.first, name = -1;
    if (i < s.last && view.words[i].is_punct() && view.words[i].text != ":") ++i;
    for (int k = i; k < s.last && k < i + 3; ++k) {
      const Word& w = view.words[k];
      if (w.text == ":" && k > i) name = k;
      if (w.text == ":" || !all_caps_name(w.text)) break;
    }
    if (name < 0) continue;
    const Span paragraph = view.paragraphs[static_cast<size_t>(s.paragraph)];
    int last = word_at_or_after(view, paragraph.end) - 1;
    while (last > name && view.words[last].is_punct()) --last;
    if (last - name < 3) continue;
    std::string who;
    for (int k = i; k < name; ++k) who += std::string(view.words[k].text) + " ";
    turns.push_back({{view.words[name + 1].start, view.words[last].end},
                     {view.words[name].start, view.words[name].end},
                     {view.words[i].start, view.words[name - 1].end},
                     who});
  }
  // A transcript's speakers recur; a one-off label ("CLARIFICATION:", "VIDEO:") is no speaker.
  std::vector<Turn> kept;
  for (const Turn& t : turns)
    if (std::count_if(turns.begin(), turns.end(), [&](const Turn& u) { return u.who == t.who; }) >= 2) kept.push_back(t);
  turns = std::move(kept);
  if (turns.empty()) return;
  // A turn reads its passage better than a quote or content running over several turns.
  std::erase_if(out, [&](const Attribution& a) {
    return std::any_of(turns.begin(), turns.end(), [&](const Turn& t) {
      return a.content.start <= t.cue.start && t.cue.end <= a.content.end;
    });
  });
  for (const Turn& t : turns) {
    Attribution& a = out.emplace_back();
    a.kind = "indirect";
    a.content = t.content;
    a.cue = t.cue;
    a.source = t.source;
  }
}

}  // namespace dateline::quotes
