#include "ner_corpus.hpp"

#include <filesystem>


namespace dateline::cli {

std::string ner_corpus_kind(const std::string& path, const std::string& kind) {
  if (!kind.empty()) return kind;
  std::string ext = std::filesystem::path(path).extension().string();
  return ext == ".iob2" ? "iob2" : ext == ".conllu" ? "conllu" : "conll2003";
}

std::vector<ner::TaggedDocument> read_ner_corpus(const std::string& path, const std::string& given_kind) {
  const std::string kind = ner_corpus_kind(path, given_kind);
  if (kind == "iob2") return ner::read_iob2(path);
  if (kind == "conllu") return ner::read_conllu_entities(path);
  return ner::read_conll2003(path);
}

void add_pos_tags(std::vector<ner::TaggedDocument>& docs, const Tagger& tagger) {
  std::vector<Token> tokens;
  for (auto& doc : docs)
    for (auto& s : doc.sentences) {
      tokens.assign(s.words.size(), Token{});
      for (size_t i = 0; i < s.words.size(); ++i) tokens[i].text = s.words[i];
      tagger.tag(tokens);
      s.pos.clear();
      for (const Token& t : tokens) s.pos.push_back(t.xpos);
    }
}

}  // namespace dateline::cli
