// dateline eval quotes: attributions against PolNeAR's brat standoff (docs/eval.md, docs/quotes.md).
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>

#include "dateline/error.hpp"
#include "dateline/ingest.hpp"
#include "dateline/quotes.hpp"
#include "dateline/stage.hpp"
#include "eval_report.hpp"

namespace dateline::cli {
namespace {
namespace fs = std::filesystem;

struct Predicted {
  Attribution a;
  Span content, cue;  // in raw bytes
  bool has_cue = false;
  std::vector<Span> speaker;  // the source mention and its entity's mentions, raw bytes
};

struct Counts {
  double gold = 0, predicted = 0, matched = 0;
  double gold_cues = 0, predicted_cues = 0, matched_cues = 0;
  double speaker_checked = 0, speaker_right = 0;
  double strict_matched = 0;  // matched pairs where the gold also covers >= 50% of ours
  std::map<std::string, std::pair<int, int>> by_kind;   // kind → (predicted, matched)
  std::map<std::string, std::pair<int, int>> by_class;  // speech|belief|intention → same
};

bool overlaps(Span a, Span b) { return std::max(a.start, b.start) < std::min(a.end, b.end); }
bool overlaps_any(Span a, const std::vector<Span>& bs) {
  return std::any_of(bs.begin(), bs.end(), [&](Span b) { return overlaps(a, b); });
}

// Whitespace-separated tokens of the gold content, as byte spans of the raw text.
std::vector<Span> tokens_of(std::string_view raw, const std::vector<Span>& spans) {
  std::vector<Span> out;
  for (Span s : spans) {
    uint32_t i = s.start;
    while (i < s.end) {
      while (i < s.end && std::isspace(static_cast<unsigned char>(raw[i]))) ++i;
      uint32_t start = i;
      while (i < s.end && !std::isspace(static_cast<unsigned char>(raw[i]))) ++i;
      if (i > start) out.push_back({start, i});
    }
  }
  return out;
}

Span to_raw(const Document& doc, Span s) { return {doc.source_offset(s.start), doc.source_offset(s.end)}; }

// Whether attribution `a` lies inside attribution `b`'s content (`i`, `j`: their order).
bool nested_in(const Attribution& a, size_t i, const Attribution& b, size_t j) {
  return b.content.start <= a.content.start && a.content.end <= b.content.end &&
         (b.content.end - b.content.start > a.content.end - a.content.start || j < i);
}

// What the scorer sees: the attributions with a cue or a speaker, projected onto PolNeAR's
// one-role-per-token annotation. With `split_nested`, a direct or indirect attribution nested
// in another's content with a cue of its own there ("Merrill says Machado promised help and
// said she would stand up to the attacks") is kept and the outer content stops where it
// starts, as PolNeAR marks such reports: the inner cue and content belong to the inner
// attribution only. Any other nested attribution is dropped: one without a cue, one sharing the
// outer cue, and a partial quote ("what she calls a 'war of words'", which PolNeAR leaves
// inside the outer content); without `split_nested`, every nested one.
std::vector<Predicted> predictions(const Document& doc, const quotes::RoleTagger* tagger, bool split_nested) {
  std::vector<Attribution> all = find_attributions(doc, tagger);
  auto scored = [](const Attribution& a) { return a.cue || a.speaker_name; };
  // What `a`, nested in `b`'s content, does: split that content, be dropped, or stay as it is.
  enum class Nested { split, drop, keep };
  auto nested_effect = [&](const Attribution& a, const Attribution& b) {
    const bool same_cue = a.cue && b.cue && b.cue->start == a.cue->start;
    const bool cue_inside = a.cue && b.content.start <= a.cue->start && a.cue->end <= b.content.end;
    if (split_nested && cue_inside && !same_cue && a.kind != "partial") return Nested::split;
    return !a.cue || cue_inside || same_cue ? Nested::drop : Nested::keep;
  };
  auto nested_pair = [&](size_t i, size_t j) {
    return i != j && scored(all[i]) && scored(all[j]) && nested_in(all[i], i, all[j], j);
  };
  std::vector<bool> dropped(all.size());
  for (size_t i = 0; i < all.size(); ++i)
    for (size_t j = 0; j < all.size() && !dropped[i]; ++j)
      dropped[i] = nested_pair(i, j) && nested_effect(all[i], all[j]) == Nested::drop;
  // The outer content keeps what lies before the inner attribution (or after it, when the
  // inner one opens the content).
  std::vector<Span> content(all.size());
  for (size_t i = 0; i < all.size(); ++i) content[i] = all[i].content;
  for (size_t i = 0; i < all.size(); ++i) {
    const Attribution& a = all[i];
    if (dropped[i]) continue;
    for (size_t j = 0; j < all.size(); ++j) {
      if (!nested_pair(i, j) || nested_effect(a, all[j]) != Nested::split) continue;
      const uint32_t inner_start = std::min(a.cue->start, a.content.start);
      const uint32_t inner_end = std::max(a.cue->end, a.content.end);
      Span& outer = content[j];
      if (inner_start > outer.start) outer.end = std::min(outer.end, inner_start);
      else outer.start = std::max(outer.start, inner_end);
      if (outer.end < outer.start) outer.end = outer.start;
    }
  }
  std::vector<Predicted> out;
  for (size_t i = 0; i < all.size(); ++i) {
    const Attribution& a = all[i];
    if (!scored(a) || dropped[i] || content[i].end <= content[i].start) continue;
    Predicted p{a, to_raw(doc, content[i]), {}, a.cue.has_value(), {}};
    if (a.cue) p.cue = to_raw(doc, *a.cue);
    if (a.source) p.speaker.push_back(to_raw(doc, *a.source));
    for (const auto& e : doc.entities)
      if (a.speaker_entity && e.id == *a.speaker_entity)
        for (const auto& m : e.mentions) p.speaker.push_back(to_raw(doc, {m.start, m.end}));
    out.push_back(std::move(p));
  }
  return out;
}

// The word, lemma and UPOS of the first token of `doc` that overlaps the raw span (for --misses).
std::string token_at(const Document& doc, Span raw) {
  for (const auto& s : doc.sentences)
    for (const auto& t : s.tokens)
      if (overlaps(to_raw(doc, {t.start, t.end}), raw)) return t.lemma + "\t" + t.upos;
  return "?\t?";
}

std::string one_line(std::string_view raw, const std::vector<Span>& spans) {
  std::string out;
  for (Span s : spans) {
    if (!out.empty()) out += " ... ";
    out += raw.substr(s.start, s.end - s.start);
  }
  for (char& ch : out)
    if (ch == '\n' || ch == '\t') ch = ' ';
  return out;
}

void score_article(std::string_view raw, const std::vector<GoldAttribution>& gold, const std::vector<Predicted>& pred,
                   Counts& c, const Document& doc, std::ostream* misses) {
  c.gold += gold.size();
  c.predicted += pred.size();
  struct Pair { size_t g, p; double overlap; bool mutual; };
  std::vector<Pair> pairs;
  for (size_t g = 0; g < gold.size(); ++g) {
    auto tokens = tokens_of(raw, gold[g].content);
    if (tokens.empty()) continue;
    for (size_t p = 0; p < pred.size(); ++p) {
      double covered = static_cast<double>(std::count_if(tokens.begin(), tokens.end(), [&](Span t) { return overlaps(t, pred[p].content); }));
      if (2 * covered < static_cast<double>(tokens.size())) continue;
      // The other direction: how much of our content the gold covers (over-long spans).
      auto ours = tokens_of(raw, {pred[p].content});
      double inside = static_cast<double>(std::count_if(ours.begin(), ours.end(), [&](Span t) { return overlaps_any(t, gold[g].content); }));
      pairs.push_back({g, p, covered / static_cast<double>(tokens.size()), 2 * inside >= static_cast<double>(ours.size())});
    }
  }
  std::stable_sort(pairs.begin(), pairs.end(), [](const Pair& a, const Pair& b) { return a.overlap > b.overlap; });
  std::vector<bool> g_used(gold.size()), p_used(pred.size());
  std::vector<size_t> gold_of(pred.size(), gold.size());  // the gold a prediction matched
  for (const Pair& pr : pairs) {
    if (g_used[pr.g] || p_used[pr.p]) continue;
    g_used[pr.g] = p_used[pr.p] = true;
    gold_of[pr.p] = pr.g;
    ++c.matched;
    c.strict_matched += pr.mutual;
    if (!gold[pr.g].source.empty()) {
      ++c.speaker_checked;
      c.speaker_right += std::any_of(pred[pr.p].speaker.begin(), pred[pr.p].speaker.end(),
                                     [&](Span s) { return overlaps_any(s, gold[pr.g].source); });
    }
  }
  for (size_t p = 0; p < pred.size(); ++p) {
    auto& k = c.by_kind[pred[p].a.kind];
    auto& cl = c.by_class[pred[p].a.cue_class];
    ++k.first, ++cl.first;
    if (p_used[p]) ++k.second, ++cl.second;
  }
  // Cues: any overlap, one to one.
  std::vector<bool> cue_used(pred.size());
  for (size_t gi = 0; gi < gold.size(); ++gi) {
    const auto& g = gold[gi];
    if (g.cue.empty()) continue;
    ++c.gold_cues;
    bool found = false;
    for (size_t p = 0; p < pred.size() && !found; ++p)
      if (pred[p].has_cue && !cue_used[p] && overlaps_any(pred[p].cue, g.cue)) {
        cue_used[p] = true;
        ++c.matched_cues;
        found = true;
      }
    // One line per missed gold cue: whether its content was matched, the cue, its first token,
    // the content, and whether the cue lies inside one of our contents.
    if (!found && misses)
      *misses << "miss\t" << (g_used[gi] ? "content-found" : "content-missed") << '\t' << one_line(raw, g.cue) << '\t'
              << token_at(doc, g.cue.front()) << '\t' << one_line(raw, g.content).substr(0, 100) << '\t'
              << (std::any_of(pred.begin(), pred.end(), [&](const Predicted& p) { return overlaps_any(p.content, g.cue); }) ? "in-our-content" : "outside") << '\n';
  }
  // One line per predicted cue that matched no gold cue: whether its content matched, the cue,
  // its first token, kind, content, the cue of the gold its content matched, and whether another
  // prediction holds an overlapping cue ("shared").
  if (misses)
    for (size_t p = 0; p < pred.size(); ++p)
      if (pred[p].has_cue && !cue_used[p])
        *misses << "spurious\t" << (p_used[p] ? "content-matched" : "content-unmatched") << '\t' << one_line(raw, {pred[p].cue})
                << '\t' << token_at(doc, pred[p].cue) << '\t' << pred[p].a.kind << '\t' << one_line(raw, {pred[p].content}).substr(0, 100)
                << '\t' << (p_used[p] ? one_line(raw, gold[gold_of[p]].cue) : std::string())
                << '\t' << (std::any_of(pred.begin(), pred.end(), [&](const Predicted& o) { return &o != &pred[p] && o.has_cue && overlaps(o.cue, pred[p].cue); }) ? "shared" : "own") << '\n';
  for (const auto& p : pred) c.predicted_cues += p.has_cue;
}

std::string read_bytes(const fs::path& p) { return read_input_bytes(p.string(), size_t{64} << 20); }

int run_eval_quotes(const std::string& gold_dir, const std::string& format, size_t limit, const std::string& misses_path,
                    const std::string& nested) {
  std::ofstream misses_file;
  if (!misses_path.empty()) misses_file.open(misses_path);
  fs::path root(gold_dir);
  fs::path split = fs::is_directory(root / "text") ? root : root / "dev";
  if (!fs::is_directory(split / "text") || !fs::is_directory(split / "attributions"))
    throw Error(ExitCode::bad_input, "no PolNeAR split at '" + gold_dir + "' (expected text/ and attributions/, or dev/)");
  std::vector<fs::path> texts, anns;
  for (const auto& e : fs::directory_iterator(split / "text")) if (e.path().extension() == ".txt") texts.push_back(e.path());
  for (const auto& e : fs::directory_iterator(split / "attributions")) if (e.path().extension() == ".ann") anns.push_back(e.path());
  std::sort(texts.begin(), texts.end());
  std::sort(anns.begin(), anns.end());
  // Every stage but quotes, which runs below with the same tagger and keeps the spans.
  PipelineOptions options;
  options.stages = {"normalize", "structure", "tokenize", "tag", "lemmatize", "parse", "entities"};
  Pipeline pipeline = Pipeline::standard(options);
  std::shared_ptr<const quotes::RoleTagger> tagger = load_quote_tagger(models_directory());
  Counts c;
  size_t articles = 0;
  for (const auto& text_path : texts) {
    if (limit && articles >= limit) break;
    // One annotator per article: the first .ann file by name (upstream picks one at random).
    std::string prefix = text_path.stem().string() + "_";
    auto ann = std::find_if(anns.begin(), anns.end(), [&](const fs::path& a) { return a.filename().string().starts_with(prefix); });
    if (ann == anns.end()) continue;
    std::string raw = read_bytes(text_path);
    std::vector<GoldAttribution> gold;
    try {
      gold = read_brat_attributions(read_bytes(*ann), raw);
    } catch (const Error& e) {
      throw Error(ExitCode::bad_input, ann->string() + ": " + e.what());
    }
    Document doc = document_from_text(raw, text_path.string());
    pipeline.run(doc);
    score_article(raw, gold, predictions(doc, tagger.get(), nested == "split"), c, doc, misses_path.empty() ? nullptr : &misses_file);
    ++articles;
  }
  if (articles == 0) throw Error(ExitCode::bad_input, "no annotated articles under " + split.string());
  EvalReport r;
  r.title = "Attributions: PolNeAR " + split.filename().string() + " (" + std::to_string(articles) + " articles)";
  double p = percent(c.matched, c.predicted), rc = percent(c.matched, c.gold);
  double cp = percent(c.matched_cues, c.predicted_cues), cr = percent(c.matched_cues, c.gold_cues);
  r.add("precision", p);
  r.add("recall", rc);
  r.add("f1", f1_of(p, rc));
  r.add("cue_precision", cp);
  r.add("cue_recall", cr);
  r.add("cue_f1", f1_of(cp, cr));
  r.add("speaker_accuracy", percent(c.speaker_right, c.speaker_checked));
  r.add("strict_f1", f1_of(percent(c.strict_matched, c.predicted), percent(c.strict_matched, c.gold)));
  r.add("gold", c.gold);
  r.add("predicted", c.predicted);
  r.add("matched", c.matched);
  for (const auto& [kind, n] : c.by_kind) {
    r.extra["per_kind"][kind] = {{"predicted", n.first}, {"matched", n.second}, {"precision", percent(n.second, n.first)}};
    r.notes.push_back(kind + ": " + std::to_string(n.second) + " of " + std::to_string(n.first) + " predicted match gold");
  }
  for (const auto& [cls, n] : c.by_class)
    r.extra["per_class"][cls] = {{"predicted", n.first}, {"matched", n.second}, {"precision", percent(n.second, n.first)}};
  r.notes.push_back("match: predicted content covers >= 50% of the gold content's whitespace tokens (one to one)");
  r.notes.push_back("strict_f1: matched pairs where the gold content also covers >= 50% of ours");
  r.notes.push_back(nested == "split" ? "nested: a report with its own cue inside another's content is scored, the outer content cut before it"
                                      : "nested: reports inside another's content are not scored");
  print_eval_report(r, format);
  return 0;
}

const RegisterCommand reg{{"eval", "quotes", "Score quotes and attributions against PolNeAR (brat standoff)",
  [](CLI::App& app) -> std::function<int()> {
    auto gold = std::make_shared<std::string>();
    auto format = std::make_shared<std::string>("text");
    auto limit = std::make_shared<size_t>(0);
    auto misses = std::make_shared<std::string>();
    auto nested = std::make_shared<std::string>("split");
    app.add_option("--gold", *gold, "PolNeAR directory (holding dev/) or one split (holding text/ and attributions/)")->required();
    app.add_option("--limit", *limit, "Score only the first N articles (0 = all)");
    app.add_option("--misses", *misses, "Write missed gold cues and unmatched predicted cues to this TSV file (error analysis)");
    app.add_option("--nested", *nested,
                   "Reports inside another report's content: 'split' scores those with a cue of their own and cuts the "
                   "outer content before them (PolNeAR's one role per word); 'drop' leaves them all out")
        ->capture_default_str()->check(CLI::IsMember({"split", "drop"}));
    add_eval_format_option(app, *format);
    return [gold, format, limit, misses, nested] { return run_eval_quotes(*gold, *format, *limit, *misses, *nested); };
  }}};

}  // namespace
}  // namespace dateline::cli
