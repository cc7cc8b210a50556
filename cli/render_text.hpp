#pragma once

#include <ostream>

#include "dateline/document.hpp"
#include "terminal.hpp"

namespace dateline::cli {

// A readable summary of a document for a person at a terminal.
void render_text(std::ostream& out, const Document& doc, const Style& style);

}  // namespace dateline::cli
