#include "dateline/learn/ud_eval.hpp"

#include <algorithm>
#include <map>

#include "dateline/learn/ud_data.hpp"
#include "dateline/tokenize.hpp"

namespace dateline::learn {
namespace {

// Universal part of a relation: "nsubj:pass" scores as "nsubj", as in conll18_ud_eval.py.
std::string_view universal(std::string_view deprel) { return deprel.substr(0, deprel.find(':')); }

// One word with the index of its head word in the same flat list (-1 for the root).
struct FlatWord {
  const Token* token;
  long head;
};

void score_pair(const FlatWord& g, const FlatWord& s, long gold_head_of_system_head, UdScores& out) {
  ++out.aligned;
  out.upos += g.token->upos == s.token->upos;
  out.xpos += g.token->xpos == s.token->xpos;
  out.lemmas += g.token->lemma == s.token->lemma;
  bool head_ok = g.head == gold_head_of_system_head;
  out.uas += head_ok;
  out.las += head_ok && universal(g.token->deprel) == universal(s.token->deprel);
}

}  // namespace

UdScores evaluate_gold_tokens(const std::vector<conllu::Sentence>& gold, const Pipeline& pipeline) {
  UdScores out;
  for (const auto& sentence : gold) {
    Document doc;
    doc.sentences.push_back(Sentence{0, 0, bare_tokens(sentence)});
    pipeline.run(doc);
    auto expected = gold_tokens(sentence);
    const auto& got = doc.sentences.at(0).tokens;
    out.gold_words += expected.size();
    out.system_words += got.size();
    for (size_t i = 0; i < expected.size() && i < got.size(); ++i) {
      FlatWord g{&expected[i], expected[i].head - 1}, s{&got[i], got[i].head - 1};
      score_pair(g, s, s.head, out);
    }
  }
  return out;
}

UdScores evaluate_raw_text(const std::vector<conllu::Sentence>& gold, const Pipeline& pipeline) {
  UdScores out;
  for (const GoldDocument& g : gold_documents(gold)) {
    // Gold words, flat over the document, with their token spans.
    std::vector<Token> gold_words;
    std::vector<FlatWord> gold_flat;
    for (const auto& s : g.sentences) {
      long base = static_cast<long>(gold_words.size());
      for (Token& t : gold_tokens(s)) {
        gold_words.push_back(std::move(t));
        gold_flat.push_back({nullptr, gold_words.back().head == 0 ? -1 : base + gold_words.back().head - 1});
      }
    }
    for (size_t i = 0; i < gold_words.size(); ++i) gold_flat[i].token = &gold_words[i];

    Document doc;
    doc.text = g.text;
    pipeline.run(doc);
    std::vector<FlatWord> sys_flat;
    std::vector<Span> sys_spans;  // each word's surface-token span in gold-text offsets
    for (const Sentence& s : doc.sentences) {
      long base = static_cast<long>(sys_flat.size());
      size_t token_start = 0;
      for (size_t i = 0; i < s.tokens.size(); ++i) {
        const Token& t = s.tokens[i];
        sys_flat.push_back({&t, t.head < 0 ? -3 : t.head == 0 ? -1 : base + t.head - 1});
        if (i == 0 || !s.tokens[i - 1].joins_next) token_start = i;
        sys_spans.push_back({doc.source_offset(s.tokens[token_start].start), 0});
      }
      // The token's end is its last word's end: fill it backwards.
      for (size_t i = s.tokens.size(); i-- > 0;) {
        bool last = !s.tokens[i].joins_next || i + 1 == s.tokens.size();
        sys_spans[base + i].end = last ? doc.source_offset(s.tokens[i].end) : sys_spans[base + i + 1].end;
      }
    }
    out.gold_words += gold_flat.size();
    out.system_words += sys_flat.size();

    // Group words by token span; align within equal spans by position.
    std::map<std::pair<uint32_t, uint32_t>, std::vector<size_t>> gold_by_span, sys_by_span;
    for (size_t i = 0; i < gold_flat.size(); ++i) gold_by_span[{g.words[i].first.start, g.words[i].first.end}].push_back(i);
    for (size_t i = 0; i < sys_flat.size(); ++i) sys_by_span[{sys_spans[i].start, sys_spans[i].end}].push_back(i);
    std::vector<long> sys_to_gold(sys_flat.size(), -2);  // -2: unaligned
    for (const auto& [span, sys_ids] : sys_by_span) {
      auto it = gold_by_span.find(span);
      if (it == gold_by_span.end()) continue;
      const auto& gold_ids = it->second;
      if (gold_ids.size() == sys_ids.size()) {
        for (size_t k = 0; k < sys_ids.size(); ++k) sys_to_gold[sys_ids[k]] = static_cast<long>(gold_ids[k]);
      } else {  // different splits of one token: match equal forms in order
        size_t k = 0;
        for (size_t sid : sys_ids)
          for (size_t j = k; j < gold_ids.size(); ++j)
            if (gold_words[gold_ids[j]].text == sys_flat[sid].token->text) {
              sys_to_gold[sid] = static_cast<long>(gold_ids[j]);
              k = j + 1;
              break;
            }
      }
    }
    for (size_t i = 0; i < sys_flat.size(); ++i) {
      if (sys_to_gold[i] < 0) continue;
      long head = sys_flat[i].head < 0 ? sys_flat[i].head : sys_to_gold[sys_flat[i].head];
      if (head == -2) head = -3;  // unparsed (-3) or head not aligned: never matches
      score_pair(gold_flat[sys_to_gold[i]], sys_flat[i], head, out);
    }
  }
  return out;
}

}  // namespace dateline::learn
