// Predicted tags for training a later stage: a parser trained on gold tags learns to trust them,
// then meets the tagger's mistakes at run time. k-fold jackknifing gives every training sentence
// tags from a tagger that never saw it, as noisy as the real ones.
#include <mutex>

#include "dateline/learn/parallel.hpp"
#include "dateline/learn/ud_data.hpp"
#include "dateline/tagger.hpp"

namespace dateline {

void retag(std::vector<conllu::Sentence>& sentences, const Tagger& tagger) {
  for (conllu::Sentence& s : sentences) {
    std::vector<Token> words = learn::bare_tokens(s);
    tagger.tag(words);
    for (size_t i = 0; i < words.size(); ++i) {
      s.words[i].upos = words[i].upos;
      s.words[i].xpos = words[i].xpos;
    }
  }
}

void jackknife_tags(std::vector<conllu::Sentence>& sentences, int folds, const Tagger::Options& given) {
  Tagger::Options options = given;  // clusters, if any, are learned once for all folds
  if (!options.clusters && !options.unlabeled.empty()) options.clusters = Tagger::build_clusters(sentences, options.unlabeled);
  std::vector<std::vector<conllu::Sentence>> tagged(folds);
  std::mutex log_mutex;
  learn::run_on_cores(folds, [&](int f) {  // the folds are independent
    std::vector<conllu::Sentence> rest;
    for (size_t i = 0; i < sentences.size(); ++i)
      if (static_cast<int>(i % folds) != f) rest.push_back(sentences[i]);
    Tagger tagger = Tagger::train(rest, {}, options);
    for (size_t i = static_cast<size_t>(f); i < sentences.size(); i += static_cast<size_t>(folds))
      tagged[f].push_back(sentences[i]);
    retag(tagged[f], tagger);
    std::lock_guard lock(log_mutex);
    if (options.log) *options.log << "jackknife fold " << f + 1 << "/" << folds << " tagged\n";
  });
  for (size_t i = 0; i < sentences.size(); ++i) sentences[i] = std::move(tagged[i % folds][i / folds]);
}

}  // namespace dateline
