#include "dateline/learn/ud_data.hpp"

#include <algorithm>
#include <map>
#include <span>
#include <sstream>

namespace dateline::learn {

namespace {

bool punctuation(const conllu::Word& w) { return w.upos == "PUNCT" || w.upos == "SYM"; }

// Treebanks disagree on the PTB tag of some punctuation: EWT tags ";" "--" "..." as ",", GUM
// as ":". Mixed, they teach the tagger a coin toss on exactly the marks the first treebank is
// sure about. So the first file sets the convention: a mark seen at least 5 times there, tagged
// in a later file with a tag the first file gives it under 10% of the time, takes the first
// file's usual tag for it. Words are left alone: their tags depend on the context.
// How the first treebank tags one punctuation mark.
struct MarkConvention {
  std::map<std::string, int> tags;  // tag -> count
  int total = 0;
  std::string usual;  // the commonest tag (the first in tag order on a tie)
};

void harmonize_punctuation(std::span<const conllu::Sentence> first, std::vector<conllu::Sentence>& later) {
  std::map<std::string, MarkConvention> conventions;
  for (const auto& s : first)
    for (const auto& w : s.words)
      if (punctuation(w)) {
        MarkConvention& c = conventions[w.form];
        ++c.tags[w.xpos];
        ++c.total;
      }
  for (auto& [form, c] : conventions)
    c.usual = std::max_element(c.tags.begin(), c.tags.end(), [](const auto& a, const auto& b) { return a.second < b.second; })->first;
  for (auto& s : later)
    for (auto& w : s.words) {
      if (!punctuation(w)) continue;
      auto it = conventions.find(w.form);
      if (it == conventions.end() || it->second.total < 5) continue;
      auto own = it->second.tags.find(w.xpos);
      int share = own == it->second.tags.end() ? 0 : own->second;
      if (share * 10 < it->second.total) w.xpos = it->second.usual;
    }
}

}  // namespace

std::vector<conllu::Sentence> read_treebanks(const std::string& paths) {
  std::vector<conllu::Sentence> all;
  std::stringstream list(paths);
  std::string path;
  size_t first_end = 0;
  while (std::getline(list, path, ',')) {
    if (path.empty()) continue;
    auto part = conllu::read_file(path);
    if (first_end == 0) {
      first_end = part.size();
    } else {
      harmonize_punctuation(std::span<const conllu::Sentence>(all.data(), first_end), part);
    }
    all.insert(all.end(), std::make_move_iterator(part.begin()), std::make_move_iterator(part.end()));
  }
  return all;
}

std::vector<Token> gold_tokens(const conllu::Sentence& sentence) {
  std::vector<Token> out;
  out.reserve(sentence.words.size());
  for (const auto& w : sentence.words) {
    Token t;
    t.text = w.form;
    t.upos = w.upos;
    t.xpos = w.xpos;
    t.lemma = w.lemma;
    t.feats = w.feats == "_" ? "" : w.feats;
    t.head = w.head;
    t.deprel = w.deprel;
    out.push_back(std::move(t));
  }
  return out;
}

std::vector<Token> bare_tokens(const conllu::Sentence& sentence) {
  std::vector<Token> out;
  out.reserve(sentence.words.size());
  for (const auto& w : sentence.words) {
    Token t;
    t.text = w.form;
    out.push_back(std::move(t));
  }
  return out;
}

}  // namespace dateline::learn
