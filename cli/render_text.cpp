#include "render_text.hpp"

#include <fmt/format.h>

namespace dateline::cli {
namespace {

std::string one_line(std::string_view s, size_t max = 110) {
  std::string out;
  for (char c : s) out += (c == '\n' || c == '\t') ? ' ' : c;
  if (out.size() > max) {
    size_t cut = max;
    while (cut > 0 && (static_cast<unsigned char>(out[cut]) & 0xC0) == 0x80) --cut;
    out = out.substr(0, cut) + "…";
  }
  return out;
}

}  // namespace

void render_text(std::ostream& out, const Document& doc, const Style& st) {
  out << st.dim("── " + doc.source + "  [" + doc.id + "]") << '\n';
  if (doc.headline) out << st.bold(*doc.headline) << '\n';
  std::string meta;
  if (doc.dateline)
    meta += "Dateline: " + doc.dateline->place + (doc.dateline->country.empty() ? "" : " (" + doc.dateline->country + ")");
  if (doc.byline) meta += (meta.empty() ? "" : "   ") + std::string("By: ") + *doc.byline;
  if (doc.date) meta += (meta.empty() ? "" : "   ") + std::string("Date: ") + *doc.date;
  if (!meta.empty()) out << st.cyan(meta) << '\n';
  for (const auto& c : doc.captions)
    out << st.dim("Caption: " + one_line(c.text) + (c.credit.empty() ? "" : "  — " + c.credit)) << '\n';
  for (const auto& b : doc.boilerplate) out << st.dim("Removed (" + b.reason + "): " + one_line(b.text, 70)) << '\n';
  for (const auto& w : doc.warnings) out << st.yellow("Warning: " + w) << '\n';

  size_t tokens = 0;
  for (const auto& s : doc.sentences) tokens += s.tokens.size();
  out << st.dim(fmt::format("{} paragraphs, {} sentences, {} tokens, {} bytes of body text", doc.paragraphs.size(),
                            doc.sentences.size(), tokens, doc.text.size()))
      << "\n\n";
  for (const auto& p : doc.paragraphs) out << one_line(doc.slice(p.start, p.end), 300) << "\n";

  if (!doc.entities.empty()) {
    out << '\n' << st.bold("Entities") << '\n';
    for (const auto& e : doc.entities) {
      std::string extra;
      if (!e.country.empty()) extra += " " + e.country;
      if (!e.role.empty()) extra += ", " + e.role;
      out << fmt::format("  {:<5} {:<7} {}{}  {}\n", e.id, e.type, st.bold(e.name), st.cyan(extra),
                         st.dim(fmt::format("×{}", e.mentions.size())));
    }
  }
  if (!doc.quotes.empty()) {
    out << '\n' << st.bold("Quotes") << '\n';
    for (const auto& q : doc.quotes)
      out << fmt::format("  {:<8} {} {}: {}\n", q.kind, st.magenta(q.speaker_name.value_or("?")),
                         st.dim("(" + q.cue.value_or("") + ")"), one_line(q.text, 100));
  }
  if (!doc.events.empty()) {
    out << '\n' << st.bold("Events") << '\n';
    for (const auto& e : doc.events)
      out << fmt::format("  {} {:<4} {:<12} {} → {}  {}\n", e.date.value_or("-"), e.cameo, e.plover,
                         st.green(e.source.code + " " + e.source.name),
                         e.target ? st.green(e.target->code + " " + e.target->name) : st.dim("-"),
                         st.dim(one_line(e.evidence.text, 60)));
  }
  out << '\n';
}

}  // namespace dateline::cli
