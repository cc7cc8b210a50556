// Builds a Document from pre-tokenised text (tokens separated by single spaces, one sentence
// per line), so resolution can be tested without the tokenizer or the NER model.
#pragma once

#include <sstream>
#include <string>
#include <vector>

#include "dateline/document.hpp"
#include "dateline/entities.hpp"

namespace dateline::testing {

inline Document doc_from_tokens(const std::string& lines) {
  Document doc;
  std::istringstream in(lines);
  std::string line;
  while (std::getline(in, line)) {
    Sentence s;
    s.start = static_cast<uint32_t>(doc.text.size());
    std::istringstream words(line);
    std::string w;
    while (words >> w) {
      if (!s.tokens.empty()) doc.text += ' ';
      Token t;
      t.start = static_cast<uint32_t>(doc.text.size());
      doc.text += w;
      t.end = static_cast<uint32_t>(doc.text.size());
      t.text = w;
      s.tokens.push_back(t);
    }
    s.end = static_cast<uint32_t>(doc.text.size());
    doc.text += '\n';
    doc.sentences.push_back(std::move(s));
  }
  return doc;
}

// The span of the first occurrence of `phrase` (space-separated words) in sentence `s`.
inline NamedSpan span_of(const Document& doc, size_t s, const std::string& phrase, const std::string& type,
                         int occurrence = 0) {
  std::vector<std::string> words;
  std::istringstream in(phrase);
  std::string w;
  while (in >> w) words.push_back(w);
  const auto& toks = doc.sentences.at(s).tokens;
  for (size_t i = 0; i + words.size() <= toks.size(); ++i) {
    bool match = true;
    for (size_t k = 0; k < words.size() && match; ++k) match = toks[i + k].text == words[k];
    if (match && occurrence-- == 0) return NamedSpan{s, static_cast<int>(i), static_cast<int>(i + words.size()), type};
  }
  return NamedSpan{s, 0, 0, type};
}

inline const Entity* entity_named(const Document& doc, const std::string& name) {
  for (const auto& e : doc.entities)
    if (e.name == name) return &e;
  return nullptr;
}

inline const Entity* entity_with_mention(const Document& doc, uint32_t start) {
  for (const auto& e : doc.entities)
    for (const auto& m : e.mentions)
      if (m.start == start) return &e;
  return nullptr;
}

}  // namespace dateline::testing
