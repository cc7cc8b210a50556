// Rebuilding raw documents from CoNLL-U, as the tokenizer evaluation needs them: the text a
// tokenizer would have seen, with the gold token, word and sentence spans inside it.
#include "dateline/tokenize.hpp"

namespace dateline {

std::vector<GoldDocument> gold_documents(const std::vector<conllu::Sentence>& sentences) {
  std::vector<GoldDocument> docs;
  bool glue_next = false;  // the previous sentence ended with SpaceAfter=No
  uint32_t paragraph_start = 0;
  auto close_paragraph = [&] {
    GoldDocument& d = docs.back();
    if (!d.sentence_spans.empty() && d.sentence_spans.back().end > paragraph_start)
      d.paragraphs.push_back({paragraph_start, d.sentence_spans.back().end});
  };
  for (const auto& s : sentences) {
    if (docs.empty() || s.new_document) {
      if (!docs.empty()) close_paragraph();
      docs.emplace_back();
      paragraph_start = 0;
      glue_next = false;
    } else if (s.new_paragraph) {
      close_paragraph();
      docs.back().text += "\n\n";
      paragraph_start = static_cast<uint32_t>(docs.back().text.size());
    } else if (!docs.back().text.empty() && !glue_next) {
      docs.back().text += ' ';
    }
    GoldDocument& d = docs.back();
    auto sentence_start = static_cast<uint32_t>(d.text.size());
    bool space_after = true;
    for (size_t w = 0; w < s.words.size();) {
      const conllu::Word& word = s.words[w];
      const conllu::MultiwordToken* mwt = s.multiword_at(word.id);
      std::string_view form = mwt ? std::string_view(mwt->form) : std::string_view(word.form);
      space_after = mwt ? mwt->space_after : word.space_after;
      auto start = static_cast<uint32_t>(d.text.size());
      d.text += form;
      Span span{start, static_cast<uint32_t>(d.text.size())};
      d.token_spans.push_back(span);
      size_t parts = 1;
      if (mwt) {
        parts = 0;
        while (w + parts < s.words.size() && s.words[w + parts].id <= mwt->last) ++parts;
        if (parts == 0) parts = 1;
      }
      for (size_t k = 0; k < parts; ++k) {
        d.words.emplace_back(span, s.words[w + k].form);
        d.word_in_multiword.push_back(mwt != nullptr);
      }
      w += parts;
      if (space_after && w < s.words.size()) d.text += ' ';
    }
    d.sentence_spans.push_back({sentence_start, static_cast<uint32_t>(d.text.size())});
    d.sentences.push_back(s);
    glue_next = !space_after;
  }
  if (!docs.empty()) close_paragraph();
  return docs;
}

}  // namespace dateline
