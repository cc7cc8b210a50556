// The Python binding (module dateline._dateline): a thin shell over the library's pipeline.
// The Python package (python/dateline/__init__.py) turns the JSON it returns into dicts.
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <map>
#include <string>
#include <vector>

#include "dateline/corpus.hpp"
#include "dateline/error.hpp"
#include "dateline/html.hpp"
#include "dateline/ingest.hpp"
#include "dateline/json.hpp"
#include "dateline/stage.hpp"

namespace py = pybind11;

namespace {

using ordered_json = nlohmann::ordered_json;

// Python strings are indexed by code point, the JSON contract by UTF-8 byte. Every offset into
// `text` (paragraphs, sentences, tokens, mentions, quotes, evidence) is turned into a code
// point index, so that doc["text"][start:end] is the span in Python.
void offsets_to_code_points(ordered_json& j) {
  const std::string& text = j["text"].get_ref<const std::string&>();
  // chars[b]: how many code points begin before byte b (continuation bytes begin none).
  std::vector<uint32_t> chars(text.size() + 1);
  uint32_t n = 0;
  for (size_t b = 0; b < text.size(); ++b) {
    chars[b] = n;
    if ((static_cast<unsigned char>(text[b]) & 0xC0) != 0x80) ++n;
  }
  chars[text.size()] = n;
  auto convert = [&](ordered_json& span) {
    for (const char* key : {"start", "end"}) {
      size_t b = span[key].get<size_t>();
      // An offset inside a character (never made by the pipeline) is a bug to hear of, not
      // to round quietly.
      if (b > text.size() || (b < text.size() && (static_cast<unsigned char>(text[b]) & 0xC0) == 0x80))
        throw dateline::Error(dateline::ExitCode::internal, std::string("offset ") + std::to_string(b) +
                                                                " is not at a character boundary of the text");
      span[key] = chars[b];
    }
  };
  for (auto& p : j["paragraphs"]) convert(p);
  for (auto& s : j["sentences"]) {
    convert(s);
    for (auto& t : s["tokens"]) convert(t);
  }
  for (auto& e : j["entities"])
    for (auto& m : e["mentions"]) convert(m);
  for (auto& q : j["quotes"]) convert(q);
  for (auto& e : j["events"]) convert(e["evidence"]);
}

std::string document_json(const dateline::Document& doc, bool code_points) {
  ordered_json j = dateline::to_json(doc);
  if (code_points) offsets_to_code_points(j);
  return dateline::dump_json(j);
}

bool code_point_offsets(const std::string& offsets) {
  if (offsets != "chars" && offsets != "bytes")
    throw dateline::Error(dateline::ExitCode::usage, "offsets must be 'chars' or 'bytes', got '" + offsets + "'");
  return offsets == "chars";
}

class PythonPipeline {
 public:
  PythonPipeline(const std::string& models, const std::vector<std::string>& stages, int parse_beam,
                 const std::string& home_country, bool actor_table) {
    if (parse_beam < 0 || parse_beam > 64)
      throw dateline::Error(dateline::ExitCode::usage, "parse_beam must be 0 (the default) to 64");
    dateline::PipelineOptions options;
    options.models_dir = models;
    options.parse_beam = parse_beam;
    options.home_country = home_country;
    options.actor_table = actor_table;
    if (!stages.empty()) options.stages = stages;
    pipeline_ = dateline::Pipeline::standard(options);
  }

  // One article (plain text or an HTML page) → its document as dateline.document/1 JSON. The
  // GIL is released while the pipeline runs, so Python threads (and Dask's threaded
  // scheduler) read articles side by side.
  std::string read_json(const std::string& bytes, const std::string& date, const std::string& source,
                        const std::string& format, const std::string& offsets) const {
    if (format != "text" && format != "html")
      throw dateline::Error(dateline::ExitCode::usage, "format must be 'text' or 'html', got '" + format + "'");
    bool code_points = code_point_offsets(offsets);
    dateline::ReadOptions options = read_options(date);
    py::gil_scoped_release release;
    dateline::Document doc = format == "html" ? dateline::document_from_html(bytes, source, options)
                                              : dateline::document_from_text(bytes, source, options);
    pipeline_.run(doc);
    return document_json(doc, code_points);
  }

  // Every article of one file (text, HTML, WARC, JSONL, maybe gzipped), as `dateline read`
  // reads it. With `raise_errors` the first file or record that cannot be read throws, with
  // its source in the message as the CLI prints it; without, it comes back as {"source",
  // "error"} among the documents (a corpus job on Dask goes on past a bad record).
  std::vector<std::string> read_file_json(const std::string& path, const std::string& date, const std::string& offsets,
                                          bool raise_errors) const {
    bool code_points = code_point_offsets(offsets);
    dateline::ReadOptions options = read_options(date);
    std::vector<std::string> out;
    auto failed = [&](const std::string& source, const std::string& reason) {
      if (raise_errors) {
        // A whole-file failure already names the file in its reason ("no such file: x").
        bool named = reason.find(source) != std::string::npos;
        throw dateline::Error(dateline::ExitCode::bad_input, named ? reason : source + ": " + reason);
      }
      out.push_back(dateline::dump_json(nlohmann::json{{"source", source}, {"error", reason}}));
    };
    {
      py::gil_scoped_release release;
      dateline::read_documents(
          path, options,
          [&](dateline::Document&& doc) {
            try {
              pipeline_.run(doc);
            } catch (const dateline::Error& e) {
              failed(doc.source, e.what());
              return;
            }
            out.push_back(document_json(doc, code_points));
          },
          [&](dateline::CorpusFailure&& f) { failed(f.source, f.reason); });
    }
    return out;
  }

  std::vector<std::string> stages() const { return pipeline_.stage_names(); }
  std::map<std::string, std::map<std::string, std::string>> models() const {
    std::map<std::string, std::map<std::string, std::string>> out;
    for (const auto& m : pipeline_.models()) out[m.name] = {{"file", m.file}, {"crc32", m.crc32}};
    return out;
  }

 private:
  static dateline::ReadOptions read_options(const std::string& date) {
    dateline::ReadOptions options;
    if (!date.empty()) {
      if (!dateline::is_iso_date(date)) throw dateline::Error(dateline::ExitCode::usage, "date must be YYYY-MM-DD, got '" + date + "'");
      options.date = date;
    }
    return options;
  }

  dateline::Pipeline pipeline_;
};

}  // namespace

PYBIND11_MODULE(_dateline, m) {
  m.doc() = "dateline: news articles to structured, attributed facts (C++ core)";
  // The version CMake's project() declares, so the package can check that its Python files
  // and this module come from the same release.
  m.attr("__version__") = DATELINE_VERSION;
  static py::exception<dateline::Error> error(m, "Error", PyExc_ValueError);
  py::register_exception_translator([](std::exception_ptr p) {
    try {
      if (p) std::rethrow_exception(p);
    } catch (const dateline::Error& e) {
      PyErr_SetString(error.ptr(), e.what());
    }
  });
  m.def(
      "list_corpus_files",
      [](const std::vector<std::string>& paths) {
        std::vector<dateline::CorpusFailure> missing;
        std::vector<std::string> files = dateline::list_corpus_files(paths, missing);
        std::vector<std::pair<std::string, std::string>> missing_pairs;
        for (auto& f : missing) missing_pairs.emplace_back(f.source, f.reason);
        return std::make_pair(files, missing_pairs);
      },
      py::arg("paths"), "The input files under `paths`, as `dateline ingest` walks them, and the paths that do not exist.");
  py::class_<PythonPipeline>(m, "Pipeline")
      .def(py::init<const std::string&, const std::vector<std::string>&, int, const std::string&, bool>(),
           py::arg("models") = "", py::arg("stages") = std::vector<std::string>{}, py::arg("parse_beam") = 0,
           py::arg("home_country") = "", py::arg("actor_table") = true)
      .def("read_json", &PythonPipeline::read_json, py::arg("data"), py::arg("date") = "", py::arg("source") = "python",
           py::arg("format") = "text", py::arg("offsets") = "chars")
      .def("read_file_json", &PythonPipeline::read_file_json, py::arg("path"), py::arg("date") = "",
           py::arg("offsets") = "chars", py::arg("raise_errors") = true)
      .def_property_readonly("stages", &PythonPipeline::stages)
      .def_property_readonly("models", &PythonPipeline::models);
}
