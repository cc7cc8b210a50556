// The embedded article store (SQLite): articles with everything the pipeline found in them,
// written by `dateline ingest`, read by `dateline query` and `dateline stats`. Schema and
// migrations: docs/store.md.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "dateline/corpus.hpp"
#include "dateline/document.hpp"
#include "dateline/stage.hpp"

struct sqlite3;

namespace dateline {

inline constexpr int kStoreSchemaVersion = 3;

// The dedupe key of an article's input bytes: FNV-1a 64, CRC-32 and length ("hash-crc-len").
std::string content_hash(std::string_view bytes);

struct StoreCounts {
  int64_t articles = 0;    // one per input (file, WARC record, JSONL line) that held an article
  int64_t duplicates = 0;  // of which byte-identical to an earlier article (duplicate_of set)
  int64_t entities = 0, mentions = 0, quotes = 0, events = 0;
  int64_t failures = 0;  // sources that could not be read
};

// One connection. Not thread-safe: ingest gives it to a single writer thread.
class Store {
 public:
  // Opens or creates the database and brings its schema up to date. Throws dateline::Error
  // (bad_input) for a file that is not a dateline store or has a newer schema.
  explicit Store(const std::string& path, bool read_only = false);
  ~Store();
  Store(const Store&) = delete;
  Store& operator=(const Store&) = delete;

  int schema_version() const;
  // Content hash of every stored source, so a re-run skips what it already holds.
  std::unordered_map<std::string, std::string> known_sources() const;
  // Hashes of the stored contents (first copies), so a copy skips the pipeline.
  std::unordered_set<std::string> known_hashes() const;

  void begin();
  void commit();

  enum class Added { article, duplicate, unchanged, missing };
  // Stores the article of `doc.source` and all its rows; `document_blob` is the
  // zstd-compressed document JSON. When `hash` is already stored under another source, the
  // row is a duplicate of that article instead (its rows are not repeated). A source already
  // stored with the same hash is left alone; with another hash (the file changed) it is
  // replaced.
  Added add_article(const Document& doc, const std::string& hash, const std::string& document_blob);
  // Stores `source` as a duplicate of the article already holding `hash` (`missing` when no
  // article holds it any more).
  Added add_duplicate(const std::string& hash, const std::string& source);
  // Records (or replaces) the failure of a source; a later success removes it.
  void add_failure(const std::string& source, const std::string& reason);

  StoreCounts counts() const;
  // The document stored for an article (rebuilt from its JSON); nullopt when there is none.
  std::optional<Document> load_document(int64_t article_id) const;

  sqlite3* handle() const { return db_; }

 private:
  sqlite3* db_ = nullptr;
};

// zstd-compressed document JSON, as the store keeps it.
std::string pack_document(const Document& doc);
Document unpack_document(std::string_view blob);

// ---- queries -------------------------------------------------------------------------------

struct QueryOptions {
  std::string what;  // events | quotes | entities | articles
  std::string actor;  // events: source/target name or code; quotes: speaker; entities: name; articles: an entity
  std::string type;   // events: CAMEO code prefix; entities: type; quotes: kind
  std::string since, until;  // YYYY-MM-DD, inclusive (event date, else article date)
  int64_t limit = 50;  // 0: every row
  int64_t offset = 0;  // rows skipped before the first one returned (paging)
  // Events only. source_actor / target_actor: like `actor`, but for that side of the event.
  std::string source_actor, target_actor;
  // One row per unique event (day, source code, target code, CAMEO code) with its counts.
  bool unique = false;
  // "day", "week" or "month": counts of events per period instead of events.
  std::string count_by;
};

struct QueryResult {
  std::vector<std::string> columns;
  std::vector<std::vector<std::optional<std::string>>> rows;
  // Rows the query matches without its limit and offset (counted only when the limit cut it
  // short; otherwise offset + rows.size()).
  int64_t total = 0;
};

// Runs a query with every value bound as a parameter. Throws dateline::Error (usage) for an
// unknown `what`, a malformed date, or an option that does not apply to `what`.
QueryResult query_store(const Store& store, const QueryOptions& options);

// The outlet an article came from, for counting distinct sources: the host of its URL
// (lower case, without "www."), else the folder of the file it was read from (the container
// file's folder for a WARC record, a JSONL line or a Reuters element).
std::string article_outlet(const std::optional<std::string>& url, const std::string& source);

// ---- ingest --------------------------------------------------------------------------------

struct IngestOptions {
  unsigned threads = 1;        // worker threads running the pipeline (one more thread writes)
  size_t batch_size = 64;      // articles per transaction
  ReadOptions read;
  CorpusOptions corpus;
};

struct IngestProgress {
  size_t files_total = 0, files_done = 0;
  uint64_t bytes_total = 0, bytes_done = 0;  // input file sizes
  size_t articles_added = 0;   // new article rows, duplicates included
  size_t duplicates = 0;       // of which byte-identical to an article stored before
  size_t already_stored = 0;   // sources stored by an earlier run with the same content
  size_t failures = 0;
  double seconds = 0;
};

struct IngestSummary : IngestProgress {
  double write_seconds = 0;  // time the writer spent inside SQLite
};

// Reads every input under `paths`, runs the pipeline on N worker threads and writes the
// results through one writer thread, in batched transactions (an article and all its rows
// commit together, so a killed ingest leaves no half article and a re-run completes it).
// Bad inputs are recorded in the store's failures table and passed to on_failure.
IngestSummary ingest_corpus(const std::vector<std::string>& paths, Store& store, const Pipeline& pipeline,
                            const IngestOptions& options,
                            const std::function<void(const IngestProgress&)>& on_progress = {},
                            const std::function<void(const CorpusFailure&)>& on_failure = {});

}  // namespace dateline
