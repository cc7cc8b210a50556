// `dateline read --format events`: one header, then one TSV row per event.
#include <cstdio>

#include "dateline/events.hpp"

namespace dateline {
namespace {

// Tabs and newlines inside a field would break the row.
std::string field(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c == '\t' || c == '\n' || c == '\r') c = ' ';
  return out;
}

}  // namespace

void write_events_tsv_header(std::ostream& out) {
  out << "#date\tsource\ttarget\tcameo\tplover\tquad_class\tgoldstein\tsource_name\ttarget_name\tplace\tsentence\tevidence"
         "\tevent_id\tarticle_id\tarticle_source\n";
}

void write_events_tsv(std::ostream& out, const Document& doc) {
  size_t n = 0;
  for (const auto& e : doc.events) {
    char goldstein[16];
    std::snprintf(goldstein, sizeof goldstein, "%.1f", e.goldstein);
    out << field(e.date.value_or("")) << '\t' << field(e.source.code) << '\t' << field(e.target ? e.target->code : "")
        << '\t' << field(e.cameo) << '\t' << field(e.plover) << '\t' << e.quad_class << '\t' << goldstein << '\t'
        << field(e.source.name) << '\t' << field(e.target ? e.target->name : "") << '\t' << field(e.place.value_or(""))
        << '\t' << (doc.id.empty() ? "" : field(doc.id) + ":") << e.sentence << '\t' << field(e.evidence.text) << '\t'
        << field(doc.id) << '-' << ++n << '\t' << field(doc.id) << '\t' << field(doc.source) << '\n';
  }
}

}  // namespace dateline
