// Finding the input files and splitting each into articles by its format.
#include <algorithm>
#include <filesystem>

#include "corpus_internal.hpp"
#include "dateline/error.hpp"
#include "dateline/html.hpp"

namespace dateline {
namespace {

bool ends_with(std::string_view s, std::string_view suffix) {
  if (s.size() < suffix.size()) return false;
  return corpus::iequals(s.substr(s.size() - suffix.size()), suffix);
}

bool is_gzip(std::string_view bytes) { return bytes.size() >= 2 && bytes[0] == '\x1f' && bytes[1] == '\x8b'; }

}  // namespace

std::optional<InputFormat> format_from_name(std::string_view path) {
  std::string_view name = path;
  if (ends_with(name, ".gz")) name.remove_suffix(3);
  if (ends_with(name, ".txt") || ends_with(name, ".text")) return InputFormat::text;
  if (ends_with(name, ".html") || ends_with(name, ".htm") || ends_with(name, ".xhtml")) return InputFormat::html;
  if (ends_with(name, ".warc")) return InputFormat::warc;
  if (ends_with(name, ".jsonl") || ends_with(name, ".ndjson")) return InputFormat::jsonl;
  if (ends_with(name, ".sgm")) return InputFormat::sgm;
  return std::nullopt;
}

InputFormat sniff_format(std::string_view bytes) {
  size_t start = bytes.find_first_not_of(" \t\r\n");
  if (start == std::string_view::npos) return InputFormat::text;
  std::string_view s = bytes.substr(start);
  if (s.rfind("\xEF\xBB\xBF", 0) == 0) s.remove_prefix(3);
  if (s.rfind("WARC/1.", 0) == 0) return InputFormat::warc;
  if (!s.empty() && s[0] == '{') return InputFormat::jsonl;
  std::string head(s.substr(0, 512));
  std::transform(head.begin(), head.end(), head.begin(), [](char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c; });
  // Before the HTML test: a Reuters story's <BODY> would pass for a web page's.
  if (head.rfind("<!doctype lewis", 0) == 0 || head.rfind("<reuters", 0) == 0) return InputFormat::sgm;
  if (head.rfind("<!doctype html", 0) == 0 || head.rfind("<html", 0) == 0 || head.find("<head") != std::string::npos ||
      head.find("<body") != std::string::npos)
    return InputFormat::html;
  return InputFormat::text;
}

std::vector<std::string> list_corpus_files(const std::vector<std::string>& paths, std::vector<CorpusFailure>& missing) {
  namespace fs = std::filesystem;
  std::vector<std::string> files;
  for (const auto& p : paths) {
    std::error_code ec;
    if (p == "-") {
      files.push_back(p);
    } else if (fs::is_directory(p, ec)) {
      std::vector<std::string> found;
      auto opts = fs::directory_options::skip_permission_denied;
      for (auto it = fs::recursive_directory_iterator(p, opts, ec); !ec && it != fs::recursive_directory_iterator();
           it.increment(ec)) {
        std::string name = it->path().filename().string();
        if (!name.empty() && name[0] == '.') {
          if (it->is_directory(ec)) it.disable_recursion_pending();
          continue;
        }
        if (it->is_regular_file(ec) && format_from_name(name)) found.push_back(it->path().string());
      }
      if (ec) missing.push_back({p, "cannot read directory (" + ec.message() + ")"});
      std::sort(found.begin(), found.end());
      files.insert(files.end(), found.begin(), found.end());
    } else if (fs::exists(p, ec)) {
      files.push_back(p);
    } else {
      missing.push_back({p, "no such file or directory"});
    }
  }
  return files;
}

void read_corpus_file(const std::string& path, const std::function<void(CorpusItem&&)>& on_item,
                      const std::function<void(CorpusFailure&&)>& on_failure, const CorpusOptions& options) {
  std::string raw;
  try {
    raw = read_input_bytes(path, options.max_file_bytes);
  } catch (const Error& e) {
    on_failure({path, e.what()});
    return;
  }
  if (raw.empty()) {
    on_failure({path, "empty file (0 bytes)"});
    return;
  }
  std::string data;
  if (is_gzip(raw)) {
    std::string error;
    data = gunzip(raw, error, options.max_file_bytes);
    if (!error.empty()) {
      on_failure({path, error});
      // The members before the damage may still hold whole records; a half text is not kept.
      if (data.empty()) return;
      std::optional<InputFormat> f = format_from_name(path);
      if (!f || (*f != InputFormat::warc && *f != InputFormat::jsonl && *f != InputFormat::sgm)) return;
      if (*f == InputFormat::jsonl) data.erase(data.rfind('\n') == std::string::npos ? 0 : data.rfind('\n') + 1);
    }
  } else {
    data = std::move(raw);
  }
  InputFormat format = format_from_name(path).value_or(sniff_format(data));
  switch (format) {
    case InputFormat::warc: corpus::parse_warc(data, path, on_item, on_failure); return;
    case InputFormat::jsonl: corpus::parse_jsonl(data, path, on_item, on_failure); return;
    case InputFormat::sgm: corpus::parse_sgm(data, path, on_item, on_failure); return;
    case InputFormat::html:
    case InputFormat::text: {
      CorpusItem item;
      item.source = path;
      item.html = format == InputFormat::html;
      item.bytes = std::move(data);
      on_item(std::move(item));
      return;
    }
  }
}

Document document_from_item(const CorpusItem& item, const ReadOptions& options) {
  Document doc;
  if (item.html) {
    HtmlOptions html;
    html.charset_hint = item.charset_hint;
    doc = document_from_html(item.bytes, item.source, options, html);
  } else {
    doc = document_from_text(item.bytes, item.source, options);
  }
  if (item.title) doc.title_hint = item.title;
  if (item.url) doc.url = item.url;
  doc.warnings.insert(doc.warnings.end(), item.warnings.begin(), item.warnings.end());
  // Best first: the container's own field (a JSONL date, a Reuters <DATE>), then the page's
  // metadata (document_from_html put it in), then a date in the container's URL, then the
  // crawl date; --date only where none of these is. The structure stage may still prefer the
  // dateline's date to the last two (docs/structure.md).
  bool weak = !doc.date || doc.date_source == options.date_source;
  if (item.date && item.date_source != "warc") {
    doc.date = item.date;
    doc.date_source = item.date_source;
  } else if (weak && item.url && url_date(*item.url)) {
    doc.date = url_date(*item.url);
    doc.date_source = "url";
  } else if (weak && item.date) {
    doc.date = item.date;
    doc.date_source = item.date_source;
  }
  return doc;
}

}  // namespace dateline
