// What each mention is according to the gazetteers, and how it sits in its sentence.
#include <algorithm>
#include <array>

#include "../ner/name_lists.hpp"
#include "resolver.hpp"

namespace dateline::entities {
namespace {

// Verbs that take a government as subject or object in news ("Beijing said", "urged Beijing").
constexpr std::array<std::string_view, 24> kCueVerbs{
    "said", "says", "told", "urged", "warned", "asked", "accused", "called", "met", "has", "had", "have",
    "received", "rejected", "denied", "agreed", "announced", "insisted", "wants", "wanted", "sent", "signed",
    "would", "will"};

bool lower_word(const std::string& w) { return !w.empty() && std::islower(static_cast<unsigned char>(w[0])); }

}  // namespace

bool is_verb_token(const Token& t) {
  if (!t.upos.empty()) return t.upos == "VERB" || t.upos == "AUX";
  if (!t.xpos.empty()) return t.xpos.rfind("VB", 0) == 0 || t.xpos == "MD";
  // No tagger: a lower-case word that looks like a finite verb.
  std::string_view w = t.text;
  return std::find(kCueVerbs.begin(), kCueVerbs.end(), w) != kCueVerbs.end() ||
         (lower_word(t.text) && w.size() > 4 && w.substr(w.size() - 2) == "ed");
}

const std::string& head_word(const std::vector<std::string>& words) {
  size_t end = 0;
  while (end < words.size() && words[end] != "of" && words[end] != "for") ++end;
  return words[end > 0 ? end - 1 : 0];
}

std::vector<std::string> split_words(const std::string& name) {
  std::vector<std::string> words;
  for (size_t at = 0; at < name.size();) {
    size_t space = name.find(' ', at);
    if (space == std::string::npos) space = name.size();
    if (space > at) words.push_back(name.substr(at, space - at));
    at = space + 1;
  }
  return words;
}

std::string word_text(const Sentence& s, int begin, int end) {
  std::string out;
  for (int i = begin; i < end && i < static_cast<int>(s.tokens.size()); ++i) {
    // A space only where the text has one: "Guinea-Bissau", not "Guinea - Bissau", is what the
    // gazetteers list and what a reader expects as a name.
    if (i > begin && s.tokens[i - 1].end != s.tokens[i].start) out += ' ';
    out += s.tokens[i].text;
  }
  return out;
}

void describe_mentions(const Document& doc, std::vector<MentionInfo>& mentions) {
  const auto& lists = ner::NameLists::get();
  for (MentionInfo& m : mentions) {
    const Sentence& s = doc.sentences[m.span.sentence];
    m.text = word_text(s, m.span.begin, m.span.end);
    for (int i = m.span.begin; i < m.span.end; ++i) m.words.push_back(s.tokens[i].text);
    std::string lookup = m.text;
    if (const ner::NameInfo* info = lists.find(lookup)) {
      m.country = info->country;
      m.is_country = info->kinds & ner::kCountry;
      m.is_demonym = (info->kinds & ner::kDemonym) && !m.is_country;
      // A city that acts stands for its government; the gazetteer's capitals are the usual case.
      m.is_capital = (info->kinds & (ner::kCapital | ner::kPlace)) && !m.is_country;
    }
    // Subject or actor: from the parse when there is one, else from the next word.
    const int n = static_cast<int>(s.tokens.size());
    const Token& last = s.tokens[m.span.end - 1];
    bool parsed = last.head >= 0;
    bool possessive = m.span.end < n && (s.tokens[m.span.end].text == "'s" || s.tokens[m.span.end].text == "\u2019s");
    bool object_of_cue = m.span.begin > 0 && is_verb_token(s.tokens[m.span.begin - 1]) &&
                         lower_word(s.tokens[m.span.begin - 1].text);
    if (parsed) {
      // The mention's head is the word whose head lies outside the mention.
      const Token* head = &last;
      for (int i = m.span.begin; i < m.span.end; ++i) {
        int h = s.tokens[i].head - 1;
        if (h < m.span.begin || h >= m.span.end) {
          head = &s.tokens[i];
          break;
        }
      }
      m.subject = head->deprel.rfind("nsubj", 0) == 0;
      m.acts = m.subject || head->deprel == "nmod:poss" || head->deprel == "obj" || head->deprel == "iobj" ||
               possessive;
      if (head->deprel == "obj" && !object_of_cue) m.acts = m.subject || possessive;
    } else {
      bool verb_after = m.span.end < n && is_verb_token(s.tokens[m.span.end]);
      m.subject = verb_after || (m.span.end + 1 < n && s.tokens[m.span.end].text == "," && m.span.begin == 0);
      m.acts = verb_after || possessive || object_of_cue;
    }
    if (!parsed && m.span.begin > 0 && (s.tokens[m.span.begin - 1].text == "in" || s.tokens[m.span.begin - 1].text == "to"))
      m.acts = m.acts && possessive;  // "in Beijing" is a place, "in Beijing's view" an actor
  }
}

}  // namespace dateline::entities
