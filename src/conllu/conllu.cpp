#include "dateline/conllu.hpp"

#include <charconv>
#include <fstream>
#include <ostream>

#include "dateline/error.hpp"

namespace dateline::conllu {
namespace {

std::vector<std::string_view> split_tabs(std::string_view line) {
  std::vector<std::string_view> cols;
  size_t start = 0;
  while (true) {
    size_t tab = line.find('\t', start);
    cols.push_back(line.substr(start, tab == std::string_view::npos ? tab : tab - start));
    if (tab == std::string_view::npos) break;
    start = tab + 1;
  }
  return cols;
}

int to_int(std::string_view s, size_t line_no) {
  int v = 0;
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || p != s.data() + s.size())
    throw Error(ExitCode::bad_input, "CoNLL-U line " + std::to_string(line_no) + ": bad number '" +
                                         std::string(s) + "'");
  return v;
}

bool has_space_after_no(std::string_view misc) {
  size_t p = misc.find("SpaceAfter=No");
  if (p == std::string_view::npos) return false;
  return (p == 0 || misc[p - 1] == '|') &&
         (p + 13 == misc.size() || misc[p + 13] == '|');
}

std::string_view comment_value(std::string_view line, std::string_view key) {
  // "# key = value" or "# key"
  std::string_view rest = line.substr(1);
  while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
  if (rest.substr(0, key.size()) != key) return {};
  rest.remove_prefix(key.size());
  if (!rest.empty() && rest.front() != ' ' && rest.front() != '=') return {};
  while (!rest.empty() && (rest.front() == ' ' || rest.front() == '=')) rest.remove_prefix(1);
  return rest.empty() ? std::string_view("\x01", 1) : rest;  // non-empty marks "present"
}

}  // namespace

const MultiwordToken* Sentence::multiword_at(int id) const {
  for (const auto& m : multiword_tokens)
    if (m.first == id) return &m;
  return nullptr;
}

std::vector<Sentence> read(std::istream& in) {
  std::vector<Sentence> out;
  Sentence cur;
  bool pending_doc = false, pending_par = false;
  std::string line;
  size_t line_no = 0;
  auto finish = [&] {
    if (cur.words.empty()) return;
    out.push_back(std::move(cur));
    cur = Sentence{};
  };
  while (std::getline(in, line)) {
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty()) {
      finish();
      continue;
    }
    if (line[0] == '#') {
      std::string_view v;
      if (!(v = comment_value(line, "newdoc")).empty()) pending_doc = true;
      if (!(v = comment_value(line, "newpar")).empty()) pending_par = true;
      if (!(v = comment_value(line, "sent_id")).empty() && v[0] != '\x01') cur.sent_id = v;
      if (line.rfind("# text = ", 0) == 0) cur.text = line.substr(9);
      if (pending_doc) cur.new_document = true;
      if (pending_par || pending_doc) cur.new_paragraph = true;
      pending_doc = pending_par = false;
      continue;
    }
    auto cols = split_tabs(line);
    if (cols.size() != 10)
      throw Error(ExitCode::bad_input, "CoNLL-U line " + std::to_string(line_no) + ": expected 10 columns, got " +
                                           std::to_string(cols.size()));
    std::string_view id = cols[0];
    if (id.find('.') != std::string_view::npos) continue;  // empty node
    size_t dash = id.find('-');
    if (dash != std::string_view::npos) {
      MultiwordToken m;
      m.first = to_int(id.substr(0, dash), line_no);
      m.last = to_int(id.substr(dash + 1), line_no);
      m.form = cols[1];
      m.space_after = !has_space_after_no(cols[9]);
      cur.multiword_tokens.push_back(std::move(m));
      continue;
    }
    Word w;
    w.id = to_int(id, line_no);
    w.form = cols[1];
    w.lemma = cols[2];
    w.upos = cols[3];
    w.xpos = cols[4];
    w.feats = cols[5];
    w.head = cols[6] == "_" ? -1 : to_int(cols[6], line_no);
    w.deprel = cols[7];
    w.deps = cols[8];
    w.misc = cols[9];
    w.space_after = !has_space_after_no(cols[9]);
    cur.words.push_back(std::move(w));
  }
  finish();
  return out;
}

std::vector<Sentence> read_file(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw Error(ExitCode::bad_input, "cannot open " + path);
  return read(in);
}

void write(std::ostream& out, const Document& doc) {
  out << "# newdoc id = " << doc.id << '\n';
  size_t para = 0;
  int sent_no = 0;
  for (const auto& s : doc.sentences) {
    bool starts_par = false;
    while (para < doc.paragraphs.size() && doc.paragraphs[para].start <= s.start) {
      starts_par = true;
      ++para;
    }
    if (starts_par) out << "# newpar\n";
    out << "# sent_id = " << doc.id << '-' << ++sent_no << '\n';
    std::string text(doc.slice(s.start, s.end));
    for (auto& c : text)
      if (c == '\n' || c == '\t') c = ' ';
    out << "# text = " << text << '\n';
    const auto& toks = s.tokens;
    for (size_t i = 0; i < toks.size(); ++i) {
      if (toks[i].joins_next && (i == 0 || !toks[i - 1].joins_next)) {
        size_t j = i;
        while (j < toks.size() && toks[j].joins_next) ++j;
        if (j >= toks.size()) j = toks.size() - 1;
        uint32_t end = toks[j].end;
        bool space = end < s.end && end < doc.text.size() && (doc.text[end] == ' ' || doc.text[end] == '\n');
        out << i + 1 << '-' << j + 1 << '\t' << doc.slice(toks[i].start, end) << "\t_\t_\t_\t_\t_\t_\t_\t"
            << (space || end >= s.end ? "_" : "SpaceAfter=No") << '\n';
      }
      const Token& t = toks[i];
      bool in_mwt = t.joins_next || (i > 0 && toks[i - 1].joins_next);
      auto field = [](const std::string& v) -> const std::string& {
        static const std::string underscore = "_";
        return v.empty() ? underscore : v;
      };
      std::string misc = "_";
      if (!in_mwt && i + 1 < toks.size() && t.end == toks[i + 1].start) misc = "SpaceAfter=No";
      out << i + 1 << '\t' << t.text << '\t' << field(t.lemma) << '\t' << field(t.upos) << '\t'
          << field(t.xpos) << '\t' << field(t.feats) << '\t';
      if (t.head >= 0) out << t.head; else out << '_';
      out << '\t' << field(t.deprel) << "\t_\t" << misc << '\n';
    }
    out << '\n';
  }
}

}  // namespace dateline::conllu
