#include "learn/word_clusters.hpp"

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <unordered_map>

#include "dateline/error.hpp"
#include "dateline/learn/hashing.hpp"

namespace dateline::learn {
namespace {

constexpr int kFineClusters = 256;
constexpr int kCoarseClusters = 32;
constexpr size_t kVocabulary = 40000;  // words that get a cluster
constexpr int kContextWords = 300;     // neighbours that make up a word's profile
constexpr int kIterations = 12;

std::string read_all(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// Reuters SGML: the text of every <BODY>, with the few entities it uses decoded.
std::string sgml_bodies(const std::string& sgml) {
  std::string out;
  for (size_t pos = 0; (pos = sgml.find("<BODY>", pos)) != std::string::npos;) {
    size_t end = sgml.find("</BODY>", pos);
    if (end == std::string::npos) break;
    out.append(sgml, pos + 6, end - pos - 6);
    out += '\n';
    pos = end;
  }
  for (auto [from, to] : {std::pair{"&lt;", "<"}, {"&gt;", ">"}, {"&amp;", "&"}}) {
    for (size_t p = 0; (p = out.find(from, p)) != std::string::npos;) out.replace(p, std::string(from).size(), to);
  }
  return out;
}

// Splits raw text into word sequences the way CoNLL tokenises: punctuation off the ends of
// words, "'s" on its own; a sequence ends at a line break or a sentence-final word.
void tokenize(const std::string& text, std::vector<std::vector<std::string>>& out) {
  std::istringstream lines(text);
  std::string line;
  while (std::getline(lines, line)) {
    std::istringstream ws(line);
    std::string w;
    std::vector<std::string> sent;
    while (ws >> w) {
      std::vector<std::string> tail;
      while (!w.empty() && std::string_view("\"'(`[{").find(w.front()) != std::string_view::npos) {
        sent.push_back(std::string(1, w.front()));
        w.erase(0, 1);
      }
      while (w.size() > 1 && std::string_view("\"')]},.;:?!").find(w.back()) != std::string_view::npos) {
        // Keep abbreviation periods ("U.S.", "Corp.") attached.
        if (w.back() == '.' && w.find('.') < w.size() - 1) break;
        tail.insert(tail.begin(), std::string(1, w.back()));
        w.pop_back();
      }
      if (w.size() > 2 && (w.ends_with("'s") || w.ends_with("'S"))) {
        tail.insert(tail.begin(), w.substr(w.size() - 2));
        w.resize(w.size() - 2);
      }
      if (!w.empty()) sent.push_back(w);
      bool ends = false;
      for (auto& t : tail) {
        sent.push_back(t);
        ends |= t == "." || t == "?" || t == "!";
      }
      if (ends) {
        out.push_back(std::move(sent));
        sent.clear();
      }
    }
    if (!sent.empty()) out.push_back(std::move(sent));
  }
}

// CoNLL-U treebanks: each sentence's syntactic words (FORM of the integer-ID lines; multiword
// ranges "1-2", empty nodes "1.1" and comments are skipped), as the NER and tagger corpora read them.
void conllu_sentences(const std::string& text, std::vector<std::vector<std::string>>& out) {
  std::istringstream lines(text);
  std::string line;
  std::vector<std::string> sent;
  while (std::getline(lines, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty()) {
      if (!sent.empty()) out.push_back(std::move(sent));
      sent.clear();
      continue;
    }
    if (line[0] == '#') continue;
    const size_t tab = line.find('\t');
    if (tab == std::string::npos || tab == 0) continue;
    if (std::string_view(line.data(), tab).find_first_not_of("0123456789") != std::string_view::npos) continue;
    const size_t end = line.find('\t', tab + 1);
    std::string form = line.substr(tab + 1, end == std::string::npos ? std::string::npos : end - tab - 1);
    if (!form.empty()) sent.push_back(std::move(form));
  }
  if (!sent.empty()) out.push_back(std::move(sent));
}

using Sparse = std::vector<std::pair<int, float>>;

// Spherical k-means: vectors are unit length, a centroid is the normalised mean of its members.
std::vector<int> kmeans(const std::vector<Sparse>& vecs, const std::vector<float>& weights, int k, int dims) {
  const size_t n = vecs.size();
  std::vector<int> assign(n, 0);
  std::vector<float> centroids(static_cast<size_t>(k) * dims, 0.0f);
  for (int c = 0; c < k; ++c)  // seeds spread over the frequency ranking
    for (auto [d, v] : vecs[(static_cast<size_t>(c) * n) / k]) centroids[static_cast<size_t>(c) * dims + d] = v;
  for (int it = 0; it < kIterations; ++it) {
    for (size_t i = 0; i < n; ++i) {
      float best = -1e9f;
      for (int c = 0; c < k; ++c) {
        const float* cen = &centroids[static_cast<size_t>(c) * dims];
        float dot = 0;
        for (auto [d, v] : vecs[i]) dot += cen[d] * v;
        if (dot > best) {
          best = dot;
          assign[i] = c;
        }
      }
    }
    std::fill(centroids.begin(), centroids.end(), 0.0f);
    for (size_t i = 0; i < n; ++i)
      for (auto [d, v] : vecs[i]) centroids[static_cast<size_t>(assign[i]) * dims + d] += v * weights[i];
    for (int c = 0; c < k; ++c) {
      float norm = 0;
      for (int d = 0; d < dims; ++d) norm += centroids[static_cast<size_t>(c) * dims + d] * centroids[static_cast<size_t>(c) * dims + d];
      norm = std::sqrt(norm);
      if (norm > 0)
        for (int d = 0; d < dims; ++d) centroids[static_cast<size_t>(c) * dims + d] /= norm;
    }
  }
  return assign;
}

uint8_t capital_bucket(long capitalised, long lower) {
  long total = capitalised + lower;
  if (total < 2) return 0;
  double r = static_cast<double>(capitalised) / total;
  return r < 0.05 ? 1 : r < 0.3 ? 2 : r < 0.7 ? 3 : r < 0.95 ? 4 : 5;
}

}  // namespace

std::string cluster_key(std::string_view word) {
  std::string k(word);
  for (char& c : k) {
    unsigned char u = static_cast<unsigned char>(c);
    c = std::isdigit(u) ? '0' : static_cast<char>(std::tolower(u));
  }
  return k;
}

namespace {
// hash_text(cluster_key(word)), without building the key; never 0 (the empty slot).
uint64_t cluster_key_hash(std::string_view word) {
  uint64_t h = 0xcbf29ce484222325ULL;  // FNV-1a, as hash_text
  for (char c : word) {
    unsigned char u = static_cast<unsigned char>(c);
    h ^= std::isdigit(u) ? static_cast<unsigned char>('0') : static_cast<unsigned char>(std::tolower(u));
    h *= 0x100000001b3ULL;
  }
  return mix64(h) | 1;
}
}  // namespace

void WordClusters::build_index() {
  index_.assign(std::bit_ceil(std::max<size_t>(16, classes_.size() * 2)), {0, WordClass{}});
  const size_t mask = index_.size() - 1;
  size_t start = 0;
  for (const WordClass& wc : classes_) {
    const size_t end = words_.find('\n', start);
    uint64_t h = cluster_key_hash(std::string_view(words_).substr(start, end - start));
    start = end + 1;
    size_t pos = h & mask;
    while (index_[pos].first != 0 && index_[pos].first != h) pos = (pos + 1) & mask;
    index_[pos] = {h, wc};
  }
}

WordClass WordClusters::lookup(std::string_view word) const {
  if (index_.empty()) return WordClass{};
  const uint64_t h = cluster_key_hash(word);
  const size_t mask = index_.size() - 1;
  for (size_t pos = h & mask; index_[pos].first != 0; pos = (pos + 1) & mask)
    if (index_[pos].first == h) return index_[pos].second;
  return WordClass{};
}

WordClusters WordClusters::build(const std::vector<std::string>& paths,
                                 const std::vector<std::vector<std::string>>& extra, bool verbose) {
  namespace fs = std::filesystem;
  std::vector<std::vector<std::string>> sentences = extra;
  for (const auto& p : paths) {
    std::vector<fs::path> files;
    if (fs::is_directory(p)) {
      for (const auto& e : fs::recursive_directory_iterator(p))
        if (e.is_regular_file() && (e.path().extension() == ".txt" || e.path().extension() == ".sgm")) files.push_back(e.path());
    } else if (fs::is_regular_file(p)) {
      files.push_back(p);
    } else {
      throw Error(ExitCode::bad_input, "no unlabeled text at '" + p + "'");
    }
    std::sort(files.begin(), files.end());
    for (const auto& f : files) {
      std::string text = read_all(f);
      if (f.extension() == ".conllu") conllu_sentences(text, sentences);
      else tokenize(f.extension() == ".sgm" ? sgml_bodies(text) : text, sentences);
    }
  }
  // Counts: frequency, and capitalised vs lower-case uses away from the sentence start.
  std::unordered_map<std::string, long> freq, capitalised, lower;
  long tokens = 0;
  for (const auto& s : sentences) {
    for (size_t i = 0; i < s.size(); ++i) {
      std::string k = cluster_key(s[i]);
      ++freq[k];
      ++tokens;
      unsigned char c0 = static_cast<unsigned char>(s[i][0]);
      bool all_caps = std::none_of(s[i].begin(), s[i].end(), [](unsigned char c) { return std::islower(c); });
      if (i > 0 && std::isalpha(c0) && !all_caps) (std::isupper(c0) ? capitalised : lower)[k]++;
    }
  }
  std::vector<std::pair<long, std::string>> ranked;
  for (const auto& [w, f] : freq)
    if (f >= 3) ranked.emplace_back(-f, w);
  std::sort(ranked.begin(), ranked.end());
  if (ranked.size() > kVocabulary) ranked.resize(kVocabulary);
  std::unordered_map<std::string, int> vocab, context;
  for (size_t i = 0; i < ranked.size(); ++i) {
    vocab[ranked[i].second] = static_cast<int>(i);
    if (static_cast<int>(i) < kContextWords) context[ranked[i].second] = static_cast<int>(i);
  }
  const int dims = 2 * kContextWords + 2;  // left and right neighbours, plus sentence edges
  std::vector<std::unordered_map<int, float>> counts(ranked.size());
  for (const auto& s : sentences) {
    std::vector<int> ids(s.size()), ctx(s.size());
    for (size_t i = 0; i < s.size(); ++i) {
      std::string k = cluster_key(s[i]);
      auto v = vocab.find(k);
      ids[i] = v == vocab.end() ? -1 : v->second;
      auto c = context.find(k);
      ctx[i] = c == context.end() ? -1 : c->second;
    }
    for (size_t i = 0; i < s.size(); ++i) {
      if (ids[i] < 0) continue;
      auto& row = counts[ids[i]];
      if (i == 0) row[2 * kContextWords] += 1;
      else if (ctx[i - 1] >= 0) row[ctx[i - 1]] += 1;
      if (i + 1 == s.size()) row[2 * kContextWords + 1] += 1;
      else if (ctx[i + 1] >= 0) row[kContextWords + ctx[i + 1]] += 1;
    }
  }
  std::vector<Sparse> vecs(ranked.size());
  std::vector<float> weights(ranked.size());
  for (size_t i = 0; i < ranked.size(); ++i) {
    float norm = 0;
    for (auto [d, c] : counts[i]) {
      vecs[i].emplace_back(d, std::sqrt(c));
      norm += c;
    }
    norm = std::sqrt(std::max(norm, 1e-6f));
    for (auto& [d, v] : vecs[i]) v /= norm;
    weights[i] = std::log1p(static_cast<float>(-ranked[i].first));
  }
  std::vector<int> fine = kmeans(vecs, weights, kFineClusters, dims);
  // Coarse clusters: the fine clusters' member profiles clustered again.
  std::vector<std::unordered_map<int, float>> fine_sum(kFineClusters);
  for (size_t i = 0; i < vecs.size(); ++i)
    for (auto [d, v] : vecs[i]) fine_sum[fine[i]][d] += v * weights[i];
  std::vector<Sparse> fine_vecs(kFineClusters);
  std::vector<float> fine_w(kFineClusters, 1.0f);
  for (int c = 0; c < kFineClusters; ++c) {
    float norm = 0;
    for (auto [d, v] : fine_sum[c]) norm += v * v;
    norm = std::sqrt(std::max(norm, 1e-12f));
    for (auto [d, v] : fine_sum[c]) fine_vecs[c].emplace_back(d, v / norm);
  }
  std::vector<int> coarse = kmeans(fine_vecs, fine_w, kCoarseClusters, dims);

  std::vector<std::pair<std::string, WordClass>> kept;
  for (const auto& [w, f] : freq) {
    WordClass wc;
    auto v = vocab.find(w);
    if (v != vocab.end()) {
      wc.fine = static_cast<uint16_t>(fine[v->second] + 1);
      wc.coarse = static_cast<uint16_t>(coarse[fine[v->second]] + 1);
    }
    wc.capitalised = capital_bucket(capitalised[w], lower[w]);
    if (wc.fine || wc.capitalised) kept.emplace_back(w, wc);
  }
  std::sort(kept.begin(), kept.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  WordClusters out;
  for (const auto& [w, wc] : kept) {
    out.words_ += w;
    out.words_ += '\n';
    out.classes_.push_back(wc);
  }
  out.build_index();
  if (verbose)
    std::fprintf(stderr, "word clusters: %ld tokens, %zu sentences, %zu words clustered, %zu words kept\n", tokens,
                 sentences.size(), vocab.size(), out.classes_.size());
  return out;
}

void WordClusters::save(ModelWriter& writer) const {
  std::vector<std::string> words;
  std::vector<uint16_t> packed;  // fine, coarse, capitalised per word
  size_t start = 0;
  for (const WordClass& c : classes_) {
    const size_t end = words_.find('\n', start);
    words.push_back(words_.substr(start, end - start));
    start = end + 1;
    packed.insert(packed.end(), {c.fine, c.coarse, c.capitalised});
  }
  writer.add_strings("clusters.words", words);
  writer.add_array("clusters.classes", packed);
}

WordClusters WordClusters::load(const ModelReader& reader) {
  WordClusters out;
  if (!reader.has("clusters.words")) return out;
  // The words section is ModelWriter::add_strings' layout: the words joined by '\n', then a
  // 32-bit count. Read in place rather than as one string per word.
  std::string_view words = reader.bytes("clusters.words");
  if (words.size() < 4) reader.fail("word cluster table is inconsistent");
  uint32_t count;
  std::memcpy(&count, words.data() + words.size() - 4, 4);
  words.remove_suffix(4);
  auto packed = reader.array<uint16_t>("clusters.classes");
  const size_t lines = count == 0 ? 0 : static_cast<size_t>(std::count(words.begin(), words.end(), '\n')) + 1;
  if (lines != count || packed.size() != static_cast<size_t>(count) * 3) reader.fail("word cluster table is inconsistent");
  if (count == 0) return out;
  out.words_.reserve(words.size() + 1);
  out.words_.append(words).push_back('\n');
  out.classes_.reserve(count);
  for (size_t i = 0; i < count; ++i)
    out.classes_.push_back(WordClass{packed[3 * i + 1], packed[3 * i], static_cast<uint8_t>(packed[3 * i + 2])});
  out.build_index();
  return out;
}

}  // namespace dateline::learn
