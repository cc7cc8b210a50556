#include "features.hpp"

#include <algorithm>

#include "dateline/learn/hashing.hpp"
#include "name_lists.hpp"

namespace dateline::ner {
namespace {

using learn::feature;
using learn::hash_text;

// Feature template ids. Changing any of them invalidates trained models (bump kNerVersion).
enum Template : uint32_t {
  kBias = 1, kWord, kLower, kPrevWord, kNextWord, kPrev2Word, kNext2Word, kPrevCurWord, kCurNextWord,
  kPrefix, kSuffix, kShape, kShortShape, kPrevShape, kNextShape, kShapeTrigram, kPosition,
  kAllCapsSentence, kGazetteer, kGazPrev, kGazNext, kLowerElsewhere, kCapElsewhere, kHyphenParts,
  kPrevLabel, kPrev2Labels, kPrevLabelWord, kPrevLabelShape, kHistory, kHistoryShape, kLength,
  kNextIsRole, kPrevIsRole, kPrevLower, kNextLower, kFine, kCoarse, kPrevFine, kNextFine, kCapitalised,
  kFineShape, kContextAggregate, kTrainingName, kTrainingNameShape, kTrainingNameNeighbours,
  kPos, kPrevPos, kNextPos, kPosTrigram, kPosShape, kPosWord, kGazShape,
};

constexpr size_t kMaxContexts = 24;  // aggregated neighbours kept per word

std::string shape_of(const std::string& w) {
  std::string s;
  for (unsigned char c : w) {
    char k = std::isupper(c) ? 'X' : std::islower(c) ? 'x' : std::isdigit(c) ? 'd' : (c >= 0x80 ? 'u' : static_cast<char>(c));
    s += k;
  }
  return s;
}

std::string short_shape(const std::string& shape) {
  std::string s;
  for (char c : shape)
    if (s.empty() || s.back() != c) s += c;
  return s;
}

std::string digits_to_zero(std::string w) {
  for (char& c : w)
    if (std::isdigit(static_cast<unsigned char>(c))) c = '0';
  return w;
}

bool capitalised(const std::string& w) { return !w.empty() && std::isupper(static_cast<unsigned char>(w[0])); }

const char* gaz_kind_name(uint8_t kinds) {
  if (kinds & kCountry) return "country";
  if (kinds & kDemonym) return "demonym";
  if (kinds & kPlace) return "place";
  if (kinds & kOrganization) return "org";
  if (kinds & kRole) return "role";
  return "none";
}

// Adds the neighbours of every capitalised word of the sentence to its aggregated contexts.
void aggregate_contexts(const std::vector<std::string>& words, DocumentStats& stats) {
  const int n = static_cast<int>(words.size());
  for (int i = 0; i < n; ++i) {
    if (!capitalised(words[i])) continue;
    auto& seen = stats.contexts[fold(words[i])];
    for (int offset : {-2, -1, 1, 2}) {
      int j = i + offset;
      uint64_t neighbour = j < 0 ? 11 : j >= n ? 13 : hash_text(digits_to_zero(fold(words[j])));
      uint64_t h = learn::hash_combine(neighbour, static_cast<uint64_t>(offset + 2));
      if (seen.size() < kMaxContexts && std::find(seen.begin(), seen.end(), h) == seen.end()) seen.push_back(h);
    }
  }
}

}  // namespace

std::string label_name(int label) {
  if (label <= 0) return "O";
  static const char kPrefixes[] = {'B', 'I', 'L', 'U'};
  return std::string(1, kPrefixes[(label - 1) % 4]) + "-" + coarse_types()[(label - 1) / 4];
}

int label_index(const std::string& tag) {
  if (tag == "O") return 0;
  if (tag.size() < 3) return -1;
  static const std::string kPrefixes = "BILU";
  size_t p = kPrefixes.find(tag[0]);
  auto t = std::find(coarse_types().begin(), coarse_types().end(), tag.substr(2));
  if (p == std::string::npos || t == coarse_types().end()) return -1;
  return 1 + static_cast<int>(t - coarse_types().begin()) * 4 + static_cast<int>(p);
}

std::vector<int> bilou_labels(const std::vector<std::string>& iob2) {
  std::vector<int> labels(iob2.size(), 0);
  for (size_t i = 0; i < iob2.size(); ++i) {
    if (iob2[i].size() < 3) continue;
    std::string type = iob2[i].substr(2);
    bool begins = iob2[i][0] == 'B';
    bool continues = i + 1 < iob2.size() && iob2[i + 1] == "I-" + type;
    char p = begins ? (continues ? 'B' : 'U') : (continues ? 'I' : 'L');
    labels[i] = std::max(0, label_index(std::string(1, p) + "-" + type));
  }
  return labels;
}

std::vector<std::string> iob2_from_labels(const std::vector<int>& labels) {
  std::vector<std::string> tags;
  for (int l : labels) {
    std::string name = label_name(l);
    if (name[0] == 'U') name[0] = 'B';
    if (name[0] == 'L') name[0] = 'I';
    tags.push_back(name);
  }
  return tags;
}

DocumentStats document_stats(const std::vector<std::vector<std::string>>& sentences) {
  DocumentStats stats;
  for (const auto& words : sentences) {
    aggregate_contexts(words, stats);
    for (size_t i = 1; i < words.size(); ++i) {
      const std::string& w = words[i];
      if (w.empty() || !std::isalpha(static_cast<unsigned char>(w[0]))) continue;
      if (std::islower(static_cast<unsigned char>(w[0])))
        ++stats.lower_mid_sentence[w];
      else if (!std::all_of(w.begin(), w.end(), [](unsigned char c) { return !std::islower(c); }))
        ++stats.capitalised_mid_sentence[fold(w)];
    }
  }
  return stats;
}

void LabelHistory::record(const std::vector<std::string>& words, const std::vector<int>& labels) {
  for (size_t i = 0; i < words.size(); ++i) {
    if (labels[i] <= 0) continue;
    auto& counts = type_counts[fold(words[i])];
    counts.resize(coarse_types().size(), 0);
    ++counts[(labels[i] - 1) / 4];
  }
}

SentenceFeatures::SentenceFeatures(const std::vector<std::string>& words, const std::vector<std::string>& pos,
                                   const DocumentStats& stats, const WordClusters& clusters,
                                   const TrainingNames& names) {
  const int n = static_cast<int>(words.size());
  std::vector<std::string> lower(n);
  for (int i = 0; i < n; ++i) {
    folded_.push_back(fold(words[i]));
    lower[i] = digits_to_zero(folded_[i]);
    shapes_.push_back(shape_of(words[i]));
  }
  bool all_caps = n > 2 && std::none_of(words.begin(), words.end(), [](const std::string& w) {
    return std::any_of(w.begin(), w.end(), [](unsigned char c) { return std::islower(c); });
  });
  // Gazetteer position tags per word, e.g. "B-country".
  std::vector<uint64_t> gaz(n, 0);
  std::vector<uint8_t> role(n, 0);
  for (const NameMatch& m : NameLists::get().match(words)) {
    uint64_t kind = hash_text(gaz_kind_name(m.info->kinds));
    for (int i = m.begin; i < m.end; ++i) {
      char at = m.end - m.begin == 1 ? 'U' : i == m.begin ? 'B' : i + 1 == m.end ? 'L' : 'I';
      gaz[i] = learn::hash_combine(kind, static_cast<uint64_t>(at));
      if (m.info->kinds & kRole) role[i] = 1;
    }
  }
  const std::vector<uint8_t> listed = names.match(words);  // all 0 without a list
  // Each word's keys are hashed once: every one is read by up to eight templates.
  std::vector<uint64_t> lower_hash(n);
  for (int i = 0; i < n; ++i) {
    lower_hash[i] = hash_text(lower[i]);
    short_shape_hash_.push_back(hash_text(short_shape(shapes_[i])));
    folded_hash_.push_back(hash_text(folded_[i]));
  }
  auto word_at = [&](int i) -> uint64_t { return i < 0 ? 11 : i >= n ? 13 : lower_hash[i]; };
  auto shape_at = [&](int i) -> uint64_t { return i < 0 ? 11 : i >= n ? 13 : short_shape_hash_[i]; };
  std::vector<WordClass> classes(n);
  if (!clusters.empty())
    for (int i = 0; i < n; ++i) classes[i] = clusters.lookup(words[i]);
  auto fine_at = [&](int i) -> uint64_t { return i < 0 ? 9999 : i >= n ? 9998 : classes[i].fine; };
  std::vector<uint64_t> pos_hash;
  if (pos.size() == words.size())
    for (const std::string& p : pos) pos_hash.push_back(hash_text(p));
  auto pos_at = [&](int i) -> uint64_t { return i < 0 ? 11 : i >= n ? 13 : pos_hash[i]; };
  static_.resize(n);
  for (int i = 0; i < n; ++i) {
    auto& f = static_[i];
    f.reserve(64);  // a word has about 50 static features: one allocation, not seven
    const std::string& w = words[i];
    const std::string& lw = lower[i];
    uint64_t shape = hash_text(shapes_[i].size() > 6 ? short_shape(shapes_[i]) + "+" : shapes_[i]);
    uint64_t sshape = shape_at(i);
    f.push_back(feature(kBias, 0));
    f.push_back(feature(kWord, hash_text(digits_to_zero(w))));
    f.push_back(feature(kLower, lower_hash[i]));
    f.push_back(feature(kPrevWord, word_at(i - 1)));
    f.push_back(feature(kNextWord, word_at(i + 1)));
    f.push_back(feature(kPrev2Word, word_at(i - 2)));
    f.push_back(feature(kNext2Word, word_at(i + 2)));
    f.push_back(feature(kPrevCurWord, word_at(i - 1), word_at(i)));
    f.push_back(feature(kCurNextWord, word_at(i), word_at(i + 1)));
    const std::string_view lv = lw;
    for (size_t k = 1; k <= 4 && k <= lv.size(); ++k) {
      f.push_back(feature(kPrefix, k, hash_text(lv.substr(0, k))));
      f.push_back(feature(kSuffix, k, hash_text(lv.substr(lv.size() - k))));
    }
    f.push_back(feature(kShape, shape));
    f.push_back(feature(kShortShape, sshape));
    f.push_back(feature(kPrevShape, shape_at(i - 1), sshape));
    f.push_back(feature(kNextShape, sshape, shape_at(i + 1)));
    f.push_back(feature(kShapeTrigram, shape_at(i - 1), sshape, shape_at(i + 1)));
    f.push_back(feature(kPosition, i == 0 ? 1 : i + 1 == n ? 2 : 3, sshape));
    f.push_back(feature(kLength, std::min<size_t>(w.size(), 8), sshape));
    if (all_caps) {
      f.push_back(feature(kAllCapsSentence, lower_hash[i]));
      f.push_back(feature(kAllCapsSentence, 7, sshape));
    }
    f.push_back(feature(kGazetteer, gaz[i]));
    f.push_back(feature(kGazPrev, i > 0 ? gaz[i - 1] : 11, gaz[i]));
    f.push_back(feature(kGazNext, gaz[i], i + 1 < n ? gaz[i + 1] : 13));
    // Web text writes listed names in lower case too ("kerala", "france"): how much a match
    // counts depends on its casing.
    if (gaz[i]) f.push_back(feature(kGazShape, gaz[i], sshape));
    f.push_back(feature(kPrevIsRole, i > 0 && role[i - 1], sshape));
    f.push_back(feature(kNextIsRole, i + 1 < n && role[i + 1], sshape));
    f.push_back(feature(kPrevLower, i > 0 ? lower_hash[i - 1] : 11, sshape));
    if (capitalised(w)) {
      // Written lower case elsewhere in the article: probably a common word, not a name.
      auto lw_it = stats.lower_mid_sentence.find(folded_[i]);
      f.push_back(feature(kLowerElsewhere, lw_it != stats.lower_mid_sentence.end(), i == 0, all_caps));
      // Sentence-initial or headline words: capitalised mid-sentence elsewhere means a name.
      auto cap_it = stats.capitalised_mid_sentence.find(folded_[i]);
      f.push_back(feature(kCapElsewhere, cap_it != stats.capitalised_mid_sentence.end(), i == 0, all_caps));
      if (auto ctx = stats.contexts.find(folded_[i]); ctx != stats.contexts.end())
        for (uint64_t h : ctx->second) f.push_back(feature(kContextAggregate, h));
    }
    if (!clusters.empty()) {
      f.push_back(feature(kFine, fine_at(i)));
      f.push_back(feature(kCoarse, classes[i].coarse));
      f.push_back(feature(kPrevFine, fine_at(i - 1)));
      f.push_back(feature(kNextFine, fine_at(i + 1)));
      f.push_back(feature(kFineShape, fine_at(i), sshape));
      f.push_back(feature(kCapitalised, classes[i].capitalised, sshape, i == 0 || all_caps));
    }
    if (listed[i]) {
      f.push_back(feature(kTrainingName, listed[i]));
      f.push_back(feature(kTrainingNameShape, listed[i], sshape));
    }
    // Only words in or beside a listed name: whether an unlisted word is a name is what the
    // other features tell, and "unlisted" means little on text far from the training news.
    const uint8_t before = i > 0 ? listed[i - 1] : 0, after = i + 1 < n ? listed[i + 1] : 0;
    if (listed[i] || before || after) f.push_back(feature(kTrainingNameNeighbours, before, listed[i], after));
    if (!pos_hash.empty()) {
      // The treebank tagger's view: web text capitalises many words that are no names, and a
      // tagger trained on it tells NNP from a capitalised NN or VB.
      f.push_back(feature(kPos, pos_at(i)));
      f.push_back(feature(kPrevPos, pos_at(i - 1), pos_at(i)));
      f.push_back(feature(kNextPos, pos_at(i), pos_at(i + 1)));
      f.push_back(feature(kPosTrigram, pos_at(i - 1), pos_at(i), pos_at(i + 1)));
      f.push_back(feature(kPosShape, pos_at(i), sshape));
    }
    if (size_t h = w.find('-'); h != std::string::npos && h > 0 && h + 1 < w.size()) {
      f.push_back(feature(kHyphenParts, 1, hash_text(fold(w.substr(0, h)))));
      f.push_back(feature(kHyphenParts, 2, hash_text(fold(w.substr(h + 1)))));
    }
  }
}

void SentenceFeatures::features(int i, int prev1, int prev2, const LabelHistory& history,
                                std::vector<uint64_t>& out) const {
  out = static_[i];
  add_label_features(i, prev1, prev2, out);
  add_history_features(i, history, out);
}

void SentenceFeatures::add_label_features(int i, int prev1, int prev2, std::vector<uint64_t>& out) const {
  out.push_back(feature(kPrevLabel, static_cast<uint64_t>(prev1 + 2)));
  out.push_back(feature(kPrev2Labels, static_cast<uint64_t>(prev1 + 2), static_cast<uint64_t>(prev2 + 2)));
  out.push_back(feature(kPrevLabelWord, static_cast<uint64_t>(prev1 + 2), folded_hash_[i]));
  out.push_back(feature(kPrevLabelShape, static_cast<uint64_t>(prev1 + 2), short_shape_hash_[i]));
}

void SentenceFeatures::add_history_features(int i, const LabelHistory& history, std::vector<uint64_t>& out) const {
  auto it = history.type_counts.find(folded_[i]);
  if (it != history.type_counts.end()) {
    const auto& counts = it->second;
    int best = static_cast<int>(std::max_element(counts.begin(), counts.end()) - counts.begin());
    out.push_back(feature(kHistory, static_cast<uint64_t>(best + 1)));
    out.push_back(feature(kHistoryShape, static_cast<uint64_t>(best + 1), short_shape_hash_[i]));
  } else {
    out.push_back(feature(kHistory, 0));
  }
}

}  // namespace dateline::ner
