// Codes a sentence (or a document) with given dictionaries and lists its events as
// "SRC>TGT:CODE", for the event coder's tests.
#pragma once

#include <string>
#include <vector>

#include "dateline/events.hpp"
#include "event_test_doc.hpp"

namespace dateline::testing {

inline std::vector<std::string> event_summary(const Document& doc) {
  std::vector<std::string> out;
  for (const auto& e : doc.events) out.push_back(e.source.code + ">" + (e.target ? e.target->code : "") + ":" + e.cameo);
  return out;
}

// A whole document (hand-parsed sentences) coded with dateline's built-in lexicons.
// news = false codes as PETRARCH does, every tense and mood alike.
inline std::vector<std::string> coded_events(Document doc, bool news = true) {
  EventDictionaries d;
  d.news_conventions = news;
  EventCoder(d).code(doc);
  return event_summary(doc);
}

// A hand-parsed (or only tagged) sentence.
inline std::vector<std::string> code_words(const EventDictionaries& d, const std::vector<W>& words) {
  Document doc;
  add_sentence(doc, words);
  EventCoder(d).code(doc);
  return event_summary(doc);
}

// A hand-parsed sentence coded with the news conventions, and with PETRARCH's.
inline std::vector<std::string> news(const std::vector<W>& words) { return code_words(EventDictionaries{}, words); }

inline std::vector<std::string> petrarch_coded(const std::vector<W>& words) {
  EventDictionaries d;
  d.news_conventions = false;
  return code_words(d, words);
}

// Whitespace-separated words, neither tagged nor parsed.
inline std::vector<std::string> code_text(const EventDictionaries& d, const std::string& text) {
  Document doc;
  add_plain_sentence(doc, text);
  EventCoder(d).code(doc);
  return event_summary(doc);
}

}  // namespace dateline::testing
