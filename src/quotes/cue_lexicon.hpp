// The speech cues of lexicons/speech_cues.tsv, indexed by inflected surface form.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace dateline::quotes {

struct Cue {
  std::string lemma;          // "say", "according to"
  std::vector<std::string> words;  // lower-case words of the surface form ("called", "for")
  bool addressee = false;     // "told Y that", "urged Y to"
  bool takes_that = false;    // "said (that) S"
  bool takes_to = false;      // "urged Y to V"
  std::string cue_class;      // speech | belief | intention
};

class CueLexicon {
 public:
  static const CueLexicon& instance();  // the embedded lexicon, loaded once

  // The cue whose surface words start at words[i] (lower-cased), longest first; nullptr if none.
  // `length` receives the number of words matched.
  const Cue* match(const std::vector<std::string_view>& lower_words, size_t i, size_t* length) const;

  size_t size() const { return cues_.size(); }

 private:
  CueLexicon();
  std::vector<Cue> cues_;  // one per surface form
  std::unordered_map<std::string, std::vector<size_t>> by_first_word_;
};

// Regular English verb forms of a lemma: lemma, -s, -ed, -ing.
std::vector<std::string> regular_forms(std::string_view lemma);

}  // namespace dateline::quotes
