// find_attributions(): quotes first, then indirect speech, then speakers; and the stage.
#include <algorithm>

#include "quotes/attribution.hpp"
#include "quotes/learned.hpp"

namespace dateline {

std::vector<Attribution> find_attributions(const Document& doc) { return find_attributions(doc, nullptr); }

std::vector<Attribution> find_attributions(const Document& doc, const quotes::RoleTagger* tagger) {
  quotes::WordView view = quotes::build_word_view(doc);
  if (view.words.empty()) return {};
  quotes::Context ctx{doc, view, {}, quotes::CueLexicon::instance(), {}};
  ctx.lower.reserve(view.words.size());
  for (const auto& w : view.words) ctx.lower.emplace_back(w.lower);
  std::vector<Attribution> out = quotes::attribute_quotes(ctx);
  quotes::add_indirect_speech(ctx, out);
  if (tagger && !doc.sentences.empty()) {
    std::vector<Attribution> learned = quotes::learned_attributions(doc, *tagger);
    quotes::yield_to_according_to(doc, learned, out);
    out = quotes::merge_with_rules(std::move(learned), std::move(out));
  }
  quotes::add_headline_frame(view, out);
  quotes::add_transcript_turns(view, out);
  std::stable_sort(out.begin(), out.end(),
                   [](const Attribution& a, const Attribution& b) { return a.content.start < b.content.start; });
  quotes::resolve_speakers(doc, view, out);
  // Indirect speech is a claim about who said something: a content the tagger marked with no
  // cue and no speaker ("for new mothers") carries no such claim, so it is not reported. (Quoted
  // text stays even then: its marks are the evidence.) PolNeAR scores neither.
  std::erase_if(out, [](const Attribution& a) {
    return a.kind == "indirect" && !a.cue && !a.source && !a.speaker_name && !a.speaker_entity;
  });
  return out;
}

Quote to_quote(const Document& doc, const Attribution& a) {
  Quote q;
  q.kind = a.kind;
  q.speaker = a.speaker_entity;
  q.speaker_name = a.speaker_name;
  if (a.cue) q.cue = std::string(doc.slice(a.cue->start, a.cue->end));
  if (a.addressee) q.addressee = std::string(doc.slice(a.addressee->start, a.addressee->end));
  q.start = a.content.start;
  q.end = a.content.end;
  q.text = std::string(doc.slice(a.content.start, a.content.end));
  return q;
}

namespace {

class QuotesStage final : public Stage {
 public:
  explicit QuotesStage(std::shared_ptr<const quotes::RoleTagger> tagger) : tagger_(std::move(tagger)) {
    (void)quotes::CueLexicon::instance();  // load the lexicon before any thread runs
  }
  std::string_view name() const override { return "quotes"; }
  void process(Document& doc) const override {
    doc.quotes.clear();
    for (const auto& a : find_attributions(doc, tagger_.get())) doc.quotes.push_back(to_quote(doc, a));
  }

 private:
  std::shared_ptr<const quotes::RoleTagger> tagger_;
};

}  // namespace

std::shared_ptr<const quotes::RoleTagger> load_quote_tagger(const std::string& models_dir) {
  return quotes::RoleTagger::load_from(models_dir);
}

std::unique_ptr<Stage> make_quotes_stage() { return std::make_unique<QuotesStage>(nullptr); }

std::unique_ptr<Stage> make_quotes_stage(const std::string& models_dir) {
  return std::make_unique<QuotesStage>(load_quote_tagger(models_dir));
}

}  // namespace dateline
