// dateline serve: the HTTP API and browse page over a store (docs/server.md).
#include <pthread.h>

#include <csignal>
#include <iostream>
#include <thread>

#include "command.hpp"
#include "dateline/error.hpp"
#include "dateline/ingest.hpp"
#include "dateline/server.hpp"

namespace dateline::cli {
namespace {

struct ServeArgs {
  std::string db, host = "127.0.0.1", models;
  int port = 8080;
  size_t max_body = size_t{8} << 20;
  int parse_beam = 0;
  std::string home_country;
  bool no_actor_table = false;
  std::string date;
};

int run_serve(const ServeArgs& a) {
  // SIGINT/SIGTERM are taken by sigwait below, on this thread, so the server stops cleanly
  // (its stop() is not safe inside a signal handler). Blocked before any thread starts.
  sigset_t stop_signals;
  sigemptyset(&stop_signals);
  sigaddset(&stop_signals, SIGINT);
  sigaddset(&stop_signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);

  if (!a.date.empty() && !is_iso_date(a.date))
    throw Error(ExitCode::usage, "--date must be YYYY-MM-DD, got '" + a.date + "'");
  PipelineOptions popts;
  popts.models_dir = a.models;
  popts.parse_beam = a.parse_beam;
  popts.home_country = a.home_country;
  popts.actor_table = !a.no_actor_table;
  Pipeline pipeline = Pipeline::standard(popts);
  HttpServer server(pipeline, ServerOptions{a.db, a.max_body, a.date});
  int port = server.bind(a.host, a.port);
  std::cerr << "dateline: serving http://" << a.host << ':' << port << "/ (" << (a.db.empty() ? "no store" : a.db)
            << "); Ctrl-C stops\n";
  std::thread serving([&] { server.run(); });
  int signal = 0;
  sigwait(&stop_signals, &signal);
  server.stop();
  serving.join();
  return 0;
}

const RegisterCommand reg{{"", "serve", "Serve a store and the pipeline over HTTP, with a page to browse them",
  [](CLI::App& app) -> std::function<int()> {
    auto a = std::make_shared<ServeArgs>();
    app.add_option("--db", a->db, "SQLite database written by ingest (without it only POST /api/read works)");
    app.add_option("--host", a->host, "Address to listen on")->capture_default_str();
    app.add_option("--port", a->port, "Port to listen on (0 picks a free one)")->check(CLI::Range(0, 65535))->capture_default_str();
    app.add_option("--models", a->models, "Directory of trained models");
    app.add_option("--date", a->date, "Date YYYY-MM-DD of POST /api/read articles that give none (no ?date=, no page date)");
    add_parse_beam_option(app, a->parse_beam);
    add_home_country_option(app, a->home_country);
    add_actor_table_option(app, a->no_actor_table);
    app.add_option("--max-body", a->max_body, "Largest POST body in bytes")->capture_default_str();
    return [a] { return run_serve(*a); };
  }}};

}  // namespace
}  // namespace dateline::cli
