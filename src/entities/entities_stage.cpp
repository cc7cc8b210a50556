// The "entities" stage: NER over the parsed sentences, gazetteer and date/time mentions for
// what the model misses, then resolution into doc.entities.
#include <algorithm>
#include <filesystem>

#include "../ner/name_lists.hpp"
#include "actor_table.hpp"
#include "dateline/entities.hpp"
#include "dateline/ner.hpp"
#include "resolver.hpp"

namespace dateline {
namespace {

bool overlaps(const NamedSpan& a, const NamedSpan& b) {
  return a.sentence == b.sentence && a.begin < b.end && b.begin < a.end;
}

// Adds `extra` mentions that do not overlap any of `into`.
void add_missing(std::vector<NamedSpan>& into, const std::vector<NamedSpan>& extra) {
  for (const NamedSpan& e : extra)
    if (std::none_of(into.begin(), into.end(), [&](const NamedSpan& m) { return overlaps(m, e); })) into.push_back(e);
}

// "Secretary of State John Kerry" is sometimes tagged with "State John Kerry" as one name, and
// "President Xi" as one person: a title that runs into a name is cut off it, and what is left
// after a title is a person.
void trim_title(const Sentence& s, ner::Chunk& c) {
  const auto& lists = ner::NameLists::get();
  int cut = c.begin;
  for (int k = c.begin + 1; k < c.end; ++k) {
    for (int j = std::max(0, c.begin - 3); j <= c.begin; ++j) {
      if (j == c.begin && c.type != "PER") continue;  // "General Motors" stays whole
      const ner::NameInfo* info = lists.find(entities::word_text(s, j, k));
      if (info && (info->kinds & ner::kRole)) cut = k;
    }
  }
  if (cut > c.begin) {
    c.begin = cut;
    c.type = "PER";
  }
}

class EntitiesStage : public Stage {
 public:
  EntitiesStage(std::shared_ptr<const ner::Model> model, EntityOptions options)
      : model_(std::move(model)), options_(options) {}
  std::string_view name() const override { return "entities"; }

  void process(Document& doc) const override {
    std::vector<std::vector<std::string>> words, pos;
    for (const Sentence& s : doc.sentences) {
      words.emplace_back();
      pos.emplace_back();
      for (const Token& t : s.tokens) {
        words.back().push_back(t.text);
        if (model_->uses_pos()) pos.back().push_back(t.xpos);
      }
    }
    std::vector<NamedSpan> mentions;
    auto tags = model_->tag(words, pos);
    for (size_t s = 0; s < tags.size(); ++s) {
      std::vector<ner::Chunk> chunks = ner::chunks_of(tags[s]);
      entities::join_hyphenated_chunks(doc.sentences[s], chunks);
      int covered = 0;  // a chunk a repair already took in ("Peninsula" after "Korean") is no mention
      for (ner::Chunk c : chunks) {
        if (c.begin < covered) continue;
        if (!entities::cut_trailing_person_title(doc.sentences[s], c)) continue;
        trim_title(doc.sentences[s], c);
        entities::type_name_before_office_noun(doc.sentences[s], c);
        entities::extend_to_feature(doc.sentences[s], c);
        covered = c.end;
        std::string text = entities::word_text(doc.sentences[s], c.begin, c.end);
        mentions.push_back(NamedSpan{s, c.begin, c.end, ner::refine_type(c.type, text)});
      }
    }
    add_missing(mentions, rule_mentions(doc));
    std::sort(mentions.begin(), mentions.end(), [](const NamedSpan& a, const NamedSpan& b) {
      return a.sentence != b.sentence ? a.sentence < b.sentence : a.begin < b.begin;
    });
    resolve_entities(doc, mentions, options_);
  }

 private:
  std::shared_ptr<const ner::Model> model_;
  EntityOptions options_;
};

}  // namespace

std::vector<NamedSpan> rule_mentions(const Document& doc) {
  std::vector<NamedSpan> out;
  for (size_t s = 0; s < doc.sentences.size(); ++s) {
    std::vector<std::string> words;
    for (const Token& t : doc.sentences[s].tokens) words.push_back(t.text);
    for (const ner::NameMatch& m : ner::NameLists::get().match(words)) {
      uint8_t k = m.info->kinds;
      // Only unambiguous kinds: countries, demonyms and listed organisations (not roles, not
      // cities, which are also surnames and common words).
      if (k & ner::kCountry) out.push_back({s, m.begin, m.end, "GPE"});
      else if (k & ner::kDemonym) out.push_back({s, m.begin, m.end, "NORP"});
      else if ((k & ner::kOrganization) && m.end - m.begin > 1) out.push_back({s, m.begin, m.end, "ORG"});
    }
    for (const ner::Chunk& c : ner::time_chunks(words)) out.push_back({s, c.begin, c.end, c.type});
  }
  return out;
}

void resolve_entities(Document& doc, const std::vector<NamedSpan>& spans, const EntityOptions& options) {
  std::vector<entities::MentionInfo> mentions;
  for (const NamedSpan& s : spans) {
    if (s.sentence >= doc.sentences.size() || s.begin < 0 || s.end <= s.begin ||
        s.end > static_cast<int>(doc.sentences[s.sentence].tokens.size()))
      continue;  // a span outside the sentence is a caller's bug; skip rather than crash
    entities::MentionInfo m;
    m.span = s;
    mentions.push_back(std::move(m));
  }
  entities::describe_mentions(doc, mentions);
  std::vector<entities::Cluster> clusters = entities::cluster_mentions(mentions);
  entities::attach_attributes(doc, mentions, clusters);
  if (options.actor_table) entities::apply_actor_table(entities::ActorTable::builtin(), doc, mentions, clusters);
  entities::apply_dateline_country(doc, clusters);
  std::vector<bool> from_home = entities::apply_home_country(options.home_country, mentions, clusters);
  entities::resolve_pronouns(doc, mentions, clusters);
  doc.entities.clear();
  for (const entities::Cluster& c : clusters) {
    Entity e;
    e.name = c.name;
    e.type = c.type;
    e.country = c.country;
    e.role = c.role;
    e.sector = c.sector;
    e.igo = c.igo;
    if (!c.country.empty() || !c.igo.empty()) e.country_source = c.country_from_table ? "actor_table" : "text";
    if (from_home[static_cast<size_t>(&c - clusters.data())]) e.country_source = "home_country";
    for (int mi : c.mentions) {
      const entities::MentionInfo& m = mentions[mi];
      const auto& tokens = doc.sentences[m.span.sentence].tokens;
      uint32_t start = tokens[m.span.begin].start, end = tokens[m.span.end - 1].end;
      e.mentions.push_back(Mention{start, end, std::string(doc.slice(start, end))});
    }
    std::sort(e.mentions.begin(), e.mentions.end(), [](const Mention& a, const Mention& b) { return a.start < b.start; });
    doc.entities.push_back(std::move(e));
  }
  // Ids in order of first mention.
  std::sort(doc.entities.begin(), doc.entities.end(), [](const Entity& a, const Entity& b) {
    return a.mentions.front().start < b.mentions.front().start;
  });
  for (size_t i = 0; i < doc.entities.size(); ++i) doc.entities[i].id = "E" + std::to_string(i + 1);
}

std::unique_ptr<Stage> make_entities_stage(const PipelineOptions& options, std::string& why_not) {
  std::string path = models_directory(options.models_dir) + "/en_ner.dlm";
  if (!std::filesystem::is_regular_file(path)) {
    why_not = "no NER model at " + path;
    return nullptr;
  }
  // The table is parsed here, once, rather than inside the first article.
  if (options.actor_table) entities::ActorTable::builtin();
  return std::make_unique<EntitiesStage>(ner::Model::load(path), EntityOptions{options.actor_table, options.home_country});
}

}  // namespace dateline
