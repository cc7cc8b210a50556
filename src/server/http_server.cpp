// `dateline serve`: routes of the JSON API and the page (docs/server.md). Each request opens
// its own read-only store connection (SQLite connections are not shared between threads) and
// runs the one shared, const pipeline.
#include <httplib.h>

#include <algorithm>
#include <nlohmann/json.hpp>

#include "dateline/error.hpp"
#include "dateline/html.hpp"
#include "dateline/ingest.hpp"
#include "dateline/json.hpp"
#include "dateline/server.hpp"
#include "dateline/store.hpp"

namespace dateline {
namespace {

using Json = nlohmann::ordered_json;

constexpr int64_t kMaxRows = 1000;  // a query asks for at most this many rows

void send_json(httplib::Response& res, const Json& j, int status = 200) {
  res.status = status;
  res.set_content(dump_json(j), "application/json; charset=utf-8");
}

void send_error(httplib::Response& res, int status, const std::string& message) {
  send_json(res, Json{{"error", message}}, status);
}

// The HTTP status for a library error: the caller's fault (400) or ours (500).
int status_of(const Error& e) {
  switch (e.code()) {
    case ExitCode::usage:
    case ExitCode::bad_input: return 400;
    default: return 500;
  }
}

// The last resort when even writing the JSON error failed (e.g. out of memory): a fixed body.
void send_fallback(httplib::Response& res) noexcept {
  try {
    res.status = 500;
    res.set_content(R"({"error":"internal error"})", "application/json; charset=utf-8");
  } catch (...) {
  }
}

// Runs a handler so that nothing it throws leaves it: cpp-httplib calls the error handler, and
// its exception handler, outside any try block, so an exception from them would end the whole
// server. A dateline::Error keeps its status; anything else is our bug and answers 500.
template <class F>
void guarded(httplib::Response& res, F&& handler) noexcept {
  try {
    try {
      handler();
    } catch (const Error& e) {
      send_error(res, status_of(e), e.what());
    } catch (const std::exception& e) {
      send_error(res, 500, std::string("internal error: ") + e.what());
    } catch (...) {
      send_error(res, 500, "internal error");
    }
  } catch (...) {
    send_fallback(res);
  }
}

std::string param(const httplib::Request& req, const char* name) {
  return req.has_param(name) ? req.get_param_value(name) : std::string();
}

Json rows_as_objects(const QueryResult& r) {
  Json rows = Json::array();
  for (const auto& row : r.rows) {
    Json o = Json::object();
    for (size_t i = 0; i < r.columns.size(); ++i) o[r.columns[i]] = row[i] ? Json(*row[i]) : Json(nullptr);
    rows.push_back(std::move(o));
  }
  return Json{{"columns", r.columns}, {"rows", std::move(rows)}};
}

}  // namespace

struct HttpServer::Impl {
  const Pipeline& pipeline;
  ServerOptions options;
  httplib::Server http;

  Impl(const Pipeline& p, ServerOptions o) : pipeline(p), options(std::move(o)) {}

  // Runs `body` against a fresh read-only connection, turning the library's errors into JSON.
  // Only a usage error (a bad filter) is the client's; bad input here is the store's (damaged,
  // unreadable, a stored document that does not unpack), so the server's fault: 500.
  template <class F>
  void with_store(httplib::Response& res, F&& body) {
    if (options.db.empty()) return send_error(res, 404, "this server has no store (start it with --db)");
    try {
      Store store(options.db, /*read_only=*/true);
      body(store);
    } catch (const Error& e) {
      send_error(res, e.code() == ExitCode::usage ? 400 : 500, e.what());
    }
  }

  void stats(const httplib::Request&, httplib::Response& res) {
    with_store(res, [&](Store& store) {
      StoreCounts c = store.counts();
      send_json(res, Json{{"articles", c.articles}, {"duplicates", c.duplicates}, {"entities", c.entities},
                          {"mentions", c.mentions}, {"quotes", c.quotes}, {"events", c.events},
                          {"failures", c.failures}, {"schema_version", store.schema_version()},
                          {"stages", pipeline.stage_names()}});
    });
  }

  void query(const httplib::Request& req, httplib::Response& res) {
    QueryOptions q;
    q.what = req.matches[1];
    q.actor = param(req, "actor");
    q.type = param(req, "type");
    q.since = param(req, "since");
    q.until = param(req, "until");
    q.source_actor = param(req, "source");
    q.target_actor = param(req, "target");
    q.count_by = param(req, "count_by");
    if (std::string unique = param(req, "unique"); !unique.empty()) {
      if (unique != "0" && unique != "1") return send_error(res, 400, "unique must be 0 or 1");
      q.unique = unique == "1";
    }
    // One answer holds at most kMaxRows rows, whatever is asked (0, "all", asks for that
    // many); the rest is reached by paging with offset, as the answer's next_offset says.
    auto number = [&](const char* name, int64_t& out, int64_t max) {
      std::string v = param(req, name);
      if (v.empty()) return true;
      if (v.find_first_not_of("0123456789") != std::string::npos || v.size() > 12) {
        send_error(res, 400, std::string(name) + " must be a number from 0 to " + std::to_string(max));
        return false;
      }
      out = std::stoll(v);
      return true;
    };
    constexpr int64_t kMaxOffset = 999'999'999'999;
    if (!number("limit", q.limit, kMaxRows) || !number("offset", q.offset, kMaxOffset)) return;
    q.limit = q.limit == 0 ? kMaxRows : std::min(q.limit, kMaxRows);
    with_store(res, [&](Store& store) {
      QueryResult r = query_store(store, q);
      Json answer = rows_as_objects(r);
      const int64_t end = q.offset + static_cast<int64_t>(r.rows.size());
      answer["total"] = r.total;
      answer["offset"] = q.offset;
      answer["limit"] = q.limit;
      answer["next_offset"] = end < r.total ? Json(end) : Json(nullptr);
      send_json(res, answer);
    });
  }

  void article(const httplib::Request& req, httplib::Response& res) {
    const std::string id = req.matches[1];
    if (id.size() > 18) return send_error(res, 404, "no article " + id);
    with_store(res, [&](Store& store) {
      std::optional<Document> doc = store.load_document(std::stoll(id));
      if (!doc) return send_error(res, 404, "no article " + id);
      send_json(res, to_json(*doc));
    });
  }

  // Runs the pipeline on the posted article: plain text, or HTML with ?format=html.
  void read(const httplib::Request& req, httplib::Response& res) {
    ReadOptions read_options;
    read_options.max_bytes = options.max_body_bytes;
    if (std::string date = param(req, "date"); !date.empty()) {
      if (!is_iso_date(date)) return send_error(res, 400, "date must be YYYY-MM-DD, got '" + date + "'");
      read_options.date = date;
      read_options.date_source = "request";
    } else if (!options.default_date.empty()) {
      read_options.date = options.default_date;  // `serve --date`, checked when the server started
    }
    const std::string format = req.has_param("format") ? param(req, "format") : "text";
    if (format != "text" && format != "html") return send_error(res, 400, "format must be text or html");
    try {
      Document doc = format == "html" ? document_from_html(req.body, "http-post", read_options)
                                      : document_from_text(req.body, "http-post", read_options);
      pipeline.run(doc);
      send_json(res, to_json(doc));
    } catch (const Error& e) {
      send_error(res, status_of(e), e.what());
    }
  }

  // Each route as an httplib handler that cannot throw (see guarded).
  template <class F>
  httplib::Server::Handler route(F member) {
    return [this, member](const httplib::Request& req, httplib::Response& res) {
      guarded(res, [&] { (this->*member)(req, res); });
    };
  }

  void routes() {
    http.set_payload_max_length(options.max_body_bytes);
    http.Get("/", [](const httplib::Request&, httplib::Response& res) {
      res.set_content(std::string(browse_page()), "text/html; charset=utf-8");
    });
    http.Get("/api/stats", route(&Impl::stats));
    http.Get(R"(/api/query/([a-z]+))", route(&Impl::query));
    http.Get(R"(/api/articles/(\d+))", route(&Impl::article));
    http.Post("/api/read", route(&Impl::read));
    // Unknown routes and oversized bodies get a JSON error too (the handlers above set their
    // own). The path is the client's, after percent-decoding: any bytes at all.
    http.set_error_handler([](const httplib::Request& req, httplib::Response& res) {
      if (!res.body.empty()) return;
      guarded(res, [&] {
        if (res.status == 413) return send_error(res, 413, "request body too large");
        send_error(res, res.status, res.status == 404 ? "no route " + req.path : "bad request");
      });
    });
    // Only reached if a handler let something through, which guarded() does not.
    http.set_exception_handler([](const httplib::Request&, httplib::Response& res, std::exception_ptr) {
      send_fallback(res);
    });
  }
};

HttpServer::HttpServer(const Pipeline& pipeline, ServerOptions options)
    : impl_(std::make_unique<Impl>(pipeline, std::move(options))) {
  impl_->routes();
}

HttpServer::~HttpServer() = default;

int HttpServer::bind(const std::string& host, int port) {
  if (!impl_->options.db.empty()) Store check(impl_->options.db, /*read_only=*/true);  // fail now, not per request
  int bound = port == 0 ? impl_->http.bind_to_any_port(host) : (impl_->http.bind_to_port(host, port) ? port : -1);
  if (bound <= 0) throw Error(ExitCode::usage, "cannot listen on " + host + ":" + std::to_string(port));
  return bound;
}

void HttpServer::run() { impl_->http.listen_after_bind(); }

void HttpServer::stop() { impl_->http.stop(); }

}  // namespace dateline
