#include "dateline/learn/ud_data.hpp"

#include <sstream>

namespace dateline::learn {

std::vector<conllu::Sentence> read_treebanks(const std::string& paths) {
  std::vector<conllu::Sentence> all;
  std::stringstream list(paths);
  std::string path;
  while (std::getline(list, path, ',')) {
    if (path.empty()) continue;
    auto part = conllu::read_file(path);
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
