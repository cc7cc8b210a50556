// Reported speech without quote marks, from a cue and its clausal complement:
// "X said (that) S", "X told Y that S", "X urged Y to V", "according to X, S", "S, X said."
#include <algorithm>
#include <initializer_list>

#include "quotes/attribution.hpp"

namespace dateline::quotes {
namespace {

bool in(std::string_view w, std::initializer_list<std::string_view> list) {
  return std::find(list.begin(), list.end(), w) != list.end();
}

bool is_preposition(std::string_view w) {
  return in(w, {"in", "at", "on", "during", "to", "via", "before", "after", "through", "with", "from", "of", "about", "over"});
}

// Words that cannot open a reported clause after "said": "said in", "said of", "said so".
bool can_open_clause(const Word& w) {
  if (w.is_punct()) return w.text == "\xE2\x80\x9C" || w.text == "\"";
  return !is_preposition(w.lower) && !in(w.lower, {"so", "nothing", "yes", "no", "and", "or", "but", "as", "by", "for"});
}

// Trailing punctuation dropped from a content range.
int trim_punctuation(const WordView& v, int first, int last) {
  while (last > first && v.words[last - 1].is_punct() && v.words[last - 1].quote < 0) --last;
  return last;
}

// Words first..last lie mostly inside quotes that are already attributed.
bool mostly_quoted(const WordView& v, int first, int last) {
  int quoted = 0;
  for (int i = first; i < last; ++i) quoted += v.words[i].quote >= 0;
  return last > first && quoted * 2 > last - first;
}

// Where the complement of the cue starts, or -1: after time words, an addressee ("told
// reporters"), a prepositional phrase ("said in a statement that").
int complement_start(const WordView& v, const CueHit& hit, int end, std::optional<WordRange>& addressee) {
  int j = skip_time_words(v, hit.words.last, end);
  if (j < end && v.words[j].text == ",") return -1;
  if (hit.cue->addressee && j < end && v.words[j].lower != "that" && v.words[j].lower != "to") {
    addressee = noun_phrase_at(v, j, end);
    if (addressee) j = skip_time_words(v, addressee->last, end);
  }
  if (j < end && is_preposition(v.words[j].lower) && v.words[j].lower != "to") {
    for (int k = j; k < end && k < j + 9; ++k) {
      if (v.words[k].lower == "that") return k;
      if (v.words[k].is_punct() && v.words[k].text != "-") break;
    }
    return -1;
  }
  if (j >= end) return -1;
  const std::string& w = v.words[j].lower;
  const Cue& cue = *hit.cue;
  if (w == "that") return cue.takes_that ? j : -1;
  if (w == "to") return cue.takes_to ? j : -1;
  if (cue.cue_class != "speech" || !cue.takes_that) return -1;  // beliefs need "that", intentions "to"
  return can_open_clause(v.words[j]) ? j : -1;
}

}  // namespace

void add_indirect_speech(Context& ctx, std::vector<Attribution>& out) {
  const WordView& v = ctx.view;
  for (const SentenceRange& s : v.sentences) {
    int end = trim_punctuation(v, s.first, s.last);
    int limit = s.first;  // subjects are not looked for across a quote
    for (int i = s.first; i < s.last; ++i) {
      if (v.words[i].quote >= 0) {
        limit = i + 1;
        continue;
      }
      auto hit = cue_at(ctx, i);
      if (!hit || (ctx.used_cues.count(i) && !ctx.partial_cues.count(i))) continue;
      Attribution a;
      a.kind = "indirect";
      a.cue = span_of(v, hit->words);
      a.cue_class = hit->cue->cue_class;
      int content_first = -1, content_last = -1;
      if (hit->cue->lemma == "according to") {
        auto source = noun_phrase_at(v, hit->words.last, s.last);
        if (!source) continue;
        a.source = span_of(v, *source);
        if (hit->words.first <= limit + 1) {  // "According to X, S"
          content_first = source->last;
          while (content_first < end && v.words[content_first].is_punct()) ++content_first;
          content_last = end;
        } else {  // "S, according to X"
          content_first = limit;
          content_last = trim_punctuation(v, limit, hit->words.first);
        }
      } else {
        auto subject = subject_before(v, i, limit);
        std::optional<WordRange> addressee;
        int after = skip_time_words(v, hit->words.last, end);
        if (subject && subject->first > limit && v.words[subject->first - 1].text == "," &&
            (after >= end || v.words[after].text == ",")) {
          content_first = limit;  // "S, X said." or "S, X said, ..."
          content_last = trim_punctuation(v, limit, subject->first);
        } else if (!subject && i > limit && v.words[i - 1].text == "," && hit->cue->lemma != "according to") {
          auto inverted = noun_phrase_at(v, after, end);  // "S, said X."
          if (inverted && inverted->last >= end) {
            subject = inverted;
            content_first = limit;
            content_last = trim_punctuation(v, limit, i);
          } else if (v.words[i].lower.ends_with("ing")) {
            subject = noun_phrase_at(v, s.first, i);  // "X attacked Y, saying S": the clause's subject
            int start = complement_start(v, *hit, end, addressee);
            if (start >= 0) content_first = start, content_last = end;
          }
        } else if (subject) {
          int start = complement_start(v, *hit, end, addressee);
          if (start >= 0) content_first = start, content_last = end;
        }
        if (!subject || content_first < 0) continue;
        a.source = span_of(v, *subject);
        if (addressee) a.addressee = span_of(v, *addressee);
      }
      if (content_first < 0 || content_last - content_first < 2) continue;
      if (mostly_quoted(v, content_first, content_last)) continue;  // a direct quote's frame
      bool holds_used_cue = false;  // "“…,” X said, according to Y": the quote's frame, not speech
      for (int k = content_first; k < content_last && !holds_used_cue; ++k) holds_used_cue = ctx.used_cues.count(k) > 0;
      if (holds_used_cue && hit->cue->lemma == "according to") continue;
      a.content = span_of(v, {content_first, content_last});
      ctx.used_cues.insert(i);
      out.push_back(std::move(a));
      i = hit->words.last - 1;
    }
  }
}

}  // namespace dateline::quotes
