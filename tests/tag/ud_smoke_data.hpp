// Small slices of UD English EWT for the fast smoke-training tests (skipped without ../shared).
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "dateline/conllu.hpp"
#include "test_helpers.hpp"

namespace dateline::testing {

inline std::string ewt_path(const std::string& split) {
  return shared_dir() + "/data/ud/en_ewt/en_ewt-ud-" + split + ".conllu";
}

inline bool have_ewt() { return std::filesystem::exists(ewt_path("train")); }

// The first `n` sentences of a split.
inline std::vector<conllu::Sentence> ewt_slice(const std::string& split, size_t n) {
  auto all = conllu::read_file(ewt_path(split));
  if (all.size() > n) all.resize(n);
  return all;
}

}  // namespace dateline::testing
