// From the model's CoNLL classes to dateline's finer types, using the gazetteers.
//   PER → PERSON;  ORG → ORG;
//   LOC → GPE when the gazetteer knows it as a country or place, LOC when it names a region or
//         geographic feature (continents, "... River", "Korean Peninsula"), else GPE (most
//         unlisted locations in news are towns);
//   MISC → NORP for nationalities, religious and political groups; LOC when the name ends in a
//         geographic feature ("Korean Peninsula", "South China Sea"; not "Gulf War"); else MISC.
#include <algorithm>
#include <array>

#include "dateline/ner.hpp"
#include "name_lists.hpp"

namespace dateline::ner {
namespace {

bool has_word(std::string_view text, std::string_view word) {
  size_t pos = 0;
  while ((pos = text.find(word, pos)) != std::string_view::npos) {
    bool left = pos == 0 || text[pos - 1] == ' ';
    bool right = pos + word.size() == text.size() || text[pos + word.size()] == ' ';
    if (left && right) return true;
    pos += word.size();
  }
  return false;
}

bool is_region_or_feature(std::string_view text) {
  static constexpr std::array<std::string_view, 30> kWords{
      "River", "Sea", "Ocean", "Gulf", "Peninsula", "Valley", "Lake", "Mountains", "Mount", "Mountain",
      "Island", "Islands", "Strait", "Desert", "Bay", "Coast", "Basin", "Plateau", "Channel", "Canal",
      "Asia", "Europe", "Africa", "Antarctica", "Middle", "Pacific", "Atlantic", "Balkans", "Caribbean", "Arctic"};
  return std::any_of(kWords.begin(), kWords.end(), [&](std::string_view w) { return has_word(text, w); }) ||
         text.find("-Pacific") != std::string_view::npos;
}

// The last word names a geographic feature: the name's head is the feature itself.
bool ends_in_feature(std::string_view text) {
  size_t space = text.rfind(' ');
  if (space == std::string_view::npos) return false;  // "Gulf" alone is too ambiguous
  return is_geographic_feature(text.substr(space + 1));
}

bool is_group_word(std::string_view text) {
  static constexpr std::array<std::string_view, 46> kWords{
      "Muslim", "Muslims", "Moslem", "Moslems", "Christian", "Christians", "Catholic", "Catholics",
      "Jewish", "Jews", "Sunni", "Sunnis", "Shi'ite", "Shi'ites", "Shiite", "Shiites", "Shia", "Hindu",
      "Hindus", "Buddhist", "Buddhists", "Sikh", "Sikhs", "Islamist", "Islamists", "Communist",
      "Communists", "Democrat", "Democrats", "Republican", "Republicans", "Arab", "Arabs", "Asian",
      "Asians", "African", "Africans", "European", "Europeans", "Kurd", "Kurds", "Kurdish", "Latino",
      "Latinos", "Hispanic", "Hispanics"};
  return std::any_of(kWords.begin(), kWords.end(), [&](std::string_view w) { return has_word(text, w); });
}

}  // namespace

bool is_geographic_feature(std::string_view word) {
  static constexpr std::array<std::string_view, 19> kFeatures{
      "River", "Sea", "Ocean", "Gulf", "Peninsula", "Valley", "Lake", "Mountains", "Island", "Islands",
      "Strait", "Straits", "Desert", "Bay", "Coast", "Basin", "Plateau", "Channel", "Canal"};
  return std::find(kFeatures.begin(), kFeatures.end(), word) != kFeatures.end();
}

bool is_person_title(std::string_view word) {
  static constexpr std::array<std::string_view, 14> kTitles{
      "MP", "MPs", "MEP", "MSP", "minister", "Minister", "spokesman", "spokeswoman", "spokesperson",
      "chairman", "chairwoman", "leader", "boss", "chief"};
  return std::find(kTitles.begin(), kTitles.end(), word) != kTitles.end();
}

std::string refine_type(std::string_view coarse, std::string_view text) {
  const NameInfo* info = NameLists::get().find(text);
  // An organisation the lexicon lists by this name is one, though the model read a person or
  // a MISC name from its shape ("Sony Ericsson", "NTT DoCoMo"). Places keep their type: "Oxford"
  // the town shares a short form with the university.
  if ((coarse == "PER" || coarse == "MISC") && info && (info->kinds & kOrganization) &&
      !(info->kinds & (kCountry | kPlace | kDemonym)))
    return "ORG";
  // "Muslims" and "Asians" tagged as people are groups of people: one word, a demonym or a
  // plural group word ("Christian" alone may be a first name).
  if (coarse == "PER") {
    const bool group = text.find(' ') == std::string_view::npos &&
                       ((info && (info->kinds & kDemonym)) || (text.ends_with('s') && is_group_word(text)));
    return group ? "NORP" : "PERSON";
  }
  if (coarse == "ORG") return "ORG";  // a capital tagged ORG that acts joins its country in resolution
  if (coarse == "LOC") {
    if (info && (info->kinds & (kCountry | kPlace))) return "GPE";
    return is_region_or_feature(text) ? "LOC" : "GPE";
  }
  if (coarse == "MISC") {
    if (info && (info->kinds & kDemonym)) return "NORP";
    if (is_group_word(text)) return "NORP";
    if (ends_in_feature(text)) return "LOC";
    return "MISC";
  }
  return std::string(coarse);
}

}  // namespace dateline::ner
