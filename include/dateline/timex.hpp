// Time expressions ("Friday", "a day earlier", "December", "late 2012", "last spring",
// "on March 3", "March 3, 2014", "in 2013", "yesterday", "last week" ...) found in text and
// resolved against the article date to a day ("2014-02-14") or a range ("2013-03-01/2013-05-31").
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace dateline {

struct TimeExpression {
  uint32_t start = 0;  // byte offsets into the text searched
  uint32_t end = 0;
  std::string text;
  std::string value;   // resolved date or range; empty when it needs an anchor and has none
};

// Every time expression in `text`, left to right, resolved against `anchor` (YYYY-MM-DD).
// News convention: a bare weekday or month refers to the latest one on or before the anchor.
std::vector<TimeExpression> find_time_expressions(std::string_view text,
                                                  const std::optional<std::string>& anchor);

// The value of one phrase when the whole phrase is a time expression, else nullopt.
std::optional<std::string> resolve_time_expression(std::string_view phrase,
                                                   const std::optional<std::string>& anchor);

}  // namespace dateline
