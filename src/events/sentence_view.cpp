#include "events/sentence_view.hpp"

#include <cctype>

namespace dateline::events_detail {
namespace {

std::string upper_ascii_quotes(std::string_view s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    // U+2019 and U+2018 (E2 80 99 / 98) become an ASCII apostrophe: "China’s" = "China's".
    if (i + 2 < s.size() && static_cast<unsigned char>(s[i]) == 0xE2 && static_cast<unsigned char>(s[i + 1]) == 0x80 &&
        (static_cast<unsigned char>(s[i + 2]) == 0x99 || static_cast<unsigned char>(s[i + 2]) == 0x98)) {
      out += '\'';
      i += 2;
      continue;
    }
    out += static_cast<char>(std::toupper(static_cast<unsigned char>(s[i])));
  }
  return out;
}

}  // namespace

SentenceView::SentenceView(const Document& d, int i) : doc(&d), sentence(&d.sentences[static_cast<size_t>(i)]), index(i) {
  const auto& toks = sentence->tokens;
  upper.reserve(toks.size());
  parsed = !toks.empty();
  for (const auto& t : toks) {
    upper.push_back(upper_ascii_quotes(t.text));
    lemma_upper.push_back(upper_ascii_quotes(t.lemma));
    if (t.head < 0 || t.head > static_cast<int>(toks.size())) parsed = false;
  }
  children.resize(toks.size());
  if (parsed)
    for (size_t k = 0; k < toks.size(); ++k)
      if (toks[k].head > 0) children[static_cast<size_t>(toks[k].head - 1)].push_back(k);
}

std::vector<size_t> SentenceView::deps(size_t i, std::string_view r) const {
  std::vector<size_t> out;
  if (!parsed) return out;
  for (size_t c : children[i]) {
    const std::string& d = rel(c);
    if (d == r || (d.size() > r.size() && d.compare(0, r.size(), r) == 0 && d[r.size()] == ':')) out.push_back(c);
  }
  return out;
}

const ActorMention* SentenceView::mention_at(size_t i) const {
  for (const auto& m : actors)
    if (m.first <= i && i <= m.last) return &m;
  return nullptr;
}

bool is_negation_word(const std::string& w) { return w == "NOT" || w == "NEVER" || w == "N'T" || w == "NO"; }

bool word_matches(const SentenceView& view, size_t i, const std::string& word, bool loose) {
  const std::string& w = view.upper[i];
  if (w == word) return true;
  if (!loose) return false;
  if (view.lemma_upper[i] == word) return true;
  // Dictionary nouns are singular: "TIES" matches "TIE", "TALKS" matches "TALK".
  if (w.size() == word.size() + 1 && w.back() == 'S' && w.compare(0, word.size(), word) == 0) return true;
  if (w.size() == word.size() + 2 && w.ends_with("ES") && w.compare(0, word.size(), word) == 0) return true;
  return false;
}

}  // namespace dateline::events_detail
