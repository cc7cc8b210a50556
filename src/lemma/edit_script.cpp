#include <charconv>

#include "dateline/lemmatizer.hpp"
#include "tag/word_features.hpp"

namespace dateline {

std::string edit_script(const std::string& form, const std::string& lemma) {
  std::string lowered = tagging::ascii_lower(form);
  // Lowercase first when the lemma is lowercase but the form is not ("The" → "the").
  bool lower = lowered != form && tagging::ascii_lower(lemma) == lemma;
  const std::string& base = lower ? lowered : form;
  size_t common = 0;
  while (common < base.size() && common < lemma.size() && base[common] == lemma[common]) ++common;
  // Never split a UTF-8 character: back up to a character start.
  while (common > 0 && common < base.size() && (static_cast<unsigned char>(base[common]) & 0xC0) == 0x80) --common;
  return std::string(1, lower ? 'l' : 'k') + std::to_string(base.size() - common) + '|' + lemma.substr(common);
}

bool apply_edit_script(const std::string& script, const std::string& form, std::string& lemma) {
  size_t bar = script.find('|');
  if (script.size() < 3 || bar == std::string::npos) return false;
  size_t cut = 0;
  auto [ptr, ec] = std::from_chars(script.data() + 1, script.data() + bar, cut);
  if (ec != std::errc() || ptr != script.data() + bar || cut > form.size()) return false;
  std::string base = script[0] == 'l' ? tagging::ascii_lower(form) : form;
  if (cut == base.size() && bar + 1 == script.size()) return false;  // would leave nothing
  // A script learned on another word may cut into a multi-byte character here: not a fit.
  size_t keep = base.size() - cut;
  if (keep < base.size() && (static_cast<unsigned char>(base[keep]) & 0xC0) == 0x80) return false;
  lemma = base.substr(0, base.size() - cut) + script.substr(bar + 1);
  return true;
}

}  // namespace dateline
