// Short lines that sit inside the article's container but are not its text: photo credits and
// captions written as plain paragraphs, copyright and subscription footers, bare dates.
#pragma once

#include <string_view>

namespace dateline::html {

// True for a credit, caption, legal or app/subscription line ("Foto: dpa", "AFP / NAME",
// "© 2020 … All Rights Reserved.", "Abbildung 4: …").
bool is_credit_or_legal_line(std::string_view text);

// True for a block that is only a date or time ("15. Mai 2019, 05:28 Uhr", "21.05.2019").
bool is_bare_date_line(std::string_view text);

}  // namespace dateline::html
