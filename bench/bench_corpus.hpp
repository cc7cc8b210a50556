// What the benchmark programs share: reading a folder of plain-text articles into memory, so
// that file I/O stays out of the timed part.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "dateline/ingest.hpp"

namespace dateline::bench {

struct RawArticle {
  std::string path;
  std::string bytes;
};

// Every *.txt file under `dir` (recursively), in directory order, with the total byte count.
inline std::vector<RawArticle> read_text_articles(const std::string& dir, size_t* total_bytes) {
  std::vector<RawArticle> articles;
  *total_bytes = 0;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(dir)) {
    if (!entry.is_regular_file() || entry.path().extension() != ".txt") continue;
    RawArticle a{entry.path().string(), read_input_bytes(entry.path().string(), size_t{64} << 20)};
    *total_bytes += a.bytes.size();
    articles.push_back(std::move(a));
  }
  return articles;
}

}  // namespace dateline::bench
