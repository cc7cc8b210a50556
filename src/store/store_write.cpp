// Writing articles and the rows the pipeline found in them.
#include <sqlite3.h>
#include <zlib.h>

#include <map>

#include "dateline/ingest.hpp"
#include "dateline/json.hpp"
#include "dateline/store.hpp"
#include "sqlite_statement.hpp"

namespace dateline {
namespace {

std::optional<std::string> non_empty(const std::string& s) {
  return s.empty() ? std::nullopt : std::optional<std::string>(s);
}

// The first article stored with this content (the one duplicates point at).
std::optional<int64_t> original_with_hash(sqlite3* db, const std::string& hash) {
  store::Statement q(db, "SELECT id FROM articles WHERE content_hash = ?1 AND duplicate_of IS NULL");
  q.bind(1, hash);
  if (q.step()) return q.integer(0);
  return std::nullopt;
}

struct StoredSource {
  int64_t id;
  std::string hash;
};

std::optional<StoredSource> stored_source(sqlite3* db, const std::string& source) {
  store::Statement q(db, "SELECT id, content_hash FROM articles WHERE source = ?1");
  q.bind(1, source);
  if (q.step()) return StoredSource{q.integer(0), q.text(1)};
  return std::nullopt;
}

void clear_failure(sqlite3* db, const std::string& source) {
  store::Statement f(db, "DELETE FROM failures WHERE source = ?1");
  f.bind(1, source).run();
}

// Removes an article whose source now holds other content. When copies point at it, the
// first copy takes over its document and rows, so the copies keep what they share.
void remove_article(sqlite3* db, int64_t id) {
  store::Statement heir_q(db, "SELECT min(id) FROM articles WHERE duplicate_of = ?1");
  heir_q.bind(1, id);
  if (heir_q.step() && !heir_q.is_null(0)) {
    int64_t heir = heir_q.integer(0);
    store::Statement take(db, R"sql(UPDATE articles SET duplicate_of = NULL,
        document = (SELECT document FROM articles WHERE id = ?2) WHERE id = ?1)sql");
    take.bind(1, heir).bind(2, id).run();
    for (const char* sql : {"UPDATE articles SET duplicate_of = ?1 WHERE duplicate_of = ?2",
                            "UPDATE entities SET article_id = ?1 WHERE article_id = ?2",
                            "UPDATE mentions SET article_id = ?1 WHERE article_id = ?2",
                            "UPDATE quotes SET article_id = ?1 WHERE article_id = ?2",
                            "UPDATE events SET article_id = ?1 WHERE article_id = ?2"}) {
      store::Statement move(db, sql);
      move.bind(1, heir).bind(2, id).run();
    }
  }
  store::Statement del(db, "DELETE FROM articles WHERE id = ?1");
  del.bind(1, id).run();
}

// Prepares `source` for content `hash`: false when it already holds exactly that.
bool make_room(sqlite3* db, const std::string& source, const std::string& hash) {
  auto old = stored_source(db, source);
  if (!old) return true;
  if (old->hash == hash) return false;
  remove_article(db, old->id);
  return true;
}

// A row for `source` that shares the stored article `original` (same bytes): its metadata
// is copied, its document and rows are the original's.
void insert_duplicate(sqlite3* db, int64_t original, const std::string& source) {
  store::Statement d(db, R"sql(INSERT INTO articles(source, content_hash, duplicate_of, url, encoding, date, headline,
      dateline_place, dateline_country, byline, text_bytes, warnings, date_source)
      SELECT ?1, content_hash, id, url, encoding, date, headline, dateline_place, dateline_country, byline,
             text_bytes, warnings, date_source FROM articles WHERE id = ?2)sql");
  d.bind(1, source).bind(2, original).run();
  clear_failure(db, source);
}

void bind_actor(store::Statement& s, int first, const EventActor& a, const std::map<std::string, int64_t>& ids) {
  auto it = a.entity ? ids.find(*a.entity) : ids.end();
  if (it != ids.end()) s.bind(first, it->second);
  else s.bind_null(first);
  s.bind(first + 1, a.name).bind(first + 2, non_empty(a.code)).bind(first + 3, non_empty(a.country));
}

}  // namespace

std::string content_hash(std::string_view bytes) {
  uLong crc = crc32(0L, Z_NULL, 0);
  for (size_t done = 0; done < bytes.size();) {
    uInt n = static_cast<uInt>(std::min<size_t>(bytes.size() - done, 1u << 30));
    crc = crc32(crc, reinterpret_cast<const Bytef*>(bytes.data() + done), n);
    done += n;
  }
  char buf[48];
  std::snprintf(buf, sizeof buf, "-%08lx-%zu", static_cast<unsigned long>(crc), bytes.size());
  return content_id(bytes) + buf;
}

std::unordered_map<std::string, std::string> Store::known_sources() const {
  std::unordered_map<std::string, std::string> out;
  store::Statement q(db_, "SELECT source, content_hash FROM articles");
  while (q.step()) out.emplace(q.text(0), q.text(1));
  return out;
}

std::unordered_set<std::string> Store::known_hashes() const {
  std::unordered_set<std::string> out;
  store::Statement q(db_, "SELECT content_hash FROM articles WHERE duplicate_of IS NULL");
  while (q.step()) out.insert(q.text(0));
  return out;
}

void Store::begin() { store::exec(db_, "BEGIN IMMEDIATE"); }
void Store::commit() { store::exec(db_, "COMMIT"); }

Store::Added Store::add_duplicate(const std::string& hash, const std::string& source) {
  auto original = original_with_hash(db_, hash);
  if (!original) return Added::missing;
  if (!make_room(db_, source, hash)) return Added::unchanged;
  insert_duplicate(db_, *original, source);
  return Added::duplicate;
}

void Store::add_failure(const std::string& source, const std::string& reason) {
  store::Statement s(db_, "INSERT OR REPLACE INTO failures(source, reason) VALUES (?1, ?2)");
  s.bind(1, source).bind(2, reason).run();
}

Store::Added Store::add_article(const Document& doc, const std::string& hash, const std::string& document_blob) {
  if (!make_room(db_, doc.source, hash)) return Added::unchanged;
  if (auto original = original_with_hash(db_, hash)) {
    insert_duplicate(db_, *original, doc.source);
    return Added::duplicate;
  }
  nlohmann::json warnings = doc.warnings;
  store::Statement a(db_, R"sql(INSERT INTO articles(content_hash, source, url, encoding, date, headline,
      dateline_place, dateline_country, byline, text_bytes, warnings, document, date_source)
      VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13))sql");
  a.bind(1, hash).bind(2, doc.source).bind(3, doc.url).bind(4, doc.encoding).bind(5, doc.date).bind(6, doc.headline);
  a.bind(7, doc.dateline ? non_empty(doc.dateline->place) : std::nullopt);
  a.bind(8, doc.dateline ? non_empty(doc.dateline->country) : std::nullopt);
  a.bind(9, doc.byline).bind(10, static_cast<int64_t>(doc.text.size()));
  a.bind(11, doc.warnings.empty() ? std::nullopt : std::optional<std::string>(dump_json(warnings)));
  a.bind_blob(12, document_blob).bind(13, doc.date ? non_empty(doc.date_source) : std::nullopt).run();
  int64_t article = sqlite3_last_insert_rowid(db_);
  clear_failure(db_, doc.source);

  std::map<std::string, int64_t> entity_rows;
  store::Statement e(db_, R"sql(INSERT INTO entities(article_id, doc_id, name, type, country, role, sector,
      mention_count) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8))sql");
  store::Statement m(db_, "INSERT INTO mentions(entity_id, article_id, start, end, text) VALUES (?1, ?2, ?3, ?4, ?5)");
  for (const auto& ent : doc.entities) {
    e.bind(1, article).bind(2, ent.id).bind(3, ent.name).bind(4, ent.type).bind(5, non_empty(ent.country));
    e.bind(6, non_empty(ent.role)).bind(7, non_empty(ent.sector)).bind(8, static_cast<int64_t>(ent.mentions.size()));
    e.run();
    int64_t row = sqlite3_last_insert_rowid(db_);
    entity_rows[ent.id] = row;
    for (const auto& men : ent.mentions) {
      m.bind(1, row).bind(2, article).bind(3, static_cast<int64_t>(men.start)).bind(4, static_cast<int64_t>(men.end));
      m.bind(5, men.text).run();
    }
  }
  store::Statement q(db_, R"sql(INSERT INTO quotes(article_id, speaker_entity, speaker_name, cue, addressee, kind,
      start, end, text) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9))sql");
  for (const auto& quote : doc.quotes) {
    q.bind(1, article);
    auto it = quote.speaker ? entity_rows.find(*quote.speaker) : entity_rows.end();
    if (it != entity_rows.end()) q.bind(2, it->second);
    else q.bind_null(2);
    q.bind(3, quote.speaker_name).bind(4, quote.cue).bind(5, quote.addressee).bind(6, quote.kind);
    q.bind(7, static_cast<int64_t>(quote.start)).bind(8, static_cast<int64_t>(quote.end)).bind(9, quote.text).run();
  }
  store::Statement ev(db_, R"sql(INSERT INTO events(article_id, date, source_entity, source_name, source_code,
      source_country, target_entity, target_name, target_code, target_country, cameo, plover, mode, quad_class,
      goldstein, place, sentence, evidence_start, evidence_end, evidence_text, date_source)
      VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21))sql");
  for (const auto& event : doc.events) {
    // An event the coder left undated takes the article's date, and says so.
    bool own = event.date.has_value();
    ev.bind(1, article).bind(2, own ? event.date : doc.date);
    ev.bind(21, own ? non_empty(event.date_source) : doc.date ? std::optional<std::string>("article") : std::nullopt);
    bind_actor(ev, 3, event.source, entity_rows);
    if (event.target) {
      bind_actor(ev, 7, *event.target, entity_rows);
    } else {
      for (int i = 7; i <= 10; ++i) ev.bind_null(i);
    }
    ev.bind(11, event.cameo).bind(12, non_empty(event.plover)).bind(13, non_empty(event.mode));
    ev.bind(14, static_cast<int64_t>(event.quad_class)).bind(15, event.goldstein).bind(16, event.place);
    ev.bind(17, static_cast<int64_t>(event.sentence)).bind(18, static_cast<int64_t>(event.evidence.start));
    ev.bind(19, static_cast<int64_t>(event.evidence.end)).bind(20, event.evidence.text).run();
  }
  return Added::article;
}

StoreCounts Store::counts() const {
  auto count = [&](const char* sql) {
    store::Statement s(db_, sql);
    s.step();
    return s.integer(0);
  };
  StoreCounts c;
  c.articles = count("SELECT count(*) FROM articles");
  c.duplicates = count("SELECT count(*) FROM articles WHERE duplicate_of IS NOT NULL");
  c.entities = count("SELECT count(*) FROM entities");
  c.mentions = count("SELECT count(*) FROM mentions");
  c.quotes = count("SELECT count(*) FROM quotes");
  c.events = count("SELECT count(*) FROM events");
  c.failures = count("SELECT count(*) FROM failures");
  return c;
}

std::optional<Document> Store::load_document(int64_t article_id) const {
  // A duplicate keeps no document of its own: it is the original's, under this source.
  store::Statement s(db_, R"sql(SELECT coalesce(a.document, o.document), a.source FROM articles a
      LEFT JOIN articles o ON o.id = a.duplicate_of WHERE a.id = ?1)sql");
  s.bind(1, article_id);
  if (!s.step() || s.is_null(0)) return std::nullopt;
  Document doc = unpack_document(s.blob(0));
  doc.source = s.text(1);
  return doc;
}

}  // namespace dateline
