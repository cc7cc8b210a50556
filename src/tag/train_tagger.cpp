// Tagger training: joint UPOS+XPOS classes, greedy decoding with the model's own previous
// tags (as at tagging time), best epoch on dev kept.
#include <map>
#include <mutex>
#include <random>

#include "dateline/learn/hashing.hpp"
#include "dateline/learn/parallel.hpp"
#include "dateline/learn/ud_data.hpp"
#include "dateline/tagger.hpp"
#include "learn/word_clusters.hpp"
#include "tag_features.hpp"

namespace dateline {
namespace {

// Words seen at least this often with one tag at least this share of the time skip the model.
constexpr int kDictMinCount = 20;
constexpr double kDictMinShare = 0.995;
// Words seen this often get an ambiguity class: the tags they had at least this share of the time.
constexpr int kAmbiguityMinCount = 5;
constexpr double kAmbiguityMinShare = 0.02;

template <class Map>
typename Map::key_type most_frequent(const Map& counts) {
  auto best = counts.begin();
  for (auto it = counts.begin(); it != counts.end(); ++it)
    if (it->second > best->second) best = it;
  return best->first;
}

}  // namespace

std::shared_ptr<const learn::WordClusters> Tagger::build_clusters(const std::vector<conllu::Sentence>& train,
                                                                  const std::vector<std::string>& unlabeled) {
  std::vector<std::vector<std::string>> words;
  for (const auto& s : train) {
    words.emplace_back();
    for (const auto& w : s.words) words.back().push_back(w.form);
  }
  return std::make_shared<learn::WordClusters>(learn::WordClusters::build(unlabeled, words, true));
}

Tagger Tagger::train(const std::vector<conllu::Sentence>& train, const std::vector<conllu::Sentence>& dev,
                     const Options& options) {
  Tagger t;
  t.clusters_ = options.clusters                    ? options.clusters
                : !options.unlabeled.empty()      ? build_clusters(train, options.unlabeled)
                                                  : std::make_shared<learn::WordClusters>();
  std::vector<std::vector<int>> gold(train.size());
  std::unordered_map<std::string, std::map<int, int>> form_tags;
  std::map<std::string, std::map<std::string, int>> word_feats;
  std::vector<std::map<std::string, int>> tag_feats;
  for (size_t s = 0; s < train.size(); ++s)
    for (const auto& w : train[s].words) {
      int tag = t.tag_index(w.upos, w.xpos);
      gold[s].push_back(tag);
      form_tags[w.form][tag]++;
      std::string feats = w.feats == "_" ? "" : w.feats;
      if (tag_feats.size() <= static_cast<size_t>(tag)) tag_feats.resize(tag + 1);
      tag_feats[tag][feats]++;
      word_feats[tagging::ascii_lower(w.form) + '\t' + std::to_string(tag)][feats]++;
    }
  for (const auto& [form, counts] : form_tags) {
    int total = 0, top = most_frequent(counts);
    for (const auto& [tag, n] : counts) total += n;
    if (total >= kDictMinCount && counts.at(top) >= kDictMinShare * total) t.dictionary_[form] = top;
  }
  for (const auto& counts : tag_feats) t.default_feats_.push_back(most_frequent(counts));
  for (const auto& [key, counts] : word_feats) {
    std::string feats = most_frequent(counts);
    int tag = std::stoi(key.substr(key.rfind('\t') + 1));
    if (feats != t.default_feats_[tag]) t.feats_[key] = feats;
  }

  // Ambiguity classes of frequent words only: for rare words the class would just be the gold
  // tag of the few training occurrences, which the model would learn to trust too much.
  std::unordered_map<std::string, std::map<int, int>> lower_tags;
  for (size_t s = 0; s < train.size(); ++s)
    for (size_t i = 0; i < train[s].words.size(); ++i) lower_tags[tagging::ascii_lower(train[s].words[i].form)][gold[s][i]]++;
  for (const auto& [lower, counts] : lower_tags) {
    int total = 0;
    for (const auto& [tag, n] : counts) total += n;
    if (total < kAmbiguityMinCount) continue;
    uint64_t cls = learn::hash_text("amb");
    for (const auto& [tag, n] : counts)
      if (n >= kAmbiguityMinShare * total) cls = learn::hash_combine(cls, static_cast<uint64_t>(tag) + 1);
    t.ambiguity_[learn::hash_text(lower)] = cls;
  }

  std::vector<std::vector<tagging::WordKeys>> keys(train.size());
  for (size_t s = 0; s < train.size(); ++s) {
    for (const auto& w : train[s].words) keys[s].push_back(t.keys_of(w.form));
    tagging::mark_sentence_context(keys[s]);
  }

  // Share of dev words (or, without dev, of training words) given both tags right.
  auto dev_score = [&](const learn::LinearModel& model, double train_accuracy) {
    size_t right = 0, total = 0;
    for (const auto& sentence : dev) {
      auto words = learn::bare_tokens(sentence);
      t.tag_with(model, words);
      for (size_t i = 0; i < words.size(); ++i) {
        right += words[i].upos == sentence.words[i].upos && words[i].xpos == sentence.words[i].xpos;
        ++total;
      }
    }
    return total ? 100.0 * right / total : train_accuracy;
  };
  std::mutex log_mutex;
  // One member: an averaged perceptron trained from `seed`, at its best epoch on dev.
  auto train_member = [&](uint32_t seed, double prune_below, const std::string& name) {
    learn::PerceptronTrainer trainer(static_cast<int>(t.tags_.size()));
    std::mt19937 rng(seed);
    std::vector<size_t> order(train.size());
    for (size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::vector<uint64_t> features;
    learn::LinearModel best;
    double best_score = -1;
    for (int epoch = 1; epoch <= options.epochs; ++epoch) {
      learn::shuffle(order, rng);
      size_t right = 0, total = 0;
      for (size_t s : order) {
        int prev1 = -1, prev2 = -1;
        for (size_t i = 0; i < keys[s].size(); ++i) {
          int guess;
          if (auto it = t.dictionary_.find(train[s].words[i].form); it != t.dictionary_.end()) {
            guess = it->second;
          } else {
            tagging::tagger_features(keys[s], i, prev1, prev2, features);
            guess = trainer.predict(features);
            trainer.update(features, gold[s][i], guess);
          }
          right += guess == gold[s][i];
          ++total;
          prev2 = prev1;
          prev1 = guess;
        }
      }
      learn::LinearModel model = trainer.average(prune_below);
      const double train_accuracy = 100.0 * right / std::max<size_t>(total, 1);
      const double score = dev_score(model, train_accuracy);
      if (options.log) {
        std::lock_guard lock(log_mutex);
        *options.log << name << "epoch " << epoch << ": train " << train_accuracy << "  dev UPOS+XPOS " << score
                     << "  weights " << model.num_weights() << std::endl;
      }
      if (score > best_score || dev.empty()) {
        best_score = score;
        best = std::move(model);
      }
    }
    return best;
  };
  t.model_ = learn::train_members(options.members, options.seed, options.prune_below, "tagger", train_member);
  if (options.members > 1 && options.log)
    *options.log << "mean of " << options.members << " members: dev UPOS+XPOS " << dev_score(t.model_, 0) << std::endl;
  return t;
}

}  // namespace dateline
