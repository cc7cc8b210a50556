// The "entities" stage: named-entity mentions (NER model + gazetteers + date/time rules)
// clustered into the article's entities, with canonical name, type, country, role and sector.
#pragma once

#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "dateline/document.hpp"
#include "dateline/stage.hpp"

namespace dateline {

// A mention over words [begin, end) of doc.sentences[sentence].tokens, with its fine type
// (PERSON ORG GPE LOC NORP MISC DATE TIME).
struct NamedSpan {
  size_t sentence = 0;
  int begin = 0, end = 0;
  std::string type;
};

struct EntityOptions {
  // People and organisations the text gives no country take it from the world knowledge of
  // actors (lexicons/actors.tsv), by name and the article date (docs/entities.md).
  bool actor_table = true;
  // The publication's country (ISO3, PipelineOptions::home_country), or empty. In an article
  // about its home country (named at least twice as often as any other), people and state
  // institutions that neither the text nor the actor table place take it
  // (Entity::country_source "home_country").
  std::string home_country;
};

// Clusters the mentions into doc.entities (replacing what is there): full name ↔ surname,
// acronym ↔ expansion, country ↔ demonym ↔ acting capital; attaches roles and countries from
// pre-modifiers and appositions, then from the actor table; resolves third-person pronouns to
// people.
void resolve_entities(Document& doc, const std::vector<NamedSpan>& mentions, const EntityOptions& options = {});

// Mentions from the gazetteers and date/time rules alone (what the stage adds to the model's).
std::vector<NamedSpan> rule_mentions(const Document& doc);

// lexicons/actors.tsv, the entities stage's world knowledge of actors, built from PETRARCH actor
// dictionaries (the Phoenix files): `dateline actor-table`.
struct ActorTableBuild {
  std::string tsv;                 // the whole file, header included
  size_t rows = 0, names = 0;
  std::vector<std::string> notes;  // what was repaired or left out
};
// `dictionaries`: (file name, text) pairs, read with petrarch::parse_actors.
ActorTableBuild build_actor_table(const std::vector<std::pair<std::string, std::string>>& dictionaries);

// The stage; nullptr with a reason when the model file models_dir/en_ner.dlm is missing.
std::unique_ptr<Stage> make_entities_stage(const PipelineOptions& options, std::string& why_not);

}  // namespace dateline
