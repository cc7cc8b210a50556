// Tokens and sentences: UD-English-style tokenisation and sentence splitting (docs/tokenize.md).
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "dateline/conllu.hpp"
#include "dateline/document.hpp"
#include "dateline/stage.hpp"

namespace dateline {

// Splits text[start, end) (one paragraph, or any stretch that no sentence may cross) into
// syntactic words in UD English style: punctuation split off, abbreviations and numbers kept
// whole, clitics ("n't", "'s", "'ll", ...) split into multiword tokens (Token::joins_next).
// Appends to `out`; only start, end, text and joins_next are filled. Linear in the length.
void tokenize_span(std::string_view text, uint32_t start, uint32_t end, std::vector<Token>& out);

// Groups the words of one paragraph into sentences. `words` come from tokenize_span over the
// same paragraph; sentence boundaries fall only between surface tokens.
std::vector<Sentence> split_sentences(std::string_view text, std::vector<Token> words);

// The paragraphs to tokenise: Document::paragraphs when set, else blank-line-separated blocks.
std::vector<Span> paragraph_spans(const Document& doc);

// The pipeline stage: fills Document::sentences from Document::text. Sentence boundaries come
// from the rules plus the learned boundary model models_dir/sentences.dlm when it exists
// (rules alone when models_dir is empty or has no such file).
std::unique_ptr<Stage> make_tokenize_stage(const std::string& models_dir = "");

// Trains the sentence-boundary model on gold CoNLL-U (raw text rebuilt as for evaluation) and
// writes it to `out_path`. Returns the number of candidate gaps and of gold boundaries seen.
struct SentenceModelStats {
  size_t gaps = 0, boundaries = 0;
};
SentenceModelStats train_sentence_model(const std::vector<conllu::Sentence>& gold, int epochs,
                                        const std::string& out_path);

// --- Evaluation against UD gold (CoNLL 2018 shared-task Tokens / Words / Sentences F1) ---

// A raw document rebuilt from CoNLL-U: text from the token forms and SpaceAfter=No, sentences
// separated by a space, "# newpar" as a blank line, "# newdoc" starting a new document.
struct GoldDocument {
  std::string text;
  std::vector<Span> paragraphs;  // byte spans in `text`
  std::vector<conllu::Sentence> sentences;
  std::vector<Span> sentence_spans;
  std::vector<Span> token_spans;                    // surface tokens, in order
  std::vector<std::pair<Span, std::string>> words;  // each word: its token's span and its form
  std::vector<bool> word_in_multiword;
};

std::vector<GoldDocument> gold_documents(const std::vector<conllu::Sentence>& sentences);

struct SegmentationCounts {
  size_t gold = 0, system = 0, correct = 0;
  double precision() const { return system ? 100.0 * double(correct) / double(system) : 0.0; }
  double recall() const { return gold ? 100.0 * double(correct) / double(gold) : 0.0; }
  double f1() const { return gold + system ? 200.0 * double(correct) / double(gold + system) : 0.0; }
  SegmentationCounts& operator+=(const SegmentationCounts& o) {
    gold += o.gold, system += o.system, correct += o.correct;
    return *this;
  }
};

struct SegmentationScores {
  SegmentationCounts tokens, words, sentences;
};

// Scores `system` (spans mapped back into gold.text) against the gold document, aligning as the
// official conll18_ud_eval.py does: tokens and sentences by exact span, words inside multiword
// tokens by the longest common subsequence of their (case-folded) forms.
SegmentationScores score_segmentation(const GoldDocument& gold, const Document& system);

// Runs normalize + tokenize (with the models in models_dir, see make_tokenize_stage) on every
// gold document and sums the scores.
SegmentationScores evaluate_tokenizer(const std::vector<conllu::Sentence>& gold, const std::string& models_dir = "");

}  // namespace dateline
