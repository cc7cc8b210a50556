// The HTTP server behind `dateline serve`: a JSON API over a store (written by `dateline
// ingest`) and over the pipeline, and a web page to browse both. Routes: docs/server.md.
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

#include "dateline/stage.hpp"

namespace dateline {

struct ServerOptions {
  std::string db;                          // the store to browse; empty serves only /api/read
  size_t max_body_bytes = size_t{8} << 20; // larger POST bodies get 413
  std::string default_date;                // YYYY-MM-DD for /api/read without ?date= (empty: none)
};

class HttpServer {
 public:
  // The pipeline must outlive the server; it runs concurrently on the server's threads.
  HttpServer(const Pipeline& pipeline, ServerOptions options);
  ~HttpServer();
  HttpServer(const HttpServer&) = delete;
  HttpServer& operator=(const HttpServer&) = delete;

  // Binds to host:port (port 0 picks a free one) and returns the port. Throws dateline::Error
  // (usage) when the address cannot be bound, or (bad_input) when the store cannot be opened.
  int bind(const std::string& host, int port);
  // Serves requests until stop() is called from another thread (or a signal handler's thread).
  void run();
  void stop();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// The browsing page served at "/" (web/browse.html, embedded at build time).
std::string_view browse_page();

}  // namespace dateline
