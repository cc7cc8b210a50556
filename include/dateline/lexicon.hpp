// Data that dateline owns (gazetteers, cue lists, patterns) lives in lexicons/ and is compiled
// into the library; these functions read it.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace dateline {

// The text of lexicons/<name>, or nullopt.
std::optional<std::string_view> embedded_lexicon(std::string_view name);

// The text of lexicons/<name>; throws dateline::Error when it does not exist.
std::string_view lexicon(std::string_view name);

// The data lines of a lexicon: comments (#...) and blank lines dropped, each line split on tabs.
std::vector<std::vector<std::string_view>> lexicon_rows(std::string_view name);

}  // namespace dateline
