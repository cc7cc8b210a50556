#pragma once

#include <memory>

#include "dateline/stage.hpp"

namespace dateline {

// Rewrites Document::text with normalize_text() (text.hpp), keeping source_map in step.
std::unique_ptr<Stage> make_normalize_stage();

}  // namespace dateline
