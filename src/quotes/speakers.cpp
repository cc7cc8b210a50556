// Speaker resolution: from the phrase in the text ("he", "the minister", "Kerry") to an entity
// and a name; and the discourse rule for quotes without a cue.
#include <algorithm>
#include <cstdint>

#include "dateline/ner.hpp"
#include "quotes/attribution.hpp"

namespace dateline::quotes {
namespace {

struct Resolved {
  std::optional<std::string> entity;
  std::string name;
  int paragraph = 0;
  bool question = false;  // the quote ended with "?": an exchange may switch speakers
};

std::string ascii_lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

std::string last_word(std::string_view s) {
  size_t cut = s.find_last_of(' ');
  return std::string(cut == std::string_view::npos ? s : s.substr(cut + 1));
}

// How likely an entity of this type is the speaker when several are named in one phrase:
// in "Chinese Foreign Minister Wang Yi" the person speaks, not the country of the modifier.
int speaker_rank(const std::string& type) {
  if (type == "PERSON") return 3;
  if (type == "ORG") return 2;
  return type == "GPE" || type == "NORP" ? 1 : 0;
}

// The entity mentioned in `span` most likely to be the speaker: by type, then the first. A
// place or nationality speaks only when it ends the phrase ("Beijing", "the Chinese"): in
// "Scottish ministers" it is a modifier, and the ministers, not the United Kingdom, speak.
// The word after `offset` (within `end`) is a person's title: the name before it modifies it.
bool title_follows(const Document& doc, uint32_t offset, uint32_t end) {
  std::string_view rest = doc.slice(offset, end);
  size_t from = rest.find_first_not_of(' ');
  if (from == std::string_view::npos) return false;
  rest.remove_prefix(from);
  return ner::is_person_title(rest.substr(0, rest.find_first_of(" ,")));
}

const Entity* entity_at(const Document& doc, Span span) {
  const Entity* best = nullptr;
  std::pair<int, uint32_t> best_key{-1, 0};
  for (const auto& e : doc.entities)
    for (const auto& m : e.mentions) {
      uint32_t lo = std::max(m.start, span.start), hi = std::min(m.end, span.end);
      if (hi <= lo) continue;
      if (speaker_rank(e.type) <= 1 && m.end < span.end) continue;
      if (e.type != "PERSON" && title_follows(doc, m.end, span.end)) continue;  // "the Labour MP"
      // Of two of a kind the first: an apposition follows its head ("Ms Roche, MP for Wood Green").
      std::pair<int, uint32_t> key{speaker_rank(e.type), UINT32_MAX - m.start};
      if (key > best_key) best = &e, best_key = key;
    }
  return best;
}

// The person entity mentioned last before `offset`, optionally one whose role names `noun`.
const Entity* person_before(const Document& doc, uint32_t offset, std::string_view noun = {}) {
  const Entity* best = nullptr;
  uint32_t best_start = 0;
  for (const auto& e : doc.entities) {
    if (e.type != "PERSON") continue;
    if (!noun.empty() && ascii_lower(e.role).find(noun) == std::string::npos) continue;
    for (const auto& m : e.mentions)
      if (m.end <= offset && (!best || m.start >= best_start)) best = &e, best_start = m.start;
  }
  return best;
}

bool is_person_pronoun(std::string_view lower) { return lower == "he" || lower == "she" || lower == "him" || lower == "her"; }

void set_speaker(Attribution& a, const Entity* e) {
  a.speaker_entity = e->id;
  a.speaker_name = e->name;
}

int paragraph_of(const WordView& v, uint32_t offset) {
  int w = std::min<int>(word_at_or_after(v, offset), static_cast<int>(v.words.size()) - 1);
  return w < 0 ? 0 : v.sentences[v.words[w].sentence].paragraph;
}

}  // namespace

void resolve_speakers(const Document& doc, const WordView& view, std::vector<Attribution>& attributions) {
  std::vector<Resolved> history;  // speakers of earlier quotes, in text order
  for (auto& a : attributions) {
    int paragraph = paragraph_of(view, a.content.start);
    if (a.continued && !a.source) {
      a.continued = false;
      if (history.empty() || paragraph - history.back().paragraph > 2) continue;
      const Resolved* from = &history.back();
      // An exchange (two speakers in adjacent paragraphs, one asking) alternates; otherwise an
      // uncued quote continues the last speaker.
      if (history.size() >= 2) {
        const Resolved& before = history[history.size() - 2];
        bool exchange = before.name != from->name && (before.question || from->question) &&
                        from->paragraph - before.paragraph <= 1 && paragraph - from->paragraph == 1;
        if (exchange) from = &before;
      }
      a.speaker_entity = from->entity;
      a.speaker_name = from->name;
      a.continued = true;
    } else if (a.source) {
      std::string_view text = doc.slice(a.source->start, a.source->end);
      std::string lower = ascii_lower(text);
      if (const Entity* e = entity_at(doc, *a.source)) {
        set_speaker(a, e);
      } else if (is_person_pronoun(lower)) {
        if (const Entity* p = person_before(doc, a.source->start)) set_speaker(a, p);
        else if (!history.empty()) a.speaker_entity = history.back().entity, a.speaker_name = history.back().name;
      } else if (lower.starts_with("the ") && std::count(lower.begin(), lower.end(), ' ') <= 2) {
        if (const Entity* p = person_before(doc, a.source->start, last_word(lower))) set_speaker(a, p);
      }
      if (!a.speaker_name) {
        // A surname after the full name: "Kerry" → the earlier speaker "John Kerry".
        std::string name(text);
        for (auto it = history.rbegin(); it != history.rend(); ++it)
          if (it->name.size() > name.size() && last_word(it->name) == last_word(name) && !it->entity) {
            name = it->name;
            break;
          }
        a.speaker_name = name;
      }
    }
    if (!a.speaker_name || (a.kind == "indirect" && is_person_pronoun(ascii_lower(*a.speaker_name)))) continue;
    std::string_view content = doc.slice(a.content.start, a.content.end);
    size_t last = content.find_last_not_of(" \xE2\x80\x9D\"");
    history.push_back({a.speaker_entity, *a.speaker_name, paragraph,
                       last != std::string_view::npos && content[last] == '?'});
  }
}

}  // namespace dateline::quotes
