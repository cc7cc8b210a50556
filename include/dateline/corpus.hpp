// Reading a whole corpus: directories, plain text, HTML, WARC web archives and JSONL dumps
// (each optionally gzip-compressed), split into articles.
#pragma once

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dateline/document.hpp"
#include "dateline/ingest.hpp"

namespace dateline {

enum class InputFormat { text, html, warc, jsonl, sgm };

// The format a file name announces (".gz" is looked through); nullopt when dateline does not
// read files of that name (directories are walked for the known names only).
std::optional<InputFormat> format_from_name(std::string_view path);

// The format of content with no telling name (standard input, "article.dat"): WARC, JSONL,
// Reuters-21578 SGML, HTML, else text. Gzip is recognised by its magic bytes.
InputFormat sniff_format(std::string_view bytes);

// One article as its container held it, before decoding.
struct CorpusItem {
  std::string source;  // the file; "file#offset" for a WARC record; "file:line" for a JSONL line;
                       // "file#NEWID=5" for a Reuters-21578 story
  std::string bytes;   // the article: plain text or a web page
  bool html = false;
  std::string charset_hint;  // from a WARC record's HTTP Content-Type
  std::optional<std::string> title, date, url;  // container metadata (JSONL fields, WARC URI)
  // Where `date` (YYYY-MM-DD) came from: "jsonl", "sgm", or "warc" (the crawl date, used only
  // when the article itself gives none).
  std::string date_source;
  std::vector<std::string> warnings;  // e.g. a date field that is not a date
};

struct CorpusFailure {
  std::string source;
  std::string reason;
};

struct CorpusOptions {
  size_t max_file_bytes = size_t{1} << 32;  // a file (after gunzip) larger than this is refused
};

// The input files named by `paths`: directories are walked recursively (hidden entries and
// unknown extensions skipped), sorted by name; "-" stands for standard input. Paths that do
// not exist are reported in `missing`.
std::vector<std::string> list_corpus_files(const std::vector<std::string>& paths, std::vector<CorpusFailure>& missing);

// Reads one file ("-" = standard input) and calls on_item for every article in it, in order,
// and on_failure for every part that cannot be read (a truncated gzip stream, a WARC record
// whose Content-Length is wrong, a JSONL line that is not JSON). Never throws for bad input;
// what can be read around a bad part is still delivered.
void read_corpus_file(const std::string& path, const std::function<void(CorpusItem&&)>& on_item,
                      const std::function<void(CorpusFailure&&)>& on_failure, const CorpusOptions& options = {});

// The article as a Document (text or HTML extraction), with the container's metadata as hints.
// Throws dateline::Error (bad_input) as document_from_text / document_from_html do.
Document document_from_item(const CorpusItem& item, const ReadOptions& options = {});

// Every article of one input file ("-" = standard input) as a Document, before the pipeline:
// a text file (or standard input) is one article; HTML, WARC and JSONL files (maybe gzipped)
// go through read_corpus_file. What cannot be read (a missing, empty or binary file, a bad
// record) goes to on_failure with its source and reason; never throws for bad input.
void read_documents(const std::string& path, const ReadOptions& options,
                    const std::function<void(Document&&)>& on_document,
                    const std::function<void(CorpusFailure&&)>& on_failure);

// One <REUTERS> element of Reuters-21578 (an SGML file, reut2-NNN.sgm), read as
// `eval structure --reuters` and `eval news` read it (and tools/gold_news.py, whose offsets
// count in `text`): the SGML references &lt; &gt; &amp; decoded, &#N; references dropped.
struct ReutersStory {
  size_t offset = 0;     // byte offset of "<REUTERS" in the file
  std::string problem;   // why the element is corrupt (no end tag, no NEWID, no <TEXT>); empty when sound
  std::string newid;     // the NEWID attribute
  std::string date;      // <DATE> as written, e.g. "26-FEB-1987 15:01:01.79"
  std::string title;     // <TITLE>, white space collapsed ("" when absent)
  std::string dateline;  // <DATELINE>, white space collapsed: "SALVADOR, Feb 26 -"
  std::string body;      // <BODY> as written
  std::string text;      // the article: title + "\n\n" + dateline + " " + body
  std::string unproc;    // <TEXT> as written when it has neither TITLE nor BODY (TYPE="UNPROC")
};

// A Reuters <DATE> ("26-FEB-1987 15:01:01.79") as YYYY-MM-DD; nullopt when it is not a day.
std::optional<std::string> reuters_date(std::string_view date);

// The article text `read` and `ingest` take from a story: `text`, or the unstructured <TEXT>
// of an UNPROC story (whose `text` would be empty).
std::string reuters_article_text(const ReutersStory& story);

// Every <REUTERS> element of the SGML, in file order.
std::vector<ReutersStory> parse_reuters_sgml(std::string_view sgml);

// The stories of one .sgm file. Throws dateline::Error (bad_input) naming the file when it
// cannot be read or holds no <REUTERS> element.
std::vector<ReutersStory> read_reuters_file(const std::string& path);

// The story of `path` whose NEWID is `newid` (compared as numbers: "0042" is 42). Throws
// dateline::Error (bad_input) "PATH: no NEWID N" when there is none.
ReutersStory read_reuters_story(const std::string& path, std::string_view newid);

// Decompresses gzip data (any number of members). On corrupt or truncated input `error`
// says why and the result holds what was decompressed before it; at most max_bytes are produced.
std::string gunzip(std::string_view data, std::string& error, size_t max_bytes = size_t{1} << 32);

}  // namespace dateline
