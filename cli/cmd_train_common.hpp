// Flags and bookkeeping shared by `dateline train tagger|lemmatizer|parser`.
#pragma once

#include <chrono>
#include <filesystem>
#include <iostream>
#include <nlohmann/json.hpp>

#include "command.hpp"
#include "dateline/error.hpp"
#include "dateline/learn/training.hpp"
#include "dateline/learn/ud_data.hpp"

namespace dateline::cli {

struct UdTrainArgs {
  std::string train;  // comma-separated CoNLL-U files
  std::string dev;
  std::string out;
  learn::TrainOptions options;
};

inline void add_ud_train_options(CLI::App& app, UdTrainArgs& a, const std::string& default_out, int epochs) {
  a.out = default_out;
  a.options.epochs = epochs;
  app.add_option("--train", a.train, "Training treebanks, CoNLL-U, comma-separated")->required();
  app.add_option("--dev", a.dev, "Development treebank (CoNLL-U): picks the best epoch");
  app.add_option("-o,--output", a.out, "Model file to write")->capture_default_str();
  app.add_option("--epochs", a.options.epochs, "Passes over the training data")->capture_default_str();
  app.add_option("--seed", a.options.seed, "Seed for shuffling and exploration")->capture_default_str();
}

// --members for the learners that can train an ensemble (see LinearModel::mean).
inline void add_members_option(CLI::App& app, int& members) {
  app.add_option("--members", members,
                 "Train this many models (seeds S, S+1, ...) side by side and keep their mean: an ensemble "
                 "that runs as fast as one model")
      ->check(CLI::Range(1, 16))
      ->capture_default_str();
}

struct UdTrainData {
  std::vector<conllu::Sentence> train, dev;
};

inline UdTrainData read_ud_train_data(UdTrainArgs& a) {
  if (a.options.epochs < 1 || a.options.epochs > 200) throw Error(ExitCode::usage, "--epochs must be 1..200");
  a.options.log = &std::cerr;
  UdTrainData d{learn::read_treebanks(a.train), a.dev.empty() ? std::vector<conllu::Sentence>{}
                                                               : learn::read_treebanks(a.dev)};
  if (d.train.empty()) throw Error(ExitCode::bad_input, "no sentences in " + a.train);
  std::cerr << "training on " << d.train.size() << " sentences, dev " << d.dev.size() << " sentences\n";
  return d;
}

// Informative metadata stored in the model file: what it was trained on, how, how long.
inline nlohmann::json train_metadata(const UdTrainArgs& a, std::chrono::steady_clock::time_point start) {
  nlohmann::json m;
  nlohmann::json files = nlohmann::json::array();
  for (size_t b = 0, e; b <= a.train.size(); b = e + 1) {
    e = a.train.find(',', b);
    if (e == std::string::npos) e = a.train.size();
    if (e > b) files.push_back(std::filesystem::path(a.train.substr(b, e - b)).filename().string());
  }
  m["train"] = files;
  m["dev"] = std::filesystem::path(a.dev).filename().string();
  m["epochs"] = a.options.epochs;
  m["seed"] = a.options.seed;
  m["seconds"] = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return m;
}

}  // namespace dateline::cli
