// Features and greedy decoding of the learned attribution tagger (role_tagger.hpp).
#include "quotes/role_tagger.hpp"

#include <algorithm>
#include <filesystem>

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
  std::vector<std::string_view> one{lower};
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
      while (q < quotes.size() && quotes[q].close < t.end) ++q;
      w.quote_depth = q < quotes.size() && quotes[q].start <= t.start && t.end <= quotes[q].end;
      while (p < doc.paragraphs.size() && doc.paragraphs[p].end <= t.start) ++p;
      w.paragraph_start = out.empty() || (p < doc.paragraphs.size() && doc.paragraphs[p].start <= t.start &&
                                          doc.sentences[out.back().sentence].tokens[out.back().index].end <= doc.paragraphs[p].start);
      out.push_back(std::move(w));
    }
  }
  return out;
}

namespace {

// What the history features combine with the previous roles, computed once per word.
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
  auto word_at = [&](long j) -> std::string_view {
    return j < 0 ? "<s>" : j >= static_cast<long>(words.size()) ? "</s>" : std::string_view(words[j].lower);
  };
  auto upos_at = [&](long j) -> std::string_view {
    if (j < 0 || j >= static_cast<long>(words.size())) return "<>";
    return doc.sentences[words[j].sentence].tokens[words[j].index].upos;
  };
  long li = static_cast<long>(i);
  uint64_t lower = hash_text(w.lower), upos = hash_text(t.upos), rel = hash_text(t.deprel);
  std::string_view cls = w.cue_class;
  auto class_of = [&](int k) { return hash_text(words[i - w.index + k].cue_class); };  // word k of this sentence
  uint64_t where = static_cast<uint64_t>(w.quote_depth) * 4 + w.quote_mark * 2 + (w.index == 0);
  keys.lower = lower, keys.upos = upos, keys.where = where, keys.paragraph_start = w.paragraph_start;

  out.push_back(feature(0, 0));  // bias
  out.push_back(feature(1, lower));
  out.push_back(feature(2, hash_text(t.lemma)));
  out.push_back(feature(3, upos));
  out.push_back(feature(4, hash_text(t.xpos)));
  out.push_back(feature(5, hash_text(word_at(li - 1))));
  out.push_back(feature(6, hash_text(word_at(li + 1))));
  out.push_back(feature(7, hash_text(word_at(li - 2))));
  out.push_back(feature(8, hash_text(word_at(li + 2))));
  out.push_back(feature(9, hash_text(upos_at(li - 1)), upos));
  out.push_back(feature(10, upos, hash_text(upos_at(li + 1))));
  out.push_back(feature(11, hash_text(cls), upos));
  out.push_back(feature(17, where));
  out.push_back(feature(18, where, upos));
  out.push_back(feature(20, rel));
  out.push_back(feature(21, rel, upos));
  // The word's own syntactic head, and the clause heads above it: "content under the ccomp of
  // a cue verb", "subject of a cue verb".
  if (t.head > 0) {
    const Token& h = s.tokens[t.head - 1];
    out.push_back(feature(22, rel, hash_text(h.lemma)));
    out.push_back(feature(23, rel, class_of(t.head - 1)));
  }
  auto [rel1, c1] = clause_above(s, w.index);
  uint64_t r1 = hash_text(rel1);
  if (c1 >= 0) {
    const Token& v1 = s.tokens[c1];
    uint64_t cls1 = class_of(c1);
    out.push_back(feature(24, r1, hash_text(v1.lemma)));
    out.push_back(feature(25, r1, cls1));
    keys.clause_has_head = true;
    keys.class1 = cls1;
    auto [rel2, c2] = clause_above(s, c1);
    uint64_t r2 = hash_text(rel2);
    if (c2 >= 0) {
      const Token& v2 = s.tokens[c2];
      uint64_t cls2 = class_of(c2);
      out.push_back(feature(27, r1, r2, hash_text(v2.lemma)));
      out.push_back(feature(28, r1, r2, cls2));
    } else {
      out.push_back(feature(29, r1, r2));
    }
  }
  keys.rel1 = r1;
  // Is there a cue-like word in the sentence, and on which side?
  int before = 0, after = 0;
  for (size_t k = 0; k < s.tokens.size(); ++k) {
    if (static_cast<int>(k) == w.index) continue;
    if (!words[i - w.index + k].cue_class.empty()) (static_cast<int>(k) < w.index ? before : after) = 1;
  }
  keys.side = static_cast<uint64_t>(before * 2 + after);
  out.push_back(feature(31, keys.side, where));
  // Does the word govern a clause ("shows that …", "suggested the plan would …")? Verbs
  // outside the lexicon are cues by this frame. And word bigrams ("called for", "has said").
  uint64_t governs = 0;
  for (size_t k = 0; k < s.tokens.size(); ++k) {
    if (s.tokens[k].head != w.index + 1) continue;
    const std::string& r = s.tokens[k].deprel;
    if (r == "ccomp" || r == "parataxis") governs |= 1;
    else if (r == "xcomp") governs |= 2;
    else if (r.starts_with("nsubj")) governs |= 4;
  }
  out.push_back(feature(33, governs, upos));
  out.push_back(feature(34, governs, hash_text(t.lemma)));
  out.push_back(feature(35, lower, hash_text(word_at(li + 1))));
  out.push_back(feature(36, hash_text(word_at(li - 1)), lower));
  return keys;
}

// The features that combine the word with the two previous roles (appended to out).
void history_features(const HistoryKeys& k, int prev, int prev2, std::vector<uint64_t>& out) {
  uint64_t pv = static_cast<uint64_t>(prev), pv2 = static_cast<uint64_t>(prev2);
  out.push_back(feature(12, pv));
  out.push_back(feature(13, pv, pv2));
  out.push_back(feature(14, pv, k.lower));
  out.push_back(feature(15, pv, k.upos));
  out.push_back(feature(16, pv, k.where));
  out.push_back(feature(19, k.paragraph_start, pv));
  if (k.clause_has_head) out.push_back(feature(26, k.rel1, k.class1, pv));
  else out.push_back(feature(30, k.rel1, pv));
  out.push_back(feature(32, k.side, pv));
}

}  // namespace

void role_features(const Document& doc, const std::vector<RoleWord>& words, size_t i, int prev, int prev2,
                   std::vector<uint64_t>& out) {
  out.clear();
  history_features(static_features(doc, words, i, out), prev, prev2, out);
}

std::vector<int> RoleTagger::tag(const Document& doc, const std::vector<RoleWord>& words) const {
  // Beam search over role sequences; a hypothesis is (score, previous two roles, back pointer).
  // Two hypotheses with the same last two roles see the same features from here on, so only the
  // better one is kept.
  struct Hyp {
    float score;
    int prev, prev2, back;
  };
  const size_t width = kBeamWidth;
  std::vector<std::vector<Hyp>> beams(words.size() + 1);
  beams[0].push_back({0.0f, kOutside, kOutside, -1});
  std::vector<uint64_t> fixed, feats;
  std::vector<float> base(kRoleCount), scores(kRoleCount);
  std::vector<Hyp> next;
  for (size_t i = 0; i < words.size(); ++i) {
    fixed.clear();
    HistoryKeys keys = static_features(doc, words, i, fixed);
    std::fill(base.begin(), base.end(), 0.0f);
    model_.score(fixed, base);
    next.clear();
    const auto& beam = beams[i];
    for (size_t h = 0; h < beam.size(); ++h) {
      feats.clear();
      history_features(keys, beam[h].prev, beam[h].prev2, feats);
      scores = base;
      model_.score(feats, scores);
      int prev = beam[h].prev;
      for (int r = 0; r < kRoleCount; ++r) {
        // An I- tag must continue its own role (content may resume across a cue or source).
        if ((r == kCueInside && prev != kCueBegin && prev != kCueInside) ||
            (r == kSourceInside && prev != kSourceBegin && prev != kSourceInside))
          continue;
        Hyp cand{beam[h].score + scores[r], r, prev, static_cast<int>(h)};
        auto same = std::find_if(next.begin(), next.end(), [&](const Hyp& o) { return o.prev == r && o.prev2 == prev; });
        if (same == next.end()) next.push_back(cand);
        else if (cand.score > same->score) *same = cand;
      }
    }
    size_t keep = std::min(width, next.size());
    std::partial_sort(next.begin(), next.begin() + static_cast<long>(keep), next.end(),
                      [](const Hyp& a, const Hyp& b) { return a.score > b.score; });
    next.resize(keep);
    beams[i + 1] = next;
  }
  std::vector<int> roles(words.size(), kOutside);
  int h = 0;
  for (size_t i = words.size(); i > 0; --i) {
    roles[i - 1] = beams[i][h].prev;
    h = beams[i][h].back;
  }
  return roles;
}

RoleTagger RoleTagger::load(const std::string& path) {
  learn::ModelReader reader(path, kKind, kVersion);
  return RoleTagger(learn::LinearModel::load(reader, "roles"));
}

std::unique_ptr<RoleTagger> RoleTagger::load_from(const std::string& models_dir) {
  std::string path = (std::filesystem::path(models_dir) / "en_quotes.dlm").string();
  if (!std::filesystem::exists(path)) return nullptr;
  return std::make_unique<RoleTagger>(load(path));
}

}  // namespace dateline::quotes
