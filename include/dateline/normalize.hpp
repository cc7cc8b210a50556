#pragma once

#include <memory>
#include <string_view>

#include "dateline/stage.hpp"

namespace dateline {

// Rewrites Document::text with normalize_text() (text.hpp), keeping source_map in step.
std::unique_ptr<Stage> make_normalize_stage();

// True when normalize_text() would return `utf8` unchanged (most news text): the stage then
// skips building the copy and its byte map.
bool is_normalized_text(std::string_view utf8);

}  // namespace dateline
