// Speaker resolution: from the phrase in the text ("he", "the minister", "Kerry") to an entity
// and a name; and the discourse rule for quotes without a cue.
#include <algorithm>
#include <cstdint>
#include <map>
#include <set>

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
      // A possessor is not the speaker: "Mr Blair's official spokesman", "Mr Brown's aides".
      if (m.end < span.end && (doc.slice(m.end, span.end).starts_with("'s ") || doc.slice(m.end, span.end).starts_with("\xE2\x80\x99s ")))
        continue;
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

// Whether the text right before `m` ends with the title `head` ("Cardinal Cormac ...", "President
// Vladimir Putin", "the Turkish economics minister, Ali Babacan").
bool titled_before(const Document& doc, const Mention& m, const std::string& head) {
  uint32_t from = m.start > 60 ? m.start - 60 : 0;
  std::string before = ascii_lower(doc.slice(from, m.start));
  while (!before.empty() && (before.back() == ' ' || before.back() == ',')) before.pop_back();
  return before.size() >= head.size() && before.ends_with(head) &&
         (before.size() == head.size() || !std::isalpha(static_cast<unsigned char>(before[before.size() - head.size() - 1])));
}

// The person a role phrase stands for ("the cardinal", "Russia's president", "The Turkish
// economics minister"): one who holds the role, by the role the entities stage gave them or a
// title written before one of their names, of the country the phrase names if it names one;
// the one named last before the phrase, else one named right after it (an apposition).
const Entity* person_in_role(const Document& doc, Span source) {
  std::string lower = ascii_lower(doc.slice(source.start, source.end));
  if (std::count(lower.begin(), lower.end(), ' ') > 4) return nullptr;
  const std::string head = last_word(lower);
  if (head.size() < 3 || !std::all_of(head.begin(), head.end(), [](char c) { return c >= 'a' && c <= 'z'; })) return nullptr;
  std::vector<std::string> countries;
  for (const auto& e : doc.entities)
    if ((e.type == "GPE" || e.type == "NORP") && !e.country.empty())
      for (const auto& m : e.mentions)
        if (m.start >= source.start && m.end <= source.end) countries.push_back(e.country);
  const Entity* best = nullptr;
  uint32_t best_start = 0;
  const Entity* after = nullptr;
  for (const auto& e : doc.entities) {
    if (e.type != "PERSON") continue;
    if (!countries.empty() && std::find(countries.begin(), countries.end(), e.country) == countries.end()) continue;
    bool holds = ascii_lower(e.role).find(head) != std::string::npos;
    for (const auto& m : e.mentions) holds = holds || titled_before(doc, m, head);
    if (!holds) continue;
    for (const auto& m : e.mentions) {
      if (m.end <= source.start && (!best || m.start >= best_start)) best = &e, best_start = m.start;
      if (m.start >= source.end && m.start <= source.end + 3) after = &e;
    }
  }
  if (best || after) return best ? best : after;
  // "Russia's president" before the story names Mr Putin: the one official of that country.
  static const std::set<std::string> kHeads{"president", "premier", "leader", "chancellor"};
  if (countries.empty() || !kHeads.count(head)) return nullptr;
  const Entity* only = nullptr;
  for (const auto& e : doc.entities)
    if (e.type == "PERSON" && e.sector == "GOV" && std::find(countries.begin(), countries.end(), e.country) != countries.end()) {
      if (only) return nullptr;
      only = &e;
    }
  return only;
}

// What "it" says: the organisation or state that spoke last, within two paragraphs; else the
// organisation or state named last before it in the 300 bytes before.
const Entity* body_before(const Document& doc, const std::vector<Resolved>& history, uint32_t offset, int paragraph) {
  auto entity = [&](const std::string& id) -> const Entity* {
    for (const auto& e : doc.entities)
      if (e.id == id) return &e;
    return nullptr;
  };
  for (auto it = history.rbegin(); it != history.rend() && paragraph - it->paragraph <= 2; ++it)
    if (it->entity)
      if (const Entity* e = entity(*it->entity); e && (e->type == "ORG" || e->type == "GPE")) return e;
  const Entity* best = nullptr;
  uint32_t best_start = 0;
  for (const auto& e : doc.entities) {
    if (e.type != "ORG" && e.type != "GPE") continue;
    for (const auto& m : e.mentions)
      if (m.end <= offset && m.end + 300 >= offset && (!best || m.start >= best_start)) best = &e, best_start = m.start;
  }
  return best;
}

// A story's main speaker (quoted at least three times, and three times as often as anyone
// else, within the last three paragraphs) is who "he said" is, rather than the last person named:
// in a story quoting a minister, "He told MPs" after a sentence about a foreign leader is
// still the minister.
const Entity* main_speaker(const Document& doc, const std::vector<Resolved>& history, int paragraph) {
  std::map<std::string, int> quoted;
  for (const Resolved& r : history)
    if (r.entity && paragraph - r.paragraph <= 3) ++quoted[*r.entity];
  std::string best;
  int first = 0, second = 0;
  for (const auto& [id, n] : quoted) {
    if (n > first) second = first, first = n, best = id;
    else if (n > second) second = n;
  }
  if (first < 3 || first < 3 * second) return nullptr;
  for (const auto& e : doc.entities)
    if (e.id == best && e.type == "PERSON") return &e;
  return nullptr;
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
        if (is_person_pronoun(lower))
          if (const Entity* main = main_speaker(doc, history, paragraph); main && main != e) set_speaker(a, main);
      } else if (is_person_pronoun(lower)) {
        if (const Entity* p = person_before(doc, a.source->start)) set_speaker(a, p);
        else if (!history.empty()) a.speaker_entity = history.back().entity, a.speaker_name = history.back().name;
      } else if (lower.starts_with("the ") && std::count(lower.begin(), lower.end(), ' ') <= 2 &&
                 person_before(doc, a.source->start, lower.substr(4))) {
        set_speaker(a, person_before(doc, a.source->start, lower.substr(4)));
      } else if (const Entity* p = person_in_role(doc, *a.source)) {
        set_speaker(a, p);
      } else if (lower == "it") {
        if (const Entity* o = body_before(doc, history, a.source->start, paragraph)) set_speaker(a, o);
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
