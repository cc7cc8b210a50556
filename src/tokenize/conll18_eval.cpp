// Tokens / Words / Sentences scores as the CoNLL 2018 shared task computes them
// (conll18_ud_eval.py): spans are counted in non-white-space characters, tokens and sentences
// match by exact span, and words inside multiword tokens are aligned by the longest common
// subsequence of their case-folded forms.
#include <algorithm>
#include <unicode/unistr.h>

#include "dateline/normalize.hpp"
#include "dateline/tokenize.hpp"

namespace dateline {
namespace {

struct EvalWord {
  Span span;
  std::string form;  // case-folded
  bool multiword;
};

std::string casefold(std::string_view s) {
  std::string out;
  icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())))
      .foldCase()
      .toUTF8String(out);
  return out;
}

size_t span_matches(const std::vector<Span>& gold, const std::vector<Span>& system) {
  size_t correct = 0, g = 0, s = 0;
  while (g < gold.size() && s < system.size()) {
    if (system[s].start < gold[g].start) {
      ++s;
    } else if (gold[g].start < system[s].start) {
      ++g;
    } else {
      correct += gold[g].end == system[s].end;
      ++g, ++s;
    }
  }
  return correct;
}

bool beyond_end(const std::vector<EvalWord>& w, size_t i, uint32_t end) {
  if (i >= w.size()) return true;
  return w[i].multiword ? w[i].span.start >= end : w[i].span.end > end;
}

// The official script's align_words(): the number of aligned word pairs.
size_t align_words(const std::vector<EvalWord>& gold, const std::vector<EvalWord>& sys) {
  size_t aligned = 0, gi = 0, si = 0;
  while (gi < gold.size() && si < sys.size()) {
    if (!gold[gi].multiword && !sys[si].multiword) {
      if (gold[gi].span.start == sys[si].span.start && gold[gi].span.end == sys[si].span.end) {
        ++aligned, ++gi, ++si;
      } else if (gold[gi].span.start <= sys[si].span.start) {
        ++gi;
      } else {
        ++si;
      }
      continue;
    }
    // A multiword span: extend until neither side has a word crossing its end.
    uint32_t end;
    if (gold[gi].multiword) {
      end = gold[gi].span.end;
      if (!sys[si].multiword && sys[si].span.start < gold[gi].span.start) ++si;
    } else {
      end = sys[si].span.end;
      if (!gold[gi].multiword && gold[gi].span.start < sys[si].span.start) ++gi;
    }
    size_t gs = gi, ss = si;
    while (!beyond_end(gold, gi, end) || !beyond_end(sys, si, end)) {
      if (gi < gold.size() && (si >= sys.size() || gold[gi].span.start <= sys[si].span.start)) {
        if (gold[gi].multiword) end = std::max(end, gold[gi].span.end);
        ++gi;
      } else {
        if (sys[si].multiword) end = std::max(end, sys[si].span.end);
        ++si;
      }
    }
    size_t ng = gi - gs, ns = si - ss;
    if (ng == 0 || ns == 0) continue;
    std::vector<std::vector<uint32_t>> lcs(ng + 1, std::vector<uint32_t>(ns + 1, 0));
    for (size_t g = ng; g-- > 0;)
      for (size_t s = ns; s-- > 0;)
        lcs[g][s] = gold[gs + g].form == sys[ss + s].form ? 1 + lcs[g + 1][s + 1]
                                                            : std::max(lcs[g + 1][s], lcs[g][s + 1]);
    size_t g = 0, s = 0;
    while (g < ng && s < ns) {
      if (gold[gs + g].form == sys[ss + s].form) {
        ++aligned, ++g, ++s;
      } else if (lcs[g][s] == lcs[g + 1][s]) {
        ++g;
      } else {
        ++s;
      }
    }
  }
  return aligned;
}

}  // namespace

SegmentationScores score_segmentation(const GoldDocument& gold, const Document& system) {
  // Offsets in non-white-space bytes, so spacing differences never matter.
  std::vector<uint32_t> dense(gold.text.size() + 1, 0);
  for (size_t i = 0; i < gold.text.size(); ++i) {
    char c = gold.text[i];
    dense[i + 1] = dense[i] + (c == ' ' || c == '\n' || c == '\t' ? 0 : 1);
  }
  auto to_gold = [&](uint32_t a, uint32_t b) {
    uint32_t s = std::min<uint32_t>(system.source_offset(a), static_cast<uint32_t>(gold.text.size()));
    uint32_t e = std::min<uint32_t>(system.source_offset(b), static_cast<uint32_t>(gold.text.size()));
    return Span{dense[s], dense[e]};
  };
  auto densify = [&](Span s) { return Span{dense[s.start], dense[s.end]}; };

  std::vector<Span> gold_tokens, gold_sents, sys_tokens, sys_sents;
  for (Span s : gold.token_spans) gold_tokens.push_back(densify(s));
  for (Span s : gold.sentence_spans) gold_sents.push_back(densify(s));
  std::vector<EvalWord> gold_words, sys_words;
  for (size_t i = 0; i < gold.words.size(); ++i)
    gold_words.push_back({densify(gold.words[i].first), casefold(gold.words[i].second), gold.word_in_multiword[i]});

  for (const Sentence& s : system.sentences) {
    sys_sents.push_back(to_gold(s.start, s.end));
    const auto& t = s.tokens;
    for (size_t i = 0; i < t.size();) {
      size_t last = i;
      while (last + 1 < t.size() && t[last].joins_next) ++last;
      Span span = to_gold(t[i].start, t[last].end);
      sys_tokens.push_back(span);
      for (size_t k = i; k <= last; ++k) sys_words.push_back({span, casefold(t[k].text), last > i});
      i = last + 1;
    }
  }
  SegmentationScores r;
  r.tokens = {gold_tokens.size(), sys_tokens.size(), span_matches(gold_tokens, sys_tokens)};
  r.sentences = {gold_sents.size(), sys_sents.size(), span_matches(gold_sents, sys_sents)};
  r.words = {gold_words.size(), sys_words.size(), align_words(gold_words, sys_words)};
  return r;
}

SegmentationScores evaluate_tokenizer(const std::vector<conllu::Sentence>& gold, const std::string& models_dir) {
  auto normalize = make_normalize_stage();
  auto tokenize = make_tokenize_stage(models_dir);
  SegmentationScores total;
  for (const GoldDocument& g : gold_documents(gold)) {
    Document doc;
    doc.text = g.text;
    normalize->process(doc);
    // Paragraphs are known in gold-text offsets; find them in the normalised text.
    auto to_text = [&](uint32_t gold_offset) {
      if (doc.source_map.empty()) return gold_offset;
      auto it = std::lower_bound(doc.source_map.begin(), doc.source_map.end(), gold_offset);
      return static_cast<uint32_t>(std::min<size_t>(static_cast<size_t>(it - doc.source_map.begin()), doc.text.size()));
    };
    for (Span p : g.paragraphs) doc.paragraphs.push_back({to_text(p.start), to_text(p.end)});
    tokenize->process(doc);
    SegmentationScores s = score_segmentation(g, doc);
    total.tokens += s.tokens;
    total.words += s.words;
    total.sentences += s.sentences;
  }
  return total;
}

}  // namespace dateline
