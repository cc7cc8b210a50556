#pragma once

#include <array>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <functional>
#include <memory>
#include <sstream>
#include <string>
#include <sys/resource.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

namespace dateline::testing {

inline std::string shared_dir() { return DATELINE_SHARED_DIR; }
inline std::string source_dir() { return DATELINE_SOURCE_DIR; }

inline std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

struct RunResult {
  int exit_code = -1;
  std::string out;  // standard output
};

// A per-process scratch directory, so test binaries running side by side do not collide. It is
// removed when the process exits: ctest runs every test in its own process, and a run used to
// leave some 300 directories behind in /tmp.
inline std::string scratch_dir() {
  struct Scratch {
    std::string path = "/tmp/dateline_tests_" + std::to_string(getpid());
    ~Scratch() {
      std::error_code ignored;
      std::filesystem::remove_all(path, ignored);
    }
  };
  static const Scratch scratch;
  std::filesystem::create_directories(scratch.path);
  return scratch.path;
}

inline std::string stderr_path() { return scratch_dir() + "/stderr"; }

// Runs the dateline CLI with `args` (a shell-quoted string) after `prefix` (a command that
// runs it, e.g. as another user); its stderr is kept for last_stderr().
inline RunResult run_cli_with(const std::string& prefix, const std::string& args, const std::string& stdin_file = "") {
  std::string cmd = prefix + std::string(DATELINE_CLI) + " " + args + " 2>" + stderr_path();
  if (!stdin_file.empty()) cmd += " < " + stdin_file;
  RunResult r;
  FILE* p = popen(cmd.c_str(), "r");
  if (!p) return r;
  std::array<char, 65536> buf{};
  size_t n;
  while ((n = fread(buf.data(), 1, buf.size(), p)) > 0) r.out.append(buf.data(), n);
  int status = pclose(p);
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return r;
}

inline RunResult run_cli(const std::string& args, const std::string& stdin_file = "") {
  return run_cli_with("", args, stdin_file);
}

inline std::string last_stderr() { return read_file(stderr_path()); }

// A file in a fresh temporary directory holding `content`.
inline std::string temp_file(const std::string& name, const std::string& content) {
  std::string path = scratch_dir() + "/" + name;
  std::ofstream(path, std::ios::binary) << content;
  return path;
}

// Runs `body` in a child process and waits at most `seconds` for it, so that a hang or a crash
// on a hostile input fails the one test instead of stalling or killing the whole binary. The
// child may map at most 1 GiB more than the parent has, so a runaway allocation fails fast
// rather than starving the machine. Returns "finished", "threw" (an exception left `body`),
// "crashed (signal N)" or "still running after N s".
inline std::string run_in_child(double seconds, const std::function<void()>& body) {
  std::fflush(nullptr);  // what the parent buffered must not be written twice
  unsigned long long pages = 0;
  if (FILE* statm = std::fopen("/proc/self/statm", "r")) {
    if (std::fscanf(statm, "%llu", &pages) != 1) pages = 0;
    std::fclose(statm);
  }
  pid_t pid = fork();
  if (pid < 0) return "fork failed";
  if (pid == 0) {
    if (pages > 0) {
      rlim_t limit = pages * static_cast<rlim_t>(sysconf(_SC_PAGESIZE)) + (rlim_t{1} << 30);
      rlimit cap{limit, limit};
      setrlimit(RLIMIT_AS, &cap);
    }
    int code = 0;
    try {
      body();
    } catch (...) {
      code = 1;
    }
    _exit(code);
  }
  auto deadline = std::chrono::steady_clock::now() + std::chrono::duration<double>(seconds);
  int status = 0;
  while (waitpid(pid, &status, WNOHANG) == 0) {
    if (std::chrono::steady_clock::now() > deadline) {
      kill(pid, SIGKILL);
      waitpid(pid, &status, 0);
      return "still running after " + std::to_string(static_cast<int>(seconds)) + " s";
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
  if (WIFSIGNALED(status)) return "crashed (signal " + std::to_string(WTERMSIG(status)) + ")";
  return WEXITSTATUS(status) == 0 ? "finished" : "threw";
}

}  // namespace dateline::testing
