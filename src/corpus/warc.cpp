// WARC (ISO 28500) records: a header block, Content-Length bytes of content, CRLF CRLF. A
// record whose length is wrong is reported and skipped; reading resumes at the next record.
#include <charconv>
#include <optional>

#include "corpus_internal.hpp"
#include "dateline/html.hpp"

namespace dateline::corpus {
namespace {

struct Headers {
  std::string_view block;
  std::optional<std::string_view> get(std::string_view name) const {
    size_t i = 0;
    while (i < block.size()) {
      size_t eol = block.find('\n', i);
      if (eol == std::string_view::npos) eol = block.size();
      std::string_view line = block.substr(i, eol - i);
      if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
      size_t colon = line.find(':');
      if (colon != std::string_view::npos && iequals(line.substr(0, colon), name)) {
        std::string_view v = line.substr(colon + 1);
        while (!v.empty() && (v.front() == ' ' || v.front() == '\t')) v.remove_prefix(1);
        while (!v.empty() && (v.back() == ' ' || v.back() == '\t')) v.remove_suffix(1);
        return v;
      }
      i = eol + 1;
    }
    return std::nullopt;
  }
};

// End of a header block (position after the blank line) and its length without it.
std::optional<std::pair<size_t, size_t>> header_end(std::string_view s, size_t from) {
  size_t crlf = s.find("\r\n\r\n", from), lf = s.find("\n\n", from);
  if (crlf == std::string_view::npos && lf == std::string_view::npos) return std::nullopt;
  if (crlf != std::string_view::npos && (lf == std::string_view::npos || crlf <= lf)) return std::pair{crlf + 4, crlf - from};
  return std::pair{lf + 2, lf - from};
}

std::string lower(std::string_view s) {
  std::string r(s);
  for (char& c : r) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
  return r;
}

std::string charset_of(std::string_view content_type) {
  std::string ct = lower(content_type);
  size_t at = ct.find("charset=");
  if (at == std::string::npos) return {};
  std::string cs = ct.substr(at + 8);
  while (!cs.empty() && (cs.front() == '"' || cs.front() == '\'')) cs.erase(0, 1);
  size_t end = cs.find_first_of("\"'; ");
  return end == std::string::npos ? cs : cs.substr(0, end);
}

// Undoes HTTP chunked transfer coding; nullopt when the chunks do not add up.
std::optional<std::string> dechunk(std::string_view body) {
  std::string out;
  size_t i = 0;
  for (;;) {
    size_t eol = body.find('\n', i);
    if (eol == std::string_view::npos) return std::nullopt;
    size_t n = 0;
    auto [p, ec] = std::from_chars(body.data() + i, body.data() + eol, n, 16);
    if (ec != std::errc() || p == body.data() + i) return std::nullopt;
    if (n == 0) return out;
    // The size is the sender's word: compare it with what is left before adding it to an
    // offset, since a size near 2^64 would wrap the sum and send `i` backwards forever.
    size_t data = eol + 1;
    if (n > body.size() - data) return std::nullopt;
    out.append(body.substr(data, n));
    i = data + n;
    while (i < body.size() && (body[i] == '\r' || body[i] == '\n')) ++i;
  }
}

// The HTML page inside a record's content, or why there is none (empty = not a page: skip).
std::optional<CorpusItem> page_of(std::string_view type, Headers warc, std::string_view content,
                                  std::string& problem) {
  CorpusItem item;
  std::string content_type = lower(warc.get("Content-Type").value_or(""));
  if (type == "response" && content_type.find("application/http") != std::string::npos) {
    auto end = header_end(content, 0);
    if (!end) {
      problem = "HTTP response without a header block";
      return std::nullopt;
    }
    Headers http{content.substr(0, end->second)};
    std::string http_type = lower(http.get("Content-Type").value_or("text/html"));
    if (http_type.find("html") == std::string::npos) return std::nullopt;
    std::string_view body = content.substr(end->first);
    std::string decoded;
    if (lower(http.get("Transfer-Encoding").value_or("")).find("chunked") != std::string::npos) {
      auto d = dechunk(body);
      if (!d) {
        problem = "bad HTTP chunked encoding";
        return std::nullopt;
      }
      decoded = std::move(*d);
      body = decoded;
    }
    std::string encoding = lower(http.get("Content-Encoding").value_or(""));
    if (encoding == "gzip" || encoding == "x-gzip") {
      std::string error;
      std::string unzipped = gunzip(body, error);
      if (!error.empty()) {
        problem = "HTTP body: " + error;
        return std::nullopt;
      }
      decoded = std::move(unzipped);
      body = decoded;
    }
    item.bytes = std::string(body);
    item.charset_hint = charset_of(http_type);
  } else if (type == "resource" && content_type.find("html") != std::string::npos) {
    item.bytes = std::string(content);
    item.charset_hint = charset_of(content_type);
  } else {
    return std::nullopt;
  }
  item.html = true;
  // The crawl date: when the page was fetched, not when it was written, so it dates the
  // article only when the page itself does not (date_source "warc").
  if (auto when = warc.get("WARC-Date")) {
    if (auto d = normalize_page_date(*when)) {
      item.date = d;
      item.date_source = "warc";
    } else {
      item.warnings.push_back("WARC-Date '" + std::string(when->substr(0, 60)) + "' is not a date; ignored");
    }
  }
  if (auto uri = warc.get("WARC-Target-URI")) {
    std::string u(*uri);
    if (u.size() >= 2 && u.front() == '<' && u.back() == '>') u = u.substr(1, u.size() - 2);
    if (!u.empty()) item.url = u;
  }
  return item;
}

// The next line starting "WARC/1." at or after `from`.
size_t next_record(std::string_view s, size_t from) {
  for (size_t i = s.find("WARC/1.", from); i != std::string_view::npos; i = s.find("WARC/1.", i + 1))
    if (i == 0 || s[i - 1] == '\n') return i;
  return std::string_view::npos;
}

}  // namespace

bool iequals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    char x = a[i], y = b[i];
    if (x >= 'A' && x <= 'Z') x = static_cast<char>(x + 32);
    if (y >= 'A' && y <= 'Z') y = static_cast<char>(y + 32);
    if (x != y) return false;
  }
  return true;
}

void parse_warc(std::string_view s, const std::string& source, const ItemSink& on_item,
                const FailureSink& on_failure) {
  size_t pos = next_record(s, 0);
  if (pos != 0) {
    on_failure({source, "not a WARC file (it does not start with a WARC/1.x record)"});
    if (pos == std::string_view::npos) return;
  }
  while (pos != std::string_view::npos && pos < s.size()) {
    std::string where = source + "#" + std::to_string(pos);
    auto head = header_end(s, pos);
    if (!head) {
      on_failure({where, "WARC record header is not terminated"});
      return;
    }
    Headers warc{s.substr(pos, head->second)};
    size_t length = 0;
    auto length_text = warc.get("Content-Length");
    auto [p, ec] = length_text ? std::from_chars(length_text->data(), length_text->data() + length_text->size(), length)
                               : std::from_chars_result{nullptr, std::errc::invalid_argument};
    (void)p;
    size_t content_start = head->first;
    bool fits = ec == std::errc() && length <= s.size() - content_start;
    size_t after = fits ? content_start + length : s.size();
    // A record ends with CRLF CRLF; then the next record or the end of the file follows.
    size_t k = after;
    while (k < s.size() && (s[k] == '\r' || s[k] == '\n')) ++k;
    bool ends_right = fits && (k == s.size() || s.compare(k, 7, "WARC/1.") == 0);
    if (!ends_right) {
      std::string why = ec != std::errc() ? "missing or unreadable Content-Length"
                        : !fits ? "Content-Length " + std::to_string(length) + " runs past the end of the file"
                                : "Content-Length " + std::to_string(length) + " does not end the record";
      on_failure({where, "bad WARC record: " + why});
      pos = next_record(s, content_start);  // resynchronise on the next record header
      continue;
    }
    std::string type = lower(warc.get("WARC-Type").value_or(""));
    std::string problem;
    auto item = page_of(type, warc, s.substr(content_start, length), problem);
    if (item) {
      item->source = where;
      on_item(std::move(*item));
    } else if (!problem.empty()) {
      on_failure({where, problem});
    }
    pos = k;
  }
}

}  // namespace dateline::corpus
