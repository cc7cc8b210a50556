// Opening the store and migrating its schema (docs/store.md). Migration N brings a database
// from version N-1 to N; each runs in its own transaction.
#include <sqlite3.h>

#include <array>
#include <filesystem>

#include "dateline/store.hpp"
#include "sqlite_statement.hpp"

namespace dateline {
namespace {

constexpr std::array<const char*, kStoreSchemaVersion> kMigrations = {
    // 1: the first schema.
    R"sql(
CREATE TABLE articles (
  id INTEGER PRIMARY KEY,
  content_hash TEXT NOT NULL UNIQUE,
  source TEXT NOT NULL,
  url TEXT,
  encoding TEXT NOT NULL,
  date TEXT,
  headline TEXT,
  dateline_place TEXT,
  dateline_country TEXT,
  byline TEXT,
  text_bytes INTEGER NOT NULL,
  warnings TEXT,
  document BLOB NOT NULL,
  ingested_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now'))
);
CREATE INDEX articles_date ON articles(date);
CREATE TABLE article_sources (
  source TEXT PRIMARY KEY,
  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE
);
CREATE INDEX article_sources_article ON article_sources(article_id);
CREATE TABLE entities (
  id INTEGER PRIMARY KEY,
  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  doc_id TEXT NOT NULL,
  name TEXT NOT NULL,
  type TEXT NOT NULL,
  country TEXT,
  role TEXT,
  sector TEXT,
  mention_count INTEGER NOT NULL
);
CREATE INDEX entities_article ON entities(article_id);
CREATE INDEX entities_name ON entities(name COLLATE NOCASE);
CREATE INDEX entities_type ON entities(type);
CREATE TABLE mentions (
  entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  start INTEGER NOT NULL,
  end INTEGER NOT NULL,
  text TEXT NOT NULL
);
CREATE INDEX mentions_entity ON mentions(entity_id);
CREATE TABLE quotes (
  id INTEGER PRIMARY KEY,
  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  speaker_entity INTEGER REFERENCES entities(id),
  speaker_name TEXT,
  cue TEXT,
  addressee TEXT,
  kind TEXT NOT NULL,
  start INTEGER NOT NULL,
  end INTEGER NOT NULL,
  text TEXT NOT NULL
);
CREATE INDEX quotes_article ON quotes(article_id);
CREATE INDEX quotes_speaker ON quotes(speaker_name COLLATE NOCASE);
CREATE TABLE events (
  id INTEGER PRIMARY KEY,
  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  date TEXT,
  source_entity INTEGER REFERENCES entities(id),
  source_name TEXT NOT NULL,
  source_code TEXT,
  source_country TEXT,
  target_entity INTEGER REFERENCES entities(id),
  target_name TEXT,
  target_code TEXT,
  target_country TEXT,
  cameo TEXT NOT NULL,
  plover TEXT,
  mode TEXT,
  quad_class INTEGER,
  goldstein REAL,
  place TEXT,
  sentence INTEGER,
  evidence_start INTEGER,
  evidence_end INTEGER,
  evidence_text TEXT
);
CREATE INDEX events_article ON events(article_id);
CREATE INDEX events_cameo ON events(cameo);
CREATE INDEX events_date ON events(date);
CREATE INDEX events_source_name ON events(source_name COLLATE NOCASE);
CREATE INDEX events_target_name ON events(target_name COLLATE NOCASE);
CREATE INDEX events_source_code ON events(source_code);
CREATE INDEX events_target_code ON events(target_code);
CREATE TABLE failures (
  source TEXT PRIMARY KEY,
  reason TEXT NOT NULL,
  failed_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now'))
);
)sql",
    // 2: one article row per input (keyed by its source); a byte-identical copy of stored
    // content is a row of its own that names the first one in duplicate_of and shares its
    // entities, quotes and events instead of repeating them. article_sources folds into it.
    R"sql(
CREATE TABLE articles_v2 (
  id INTEGER PRIMARY KEY,
  source TEXT NOT NULL UNIQUE,
  content_hash TEXT NOT NULL,
  duplicate_of INTEGER REFERENCES articles_v2(id),
  url TEXT,
  encoding TEXT NOT NULL,
  date TEXT,
  headline TEXT,
  dateline_place TEXT,
  dateline_country TEXT,
  byline TEXT,
  text_bytes INTEGER NOT NULL,
  warnings TEXT,
  document BLOB,
  ingested_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now'))
);
-- Version 1 let a source whose content changed hold two articles; the later ones keep their
-- rows under a source that says so, since source is now unique.
INSERT INTO articles_v2(id, source, content_hash, url, encoding, date, headline, dateline_place, dateline_country,
                        byline, text_bytes, warnings, document, ingested_at)
  SELECT id, CASE WHEN id = (SELECT min(b.id) FROM articles b WHERE b.source = a.source) THEN source
                  ELSE source || ' (article ' || id || ')' END,
         content_hash, url, encoding, date, headline, dateline_place, dateline_country, byline, text_bytes,
         warnings, document, ingested_at
  FROM articles a;
INSERT OR IGNORE INTO articles_v2(source, content_hash, duplicate_of, url, encoding, date, headline, dateline_place,
                                  dateline_country, byline, text_bytes, warnings, ingested_at)
  SELECT s.source, a.content_hash, a.id, a.url, a.encoding, a.date, a.headline, a.dateline_place,
         a.dateline_country, a.byline, a.text_bytes, a.warnings, a.ingested_at
  FROM article_sources s JOIN articles a ON a.id = s.article_id
  WHERE s.source <> a.source ORDER BY s.rowid;
DROP TABLE article_sources;
DROP TABLE articles;
ALTER TABLE articles_v2 RENAME TO articles;
CREATE INDEX articles_date ON articles(date);
CREATE INDEX articles_content_hash ON articles(content_hash);
CREATE INDEX articles_duplicate_of ON articles(duplicate_of);
)sql",
    // 3: where each date came from (Document::date_source, Event::date_source), so a query can
    // tell a story's own date from a crawl date or a --date default. Older rows keep NULL.
    R"sql(
ALTER TABLE articles ADD COLUMN date_source TEXT;
ALTER TABLE events ADD COLUMN date_source TEXT;
)sql",
};

int read_version(sqlite3* db) {
  store::Statement has(db, "SELECT count(*) FROM sqlite_master WHERE type='table' AND name='schema_version'");
  has.step();
  if (has.integer(0) == 0) {
    store::Statement tables(db, "SELECT count(*) FROM sqlite_master WHERE type='table'");
    tables.step();
    if (tables.integer(0) > 0) {
      const char* file = sqlite3_db_filename(db, "main");
      throw Error(ExitCode::bad_input,
                  std::string(file ? file : "the store") + ": not a dateline store (it has tables but no schema_version)");
    }
    return 0;
  }
  store::Statement v(db, "SELECT max(version) FROM schema_version");
  return v.step() && !v.is_null(0) ? static_cast<int>(v.integer(0)) : 0;
}

// `path` as an SQLite URI filename that opens it immutable.
std::string immutable_uri(const std::string& path) {
  std::string uri = "file:";
  for (char c : path) {
    if (c == '%' || c == '?' || c == '#') {
      static constexpr char kHex[] = "0123456789abcdef";
      auto b = static_cast<unsigned char>(c);
      uri += {'%', kHex[b >> 4], kHex[b & 15]};
    } else {
      uri += c;
    }
  }
  return uri + "?immutable=1";
}

sqlite3* open_connection(const std::string& path, int flags) {
  sqlite3* db = nullptr;
  if (sqlite3_open_v2(path.c_str(), &db, flags | SQLITE_OPEN_NOMUTEX, nullptr) != SQLITE_OK) {
    std::string why = db ? sqlite3_errmsg(db) : "out of memory";
    sqlite3_close(db);
    throw Error(ExitCode::bad_input, path + ": cannot open the store (" + why + ")");
  }
  return db;
}

}  // namespace

Store::Store(const std::string& path, bool read_only) {
  db_ = open_connection(path, read_only ? SQLITE_OPEN_READONLY : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE));
  // A reader of a WAL database creates the -shm and -wal files beside it, and cannot in a
  // folder it may not write: SQLite then fails with READONLY or CANTOPEN. No one can be
  // writing the store there either (a writer needs those files too), unless a -wal file is
  // already present, so it is read as immutable: without locks or a -shm file.
  int rc = read_only ? sqlite3_exec(db_, "SELECT count(*) FROM sqlite_master", nullptr, nullptr, nullptr) : SQLITE_OK;
  if (rc == SQLITE_READONLY || rc == SQLITE_CANTOPEN) {
    std::error_code ec;
    if (!std::filesystem::exists(path + "-wal", ec)) {
      sqlite3_close(db_);
      db_ = nullptr;
      db_ = open_connection(immutable_uri(path), SQLITE_OPEN_READONLY | SQLITE_OPEN_URI);
    }
  }
  try {
    sqlite3_busy_timeout(db_, 10000);
    store::register_functions(db_);
    store::exec(db_, "PRAGMA foreign_keys=ON");
    int version = read_version(db_);
    if (version > kStoreSchemaVersion)
      throw Error(ExitCode::bad_input, path + ": store schema version " + std::to_string(version) +
                                           " is newer than this dateline (" + std::to_string(kStoreSchemaVersion) + ")");
    if (read_only) {
      if (version < kStoreSchemaVersion) throw Error(ExitCode::bad_input, path + ": not a dateline store (or an old one: run ingest to migrate it)");
      return;
    }
    // WAL: readers never block the writer; synchronous=NORMAL keeps every committed
    // transaction across a process kill (only an OS crash may lose the last ones).
    store::exec(db_, "PRAGMA journal_mode=WAL");
    store::exec(db_, "PRAGMA synchronous=NORMAL");
    // Migrations rebuild tables, and dropping a table with foreign keys on would delete the
    // rows that point at it; the pragma is a no-op inside a transaction, so it goes here.
    if (version < kStoreSchemaVersion) store::exec(db_, "PRAGMA foreign_keys=OFF");
    for (int v = version; v < kStoreSchemaVersion; ++v) {
      store::exec(db_, "BEGIN IMMEDIATE");
      store::exec(db_, kMigrations[static_cast<size_t>(v)]);
      if (v == 0) store::exec(db_, "CREATE TABLE schema_version (version INTEGER NOT NULL)");
      store::exec(db_, ("INSERT INTO schema_version(version) VALUES (" + std::to_string(v + 1) + ")").c_str());
      store::exec(db_, "COMMIT");
    }
    store::exec(db_, "PRAGMA foreign_keys=ON");
  } catch (const Error&) {
    sqlite3_close(db_);
    db_ = nullptr;
    throw;
  }
}

Store::~Store() { sqlite3_close(db_); }

int Store::schema_version() const { return read_version(db_); }

}  // namespace dateline
