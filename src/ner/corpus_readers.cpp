// Readers for the NER corpora: CoNLL-2003 (IOB1), Universal NER (IOB2) and CoNLL-U with
// entity annotations. All produce IOB2 tags.
#include <algorithm>
#include <fstream>
#include <sstream>

#include "dateline/conllu.hpp"
#include "dateline/error.hpp"
#include "dateline/ner.hpp"

namespace dateline::ner {
namespace {

std::ifstream open_or_throw(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw Error(ExitCode::bad_input, "cannot read NER corpus '" + path + "'");
  return in;
}

std::vector<std::string> split_ws(const std::string& line, char sep) {
  std::vector<std::string> out;
  std::string cur;
  std::istringstream ss(line);
  while (std::getline(ss, cur, sep))
    if (!cur.empty() || sep == '\t') out.push_back(cur);
  return out;
}

void check_tag(const std::string& tag, const std::string& path, long line_no) {
  bool ok = tag == "O" || (tag.size() > 2 && (tag[0] == 'B' || tag[0] == 'I') && tag[1] == '-');
  if (!ok) throw Error(ExitCode::bad_input, path + ":" + std::to_string(line_no) + ": bad NER tag '" + tag + "'");
}

void flush(TaggedSentence& s, TaggedDocument& d) {
  if (!s.words.empty()) d.sentences.push_back(std::move(s));
  s = TaggedSentence{};
}

// How one column format lays out a word line; the line loop is the same for all of them.
struct ColumnFormat {
  const char* document_marker;  // a line starting with it begins a new document
  bool hash_comments;           // lines starting with '#' carry no word
  char separator;
  size_t form_column;
  int tag_column;               // -1: the last column
  const char* expected;         // said when a line has too few columns
};

// Documents of sentences of (word, tag); tags come back as IOB2 whatever the file used (an
// I- tag that does not continue a chunk of its type becomes B-, which turns IOB1 into IOB2).
std::vector<TaggedDocument> read_columns(const std::string& path, const ColumnFormat& format) {
  std::ifstream in = open_or_throw(path);
  std::vector<TaggedDocument> docs(1);
  TaggedSentence sent;
  std::string line;
  long line_no = 0;
  const size_t min_columns = std::max<size_t>(format.form_column, format.tag_column < 0 ? 0 : format.tag_column) + 1;
  while (std::getline(in, line)) {
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.rfind(format.document_marker, 0) == 0) {
      flush(sent, docs.back());
      if (!docs.back().sentences.empty()) docs.emplace_back();
      continue;
    }
    if (format.hash_comments && !line.empty() && line[0] == '#') continue;
    if (line.empty()) {
      flush(sent, docs.back());
      continue;
    }
    auto cols = split_ws(line, format.separator);
    if (cols.size() < std::max<size_t>(min_columns, 2))
      throw Error(ExitCode::bad_input, path + ":" + std::to_string(line_no) + ": expected '" + format.expected + "'");
    const std::string& tag = format.tag_column < 0 ? cols.back() : cols[format.tag_column];
    check_tag(tag, path, line_no);
    sent.words.push_back(cols[format.form_column]);
    sent.tags.push_back(tag);
  }
  flush(sent, docs.back());
  if (docs.back().sentences.empty()) docs.pop_back();
  if (docs.empty()) throw Error(ExitCode::bad_input, "no sentences in '" + path + "'");
  for (auto& d : docs)
    for (auto& s : d.sentences) s.tags = tags_of(chunks_of(s.tags), s.tags.size());
  return docs;
}

}  // namespace

std::vector<TaggedDocument> read_conll2003(const std::string& path) {
  return read_columns(path, {"-DOCSTART-", false, ' ', 0, -1, "WORD ... TAG"});
}

std::vector<TaggedDocument> read_iob2(const std::string& path) {
  return read_columns(path, {"# newdoc", true, '\t', 1, 2, "ID FORM TAG"});
}

namespace {

std::string misc_value(const std::string& misc, const std::string& key) {
  std::istringstream ss(misc);
  std::string item;
  while (std::getline(ss, item, '|'))
    if (item.rfind(key + "=", 0) == 0) return item.substr(key.size() + 1);
  return "";
}

std::string gum_type(const std::string& etype) {
  if (etype == "person") return "PER";
  if (etype == "organization") return "ORG";
  if (etype == "place") return "LOC";
  return "";
}

bool proper_noun(const conllu::Sentence& s, int i) {
  return i >= 0 && i < static_cast<int>(s.words.size()) && s.words[i].upos == "PROPN";
}

// A proper noun, or a single word joining two ("of" in "Bank of America", "&"; a comma
// separates "Portsmouth, United Kingdom").
bool name_word(const conllu::Sentence& s, int i) {
  if (proper_noun(s, i)) return true;
  return proper_noun(s, i - 1) && proper_noun(s, i + 1) && s.words[i].upos != "PUNCT";
}

// Partial tags from parts of speech: a name word is "?" (may be a name), anything else "O".
std::vector<std::string> tags_from_proper_nouns(const conllu::Sentence& s) {
  std::vector<std::string> tags(s.words.size(), "O");
  for (int i = 0; i < static_cast<int>(tags.size()); ++i)
    if (name_word(s, i)) tags[i] = "?";
  return tags;
}

// GUM "Entity=" brackets: "(12-person-giv:act-...-Jared_Padalecki" opens, "12)" closes. Every
// mention of a wikified entity carries the identity, pronouns and descriptions included, so
// the name is the run of name words around the mention's head ("the Computing Research
// Association" → "Computing Research Association"; "his" and "the US government" have none). Outer mentions go first, so
// "Bank of America" stays one ORG while "University of Portsmouth, United Kingdom" gives an ORG
// and a LOC. Other words are tagged as by tags_from_proper_nouns().
std::vector<std::string> gum_entities(const conllu::Sentence& s) {
  struct Open { std::string id, type; int start; bool named; };
  std::vector<Open> open;
  std::vector<Chunk> mentions;
  auto close = [&](const Open& o, int end) {
    if (o.named && !o.type.empty()) mentions.push_back({o.start, end, o.type});
  };
  for (size_t w = 0; w < s.words.size(); ++w) {
    std::string value = misc_value(s.words[w].misc, "Entity");
    for (size_t i = 0; i < value.size();) {
      if (value[i] == '(') {
        size_t j = value.find_first_of("()", i + 1);
        std::string body = value.substr(i + 1, (j == std::string::npos ? value.size() : j) - i - 1);
        auto fields = split_ws(body, '-');
        Open o{fields.empty() ? "" : fields[0], fields.size() > 1 ? gum_type(fields[1]) : "", static_cast<int>(w),
               fields.size() >= 8 && !fields.back().empty()};
        bool closes_here = j != std::string::npos && value[j] == ')';
        if (closes_here) {
          close(o, static_cast<int>(w) + 1);
          i = j + 1;
        } else {
          open.push_back(o);
          i = j == std::string::npos ? value.size() : j;
        }
      } else if (std::isdigit(static_cast<unsigned char>(value[i]))) {
        size_t j = value.find(')', i);
        if (j == std::string::npos) break;
        std::string id = value.substr(i, j - i);
        for (auto it = open.rbegin(); it != open.rend(); ++it) {
          if (it->id != id) continue;
          close(*it, static_cast<int>(w) + 1);
          open.erase(std::next(it).base());
          break;
        }
        i = j + 1;
      } else {
        ++i;
      }
    }
  }
  std::stable_sort(mentions.begin(), mentions.end(),
                   [](const Chunk& a, const Chunk& b) { return a.end - a.begin > b.end - b.begin; });
  std::vector<std::string> tags = tags_from_proper_nouns(s);
  auto free_name_word = [&](int i) { return name_word(s, i) && tags[i] == "?"; };
  for (const Chunk& m : mentions) {
    // The mention's head: its word whose syntactic head lies outside it.
    int head = m.begin;
    for (int i = m.begin; i < m.end; ++i) {
      int h = s.words[i].head;
      if (h < s.words[m.begin].id || h > s.words[m.end - 1].id) {
        head = i;
        break;
      }
    }
    if (!proper_noun(s, head) || tags[head] != "?") continue;  // "the US government" is no name
    int b = head, e = head + 1;
    while (b > m.begin && free_name_word(b - 1)) --b;
    while (e < m.end && free_name_word(e)) ++e;
    while (!proper_noun(s, b)) ++b;
    while (!proper_noun(s, e - 1)) --e;
    for (int i = b; i < e; ++i) tags[i] = (i == b ? "B-" : "I-") + m.type;
  }
  return tags;
}

bool has_key(const std::vector<conllu::Sentence>& sentences, const std::string& key) {
  for (const auto& s : sentences)
    for (const auto& w : s.words)
      if (w.misc.find(key + "=") != std::string::npos) return true;
  return false;
}

}  // namespace

std::vector<TaggedDocument> read_conllu_entities(const std::string& path) {
  std::vector<conllu::Sentence> sentences = conllu::read_file(path);
  const bool ner_tags = has_key(sentences, "NER"), gum = !ner_tags && has_key(sentences, "Entity");
  std::vector<TaggedDocument> docs;
  for (const auto& s : sentences) {
    if (docs.empty() || s.new_document) {
      docs.emplace_back();
      docs.back().partial = !ner_tags;
    }
    TaggedSentence t;
    for (const auto& w : s.words) t.words.push_back(w.form);
    if (ner_tags) {
      for (const auto& w : s.words) {
        std::string tag = misc_value(w.misc, "NER");
        t.tags.push_back(tag.empty() ? "O" : tag);
      }
      t.tags = tags_of(chunks_of(t.tags), t.tags.size());
    } else {
      t.tags = gum ? gum_entities(s) : tags_from_proper_nouns(s);
    }
    if (!t.words.empty()) docs.back().sentences.push_back(std::move(t));
  }
  if (docs.empty()) throw Error(ExitCode::bad_input, "no sentences in '" + path + "'");
  return docs;
}

}  // namespace dateline::ner
