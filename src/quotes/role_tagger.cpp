// Features and beam decoding of the learned attribution tagger (role_tagger.hpp).
#include "quotes/role_tagger.hpp"

#include <algorithm>
#include <array>
#include <filesystem>
#include <span>

#include "dateline/error.hpp"
#include "dateline/learn/hashing.hpp"
#include "dateline/quotes.hpp"
#include "quotes/cue_lexicon.hpp"

namespace dateline::quotes {
namespace {

using learn::feature;
using learn::hash_text;

bool is_quote_mark(std::string_view t) {
  return t == "\"" || t == "\xE2\x80\x9C" || t == "\xE2\x80\x9D" || t == "\xE2\x80\x98" || t == "\xE2\x80\x99" ||
         t == "''" || t == "``" || t == "\xC2\xAB" || t == "\xC2\xBB";
}

std::string ascii_lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// The cue class of a word when the lexicon lists it as a single-word cue form, else "".
std::string_view lexicon_class(std::string_view lower) {
  thread_local std::vector<std::string_view> one(1);  // no allocation per word
  one[0] = lower;
  size_t length = 0;
  const Cue* cue = CueLexicon::instance().match(one, 0, &length);
  return cue ? std::string_view(cue->cue_class) : std::string_view{};
}

bool is_clause_head(const Token& t) { return t.upos == "VERB" || t.upos == "AUX" || t.head == 0; }

// Walks from token k up to the nearest clause head above it (a verb, or the root): the deprel
// of the edge that enters it and its index (-1 when k is the root).
std::pair<std::string_view, int> clause_above(const Sentence& s, int k) {
  std::string_view rel;
  for (int steps = 0; steps < 12 && k >= 0; ++steps) {
    const Token& t = s.tokens[k];
    if (t.head <= 0) return {rel.empty() ? std::string_view("root") : rel, -1};
    rel = t.deprel;
    int h = t.head - 1;
    if (is_clause_head(s.tokens[h])) return {rel, h};
    k = h;
  }
  return {rel, -1};
}

bool is_complement(std::string_view rel) {
  return rel == "obj" || rel == "iobj" || rel.starts_with("obl") || rel.starts_with("nmod") || rel == "ccomp" ||
         rel == "xcomp" || rel == "advcl";
}

// RoleWord::frames and RoleWord::marks of one sentence's words.
void add_frames(const std::vector<Token>& tokens, RoleWord* words) {
  const int n = static_cast<int>(tokens.size());
  auto head_of = [&](int k) { return tokens[k].head > 0 && tokens[k].head <= n ? tokens[k].head - 1 : -1; };
  std::vector<std::string_view> marker(tokens.size());  // the case/mark word of each token
  for (int k = 0; k < n; ++k) {
    const std::string& r = tokens[k].deprel;
    int h = head_of(k);
    if (h >= 0 && (r == "case" || r == "mark") && marker[h].empty()) marker[h] = tokens[k].lemma;
  }
  for (int k = 0; k < n; ++k) {
    int h = head_of(k);
    if (h < 0) continue;
    const std::string& r = tokens[k].deprel;
    if (is_complement(r)) {
      uint64_t frame = hash_text(r) ^ (hash_text(marker[k]) * 31);
      if (!words[h].frames[0]) words[h].frames[0] = frame;
      else if (!words[h].frames[1]) words[h].frames[1] = frame;
    }
    if (r == "case" || r == "mark") {
      int g = head_of(h);
      words[k].marks = hash_text(tokens[h].deprel) ^ (g >= 0 ? hash_text(tokens[g].lemma) * 31 : 0);
    }
  }
}

}  // namespace

std::vector<RoleWord> role_words(const Document& doc) {
  std::vector<QuotedSpan> quotes;
  for (const auto& q : find_quoted_spans(doc.text, doc.paragraphs))
    if (q.depth == 0) quotes.push_back(q);
  std::vector<RoleWord> out;
  size_t q = 0, p = 0;
  for (size_t s = 0; s < doc.sentences.size(); ++s) {
    const auto& tokens = doc.sentences[s].tokens;
    for (size_t k = 0; k < tokens.size(); ++k) {
      const Token& t = tokens[k];
      RoleWord w;
      w.sentence = static_cast<int>(s);
      w.index = static_cast<int>(k);
      w.lower = ascii_lower(t.text);
      w.quote_mark = is_quote_mark(t.text);
      w.cue_class = lexicon_class(w.lower);
      w.lower_hash = hash_text(w.lower);
      w.upos_hash = hash_text(t.upos);
      while (q < quotes.size() && quotes[q].close < t.end) ++q;
      w.quote_depth = q < quotes.size() && quotes[q].start <= t.start && t.end <= quotes[q].end;
      while (p < doc.paragraphs.size() && doc.paragraphs[p].end <= t.start) ++p;
      w.paragraph_start = out.empty() || (p < doc.paragraphs.size() && doc.paragraphs[p].start <= t.start &&
                                          doc.sentences[out.back().sentence].tokens[out.back().index].end <= doc.paragraphs[p].start);
      w.lemma_hash = hash_text(t.lemma);
      w.xpos_hash = hash_text(t.xpos);
      w.deprel_hash = hash_text(t.deprel);
      w.cue_class_hash = hash_text(w.cue_class);
      out.push_back(std::move(w));
    }
    // Per sentence, in one pass each: where the sentence's other cue words are, and what each
    // word heads (the features read both for every word).
    RoleWord* first = out.data() + (out.size() - tokens.size());
    int cues = 0, cues_before = 0;
    for (size_t k = 0; k < tokens.size(); ++k) cues += !first[k].cue_class.empty();
    for (size_t k = 0; k < tokens.size(); ++k) {
      const bool cue = !first[k].cue_class.empty();
      const int after = cues - cues_before - cue;
      first[k].cue_sides = static_cast<uint8_t>((cues_before > 0) * 2 + (after > 0));
      cues_before += cue;
      const int h = tokens[k].head;
      if (h <= 0 || h > static_cast<int>(tokens.size())) continue;
      const std::string& r = tokens[k].deprel;
      if (r == "ccomp" || r == "parataxis") first[h - 1].governs |= 1;
      else if (r == "xcomp") first[h - 1].governs |= 2;
      else if (r.starts_with("nsubj")) first[h - 1].governs |= 4;
    }
    add_frames(tokens, first);
  }
  return out;
}

namespace {

// What the context features combine, computed with the word's own features.
struct HistoryKeys {
  uint64_t lower = 0, upos = 0, where = 0, paragraph_start = 0, rel1 = 0, class1 = 0, side = 0;
  bool clause_has_head = false;  // a clause head above the word (rel1 enters it, class1 its cue class)
};

// The features of word i that do not depend on the previous roles (appended to out).
HistoryKeys static_features(const Document& doc, const std::vector<RoleWord>& words, size_t i,
                            std::vector<uint64_t>& out) {
  HistoryKeys keys;
  const RoleWord& w = words[i];
  const Sentence& s = doc.sentences[w.sentence];
  const Token& t = s.tokens[w.index];
  // Hashes of the neighbours' words and tags (computed once per word by role_words()).
  static const uint64_t kStart = hash_text("<s>"), kEnd = hash_text("</s>"), kNone = hash_text("<>");
  auto word_at = [&](long j) -> uint64_t {
    return j < 0 ? kStart : j >= static_cast<long>(words.size()) ? kEnd : words[j].lower_hash;
  };
  auto upos_at = [&](long j) -> uint64_t {
    return j < 0 || j >= static_cast<long>(words.size()) ? kNone : words[j].upos_hash;
  };
  long li = static_cast<long>(i);
  uint64_t lower = w.lower_hash, upos = w.upos_hash, rel = w.deprel_hash;
  const RoleWord* sentence = words.data() + (i - w.index);  // word k of this sentence: sentence[k]
  uint64_t where = static_cast<uint64_t>(w.quote_depth) * 4 + w.quote_mark * 2 + (w.index == 0);
  keys.lower = lower, keys.upos = upos, keys.where = where, keys.paragraph_start = w.paragraph_start;

  out.push_back(feature(0, 0));  // bias
  out.push_back(feature(1, lower));
  out.push_back(feature(2, w.lemma_hash));
  out.push_back(feature(3, upos));
  out.push_back(feature(4, w.xpos_hash));
  out.push_back(feature(5, word_at(li - 1)));
  out.push_back(feature(6, word_at(li + 1)));
  out.push_back(feature(7, word_at(li - 2)));
  out.push_back(feature(8, word_at(li + 2)));
  out.push_back(feature(9, upos_at(li - 1), upos));
  out.push_back(feature(10, upos, upos_at(li + 1)));
  out.push_back(feature(11, w.cue_class_hash, upos));
  out.push_back(feature(17, where));
  out.push_back(feature(18, where, upos));
  out.push_back(feature(20, rel));
  out.push_back(feature(21, rel, upos));
  // The word's own syntactic head, and the clause heads above it: "content under the ccomp of
  // a cue verb", "subject of a cue verb".
  if (t.head > 0) {
    out.push_back(feature(22, rel, sentence[t.head - 1].lemma_hash));
    out.push_back(feature(23, rel, sentence[t.head - 1].cue_class_hash));
  }
  auto [rel1, c1] = clause_above(s, w.index);
  uint64_t r1 = hash_text(rel1);
  if (c1 >= 0) {
    uint64_t cls1 = sentence[c1].cue_class_hash;
    out.push_back(feature(24, r1, sentence[c1].lemma_hash));
    out.push_back(feature(25, r1, cls1));
    keys.clause_has_head = true;
    keys.class1 = cls1;
    auto [rel2, c2] = clause_above(s, c1);
    uint64_t r2 = hash_text(rel2);
    if (c2 >= 0) {
      out.push_back(feature(27, r1, r2, sentence[c2].lemma_hash));
      out.push_back(feature(28, r1, r2, sentence[c2].cue_class_hash));
    } else {
      out.push_back(feature(29, r1, r2));
    }
  }
  keys.rel1 = r1;
  // Is there a cue-like word in the sentence, and on which side?
  keys.side = w.cue_sides;
  out.push_back(feature(31, keys.side, where));
  // Does the word govern a clause ("shows that …", "suggested the plan would …")? Verbs
  // outside the lexicon are cues by this frame. And word bigrams ("called for", "has said").
  const uint64_t governs = w.governs;
  out.push_back(feature(33, governs, upos));
  out.push_back(feature(34, governs, w.lemma_hash));
  out.push_back(feature(35, lower, word_at(li + 1)));
  out.push_back(feature(36, word_at(li - 1), lower));
  // The word's complements and, for a preposition, what it marks: "warned against",
  // "an opponent of" (cues PolNeAR marks with their preposition).
  for (uint64_t f : w.frames)
    if (f) out.push_back(feature(37, w.lemma_hash, f));
  if (w.marks) out.push_back(feature(38, lower, w.marks));
  return keys;
}

// The features whose weights depend on the previous role (the context part, appended to out).
void context_features(const HistoryKeys& k, std::vector<uint64_t>& out) {
  out.push_back(feature(14, k.lower));
  out.push_back(feature(15, k.upos));
  out.push_back(feature(16, k.where));
  out.push_back(feature(19, k.paragraph_start));
  if (k.clause_has_head) out.push_back(feature(26, k.rel1, k.class1));
  else out.push_back(feature(30, k.rel1));
  out.push_back(feature(32, k.side));
}

}  // namespace

void role_word_features(const Document& doc, const std::vector<RoleWord>& words, size_t i, RoleWordFeatures& out) {
  out.own.clear();
  out.context.clear();
  context_features(static_features(doc, words, i, out.own), out.context);
}

void role_pair_features(int prev, int prev2, std::vector<uint64_t>& out) {
  uint64_t pv = static_cast<uint64_t>(prev), pv2 = static_cast<uint64_t>(prev2);
  out.push_back(feature(12, pv));
  out.push_back(feature(13, pv, pv2));
}

RoleTagger::RoleTagger(RoleModel model, float cue_bias, float content_bias, float beam_margin)
    : model_(std::move(model)), beam_margin_(beam_margin) {
  if (model_.own.num_classes() != kRoleCount || model_.context.num_classes() != kContextClasses)
    throw Error(ExitCode::bad_input, "quote-roles model: wrong number of classes");
  role_bias_[kCueBegin] = cue_bias;
  role_bias_[kContentBegin] = content_bias;
  constexpr int R = kRoleCount;
  pair_scores_.assign(static_cast<size_t>(R * R * R), 0.0f);
  std::vector<uint64_t> feats;
  for (int p = 0; p < R; ++p)
    for (int p2 = 0; p2 < R; ++p2) {
      feats.clear();
      role_pair_features(p, p2, feats);
      model_.own.score(feats, std::span<float>(pair_scores_.data() + (p * R + p2) * R, R));
    }
}

std::vector<int> RoleTagger::tag(const Document& doc, const std::vector<RoleWord>& words) const {
  // Beam search over role sequences; a hypothesis is (score, previous two roles, back pointer).
  // Two hypotheses with the same last two roles see the same features from here on, so only the
  // better one is kept. A word's score for role r after roles (prev, prev2) is the sum of its
  // own part (once per word), its context part at (prev, r) (once per word, every pair at
  // once) and the two previous roles' part (a table made when the model is loaded).
  struct Hyp {
    float score;
    int prev, prev2, back;
  };
  constexpr int R = kRoleCount;
  // Beam i (before word i) is beams[i * kBeamWidth, + beam_size[i]): one allocation per article.
  std::vector<Hyp> beams((words.size() + 1) * kBeamWidth);
  std::vector<uint8_t> beam_size(words.size() + 1, 0);
  beams[0] = {0.0f, kOutside, kOutside, -1};
  beam_size[0] = 1;
  std::array<float, R> own{};
  std::array<float, kContextClasses> context{};
  std::vector<Hyp> next;
  // The next word's features are made one word ahead and their table slots prefetched, so that
  // the model's cache misses for them overlap this word's work (the model is 10 MB).
  RoleWordFeatures feats, ahead;
  if (!words.empty()) role_word_features(doc, words, 0, ahead);
  for (size_t i = 0; i < words.size(); ++i) {
    const std::span<const Hyp> beam(beams.data() + i * kBeamWidth, beam_size[i]);
    std::swap(feats, ahead);
    if (i + 1 < words.size()) {
      role_word_features(doc, words, i + 1, ahead);
      model_.own.prefetch(ahead.own);
      model_.context.prefetch(ahead.context);
    }
    own.fill(0.0f);
    context.fill(0.0f);
    model_.own.score(feats.own, own);
    model_.context.score(feats.context, context);
    int slot[R][R];  // index in `next` of the hypothesis ending (role, prev), or -1
    for (auto& row : slot) std::fill(std::begin(row), std::end(row), -1);
    next.clear();
    for (size_t h = 0; h < beam.size(); ++h) {
      const int prev = beam[h].prev, prev2 = beam[h].prev2;
      const float* pair = pair_scores_.data() + (prev * R + prev2) * R;
      for (int r = 0; r < R; ++r) {
        if (!role_allowed_after(prev, r)) continue;
        Hyp cand{beam[h].score + own[r] + context[context_class(prev, r)] + pair[r] + role_bias_[r], r, prev,
                 static_cast<int>(h)};
        int& at = slot[r][prev];
        if (at < 0) at = static_cast<int>(next.size()), next.push_back(cand);
        else if (cand.score > next[at].score) next[at] = cand;
      }
    }
    size_t keep = std::min(kBeamWidth, next.size());
    std::partial_sort(next.begin(), next.begin() + static_cast<long>(keep), next.end(),
                      [](const Hyp& a, const Hyp& b) { return a.score > b.score; });
    while (beam_margin_ > 0.0f && keep > 1 && next[keep - 1].score < next[0].score - beam_margin_) --keep;
    std::copy(next.begin(), next.begin() + static_cast<long>(keep), beams.begin() + static_cast<long>((i + 1) * kBeamWidth));
    beam_size[i + 1] = static_cast<uint8_t>(keep);
  }
  std::vector<int> roles(words.size(), kOutside);
  int h = 0;
  for (size_t i = words.size(); i > 0; --i) {
    const Hyp& hyp = beams[i * kBeamWidth + static_cast<size_t>(h)];
    roles[i - 1] = hyp.prev;
    h = hyp.back;
  }
  return roles;
}

RoleTagger RoleTagger::load(const std::string& path) {
  learn::ModelReader reader(path, kKind, kVersion);
  float cue_bias = kDefaultRoleBias[0], content_bias = kDefaultRoleBias[1];
  if (const auto& m = reader.metadata(); m.contains("role_bias")) {
    const auto& b = m["role_bias"];
    if (!b.is_array() || b.size() != 2 || !b[0].is_number() || !b[1].is_number())
      reader.fail("metadata role_bias must be [cue, content]");
    cue_bias = b[0].get<float>(), content_bias = b[1].get<float>();
  }
  float margin = kBeamMargin;
  if (const auto& m = reader.metadata(); m.contains("beam_margin")) {
    if (!m["beam_margin"].is_number() || m["beam_margin"].get<float>() < 0.0f)
      reader.fail("metadata beam_margin must be a number >= 0");
    margin = m["beam_margin"].get<float>();
  }
  return RoleTagger(RoleModel{learn::LinearModel::load(reader, "roles"), learn::LinearModel::load(reader, "context")},
                    cue_bias, content_bias, margin);
}

std::unique_ptr<RoleTagger> RoleTagger::load_from(const std::string& models_dir) {
  std::string path = (std::filesystem::path(models_dir) / "en_quotes.dlm").string();
  if (!std::filesystem::exists(path)) return nullptr;
  return std::make_unique<RoleTagger>(load(path));
}

}  // namespace dateline::quotes
