#include "quotes/phrases.hpp"

#include <algorithm>
#include <initializer_list>

namespace dateline::quotes {
namespace {

bool in(std::string_view w, std::initializer_list<std::string_view> list) {
  return std::find(list.begin(), list.end(), w) != list.end();
}

// Words that may sit between a subject and its cue: "has also said", "’s claiming".
bool is_aux_or_adverb(std::string_view w) {
  return in(w, {"has", "have", "had", "is", "was", "were", "are", "'s", "\xE2\x80\x99s", "also", "again", "later",
                "then", "repeatedly", "previously", "once", "would", "will", "could", "can", "may", "might", "should",
                "must", "never", "already", "further", "recently", "publicly", "privately", "reportedly", "still",
                "even", "just", "often", "frequently", "initially", "first", "separately", "similarly", "quickly",
                "simply", "flatly", "firmly", "angrily", "immediately", "subsequently", "openly", "not", "n't",
                "did", "does", "do", "been", "be", "being", "always", "continued", "to", "explicitly",
                "specifically"});
}

bool is_determiner(std::string_view w) {
  return in(w, {"the", "a", "an", "this", "these", "those", "some", "many", "several", "most", "both", "all", "each",
                "another", "other", "any", "no", "his", "her", "their", "its", "our", "my", "your", "one", "two",
                "three", "few", "more"});
}

bool is_function_word(std::string_view w) {
  return in(w, {"that", "which", "who", "whom", "whose", "and", "but", "or", "nor", "so", "because", "as", "if",
                "when", "while", "where", "what", "how", "why", "after", "before", "since", "though", "although",
                "than", "then", "in", "on", "at", "for", "with", "by", "from", "to", "about", "into", "over",
                "under", "against", "during", "without", "through", "between", "among", "not", "is", "was", "were",
                "are", "be", "been", "has", "have", "had", "will", "would", "can", "could", "may", "might",
                "should", "must", "do", "does", "did", "also", "there", "here", "him", "them", "us", "me", "it",
                "he", "she", "they", "we", "i", "you", "said", "says", "say", "told", "tells", "according", "but",
                "yet", "just", "even", "still", "only", "however", "meanwhile", "now", "later", "again"});
}

bool is_time_word(std::string_view w) {
  return in(w, {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday",
                "tonight", "tomorrow", "earlier", "last", "this", "next", "week", "month", "year", "morning",
                "afternoon", "evening", "night", "weekend", "recently"});
}

// Part of a noun phrase? Tags decide when there are some; otherwise anything but
// punctuation, function words and cue-like verbs.
bool is_np_word(const Word& w, bool tagged) {
  if (tagged) {
    if (w.upos == "PROPN" || w.upos == "NOUN" || w.upos == "ADJ" || w.upos == "NUM" || w.upos == "DET") return true;
    if (w.upos == "PART") return w.lower == "'s" || w.lower == "\xE2\x80\x99s";
    if (w.upos == "PRON") return in(w.lower, {"his", "her", "their", "its", "our", "my", "your"});
    return false;
  }
  if (w.is_punct()) return w.text == "-" || w.text == "'s" || w.text == "\xE2\x80\x99s";
  return is_determiner(w.lower) || !is_function_word(w.lower);
}

}  // namespace

bool is_pronoun_subject(std::string_view lower) { return in(lower, {"he", "she", "they", "we", "i", "it", "you"}); }

Span span_of(const WordView& v, WordRange r) { return {v.words[r.first].start, v.words[r.last - 1].end}; }

int skip_time_words(const WordView& v, int i, int limit) {
  while (i < limit) {
    const std::string& w = v.words[i].lower;
    bool lead = (w == "on" || w == "late" || w == "early") && i + 1 < limit && is_time_word(v.words[i + 1].lower);
    if (!is_time_word(w) && !lead) break;
    ++i;
  }
  return i;
}

// A hyphen written between two words ("Moscow-based", "state-owned"): the compound modifies
// the noun phrase it is in, whatever the tagger made of its second half.
bool joins_words(const WordView& v, int j) {
  return j > 0 && j + 1 < static_cast<int>(v.words.size()) && v.words[j].text == "-" &&
         v.words[j - 1].end == v.words[j].start && v.words[j].end == v.words[j + 1].start;
}

std::optional<WordRange> noun_phrase_at(const WordView& v, int i, int limit) {
  if (i >= limit) return std::nullopt;
  const Word& first = v.words[i];
  if (is_pronoun_subject(first.lower) || in(first.lower, {"him", "her", "them", "us", "me"}))
    return WordRange{i, i + 1};
  int j = i;
  while (j < limit && j - i < 8) {
    const Word& w = v.words[j];
    bool of_between = w.lower == "of" && j > i && j + 1 < limit && is_np_word(v.words[j + 1], v.tagged);
    if (j > i && j + 2 < limit && joins_words(v, j)) {
      j += 2;
      continue;
    }
    if (!is_np_word(w, v.tagged) && !of_between) break;
    if (j > i && is_determiner(w.lower) && !v.words[j - 1].lower.ends_with("of")) break;
    if (!v.tagged && j > i && !w.capitalized() && v.words[j - 1].capitalized() && !is_determiner(v.words[j - 1].lower) &&
        v.words[j - 1].lower != "of" && v.words[j - 1].text.find('-') == std::string_view::npos)
      break;  // "said Kerry ..." ends at the name: a lowercase word after it starts something else
    ++j;
  }
  if (j == i) return std::nullopt;
  return WordRange{i, j};
}

std::optional<WordRange> subject_before(const WordView& v, int cue, int limit) {
  int j = cue - 1;
  while (j >= limit && is_aux_or_adverb(v.words[j].lower)) --j;
  if (j < limit) return std::nullopt;
  // ", meanwhile," or ", the foreign minister," between subject and cue: look past it.
  if (v.words[j].text == ",") {
    int k = j - 1;
    while (k >= limit && v.words[k].text != "," && j - k < 14 && !v.words[k].is_punct()) --k;
    if (k < limit || v.words[k].text != ",") return std::nullopt;
    j = k - 1;
    if (j < limit) return std::nullopt;
  }
  const Word& last = v.words[j];
  if (is_pronoun_subject(last.lower)) return WordRange{j, j + 1};
  if (!is_np_word(last, v.tagged)) return std::nullopt;
  int i = j;
  while (i - 1 >= limit && j - i < 7) {
    const Word& w = v.words[i - 1];
    if (is_determiner(v.words[i].lower)) break;  // "the" or "his" opens the phrase
    bool of_between = w.lower == "of" && i - 2 >= limit && is_np_word(v.words[i - 2], v.tagged) &&
                      !is_determiner(v.words[i - 2].lower);
    if (i - 3 >= limit && joins_words(v, i - 2) && j - i < 5) {
      i -= 3;
      continue;
    }
    if (!is_np_word(w, v.tagged) && !of_between) break;
    --i;
  }
  return WordRange{i, j + 1};
}

}  // namespace dateline::quotes
