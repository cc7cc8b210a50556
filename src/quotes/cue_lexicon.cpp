#include "quotes/cue_lexicon.hpp"

#include <sstream>

#include "dateline/error.hpp"
#include "dateline/lexicon.hpp"

namespace dateline::quotes {
namespace {

bool is_vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

std::vector<std::string> split(std::string_view s, char sep) {
  std::vector<std::string> out;
  std::string item;
  std::istringstream in{std::string(s)};
  while (std::getline(in, item, sep))
    if (!item.empty()) out.push_back(item);
  return out;
}

}  // namespace

std::vector<std::string> regular_forms(std::string_view lemma) {
  std::string l(lemma);
  if (l.empty()) return {};
  char last = l.back();
  if (last == 'e') return {l, l + "s", l + "d", l.substr(0, l.size() - 1) + "ing"};
  if (last == 'y' && l.size() > 1 && !is_vowel(l[l.size() - 2])) {
    std::string stem = l.substr(0, l.size() - 1);
    return {l, stem + "ies", stem + "ied", l + "ing"};
  }
  bool sibilant = last == 's' || last == 'x' || last == 'z' || l.ends_with("sh") || l.ends_with("ch");
  return {l, l + (sibilant ? "es" : "s"), l + "ed", l + "ing"};
}

CueLexicon::CueLexicon() {
  for (const auto& row : lexicon_rows("speech_cues.tsv")) {
    if (row.size() < 5) throw Error(ExitCode::internal, "speech_cues.tsv: a row has fewer than 5 columns");
    Cue base;
    base.lemma = std::string(row[0]);
    base.addressee = row[2] == "yes";
    base.takes_that = row[3] == "that" || row[3] == "both";
    base.takes_to = row[3] == "to" || row[3] == "both";
    base.cue_class = std::string(row[4]);
    std::vector<std::string> lemma_words = split(base.lemma, ' ');
    std::vector<std::string> heads;  // inflected forms of the first word
    if (row.size() > 5 && !row[5].empty()) {
      heads = split(row[5], ',');
      heads.insert(heads.begin(), lemma_words[0]);
    } else if (row[1] == "phrase" && base.lemma == "according to") {
      heads = {lemma_words[0]};
    } else {
      heads = regular_forms(lemma_words[0]);
    }
    for (const auto& head : heads) {
      Cue cue = base;
      cue.words = lemma_words;
      cue.words[0] = head;
      by_first_word_[head].push_back(cues_.size());
      cues_.push_back(std::move(cue));
    }
  }
}

const CueLexicon& CueLexicon::instance() {
  static const CueLexicon lexicon;
  return lexicon;
}

const Cue* CueLexicon::match(const std::vector<std::string_view>& lower_words, size_t i, size_t* length) const {
  auto it = by_first_word_.find(std::string(lower_words[i]));
  if (it == by_first_word_.end()) return nullptr;
  const Cue* best = nullptr;
  size_t best_length = 0;
  for (size_t index : it->second) {
    const Cue& cue = cues_[index];
    if (i + cue.words.size() > lower_words.size() || cue.words.size() <= best_length) continue;
    bool all = true;
    for (size_t k = 1; k < cue.words.size() && all; ++k) all = lower_words[i + k] == cue.words[k];
    if (all) {
      best = &cue;
      best_length = cue.words.size();
    }
  }
  if (best && length) *length = best_length;
  return best;
}

}  // namespace dateline::quotes
