// Parser training with the arc-hybrid dynamic oracle: at every state the update moves toward
// the best-scoring zero-cost action; from epoch 2 on the parser often follows its own mistakes
// (exploration), so it learns to recover from them.
#include <map>
#include <mutex>
#include <random>

#include "arc_hybrid.hpp"
#include "dateline/learn/parallel.hpp"
#include "dateline/learn/ud_data.hpp"
#include "dateline/parser.hpp"
#include "parse_features.hpp"

namespace dateline {

using parsing::Move;

namespace {

struct GoldTree {
  std::vector<Token> words;
  std::vector<int> head, label;  // index 0 unused
};

double dev_las(const std::vector<GoldTree>& dev, const std::function<void(std::vector<Token>&)>& parse) {
  size_t right = 0, total = 0;
  for (const GoldTree& g : dev) {
    std::vector<Token> words = g.words;
    for (Token& t : words) t.head = -1, t.deprel.clear();
    parse(words);
    for (size_t i = 0; i < words.size(); ++i) {
      right += words[i].head == g.words[i].head && words[i].deprel == g.words[i].deprel;
      ++total;
    }
  }
  return total ? 100.0 * right / total : 0;
}

// Runs options.epochs passes of dynamic-oracle training from `seed` and calls `after_epoch`
// with the trainer and the share of wrong actions (percent) after each.
void train_epochs(const std::vector<GoldTree>& trees, int actions, const learn::WordClusters& clusters, uint32_t seed,
                  const Parser::Options& options,
                  const std::function<void(int, const learn::PerceptronTrainer&, double)>& after_epoch) {
  learn::PerceptronTrainer trainer(actions);
  std::mt19937 rng(seed);
  std::uniform_real_distribution<double> coin(0.0, 1.0);
  std::vector<size_t> order(trees.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::vector<uint64_t> features;
  std::vector<float> scores(actions);
  std::vector<int> cost(actions);
  for (int epoch = 1; epoch <= options.epochs; ++epoch) {
    learn::shuffle(order, rng);
    size_t steps = 0, mistakes = 0;
    for (size_t idx : order) {
      const GoldTree& g = trees[idx];
      parsing::ParseState st(static_cast<int>(g.words.size()));
      parsing::SentenceKeys keys(g.words, clusters);
      while (!st.terminal()) {
        parsing::parser_features(st, keys, features);
        std::fill(scores.begin(), scores.end(), 0.0f);
        trainer.score(features, scores);
        parsing::MoveCosts mc = parsing::move_costs(st, g.head);
        bool legal[3] = {st.legal(Move::shift), st.legal(Move::left), st.legal(Move::right)};
        int s0 = st.s(0), s1 = st.s(1), b0 = st.b(0);
        int guess = -1, best_correct = -1, min_cost = 1 << 30;
        for (int a = 0; a < actions; ++a) {
          Move m = parsing::move_of(a);
          if (!legal[static_cast<int>(m)]) {
            cost[a] = -1;
            continue;
          }
          int c = m == Move::shift ? mc.shift : m == Move::left ? mc.left : mc.right;
          bool gold_arc = (m == Move::left && g.head[s0] == b0) || (m == Move::right && g.head[s0] == s1);
          if (gold_arc && parsing::label_of(a) != g.label[s0]) ++c;
          cost[a] = c;
          min_cost = std::min(min_cost, c);
          if (guess < 0 || scores[a] > scores[guess]) guess = a;
        }
        for (int a = 0; a < actions; ++a)
          if (cost[a] == min_cost && (best_correct < 0 || scores[a] > scores[best_correct])) best_correct = a;
        trainer.update(features, best_correct, guess);
        ++steps;
        bool wrong = cost[guess] != min_cost;
        mistakes += wrong;
        bool follow_guess = !wrong || (epoch > 1 && coin(rng) < options.explore);
        st.apply(follow_guess ? guess : best_correct);
      }
    }
    after_epoch(epoch, trainer, 100.0 * mistakes / std::max<size_t>(steps, 1));
  }
}

}  // namespace

Parser Parser::train(const std::vector<conllu::Sentence>& train, const std::vector<conllu::Sentence>& dev,
                     const Options& options) {
  Parser p;
  // Epochs are chosen greedily (as the committed model's were); the beam is a decoding choice.
  p.decoding_.beam = 1;
  p.clusters_ = options.clusters ? options.clusters : std::make_shared<learn::WordClusters>();
  std::map<std::string, int> label_ids;
  auto trees_of = [&](const std::vector<conllu::Sentence>& sentences, bool add_labels) {
    std::vector<GoldTree> trees;
    for (const auto& s : sentences) {
      GoldTree g;
      g.words = learn::gold_tokens(s);
      g.head = {-1};
      g.label = {-1};
      bool ok = !g.words.empty();
      for (const Token& t : g.words) {
        if (t.head < 0 || t.head > static_cast<int>(g.words.size())) ok = false;
        auto it = label_ids.find(t.deprel);
        if (it == label_ids.end() && add_labels) {
          it = label_ids.emplace(t.deprel, static_cast<int>(p.labels_.size())).first;
          p.labels_.push_back(t.deprel);
        }
        g.head.push_back(t.head);
        g.label.push_back(it == label_ids.end() ? -1 : it->second);
      }
      if (ok) trees.push_back(std::move(g));
    }
    return trees;
  };
  std::vector<GoldTree> trees = trees_of(train, true), dev_trees = trees_of(dev, false);

  const int actions = static_cast<int>(1 + 2 * p.labels_.size());
  // Epochs are chosen by greedy LAS on dev (the training is greedy; the committed models were
  // chosen so), whatever search the finished parser then uses.
  p.decoding_.beam = 1;
  std::mutex log_mutex;
  // One member: an averaged perceptron trained from `seed`, at its best epoch on dev.
  auto train_member = [&](uint32_t seed, double prune_below, const std::string& name) {
    learn::LinearModel best;
    double best_las = -1;
    train_epochs(trees, actions, *p.clusters_, seed, options,
                 [&](int epoch, const learn::PerceptronTrainer& trainer, double errors) {
                   learn::LinearModel model = trainer.average(prune_below);
                   double las = dev_las(dev_trees, [&](std::vector<Token>& w) { p.parse_with(model, w); });
                   if (options.log) {
                     std::lock_guard lock(log_mutex);
                     *options.log << name << "epoch " << epoch << ": train action errors " << errors
                                  << "%  dev LAS " << las << "  weights " << model.num_weights() << std::endl;
                   }
                   if (las > best_las || dev_trees.empty()) {
                     best_las = las;
                     best = std::move(model);
                   }
                 });
    return best;
  };
  // With several members (they differ in data order and exploration), the log ends with the mean's score.
  p.model_ = learn::train_members(options.members, options.seed, options.prune_below, "parser", train_member);
  if (options.members > 1 && options.log)
    *options.log << "mean of " << options.members << " members: dev LAS "
                 << dev_las(dev_trees, [&](std::vector<Token>& w) { p.parse_with(p.model_, w); }) << "  weights "
                 << p.model_.num_weights() << std::endl;
  p.decoding_ = Decoding{};
  return p;
}

}  // namespace dateline
