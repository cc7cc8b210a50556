// Repairs of the NER model's spans that need the sentence around them (see resolver.hpp).
#include <algorithm>
#include <array>

#include "../ner/name_lists.hpp"
#include "dateline/ner.hpp"
#include "resolver.hpp"

namespace dateline::entities {
namespace {

// Nouns that a person's name modifies when it stands for that person's government or team:
// "the Obama administration", "the Clinton campaign", "the Thatcher era". ("government" is not
// one: "the Russian government" is far commoner than a person's.)
bool is_following_office_noun(std::string_view word) {
  static constexpr std::array<std::string_view, 5> kNouns{"administration", "administrations", "campaign",
                                                          "presidency", "era"};
  return std::find(kNouns.begin(), kNouns.end(), word) != kNouns.end();
}

bool glued(const Token& left, const Token& right) { return left.end == right.start; }

// Arabic articles and particles written lower case before a hyphen: "al-Qaeda", "el-Sisi".
bool is_name_particle(std::string_view word) {
  static constexpr std::array<std::string_view, 6> kParticles{"al", "el", "ad", "ash", "as", "bin"};
  return std::find(kParticles.begin(), kParticles.end(), word) != kParticles.end();
}

// Takes in a lower-case particle and hyphen glued before the chunk; a name the gazetteer lists
// as an organisation ("al-Qaeda", which the model tags PER from "Qaeda") takes that type.
void take_particle(const Sentence& s, ner::Chunk& c) {
  const auto& t = s.tokens;
  if (c.begin < 2 || t[c.begin - 1].text != "-" || !is_name_particle(t[c.begin - 2].text)) return;
  if (!glued(t[c.begin - 2], t[c.begin - 1]) || !glued(t[c.begin - 1], t[c.begin])) return;
  c.begin -= 2;
  const ner::NameInfo* info = ner::NameLists::get().find(word_text(s, c.begin, c.end));
  if (info && (info->kinds & ner::kOrganization)) c.type = "ORG";
}

}  // namespace

void extend_to_feature(const Sentence& s, ner::Chunk& c) {
  // "the Korean Peninsula" tagged as "Korean" alone: the feature word after a name is its head,
  // and the whole is a place ("Persian Gulf", "South China Sea").
  if (c.end < static_cast<int>(s.tokens.size()) && ner::is_geographic_feature(s.tokens[c.end].text) &&
      !glued(s.tokens[c.end - 1], s.tokens[c.end])) {
    ++c.end;
    c.type = "LOC";
  }
}

void join_hyphenated_chunks(const Sentence& s, std::vector<ner::Chunk>& chunks) {
  std::vector<ner::Chunk> out;
  for (ner::Chunk c : chunks) {
    take_particle(s, c);
    if (!out.empty()) {
      ner::Chunk& prev = out.back();
      const auto& t = s.tokens;
      // "Asia-Pacific" is tokenised Asia / - / Pacific (as UD does); one name when the hyphen is
      // written without spaces and both halves were tagged the same.
      bool hyphen_between = c.begin == prev.end + 1 && t[prev.end].text == "-" && glued(t[prev.end - 1], t[prev.end]) &&
                            glued(t[prev.end], t[c.begin]);
      if (hyphen_between && prev.type == c.type) {
        prev.end = c.end;
        continue;
      }
    }
    out.push_back(c);
  }
  chunks = std::move(out);
}

bool cut_trailing_person_title(const Sentence& s, ner::Chunk& c) {
  if (c.type == "PER" || c.end - c.begin < 2 || !ner::is_person_title(s.tokens[c.end - 1].text)) return true;
  const ner::NameInfo* whole = ner::NameLists::get().find(word_text(s, c.begin, c.end));
  if (whole && (whole->kinds & ner::kRole)) return false;
  --c.end;
  return true;
}

void type_name_before_office_noun(const Sentence& s, ner::Chunk& c) {
  // The model has seen "Obama" mostly as a person but calls it MISC as a modifier; a one-word
  // name before "administration" is the person it is named after.
  if (c.type != "MISC" || c.end - c.begin != 1 || c.end >= static_cast<int>(s.tokens.size())) return;
  if (!is_following_office_noun(s.tokens[c.end].text)) return;
  // "the Russian presidency", "the US administration": a country or demonym stays what it is.
  if (ner::NameLists::get().find(s.tokens[c.begin].text)) return;
  c.type = "PER";
}

}  // namespace dateline::entities
