#include "dateline/tokenize.hpp"
#include "tokenize/scanner.hpp"

namespace dateline {

void tokenize_span(std::string_view text, uint32_t start, uint32_t end, std::vector<Token>& out) {
  if (end > text.size()) end = static_cast<uint32_t>(text.size());
  if (start >= end) return;
  tok::Scanner(text, out).run(start, end);
}

std::vector<Span> paragraph_spans(const Document& doc) {
  if (!doc.paragraphs.empty()) return doc.paragraphs;
  // No structure stage ran: blank lines (white space only) separate paragraphs.
  std::vector<Span> spans;
  std::string_view t = doc.text;
  size_t i = 0, n = t.size();
  while (i < n) {
    while (i < n && (t[i] == '\n' || t[i] == ' ' || t[i] == '\t' || t[i] == '\r')) ++i;
    if (i >= n) break;
    size_t start = i, end = i;
    while (i < n) {
      size_t nl = t.find('\n', i);
      if (nl == std::string_view::npos) nl = n;
      size_t line_end = nl;
      while (line_end > i && (t[line_end - 1] == ' ' || t[line_end - 1] == '\t' || t[line_end - 1] == '\r')) --line_end;
      if (line_end == i) break;  // a blank line
      end = line_end;
      i = nl < n ? nl + 1 : n;
    }
    spans.push_back({static_cast<uint32_t>(start), static_cast<uint32_t>(end)});
  }
  return spans;
}

namespace {

class TokenizeStage final : public Stage {
 public:
  std::string_view name() const override { return "tokenize"; }
  void process(Document& doc) const override {
    doc.sentences.clear();
    std::vector<Token> words;
    for (const Span& p : paragraph_spans(doc)) {
      words.clear();
      tokenize_span(doc.text, p.start, p.end, words);
      if (words.empty()) continue;
      for (auto& s : split_sentences(doc.text, std::move(words))) doc.sentences.push_back(std::move(s));
      words = {};
    }
  }
};

}  // namespace

std::unique_ptr<Stage> make_tokenize_stage() { return std::make_unique<TokenizeStage>(); }

}  // namespace dateline
