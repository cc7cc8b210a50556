// The news gold set's scorer (docs/eval.md, "eval news"): events, entity countries, quotes.
#include <unicode/uchar.h>

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <tuple>

#include "dateline/eval_news.hpp"
#include "dateline/lexicon.hpp"
#include "dateline/text.hpp"
#include "ner/name_lists.hpp"

namespace dateline {
namespace {

bool is_space(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v'; }

std::vector<std::string_view> split_words(std::string_view s) {
  std::vector<std::string_view> out;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && is_space(s[i])) ++i;
    size_t j = i;
    while (j < s.size() && !is_space(s[j])) ++j;
    if (j > i) out.push_back(s.substr(i, j - i));
    i = j;
  }
  return out;
}

std::string collapse(std::string_view s) {
  std::string out;
  for (auto w : split_words(s)) {
    if (!out.empty()) out += ' ';
    out += w;
  }
  return out;
}

// A letter or digit ends at byte `end` of `text` (the code point before it).
bool alnum_before(std::string_view text, size_t end) {
  if (end == 0) return false;
  size_t start = end - 1;
  while (start > 0 && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80) --start;
  int len = 0;
  return u_isalnum(static_cast<UChar32>(decode_utf8(text, start, &len)));
}

// A letter or digit starts at byte `start` of `text`.
bool alnum_at(std::string_view text, size_t start) {
  if (start >= text.size()) return false;
  int len = 0;
  return u_isalnum(static_cast<UChar32>(decode_utf8(text, start, &len)));
}

// The organisation codes of lexicons/organizations.tsv's IGOs (UNO, EEC, WBK, OECD…), the
// longer first; "IGO" (an IGO the codebook has no code for) is none.
const std::vector<std::string>& igo_organisations() {
  static const std::vector<std::string> codes = [] {
    std::vector<std::string> out;
    for (const auto& row : lexicon_rows("organizations.tsv"))
      if (row.size() > 2 && row[1] == "IGO" && row[2] != "IGO" && !row[2].empty() &&
          std::find(out.begin(), out.end(), row[2]) == out.end())
        out.emplace_back(row[2]);
    std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.size() > b.size(); });
    return out;
  }();
  return codes;
}

// The IGO code of an entity of the sector IGO that the organisation lexicon names ("United
// Nations" → "IGOUNO", "Group of Seven" → "IGO"); "" for any other entity.
std::string igo_of(const Entity& e) {
  if (e.sector != "IGO") return "";
  const ner::NameInfo* info = ner::NameLists::get().find(e.name);
  if (!info || !(info->kinds & ner::kOrganization) || info->org_kind != "IGO") return "";
  return info->country == "IGO" ? "IGO" : "IGO" + info->country;
}

bool overlaps(uint32_t a0, uint32_t a1, uint32_t b0, uint32_t b1) { return a0 < b1 && b0 < a1; }

uint32_t overlap(uint32_t a0, uint32_t a1, uint32_t b0, uint32_t b1) {
  return overlaps(a0, a1, b0, b1) ? std::min(a1, b1) - std::max(a0, b0) : 0;
}

std::string root_of(const std::string& cameo) { return cameo.size() >= 2 ? cameo.substr(0, 2) : ""; }

// The gold snippet as Document::text has it: the normalize stage's rewriting (wide spaces,
// doubled quotes, NFC) applied, so that only the words are compared.
std::optional<Span> locate(const Document& doc, const std::string& snippet, bool word_bounded) {
  return find_snippet(doc.text, normalize_text(snippet).text, word_bounded);
}

// The sentence holding byte `pos`: the last one starting at or before it (-1 before the first).
int sentence_at(const Document& doc, uint32_t pos) {
  int found = -1;
  for (size_t i = 0; i < doc.sentences.size() && doc.sentences[i].start <= pos; ++i) found = static_cast<int>(i);
  return found;
}

std::string sentence_text(const Document& doc, int sentence) {
  if (sentence < 0 || static_cast<size_t>(sentence) >= doc.sentences.size()) return "";
  const Sentence& s = doc.sentences[static_cast<size_t>(sentence)];
  return collapse(doc.slice(s.start, std::min<uint32_t>(s.end, static_cast<uint32_t>(doc.text.size()))));
}

// An actor code compared in full (event_code_f1): unknown codes ("---…", "") match nothing.
std::string full_code(const std::string& code) { return code.find("---") != std::string::npos ? "" : code; }

// Lower-case words of a name, without the punctuation at their ends ("Brown," → "brown").
std::vector<std::string> name_words(std::string_view name) {
  std::vector<std::string> out;
  for (auto w : split_words(name)) {
    size_t a = 0, b = w.size();
    while (a < b && std::ispunct(static_cast<unsigned char>(w[a]))) ++a;
    while (b > a && std::ispunct(static_cast<unsigned char>(w[b - 1]))) --b;
    if (a == b) continue;
    std::string s(w.substr(a, b - a));
    for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    out.push_back(std::move(s));
  }
  return out;
}

// The predicted speaker is right when one of its names (the speaker entity's name and the words
// the story calls it by, or the speaker phrase) shares its last word with the gold speaker or
// holds the gold speaker's last word: "Mr Brown" for "Gordon Brown", "the Foreign Office" for
// "Foreign Office", the European Union called "the EU" for "the EU". A hyphenated surname
// matches its parts ("Cormac Murphy" for "Cormac Murphy-O'Connor").
bool speaker_right(const std::string& gold, const std::vector<std::string>& predicted) {
  auto g = name_words(gold);
  if (g.empty()) return false;
  std::vector<std::string> last{g.back()};
  if (size_t dash = g.back().find('-'); dash != std::string::npos) {
    last.push_back(g.back().substr(0, dash));
    last.push_back(g.back().substr(dash + 1));
  }
  for (const auto& name : predicted) {
    auto p = name_words(name);
    if (p.empty()) continue;
    for (const auto& l : last)
      if (p.back() == l || std::find(p.begin(), p.end(), l) != p.end()) return true;
  }
  return false;
}

std::string event_codes(const std::string& source, const std::string& target, const std::string& cameo) {
  return fmt::format("{} -> {} {}", source, target.empty() ? "(no target)" : target, cameo);
}

std::string brief(std::string_view s) {
  std::string c = collapse(s);
  if (c.size() <= 60) return c;
  size_t cut = 57;
  while (cut > 0 && (static_cast<unsigned char>(c[cut]) & 0xC0) == 0x80) --cut;  // whole code points
  return c.substr(0, cut) + "...";
}

void score_events(const NewsGold& gold, const Document& doc, NewsScore& out) {
  struct Gold {
    const NewsGoldEvent* event;
    std::optional<Span> at;
    int sentence = -1;
    std::string source_key, target_key, source_code, target_code;
    bool matched = false, code_matched = false;
  };
  std::vector<Gold> golds;
  for (const auto& e : gold.events) {
    Gold g{&e, locate(doc, e.snippet, false)};
    if (g.at) g.sentence = sentence_at(doc, g.at->start);
    out.counts.not_located += !g.at;
    g.source_key = news_actor_key(e.source);
    g.target_key = news_actor_key(e.target);
    g.source_code = full_code(news_actor_code(e.source));
    g.target_code = full_code(news_actor_code(e.target));
    golds.push_back(std::move(g));
  }
  // Document order: located events by their start, the ones not located last.
  std::stable_sort(golds.begin(), golds.end(), [](const Gold& a, const Gold& b) {
    return (a.at ? a.at->start : UINT32_MAX) < (b.at ? b.at->start : UINT32_MAX);
  });
  struct Predicted {
    const Event* event;
    std::string source_key, target_key, source_code, target_code;
    bool matched = false, code_matched = false;
  };
  auto entity_of = [&](const EventActor& a) -> const Entity* {
    if (!a.entity) return nullptr;
    for (const auto& e : doc.entities)
      if (e.id == *a.entity) return &e;
    return nullptr;
  };
  std::vector<Predicted> predicted;
  for (const auto& e : doc.events) {
    if (root_of(e.cameo) == "01") {
      ++out.counts.ignored_statements;
      continue;
    }
    Predicted p{&e};
    p.source_key = news_actor_key(e.source.code, entity_of(e.source));
    p.source_code = full_code(news_actor_code(e.source.code, entity_of(e.source)));
    if (e.target) {  // an event without a target matches nothing: the gold has none
      p.target_key = news_actor_key(e.target->code, entity_of(*e.target));
      p.target_code = full_code(news_actor_code(e.target->code, entity_of(*e.target)));
    }
    predicted.push_back(std::move(p));
  }
  std::stable_sort(predicted.begin(), predicted.end(),
                   [](const Predicted& a, const Predicted& b) { return a.event->sentence < b.event->sentence; });
  out.counts.gold_events += golds.size();
  out.counts.predicted_events += predicted.size();

  auto same_keys = [](const Gold& g, const Predicted& p) {
    return !g.source_key.empty() && !g.target_key.empty() && g.source_key == p.source_key &&
           g.target_key == p.target_key && root_of(g.event->cameo) == root_of(p.event->cameo);
  };
  auto same_codes = [](const Gold& g, const Predicted& p) {
    return !g.source_code.empty() && !g.target_code.empty() && g.source_code == p.source_code &&
           g.target_code == p.target_code && g.event->cameo == p.event->cameo;
  };
  for (auto& g : golds) {
    if (!g.at || g.sentence < 0) continue;
    for (auto& p : predicted)
      if (!g.matched && !p.matched && p.event->sentence == g.sentence && same_keys(g, p)) {
        g.matched = p.matched = true;
        ++out.counts.matched_events;
      }
    for (auto& p : predicted)
      if (!g.code_matched && !p.code_matched && p.event->sentence == g.sentence && same_codes(g, p)) {
        g.code_matched = p.code_matched = true;
        ++out.counts.code_matched_events;
      }
  }

  // Errors sentence by sentence: the missed gold events of a sentence, then its false ones;
  // gold events not located in the text come last.
  struct Line {
    int sentence;
    int order;
    NewsError error;
  };
  std::vector<Line> lines;
  for (const auto& g : golds) {
    if (g.matched) continue;
    std::string codes = event_codes(g.event->source, g.event->target, g.event->cameo);
    if (!g.at)
      lines.push_back({INT32_MAX, 0, {NewsError::Kind::missed_event,
                                      fmt::format("missed event  {}  not located: \"{}\"", codes, brief(g.event->snippet))}});
    else
      lines.push_back({g.sentence, 0, {NewsError::Kind::missed_event,
                                       fmt::format("missed event  {}  [s{}] {}", codes, g.sentence,
                                                   sentence_text(doc, g.sentence))}});
  }
  for (const auto& p : predicted) {
    if (p.matched) continue;
    const Event& e = *p.event;
    std::string codes = event_codes(e.source.code, e.target ? e.target->code : "", e.cameo);
    lines.push_back({e.sentence, 1, {NewsError::Kind::false_event,
                                     fmt::format("false event   {}  [s{}] {}", codes, e.sentence,
                                                 sentence_text(doc, e.sentence))}});
  }
  std::stable_sort(lines.begin(), lines.end(),
                   [](const Line& a, const Line& b) { return std::tie(a.sentence, a.order) < std::tie(b.sentence, b.order); });
  for (auto& l : lines) out.errors.push_back(std::move(l.error));
}

void score_entities(const NewsGold& gold, const Document& doc, NewsScore& out) {
  for (const auto& g : gold.entities) {
    if ((g.type != "PERSON" && g.type != "ORG" && g.type != "GPE") || g.country.empty()) continue;
    ++out.counts.gold_entities;
    std::string want = news_actor_key(g.country);
    auto at = locate(doc, g.text, true);
    if (!at) {
      ++out.counts.not_located;
      out.errors.push_back({NewsError::Kind::entity,
                            fmt::format("entity missed  \"{}\" {} {}: not located", g.text, g.type, g.country)});
      continue;
    }
    const Entity* best = nullptr;
    uint32_t best_overlap = 0;
    for (const auto& e : doc.entities)
      for (const auto& m : e.mentions)
        if (uint32_t o = overlap(m.start, m.end, at->start, at->end); o > best_overlap) {
          best = &e;
          best_overlap = o;
        }
    if (!best) {
      out.errors.push_back({NewsError::Kind::entity,
                            fmt::format("entity missed  \"{}\" {} {}: no entity found there", g.text, g.type, g.country)});
      continue;
    }
    ++out.counts.found_entities;
    std::string got = news_entity_key(*best);
    if (!want.empty() && got == want) {
      ++out.counts.right_countries;
      continue;
    }
    out.errors.push_back({NewsError::Kind::entity,
                          fmt::format("entity country  \"{}\" {}: gold {}, got {} ({} {} {}{})", g.text, g.type, want,
                                      got.empty() ? "none" : got, best->id, best->type, best->name,
                                      best->sector.empty() ? "" : ", sector " + best->sector)});
  }
}

void score_quotes(const NewsGold& gold, const Document& doc, NewsScore& out) {
  struct Gold {
    const NewsGoldQuote* quote;
    std::optional<Span> at;
  };
  std::vector<Gold> golds;
  for (const auto& q : gold.quotes) golds.push_back({&q, locate(doc, q.snippet, false)});
  std::stable_sort(golds.begin(), golds.end(), [](const Gold& a, const Gold& b) {
    return (a.at ? a.at->start : UINT32_MAX) < (b.at ? b.at->start : UINT32_MAX);
  });
  std::vector<bool> used(doc.quotes.size(), false);
  out.counts.gold_quotes += golds.size();
  for (const auto& g : golds) {
    std::string what = "\"" + brief(g.quote->snippet) + "\"";
    if (!g.at) {
      ++out.counts.not_located;
      out.errors.push_back({NewsError::Kind::quote, "quote missed  " + what + ": not located"});
      continue;
    }
    // One to one: the predicted quote overlapping the snippet most that no gold quote took yet.
    size_t best = doc.quotes.size();
    uint32_t best_overlap = 0;
    for (size_t i = 0; i < doc.quotes.size(); ++i)
      if (uint32_t o = overlap(doc.quotes[i].start, doc.quotes[i].end, g.at->start, g.at->end); !used[i] && o > best_overlap) {
        best = i;
        best_overlap = o;
      }
    if (best == doc.quotes.size()) {
      out.errors.push_back({NewsError::Kind::quote, "quote missed  " + what + ": no predicted quote overlaps it"});
      continue;
    }
    used[best] = true;
    ++out.counts.matched_quotes;
    if (!g.quote->speaker) continue;
    ++out.counts.gold_speakers;
    const Quote& q = doc.quotes[best];
    std::vector<std::string> names;
    if (q.speaker)
      for (const auto& e : doc.entities)
        if (e.id == *q.speaker) {
          names.push_back(e.name);
          for (const auto& m : e.mentions) names.push_back(m.text);
        }
    if (q.speaker_name) names.push_back(*q.speaker_name);
    if (speaker_right(*g.quote->speaker, names)) {
      ++out.counts.right_speakers;
      continue;
    }
    std::string got;
    for (const auto& n : names) got += (got.empty() ? "" : " / ") + n;
    out.errors.push_back({NewsError::Kind::speaker, fmt::format("speaker  {}: gold {}, got {}", what, *g.quote->speaker,
                                                                got.empty() ? "none" : got)});
  }
}

}  // namespace

NewsCounts& NewsCounts::operator+=(const NewsCounts& o) {
  gold_events += o.gold_events;
  predicted_events += o.predicted_events;
  matched_events += o.matched_events;
  code_matched_events += o.code_matched_events;
  ignored_statements += o.ignored_statements;
  gold_entities += o.gold_entities;
  found_entities += o.found_entities;
  right_countries += o.right_countries;
  gold_quotes += o.gold_quotes;
  matched_quotes += o.matched_quotes;
  gold_speakers += o.gold_speakers;
  right_speakers += o.right_speakers;
  not_located += o.not_located;
  return *this;
}

std::string news_actor_code(std::string_view code, const Entity* entity) {
  if (code.starts_with("---IGO")) {
    std::string org = entity ? igo_of(*entity) : "";
    return org.empty() ? "IGO---" + std::string(code.substr(6)) : org;
  }
  if (!code.starts_with("IGO")) return std::string(code);
  // The last part that names an organisation: IGO|UNO|DEV|WBK → WBK (OECD has four letters).
  const auto& orgs = igo_organisations();
  if (code.size() > 3)
    for (size_t at = 3 + (code.size() - 4) / 3 * 3;; at -= 3) {
      for (const auto& o : orgs)
        if (code.substr(at).starts_with(o)) return "IGO" + o;
      if (at == 3) break;
    }
  return std::string(code);
}

std::string news_actor_key(std::string_view code, const Entity* entity) {
  std::string c = news_actor_code(code, entity);
  std::string key = c.substr(0, c.starts_with("IGO") ? 6 : 3);
  if (key.size() < 3 || key.find("---") != std::string::npos) return "";
  return key;
}

std::optional<Span> find_snippet(std::string_view text, std::string_view snippet, bool word_bounded) {
  std::vector<std::string_view> words = split_words(snippet);
  if (words.empty()) return std::nullopt;
  for (size_t p = text.find(words[0]); p != std::string_view::npos; p = text.find(words[0], p + 1)) {
    size_t i = p + words[0].size();
    bool ok = true;
    for (size_t k = 1; ok && k < words.size(); ++k) {
      size_t j = i;
      while (j < text.size() && is_space(text[j])) ++j;
      ok = j > i && text.compare(j, words[k].size(), words[k]) == 0;
      i = j + words[k].size();
    }
    if (!ok) continue;
    if (word_bounded && (alnum_before(text, p) || alnum_at(text, i))) continue;
    return Span{static_cast<uint32_t>(p), static_cast<uint32_t>(i)};
  }
  return std::nullopt;
}

std::string news_entity_key(const Entity& entity) {
  if (entity.sector == "IGO") return news_actor_key(igo_of(entity));
  return news_actor_key(entity.country);
}

NewsScore score_news(const NewsGold& gold, const Document& doc) {
  NewsScore out;
  score_events(gold, doc, out);
  score_entities(gold, doc, out);
  score_quotes(gold, doc, out);
  return out;
}

}  // namespace dateline
