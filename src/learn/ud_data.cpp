#include "dateline/learn/ud_data.hpp"

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
void harmonize_punctuation(std::span<const conllu::Sentence> first, std::vector<conllu::Sentence>& later) {
  std::map<std::string, std::map<std::string, int>> seen;
  for (const auto& s : first)
    for (const auto& w : s.words)
      if (punctuation(w)) ++seen[w.form][w.xpos];
  for (auto& s : later)
    for (auto& w : s.words) {
      if (!punctuation(w)) continue;
      auto it = seen.find(w.form);
      if (it == seen.end()) continue;
      int total = 0, share = 0;
      const std::string* usual = nullptr;
      for (const auto& [tag, n] : it->second) {
        total += n;
        if (!usual || n > it->second.at(*usual)) usual = &tag;
      }
      auto own = it->second.find(w.xpos);
      share = own == it->second.end() ? 0 : own->second;
      if (total >= 5 && share * 10 < total) w.xpos = *usual;
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
