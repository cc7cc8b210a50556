// The learned half of sentence splitting: an averaged perceptron (learn/perceptron.hpp) that
// decides, at every gap between surface tokens, whether a new sentence starts there. The rule
// splitter's own decision is one of its features, so the model learns where the rules fail
// (web text without final punctuation, sign-offs, lists) and otherwise follows them.
#pragma once

#include <array>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "dateline/learn/perceptron.hpp"
#include "tokenize/boundary_scorer.hpp"
#include "tokenize/scanner.hpp"

namespace dateline::tok {

inline constexpr const char* kBoundaryModelKind = "dateline.sentence-boundaries";
inline constexpr uint32_t kBoundaryModelVersion = 2;  // 2: cheaper feature keys
inline constexpr const char* kBoundaryModelFile = "sentences.dlm";

// Features of the gap before piece `next` (which starts a surface token). `rule` is the rule
// splitter's decision there; `since_start` counts surface tokens since the sentence began.
// Each surface token's word and shape hashes are kept for the paragraph: up to four gaps ask
// for them. reset() before each paragraph (pieces must not change in between).
class BoundaryFeatures {
 public:
  void reset(std::string_view text, const std::vector<Piece>& w);
  static constexpr size_t kCount = 21;  // features per gap
  void operator()(size_t next, bool rule, size_t since_start, std::array<uint64_t, kCount>& out);

 private:
  struct Keys {
    uint64_t word = 0, shape = 0;
    uint32_t stamp = 0;        // the paragraph (reset()) `word` was computed for; 0: never
    uint32_t shape_stamp = 0;  // the same for `shape`, which is computed only when asked for
    bool cased = false;        // lower-casing changed the word: its exact key differs
  };
  // The word's keys; its shape too when `shape` (the word after next needs none).
  const Keys& keys_at(size_t first, std::string_view surface, bool shape);

  std::string_view text_;
  const char* limit_ = nullptr;  // text_'s end: word bytes are loaded eight at a time before it
  const std::vector<Piece>* w_ = nullptr;
  std::vector<Keys> keys_;  // by the surface token's first piece
  uint32_t stamp_ = 0;
};

// Whether the model is consulted at the gap before piece `next` at all: gaps between two
// running words ("said the") are never boundaries worth the cost of scoring (most gaps are).
inline bool boundary_candidate(std::string_view text, const std::vector<Piece>& w, size_t next, bool rule) {
  if (rule) return true;
  char first_next = text[w[next].start];
  // Marks that never open a sentence.
  if (first_next == ',' || first_next == ';' || first_next == '%' || first_next == ')' || first_next == '.')
    return false;
  char last_prev = text[w[next - 1].end - 1];
  if (first_next >= 'A' && first_next <= 'Z') {
    // Inside a run of capitalised words ("Secretary of State John Kerry"): a name, not a break.
    size_t f = next - 1;
    while (f > 0 && w[f - 1].joins_next) --f;
    char first_prev = text[w[f].start];
    return !(first_prev >= 'A' && first_prev <= 'Z' && last_prev >= 'a' && last_prev <= 'z');
  }
  if (first_next < 'a' || first_next > 'z') return true;
  // A lower-case word: only worth asking after a mark that may end a sentence.
  return last_prev == '.' || last_prev == '!' || last_prev == '?' || last_prev == ')' || last_prev == '"' ||
         last_prev == ':' || static_cast<unsigned char>(last_prev) >= 0x80;
}

// Rule decisions: rule_starts[j] is 1 when the rules start a sentence at piece j.
std::vector<uint8_t> rule_sentence_starts(std::string_view text, const std::vector<Piece>& w);

// Where sentences start, by the model when given, else by the rules alone; then sentence-final
// abbreviations give up their period (pieces may grow). Returns the start index of every
// sentence after the first.
std::vector<size_t> decide_sentence_starts(std::string_view text, std::vector<Piece>& w,
                                           const BoundaryScorer* model);

// Loads models/sentences.dlm from `dir`; nullptr when the file does not exist. A broken file
// throws dateline::Error (bad_resource).
std::shared_ptr<const BoundaryScorer> load_boundary_model(const std::string& dir);

}  // namespace dateline::tok
