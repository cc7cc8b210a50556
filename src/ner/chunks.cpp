// IOB chunking with conlleval semantics, and entity-level scoring.
#include <set>

#include "dateline/ner.hpp"

namespace dateline::ner {

std::vector<Chunk> chunks_of(const std::vector<std::string>& tags) {
  std::vector<Chunk> out;
  bool open = false;
  for (size_t i = 0; i < tags.size(); ++i) {
    const std::string& t = tags[i];
    if (t.size() < 3 || t[1] != '-') {  // "O" or anything unknown closes the chunk
      open = false;
      continue;
    }
    std::string type = t.substr(2);
    bool starts = t[0] == 'B' || t[0] == 'U' || t[0] == 'S' || !open || out.back().type != type;
    if (starts) {
      out.push_back(Chunk{static_cast<int>(i), static_cast<int>(i) + 1, type});
      open = true;
    } else {
      out.back().end = static_cast<int>(i) + 1;
    }
    if (t[0] == 'L' || t[0] == 'E' || t[0] == 'U' || t[0] == 'S') open = false;
  }
  return out;
}

std::vector<std::string> tags_of(const std::vector<Chunk>& chunks, size_t n) {
  std::vector<std::string> tags(n, "O");
  for (const Chunk& c : chunks) {
    for (int i = c.begin; i < c.end && i < static_cast<int>(n); ++i)
      tags[i] = (i == c.begin ? "B-" : "I-") + c.type;
  }
  return tags;
}

void Evaluation::add(const std::vector<Chunk>& gold, const std::vector<Chunk>& predicted) {
  std::set<std::tuple<int, int, std::string>> gold_set;
  for (const Chunk& c : gold) {
    gold_set.emplace(c.begin, c.end, c.type);
    ++overall.gold;
    ++per_type[c.type].gold;
  }
  for (const Chunk& c : predicted) {
    ++overall.predicted;
    Score& s = per_type[c.type];
    ++s.predicted;
    if (gold_set.count({c.begin, c.end, c.type})) {
      ++overall.correct;
      ++s.correct;
    }
  }
}

std::string to_gold_type(std::string_view type, std::string_view scheme) {
  if (type == "PERSON" || type == "PER") return "PER";
  if (type == "ORG") return "ORG";
  if (type == "GPE" || type == "LOC") return "LOC";
  if (scheme == "uner") return "";
  if (type == "NORP" || type == "MISC") return "MISC";
  return "";  // DATE, TIME: not scored against CoNLL or UNER
}

}  // namespace dateline::ner
