// Line-level helpers shared by the PETRARCH dictionary readers.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "dateline/error.hpp"

namespace dateline::petrarch::detail {

// Walks the lines of a dictionary, dropping '#' comments and <!-- --> comment blocks (which may
// span several lines), and keeps the 1-based line number for error messages.
class LineReader {
 public:
  LineReader(std::string_view text, std::string name) : text_(text), name_(std::move(name)) {}
  // The next line with comments removed (possibly blank); false at the end of the text.
  bool next(std::string& line);
  int line_number() const { return line_no_; }
  const std::string& name() const { return name_; }
  [[noreturn]] void fail(const std::string& what) const;

 private:
  std::string_view text_;
  std::string name_;
  size_t pos_ = 0;
  int line_no_ = 0;
  bool in_comment_ = false;
};

std::string_view trim(std::string_view s);
std::string upper(std::string_view s);
// Splits on spaces, tabs and '_' into upper-case words; `stem_last` says the last word had no
// trailing '_' (TABARI: an unterminated word also matches longer words it begins).
std::vector<std::string> phrase_words(std::string_view phrase, bool* stem_last = nullptr, std::vector<bool>* spaced = nullptr);
// The text between the first '[' and the matching ']' after `from`, or npos-empty.
bool bracket(std::string_view s, size_t from, std::string_view& inside, size_t& end);
// The whole text of a file; throws bad_resource when unreadable.
std::string read_dictionary_file(const std::string& path);

}  // namespace dateline::petrarch::detail
