// Line-level boilerplate tests, run only on the few blocks already chosen as main text.
#include "credit_lines.hpp"

#include <array>
#include <string>

namespace dateline::html {
namespace {

constexpr size_t kMaxCreditChars = 200;  // credits and captions are one short line
constexpr size_t kMaxLegalChars = 300;   // copyright footers run to a few sentences
constexpr size_t kMaxDateChars = 40;

std::string ascii_lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  return out;
}

bool is_alnum_byte(char c) {
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (static_cast<unsigned char>(c) >= 0x80);
}

size_t skip_spaces(const std::string& s, size_t i) {
  while (i < s.size() && s[i] == ' ') ++i;
  return i;
}

bool starts_with_at(const std::string& s, size_t i, std::string_view w) { return s.compare(i, w.size(), w) == 0; }

// "Foto: …", "Abbildung 4: …", "Fotos © …", "Fotos/Illustration: …": a caption or credit
// label, an optional number, then a colon, © or slash.
bool starts_with_credit_label(const std::string& s) {
  static constexpr std::array<std::string_view, 18> kLabels = {
      "crédits photos", "crédit photo", "fotos", "foto", "photos", "photo", "bilder", "bild", "image", "credits",
      "credit", "quelle", "source", "abbildung", "abb.", "figure", "fig.", "bildquelle"};
  for (std::string_view w : kLabels) {
    if (!starts_with_at(s, 0, w)) continue;
    size_t i = skip_spaces(s, w.size());
    while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i;
    i = skip_spaces(s, i);
    return i < s.size() && (s[i] == ':' || s[i] == '/' || starts_with_at(s, i, "©"));
  }
  return false;
}

// "AFP / NAME", "© dpa / …": a picture agency followed by a slash.
bool names_picture_agency(const std::string& s) {
  static constexpr std::array<std::string_view, 8> kAgencies = {"afp",  "dpa",         "reuters", "ap",
                                                                "imago", "getty images", "istock", "shutterstock"};
  for (std::string_view w : kAgencies) {
    for (size_t at = s.find(w); at != std::string::npos; at = s.find(w, at + 1)) {
      if (at > 0 && is_alnum_byte(s[at - 1])) continue;
      size_t i = skip_spaces(s, at + w.size());
      if (i < s.size() && s[i] == '/') return true;
    }
  }
  return false;
}

bool is_legal_or_app_line(const std::string& s) {
  if (starts_with_at(s, 0, "©") || starts_with_at(s, 0, "subscribe")) return true;
  for (std::string_view w : {"all rights reserved", "alle rechte vorbehalten", "copyrighted"})
    if (s.find(w) != std::string::npos) return true;
  for (std::string_view w : {"download the ", "download our "}) {
    size_t at = s.find(w);
    if (at != std::string::npos && s.find(" app", at) != std::string::npos && s.find(" app", at) < at + 60) return true;
  }
  return false;
}

}  // namespace

bool is_credit_or_legal_line(std::string_view text) {
  if (text.size() > kMaxLegalChars) return false;
  std::string s = ascii_lower(text);
  if (is_legal_or_app_line(s)) return true;
  return text.size() <= kMaxCreditChars && (starts_with_credit_label(s) || names_picture_agency(s));
}

bool is_bare_date_line(std::string_view text) {
  if (text.size() > kMaxDateChars) return false;
  // Tokens split at spaces and date punctuation: numbers, and at most two words (a weekday, a
  // month, "Uhr"); anything mixed is not a bare date.
  int numbers = 0, words = 0;
  size_t i = 0;
  while (i < text.size()) {
    char c = text[i];
    if (c == ' ' || c == ',' || c == '.' || c == '/' || c == ':') { ++i; continue; }
    bool digits = true, letters = true;
    size_t j = i;
    for (; j < text.size(); ++j) {
      char d = text[j];
      if (d == ' ' || d == ',' || d == '.' || d == '/' || d == ':') break;
      bool digit = d >= '0' && d <= '9';
      bool letter = (d >= 'a' && d <= 'z') || (d >= 'A' && d <= 'Z') || static_cast<unsigned char>(d) >= 0x80;
      digits = digits && digit;
      letters = letters && letter;
    }
    if (digits) ++numbers;
    else if (letters) ++words;
    else return false;
    i = j;
  }
  return numbers >= 2 && words <= 2;
}

}  // namespace dateline::html
