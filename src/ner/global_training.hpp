// Structured-perceptron training of the NER tagger (Collins & Roark 2004, early update): the
// training step decodes a sentence with the same beam search that tags, so the weights learn to
// rank whole label sequences, not single decisions taken after a gold history.
#pragma once

#include <vector>

#include "dateline/learn/perceptron.hpp"
#include "features.hpp"

namespace dateline::ner {

// One fully labelled sentence: a beam search (raw score sums) with the trainer's current
// weights. When the gold prefix leaves the beam, or the best sequence at the end is not the gold
// one, every feature of the gold prefix gains and every feature of the best hypothesis' prefix
// loses. Returns the best sequence (the article's history follows the model's own guesses).
std::vector<int> train_sentence_globally(learn::PerceptronTrainer& trainer, const SentenceFeatures& sf,
                                         const LabelHistory& history, const std::vector<int>& gold, size_t beam);

}  // namespace dateline::ner
