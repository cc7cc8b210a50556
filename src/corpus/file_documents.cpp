// One input file → its articles as Documents: the dispatch `dateline read` and the Python
// binding share, so both read every format the same way.
#include "dateline/corpus.hpp"
#include "dateline/error.hpp"

namespace dateline {

void read_documents(const std::string& path, const ReadOptions& options,
                    const std::function<void(Document&&)>& on_document,
                    const std::function<void(CorpusFailure&&)>& on_failure) {
  auto deliver = [&](const std::string& source, const std::function<Document()>& make) {
    Document doc;
    try {
      doc = make();
    } catch (const Error& e) {
      on_failure(CorpusFailure{source, e.what()});
      return;
    }
    on_document(std::move(doc));
  };
  std::optional<InputFormat> container = path == "-" ? std::nullopt : format_from_name(path);
  if (!container || *container == InputFormat::text) {
    // A plain text file is one article (and standard input is read as one).
    deliver(path, [&] { return document_from_text(read_input_bytes(path, options.max_bytes), path, options); });
    return;
  }
  // Web pages, WARC archives and JSONL dumps (maybe gzipped) go through the corpus reader: one
  // file may hold many articles, and a bad record does not stop the others.
  read_corpus_file(
      path, [&](CorpusItem&& item) { deliver(item.source, [&] { return document_from_item(item, options); }); },
      [&](CorpusFailure&& f) { on_failure(std::move(f)); });
}

}  // namespace dateline
