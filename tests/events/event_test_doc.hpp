// Hand-parsed sentences for event coder tests: the upstream tagger/parser are not needed.
#pragma once

#include <string>
#include <vector>

#include "dateline/document.hpp"

namespace dateline::testing {

struct W {
  std::string text;
  int head = -1;  // 1-based, 0 = root, -1 = not parsed
  std::string deprel;
  std::string upos;
  std::string lemma;
};

// Appends one sentence made of `words` (separated by single spaces) to doc.text.
inline void add_sentence(Document& doc, const std::vector<W>& words) {
  if (!doc.text.empty()) doc.text += ' ';
  Sentence s;
  s.start = static_cast<uint32_t>(doc.text.size());
  for (size_t i = 0; i < words.size(); ++i) {
    if (i > 0 && words[i].text != "," && words[i].text != "." && words[i].text != "'s") doc.text += ' ';
    Token t;
    t.start = static_cast<uint32_t>(doc.text.size());
    doc.text += words[i].text;
    t.end = static_cast<uint32_t>(doc.text.size());
    t.text = words[i].text;
    t.head = words[i].head;
    t.deprel = words[i].deprel;
    t.upos = words[i].upos;
    t.lemma = words[i].lemma;
    s.tokens.push_back(t);
  }
  s.end = static_cast<uint32_t>(doc.text.size());
  doc.sentences.push_back(std::move(s));
}

// An unparsed sentence: whitespace-separated words, no heads, no tags.
inline void add_plain_sentence(Document& doc, const std::string& text) {
  std::vector<W> words;
  std::string cur;
  for (char c : text + " ") {
    if (c == ' ') {
      if (!cur.empty()) words.push_back({cur});
      cur.clear();
    } else {
      cur += c;
    }
  }
  add_sentence(doc, words);
}

}  // namespace dateline::testing
