// A prepared SQLite statement with bound parameters, freed on scope exit (not public API).
#pragma once

#include <sqlite3.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "dateline/error.hpp"

namespace dateline::store {

// The error for SQLite's result code `rc`. A damaged file, a file that is not a database, or
// one that cannot be opened, written or locked is a fault of the store file or where it lives,
// not of dateline: bad input, with the file named (SQLite's own messages never name it).
// Anything else (a misuse, a constraint a dateline query broke) is a bug.
inline Error error_of(sqlite3* db, int rc, const std::string& what, const std::string& message) {
  const char* file = db ? sqlite3_db_filename(db, "main") : nullptr;
  std::string name = file && *file ? file : "the store";
  switch (rc & 0xff) {
    case SQLITE_NOTADB: return Error(ExitCode::bad_input, name + ": not a dateline store (not an SQLite database)");
    case SQLITE_CORRUPT:
      return Error(ExitCode::bad_input, name + ": the store is damaged (" + message +
                                            "); restore it from a copy, or ingest again into a new file");
    case SQLITE_CANTOPEN:
    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_IOERR:
    case SQLITE_FULL:
    case SQLITE_BUSY:
    case SQLITE_LOCKED: return Error(ExitCode::bad_input, name + ": cannot use the store (" + message + ")");
    default: return Error(ExitCode::internal, "SQLite: " + what + ": " + message);
  }
}

[[noreturn]] inline void fail(sqlite3* db, int rc, const std::string& what) {
  throw error_of(db, rc, what, sqlite3_errmsg(db));
}

inline void exec(sqlite3* db, const char* sql) {
  char* message = nullptr;
  if (int rc = sqlite3_exec(db, sql, nullptr, nullptr, &message); rc != SQLITE_OK) {
    std::string m = message ? message : sqlite3_errstr(rc);
    sqlite3_free(message);
    throw error_of(db, rc, "exec", m);
  }
}

// SQL functions the queries use: dateline_outlet(url, source) (article_outlet).
void register_functions(sqlite3* db);

class Statement {
 public:
  Statement(sqlite3* db, std::string_view sql) : db_(db) {
    if (int rc = sqlite3_prepare_v2(db, sql.data(), static_cast<int>(sql.size()), &stmt_, nullptr); rc != SQLITE_OK)
      fail(db, rc, "prepare");
  }
  ~Statement() { sqlite3_finalize(stmt_); }
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;

  Statement& bind(int i, std::string_view v) {
    sqlite3_bind_text(stmt_, i, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT);
    return *this;
  }
  Statement& bind(int i, const std::string& v) { return bind(i, std::string_view(v)); }
  Statement& bind(int i, const char* v) { return bind(i, std::string_view(v)); }
  Statement& bind(int i, const std::optional<std::string>& v) {
    if (v) return bind(i, std::string_view(*v));
    sqlite3_bind_null(stmt_, i);
    return *this;
  }
  Statement& bind(int i, int64_t v) {
    sqlite3_bind_int64(stmt_, i, v);
    return *this;
  }
  Statement& bind(int i, double v) {
    sqlite3_bind_double(stmt_, i, v);
    return *this;
  }
  Statement& bind_blob(int i, std::string_view v) {
    sqlite3_bind_blob(stmt_, i, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT);
    return *this;
  }
  Statement& bind_null(int i) {
    sqlite3_bind_null(stmt_, i);
    return *this;
  }

  // True while rows come; throws on errors.
  bool step() {
    int rc = sqlite3_step(stmt_);
    if (rc == SQLITE_ROW) return true;
    if (rc == SQLITE_DONE) return false;
    fail(db_, rc, "step");
  }
  void run() {
    step();
    reset();
  }
  void reset() {
    sqlite3_reset(stmt_);
    sqlite3_clear_bindings(stmt_);
  }

  int columns() const { return sqlite3_column_count(stmt_); }
  std::string column_name(int i) const { return sqlite3_column_name(stmt_, i); }
  bool is_null(int i) const { return sqlite3_column_type(stmt_, i) == SQLITE_NULL; }
  int64_t integer(int i) const { return sqlite3_column_int64(stmt_, i); }
  double real(int i) const { return sqlite3_column_double(stmt_, i); }
  std::string text(int i) const {
    const auto* p = sqlite3_column_text(stmt_, i);
    return p ? std::string(reinterpret_cast<const char*>(p), static_cast<size_t>(sqlite3_column_bytes(stmt_, i))) : "";
  }
  std::string blob(int i) const {
    const void* p = sqlite3_column_blob(stmt_, i);
    return p ? std::string(static_cast<const char*>(p), static_cast<size_t>(sqlite3_column_bytes(stmt_, i))) : "";
  }

 private:
  sqlite3* db_;
  sqlite3_stmt* stmt_ = nullptr;
};

}  // namespace dateline::store
