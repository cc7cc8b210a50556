// Reading and writing CoNLL-U (Universal Dependencies) files.
#pragma once

#include <istream>
#include <optional>
#include <string>
#include <vector>

#include "dateline/document.hpp"

namespace dateline::conllu {

struct Word {
  int id = 0;
  std::string form, lemma, upos, xpos, feats;
  int head = -1;
  std::string deprel, deps, misc;
  bool space_after = true;  // from MISC SpaceAfter=No (on the word or its multiword token)
};

// A multiword token covering words [first, last] (1-based ids), e.g. "don't" = do + n't.
struct MultiwordToken {
  int first = 0, last = 0;
  std::string form;
  bool space_after = true;
};

struct Sentence {
  std::string sent_id;
  std::string text;                 // "# text ="
  bool new_document = false;        // "# newdoc"
  bool new_paragraph = false;       // "# newpar"
  std::vector<Word> words;          // empty nodes (N.1) are skipped
  std::vector<MultiwordToken> multiword_tokens;

  // The multiword token that starts at word `id`, or nullptr.
  const MultiwordToken* multiword_at(int id) const;
};

// Reads every sentence; throws dateline::Error (bad_input) with the line number on malformed input.
std::vector<Sentence> read(std::istream& in);
std::vector<Sentence> read_file(const std::string& path);

// Writes the document's sentences as CoNLL-U, one "# newdoc" per document, "# newpar" at
// paragraph starts, "# text" per sentence, multiword tokens from Token::joins_next.
void write(std::ostream& out, const Document& doc);

}  // namespace dateline::conllu
