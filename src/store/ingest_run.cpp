// The ingest engine: this thread reads inputs, N workers run the pipeline, one writer thread
// owns the SQLite connection and commits in batches.
#include <sys/stat.h>

#include <atomic>
#include <chrono>
#include <exception>
#include <thread>
#include <variant>

#include "bounded_queue.hpp"
#include "dateline/error.hpp"
#include "dateline/store.hpp"

namespace dateline {
namespace {

using Clock = std::chrono::steady_clock;

struct NewArticle {
  Document doc;
  std::string hash, blob;
};
struct KnownContent {  // bytes already stored under another source
  std::string hash, source;
};
struct AlreadyStored {};  // this source with these bytes, stored by an earlier run
using Result = std::variant<NewArticle, KnownContent, AlreadyStored, CorpusFailure>;

double seconds_since(Clock::time_point t) { return std::chrono::duration<double>(Clock::now() - t).count(); }

uint64_t file_size(const std::string& path) {
  struct stat st {};
  return path != "-" && stat(path.c_str(), &st) == 0 ? static_cast<uint64_t>(st.st_size) : 0;
}

class Writer {
 public:
  Writer(Store& store, const IngestOptions& options, IngestSummary& summary, std::atomic<size_t>& files_done,
         std::atomic<uint64_t>& bytes_done, Clock::time_point start,
         const std::function<void(const IngestProgress&)>& on_progress,
         const std::function<void(const CorpusFailure&)>& on_failure)
      : store_(store), options_(options), summary_(summary), files_done_(files_done), bytes_done_(bytes_done),
        start_(start), on_progress_(on_progress), on_failure_(on_failure) {}

  void run(store::BoundedQueue<Result>& results) {
    Clock::time_point batch_start{}, last_report = Clock::now();
    size_t pending = 0;
    while (auto r = results.pop()) {
      auto t0 = Clock::now();
      if (pending == 0) {
        store_.begin();
        batch_start = t0;
      }
      apply(*r);
      ++pending;
      if (pending >= options_.batch_size || seconds_since(batch_start) > 0.5) {
        store_.commit();
        pending = 0;
      }
      summary_.write_seconds += seconds_since(t0);
      if (on_progress_ && seconds_since(last_report) > 0.2) {
        report();
        last_report = Clock::now();
      }
    }
    if (pending > 0) {
      auto t0 = Clock::now();
      store_.commit();
      summary_.write_seconds += seconds_since(t0);
    }
    if (on_progress_) report();
  }

 private:
  void apply(Result& r) {
    if (auto* a = std::get_if<NewArticle>(&r)) {
      count(store_.add_article(a->doc, a->hash, a->blob));
    } else if (auto* k = std::get_if<KnownContent>(&r)) {
      Store::Added added = store_.add_duplicate(k->hash, k->source);
      if (added == Store::Added::missing)
        fail({k->source, "its content was stored when this run began but is gone; run ingest again"});
      else
        count(added);
    } else if (std::holds_alternative<AlreadyStored>(r)) {
      ++summary_.already_stored;
    } else {
      fail(std::get<CorpusFailure>(r));
    }
  }

  void count(Store::Added added) {
    if (added == Store::Added::unchanged) {
      ++summary_.already_stored;
      return;
    }
    ++summary_.articles_added;
    if (added == Store::Added::duplicate) ++summary_.duplicates;
  }

  void fail(const CorpusFailure& f) {
    store_.add_failure(f.source, f.reason);
    ++summary_.failures;
    if (on_failure_) on_failure_(f);
  }

  void report() {
    summary_.files_done = files_done_.load();
    summary_.bytes_done = bytes_done_.load();
    summary_.seconds = seconds_since(start_);
    on_progress_(summary_);
  }

  Store& store_;
  const IngestOptions& options_;
  IngestSummary& summary_;
  std::atomic<size_t>& files_done_;
  std::atomic<uint64_t>& bytes_done_;
  Clock::time_point start_;
  const std::function<void(const IngestProgress&)>& on_progress_;
  const std::function<void(const CorpusFailure&)>& on_failure_;
};

// What the store held when the run began: re-read sources are skipped, and copies of stored
// content skip the pipeline.
struct Known {
  std::unordered_map<std::string, std::string> sources;
  std::unordered_set<std::string> hashes;
};

Result process(CorpusItem& item, const Pipeline& pipeline, const Known& known, const ReadOptions& read) {
  std::string hash = content_hash(item.bytes);
  auto stored = known.sources.find(item.source);
  if (stored != known.sources.end() && stored->second == hash) return AlreadyStored{};
  if (known.hashes.count(hash)) return KnownContent{std::move(hash), std::move(item.source)};
  try {
    Document doc = document_from_item(item, read);
    pipeline.run(doc);
    std::string blob = pack_document(doc);
    return NewArticle{std::move(doc), std::move(hash), std::move(blob)};
  } catch (const Error& e) {
    std::string what = e.what();
    // Messages from the readers already start with the source; do not say it twice.
    if (what.rfind(item.source + ": ", 0) == 0) what = what.substr(item.source.size() + 2);
    return CorpusFailure{item.source, what};
  } catch (const std::exception& e) {
    return CorpusFailure{item.source, std::string("internal error: ") + e.what()};
  }
}

}  // namespace

IngestSummary ingest_corpus(const std::vector<std::string>& paths, Store& store, const Pipeline& pipeline,
                            const IngestOptions& options, const std::function<void(const IngestProgress&)>& on_progress,
                            const std::function<void(const CorpusFailure&)>& on_failure) {
  auto start = Clock::now();
  IngestSummary summary;
  std::vector<CorpusFailure> missing;
  std::vector<std::string> files = list_corpus_files(paths, missing);
  summary.files_total = files.size();
  for (const auto& f : files) summary.bytes_total += file_size(f);
  const Known known{store.known_sources(), store.known_hashes()};

  unsigned threads = std::max(1u, options.threads);
  store::BoundedQueue<CorpusItem> work(4 * threads + 4);
  store::BoundedQueue<Result> results(std::max<size_t>(options.batch_size, 16) * 2);
  std::atomic<size_t> files_done{0};
  std::atomic<uint64_t> bytes_done{0};
  std::exception_ptr writer_error;

  Writer writer(store, options, summary, files_done, bytes_done, start, on_progress, on_failure);
  std::thread writer_thread([&] {
    try {
      writer.run(results);
    } catch (...) {
      writer_error = std::current_exception();
      results.close(true);
      work.close(true);
    }
  });
  std::vector<std::thread> workers;
  for (unsigned i = 0; i < threads; ++i)
    workers.emplace_back([&] {
      while (auto item = work.pop())
        if (!results.push(process(*item, pipeline, known, options.read))) break;
    });

  for (auto& m : missing) results.push(std::move(m));
  bool stopped = false;
  std::exception_ptr reader_error;
  try {
    for (const auto& file : files) {
      read_corpus_file(
          file, [&](CorpusItem&& item) { stopped = stopped || !work.push(std::move(item)); },
          [&](CorpusFailure&& f) { stopped = stopped || !results.push(std::move(f)); }, options.corpus);
      ++files_done;
      bytes_done += file_size(file);
      if (stopped) break;
    }
  } catch (...) {
    // The readers report bad input as failures, so this is a bug; still, the threads must be
    // joined (unwinding past a joinable std::thread aborts the process) and what was read
    // before it is committed.
    reader_error = std::current_exception();
  }
  work.close();
  for (auto& w : workers) w.join();
  results.close();
  writer_thread.join();
  if (writer_error) std::rethrow_exception(writer_error);
  if (reader_error) std::rethrow_exception(reader_error);
  summary.files_done = files_done.load();
  summary.bytes_done = bytes_done.load();
  summary.seconds = seconds_since(start);
  return summary;
}

}  // namespace dateline
