// extract_html and document_from_html: charset → prescan → gumbo → metadata + main text.
#include <cstddef>
#include <cstdlib>

#include "dateline/error.hpp"
#include "dateline/text.hpp"
#include "html_internal.hpp"

namespace dateline {
namespace {

bool is_valid_utf8(std::string_view s) {
  // Validation only; decode_bytes does the work (and builds a byte map) when this fails.
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  size_t n = s.size(), i = 0;
  while (i < n) {
    if (p[i] < 0x80) { ++i; continue; }
    int len = utf8_length(p[i]);
    if (len == 1 || i + len > n) return false;
    for (int k = 1; k < len; ++k)
      if ((p[i + k] & 0xC0) != 0x80) return false;
    if (len == 2 && p[i] < 0xC2) return false;
    if (len == 3 && ((p[i] == 0xE0 && p[i + 1] < 0xA0) || (p[i] == 0xED && p[i + 1] >= 0xA0))) return false;
    if (len == 4 && (p[i] > 0xF4 || (p[i] == 0xF0 && p[i + 1] < 0x90) || (p[i] == 0xF4 && p[i + 1] >= 0x90)))
      return false;
    i += static_cast<size_t>(len);
  }
  return true;
}

constexpr size_t kTinyDomText = 1500;  // bytes of main text below which JSON-LD may hold more

bool is_utf8_name(std::string_view charset) { return charset.empty() || charset == "utf-8" || charset == "utf8"; }

// Every allocation of one parse, freed together when the arena goes. gumbo_destroy_output
// frees the tree by recursion, a stack frame per level, and a deep enough page overflows the
// stack; here freeing is a walk along a list. Each block is linked in a header before it, so
// gumbo's own frees (of buffers it outgrew) still return memory at once.
class GumboArena {
 public:
  GumboArena() = default;
  GumboArena(const GumboArena&) = delete;
  GumboArena& operator=(const GumboArena&) = delete;
  ~GumboArena() {
    for (Header* h = head_.next; h != &head_;) {
      Header* next = h->next;
      std::free(h);
      h = next;
    }
  }

  void use_in(GumboOptions& options) {
    options.allocator = &allocate;
    options.deallocator = &deallocate;
    options.userdata = this;
  }

 private:
  struct alignas(std::max_align_t) Header {
    Header* prev;
    Header* next;
  };

  static void* allocate(void* self, size_t size) {
    auto* arena = static_cast<GumboArena*>(self);
    auto* h = static_cast<Header*>(std::malloc(sizeof(Header) + size));
    if (!h) return nullptr;  // as malloc, which gumbo would call otherwise
    h->prev = &arena->head_;
    h->next = arena->head_.next;
    arena->head_.next->prev = h;
    arena->head_.next = h;
    return h + 1;
  }

  static void deallocate(void*, void* p) {
    if (!p) return;
    Header* h = static_cast<Header*>(p) - 1;
    h->prev->next = h->next;
    h->next->prev = h->prev;
    std::free(h);
  }

  Header head_{&head_, &head_};
};

}  // namespace

HtmlArticle extract_html(std::string_view bytes, const HtmlOptions& options) {
  HtmlArticle out;
  if (bytes.size() >= 3 && bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
  std::string charset = html::sniff_charset(bytes);
  if (charset.empty()) charset = options.charset_hint;
  std::string decoded;
  std::string_view utf8 = bytes;
  if (!(is_utf8_name(charset) && is_valid_utf8(bytes))) {
    DecodeResult d = is_utf8_name(charset) ? decode_bytes(bytes) : decode_bytes_as(bytes, charset);
    decoded = std::move(d.utf8.text);
    out.encoding = d.encoding;
    out.repaired_bytes = d.repaired_bytes;
    utf8 = decoded;
  }
  html::Prescanned pre = html::prescan_html(utf8, options.max_depth);
  GumboOptions gumbo_options = kGumboDefaultOptions;
  gumbo_options.max_errors = 0;  // nobody reads the parse errors; recording them allocates per error
  GumboArena arena;              // frees the tree; gumbo_destroy_output is never called
  arena.use_in(gumbo_options);
  const GumboOutput* doc = gumbo_parse_with_options(&gumbo_options, pre.html.data(), pre.html.size());
  html::read_metadata(doc->root, pre.json_ld, out);
  out.text = html::main_text(doc->root);
  // Little text in the DOM: the article may live only in script state; JSON-LD's articleBody
  // then holds it (parsed again only on such pages).
  if (out.text.size() < kTinyDomText && !pre.json_ld.empty()) {
    std::string body = html::json_ld_article_body(pre.json_ld);
    if (body.size() > 2 * out.text.size()) out.text = std::move(body);
  }
  return out;
}

Document document_from_html(std::string_view bytes, std::string source, const ReadOptions& options,
                            const HtmlOptions& html_options) {
  if (bytes.size() > options.max_bytes)
    throw Error(ExitCode::bad_input, source + ": input too large (" + std::to_string(bytes.size()) + " bytes)");
  if (bytes.find_first_not_of(" \t\r\n\f\v") == std::string_view::npos)
    throw Error(ExitCode::bad_input, source + ": empty input");
  if (looks_binary(bytes)) throw Error(ExitCode::bad_input, source + ": binary data, not HTML");
  HtmlArticle page;
  try {
    page = extract_html(bytes, html_options);
  } catch (const Error& e) {
    throw Error(e.code(), source + ": " + e.what());
  }
  if (page.text.empty()) throw Error(ExitCode::bad_input, source + ": no article text found in the page");
  Document doc = document_from_text(page.text, source, options);
  doc.id = content_id(bytes);
  doc.encoding = page.encoding;
  doc.warnings.clear();
  if (page.repaired_bytes > 0)
    doc.warnings.push_back("invalid UTF-8 repaired with U+FFFD (" + std::to_string(page.repaired_bytes) + " bytes)");
  if (page.encoding != "UTF-8") doc.warnings.push_back("read as " + page.encoding + ", not UTF-8");
  doc.warnings.insert(doc.warnings.end(), page.warnings.begin(), page.warnings.end());
  if (!page.title.empty()) doc.title_hint = page.title;
  if (page.date) {  // the page's own date wins over the --date default
    doc.date = page.date;
    doc.date_source = page.date_source;
  }
  if (page.author) doc.byline = page.author;
  if (page.url) doc.url = page.url;
  return doc;
}

}  // namespace dateline
