#include "dateline/tokenize.hpp"
#include "tokenize/boundary_model.hpp"
#include "tokenize/scanner.hpp"

#include <algorithm>

namespace dateline {

void tokenize_span(std::string_view text, uint32_t start, uint32_t end, std::vector<Token>& out) {
  if (end > text.size()) end = static_cast<uint32_t>(text.size());
  if (start >= end) return;
  std::vector<tok::Piece> pieces;
  tok::Scanner(text, pieces).run(start, end);
  for (const auto& p : pieces) {
    Token& t = out.emplace_back();
    t.start = p.start;
    t.end = p.end;
    t.text = text.substr(p.start, p.end - p.start);
    t.joins_next = p.joins_next;
  }
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
  explicit TokenizeStage(std::shared_ptr<const tok::BoundaryScorer> model) : model_(std::move(model)) {}
  std::string_view name() const override { return "tokenize"; }
  void process(Document& doc) const override {
    doc.sentences.clear();
    std::vector<tok::Piece> pieces;
    // Room for a paragraph's words up front (a news article's, capped for huge inputs), so the
    // scanner does not regrow and copy the vector.
    pieces.reserve(std::min<size_t>(doc.text.size() / 4 + 16, size_t{1} << 16));
    // News sentences take some 125 bytes of text: room for twice as many as that, so the
    // vector rarely regrows.
    doc.sentences.reserve(doc.text.size() / 64 + 1);
    for (const Span& p : paragraph_spans(doc)) {
      pieces.clear();
      uint32_t end = std::min<uint32_t>(p.end, static_cast<uint32_t>(doc.text.size()));
      if (p.start >= end) continue;
      tok::Scanner(doc.text, pieces).run(p.start, end);
      tok::append_sentences(doc.text, pieces, model_.get(), doc.sentences);
    }
  }

 private:
  std::shared_ptr<const tok::BoundaryScorer> model_;  // null: rules only
};

}  // namespace

std::unique_ptr<Stage> make_tokenize_stage(const std::string& models_dir) {
  return std::make_unique<TokenizeStage>(tok::load_boundary_model(models_dir));
}

}  // namespace dateline
