// Reads a corpus file whole, collecting its articles and its failures, for the reader tests.
#pragma once

#include <string>
#include <vector>

#include "dateline/corpus.hpp"

namespace dateline::testing {

struct Collected {
  std::vector<CorpusItem> items;
  std::vector<CorpusFailure> failures;
};

inline Collected read_all(const std::string& path) {
  Collected c;
  read_corpus_file(
      path, [&](CorpusItem&& i) { c.items.push_back(std::move(i)); },
      [&](CorpusFailure&& f) { c.failures.push_back(std::move(f)); });
  return c;
}

}  // namespace dateline::testing
