// Direct and partial quotes: the quoted passage plus the frame around it
// ("…,” Kerry said. / Kerry said: “…” / “…,” said Kerry / “…,” he told reporters).
#include <algorithm>

#include "quotes/attribution.hpp"

namespace dateline::quotes {
namespace {

struct QuoteWords {
  int first = -1, last = -1;  // words inside the marks, marks included; half-open
};

QuoteWords words_of(const WordView& v, int q) {
  QuoteWords r;
  int i = word_at_or_after(v, v.quotes[q].open);
  while (i < static_cast<int>(v.words.size()) && v.words[i].quote != q && v.words[i].start < v.quotes[q].close) ++i;
  if (i >= static_cast<int>(v.words.size()) || v.words[i].quote != q) return r;
  r.first = i;
  while (i < static_cast<int>(v.words.size()) && v.words[i].quote == q) ++i;
  r.last = i;
  return r;
}

bool only_punctuation(const WordView& v, int from, int to) {
  for (int i = from; i < to; ++i)
    if (!v.words[i].is_punct()) return false;
  return true;
}

// Fills cue, source and addressee from the cue found at `hit`; `subject_limit` bounds the
// search for a subject to the left, `end` the search for a phrase to the right.
void take_frame(Context& ctx, const CueHit& hit, int subject_limit, int end, Attribution& a) {
  const WordView& v = ctx.view;
  a.cue = span_of(v, hit.words);
  a.cue_class = hit.cue->cue_class;
  ctx.used_cues.insert(hit.words.first);
  ctx.last_frame_cue = hit.words.first;
  int after = skip_time_words(v, hit.words.last, end);
  if (hit.cue->lemma == "according to") {
    if (auto np = noun_phrase_at(v, after, end)) a.source = span_of(v, *np);
    return;
  }
  if (auto subject = subject_before(v, hit.words.first, subject_limit)) {
    a.source = span_of(v, *subject);
    if (hit.cue->addressee)
      if (auto obj = noun_phrase_at(v, after, end)) a.addressee = span_of(v, *obj);
  } else if (auto np = noun_phrase_at(v, after, end)) {
    a.source = span_of(v, *np);  // inverted: "said Kerry"
  }
}

// The frame right after the quote: "…,” Kerry said" or "…,” said the minister".
bool frame_after(Context& ctx, const QuoteWords& qw, int end, Attribution& a) {
  const WordView& v = ctx.view;
  for (int k = qw.last; k < end && k < qw.last + 8; ++k) {
    if (v.words[k].quote >= 0) break;
    auto hit = cue_at(ctx, k);
    if (!hit || hit->cue->cue_class != "speech") continue;
    auto subject = subject_before(v, k, qw.last);
    bool adjacent = subject ? only_punctuation(v, qw.last, subject->first) : only_punctuation(v, qw.last, k);
    if (!adjacent) return false;
    take_frame(ctx, *hit, qw.last, end, a);
    return true;
  }
  return false;
}

// A dash and a name right after the quote, the epigraph or vox-pop convention:
// "“…” ― Jane Doe, a teacher" (cue: the dash; source: the name).
bool frame_dash_after(Context& ctx, const QuoteWords& qw, Attribution& a) {
  const WordView& v = ctx.view;
  int k = qw.last, n = static_cast<int>(v.words.size());
  if (k + 1 >= n || v.words[k].quote >= 0) return false;
  std::string_view t = v.words[k].text;
  if (t != "\xE2\x80\x95" && t != "\xE2\x80\x94" && t != "--") return false;  // ― — --
  int sentence_k = v.words[k].sentence, sentence_q = v.words[qw.last - 1].sentence;
  if (v.sentences[sentence_k].paragraph != v.sentences[sentence_q].paragraph) return false;
  if (!v.words[k + 1].capitalized()) return false;
  int limit = v.sentences[v.words[k + 1].sentence].last;
  auto np = noun_phrase_at(v, k + 1, limit);
  if (!np) return false;
  a.cue = span_of(v, {k, k + 1});
  a.cue_class = "speech";
  a.source = span_of(v, *np);
  ctx.used_cues.insert(k);
  ctx.last_frame_cue = k;
  return true;
}

// The nearest cue before the quote in its sentence: "Kerry said: “…”", "urged Beijing to “…”".
bool frame_before(Context& ctx, const QuoteWords& qw, int begin, Attribution& a) {
  for (int k = qw.first - 1; k >= begin; --k) {
    if (ctx.view.words[k].quote >= 0) break;
    // Quotes are speech: "plan", "think" and the like frame reported beliefs, not quotes.
    if (auto hit = cue_at(ctx, k); hit && hit->cue->cue_class == "speech") {
      take_frame(ctx, *hit, begin, qw.first, a);
      return true;
    }
  }
  return false;
}

// "Kerry said:" closing the previous sentence, the quote opening the next.
bool frame_in_previous_sentence(Context& ctx, const QuoteWords& qw, Attribution& a) {
  const WordView& v = ctx.view;
  int s = v.words[qw.first].sentence;
  if (s == 0 || v.sentences[s].first != qw.first) return false;
  const SentenceRange& prev = v.sentences[s - 1];
  if (prev.last - prev.first < 2 || v.words[prev.last - 1].text != ":") return false;
  QuoteWords before{prev.last, prev.last};
  return frame_before(ctx, before, prev.first, a);
}

bool looks_direct(const WordView& v, const QuotedSpan& q, const QuoteWords& qw) {
  const SentenceRange& s_open = v.sentences[v.words[qw.first].sentence];
  const SentenceRange& s_close = v.sentences[v.words[qw.last - 1].sentence];
  if (&s_open != &s_close) return true;
  double sentence_bytes = std::max<double>(1, s_open.end - s_open.start);
  if ((q.close - q.open) / sentence_bytes >= 0.5) return true;
  if (qw.first == s_open.first) return true;
  // He says, “Working that …” — a full clause introduced by a comma or colon.
  bool introduced = qw.first > s_open.first && (v.words[qw.first - 1].text == "," || v.words[qw.first - 1].text == ":");
  bool capital = qw.first + 1 < qw.last && v.words[qw.first + 1].capitalized();
  return introduced && capital;
}

}  // namespace

std::vector<Attribution> attribute_quotes(Context& ctx) {
  const WordView& v = ctx.view;
  std::vector<Attribution> out;
  int previous_quote_end = -1;
  for (int q = 0; q < static_cast<int>(v.quotes.size()); ++q) {
    QuoteWords qw = words_of(v, q);
    if (qw.first < 0 || qw.last - qw.first < 3) continue;  // empty, or one word in marks
    const QuotedSpan& span = v.quotes[q];
    Attribution a;
    a.content = {span.start, span.end};
    a.kind = looks_direct(v, span, qw) ? "direct" : "partial";
    const SentenceRange& s_open = v.sentences[v.words[qw.first].sentence];
    const SentenceRange& s_close = v.sentences[v.words[qw.last - 1].sentence];
    int begin = std::max(s_open.first, previous_quote_end);
    bool framed = frame_after(ctx, qw, s_close.last, a) || frame_dash_after(ctx, qw, a) ||
                  frame_before(ctx, qw, begin, a) || frame_in_previous_sentence(ctx, qw, a);
    // No frame: a direct quote may continue the last speaker (decided in resolve_speakers).
    a.continued = !framed && a.kind == "direct";
    previous_quote_end = qw.last;
    // A partial quote's cue also frames the indirect speech around it ("X says Y was “…”").
    if (framed && a.kind == "partial") ctx.partial_cues.insert(ctx.last_frame_cue);
    else if (framed) ctx.partial_cues.erase(ctx.last_frame_cue);
    out.push_back(std::move(a));
  }
  return out;
}

std::optional<CueHit> cue_at(const Context& ctx, int i) {
  if (ctx.view.words[i].quote >= 0) return std::nullopt;
  size_t length = 0;
  const Cue* cue = ctx.cues.match(ctx.lower, static_cast<size_t>(i), &length);
  if (!cue) return std::nullopt;
  // With tags, a cue word must be used as a verb (or be the "according to" phrase).
  const Word& w = ctx.view.words[i];
  if (ctx.view.tagged && cue->lemma != "according to" && w.upos != "VERB" && w.upos != "AUX") return std::nullopt;
  // Without tags, a cue word right after an article is a noun: "the state news agency".
  if (!ctx.view.tagged && i > 0 && (ctx.lower[i - 1] == "the" || ctx.lower[i - 1] == "a" || ctx.lower[i - 1] == "an"))
    return std::nullopt;
  return CueHit{{i, i + static_cast<int>(length)}, cue};
}

}  // namespace dateline::quotes
