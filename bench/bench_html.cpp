// HTML extraction speed, one thread: MB of HTML per second through extract_html (charset,
// prescan, gumbo parse, metadata, main-text selection) over the trafilatura evaluation pages.
// Usage: bench_html [DIR_OF_HTML_FILES] [ROUNDS]
#include <chrono>
#include <ctime>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "dateline/error.hpp"
#include "dateline/html.hpp"

int main(int argc, char** argv) {
  namespace fs = std::filesystem;
  std::string dir = argc > 1 ? argv[1] : std::string(DATELINE_SHARED_DIR) + "/data/html/trafilatura-eval/pages";
  int rounds = argc > 2 ? std::atoi(argv[2]) : 3;
  if (!fs::is_directory(dir)) {
    std::printf("bench_html: %s not found, skipped\n", dir.c_str());
    return 0;
  }
  std::vector<std::string> pages;
  size_t bytes = 0;
  for (const auto& e : fs::directory_iterator(dir)) {
    std::ifstream in(e.path(), std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    pages.push_back(ss.str());
    bytes += pages.back().size();
  }
  size_t text_bytes = 0, failed = 0;
  auto start = std::chrono::steady_clock::now();
  std::clock_t cpu_start = std::clock();
  for (int r = 0; r < rounds; ++r)
    for (const auto& p : pages) {
      try {
        text_bytes += dateline::extract_html(p).text.size();
      } catch (const dateline::Error&) {
        ++failed;
      }
    }
  double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  // CPU time too: on a shared machine wall time measures the neighbours as much as us.
  double cpu = static_cast<double>(std::clock() - cpu_start) / CLOCKS_PER_SEC;
  double mb = static_cast<double>(bytes) * rounds / 1e6;
  std::printf("html extraction, 1 thread: %zu pages x %d rounds, %.1f MB of HTML in %.2f s wall = %.1f MB/s, "
              "%.2f s CPU = %.1f MB/s, %.0f pages/s (%zu failed, %.1f MB of text out)\n",
              pages.size(), rounds, mb, s, mb / s, cpu, mb / cpu, static_cast<double>(pages.size()) * rounds / cpu,
              failed, static_cast<double>(text_bytes) / 1e6);
  return 0;
}
