// Errors and the exit codes the CLI maps them to (documented in docs/cli.md).
#pragma once

#include <stdexcept>
#include <string>

namespace dateline {

enum class ExitCode : int {
  ok = 0,
  partial = 1,      // some inputs failed, the others were processed
  usage = 2,        // bad flags or arguments
  bad_input = 3,    // an input could not be read or is not text (missing, empty, binary, ...)
  bad_resource = 4, // a model or dictionary is missing or malformed
  internal = 70,
};

class Error : public std::runtime_error {
 public:
  Error(ExitCode code, const std::string& message) : std::runtime_error(message), code_(code) {}
  ExitCode code() const { return code_; }

 private:
  ExitCode code_;
};

}  // namespace dateline
