// Line-level rules of the structure stage, driven by lexicons/boilerplate.txt and
// lexicons/credits.txt: is this line boilerplate, a photo credit, a caption with its credit
// inside, or a byline?
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace dateline::structure {

// The boilerplate reason ("newsletter", "advertisement", ...) of a whole line, or nullopt.
std::optional<std::string_view> boilerplate_reason(std::string_view line);

// True for a photo-credit line: "Mark Ellis/AFP/Getty Images", "(AP Photo/Jane Doe)",
// "Photo: Jane Doe", "REUTERS/John Roe".
bool is_credit_line(std::string_view line);

struct InlineCredit {
  std::string_view caption;
  std::string_view credit;
};

// A caption that carries its credit at the end: "Crowds gather. (AP Photo/Jane Doe)" or
// "Crowds gather. Photograph: Jane Doe/Reuters".
std::optional<InlineCredit> split_inline_credit(std::string_view line);

// The caption text of a labelled caption line: "Image caption, Crowds gather" → "Crowds gather".
std::optional<std::string_view> labelled_caption(std::string_view line);

// The credit without wrapping parentheses and a "Photo:"-style label kept as written.
std::string_view credit_text(std::string_view credit);

// The byline's names if `line` is one ("By Jane Doe" → "Jane Doe"; "Jane Doe | Reuters" as is).
std::optional<std::string_view> byline_names(std::string_view line);

}  // namespace dateline::structure
