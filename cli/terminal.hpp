// Colours and terminal detection for human-readable output.
#pragma once

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <string>

namespace dateline::cli {

inline bool stdout_is_terminal() { return isatty(fileno(stdout)) != 0; }
inline bool stderr_is_terminal() { return isatty(fileno(stderr)) != 0; }

struct Style {
  bool on = false;
  std::string wrap(const char* code, const std::string& s) const {
    return on ? std::string("\033[") + code + "m" + s + "\033[0m" : s;
  }
  std::string bold(const std::string& s) const { return wrap("1", s); }
  std::string dim(const std::string& s) const { return wrap("2", s); }
  std::string red(const std::string& s) const { return wrap("31", s); }
  std::string green(const std::string& s) const { return wrap("32", s); }
  std::string yellow(const std::string& s) const { return wrap("33", s); }
  std::string blue(const std::string& s) const { return wrap("34", s); }
  std::string magenta(const std::string& s) const { return wrap("35", s); }
  std::string cyan(const std::string& s) const { return wrap("36", s); }
};

inline Style stdout_style() { return Style{stdout_is_terminal() && std::getenv("NO_COLOR") == nullptr}; }

}  // namespace dateline::cli
