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
                        const std::string& format) const {
    if (format != "text" && format != "html")
      throw dateline::Error(dateline::ExitCode::usage, "format must be 'text' or 'html', got '" + format + "'");
    dateline::ReadOptions options = read_options(date);
    py::gil_scoped_release release;
    dateline::Document doc = format == "html" ? dateline::document_from_html(bytes, source, options)
                                              : dateline::document_from_text(bytes, source, options);
    pipeline_.run(doc);
    return dateline::dump_json(dateline::to_json(doc));
  }

  // Every article of one file (text, HTML, WARC, JSONL, maybe gzipped), as `dateline read`
  // reads it: each a document's JSON, or {"source", "error"} for what could not be read.
  std::vector<std::string> read_file_json(const std::string& path, const std::string& date) const {
    dateline::ReadOptions options = read_options(date);
    std::vector<std::string> out;
    {
      py::gil_scoped_release release;
      dateline::read_documents(
          path, options,
          [&](dateline::Document&& doc) {
            try {
              pipeline_.run(doc);
              out.push_back(dateline::dump_json(dateline::to_json(doc)));
            } catch (const dateline::Error& e) {
              out.push_back(dateline::dump_json(nlohmann::json{{"source", doc.source}, {"error", e.what()}}));
            }
          },
          [&](dateline::CorpusFailure&& f) {
            out.push_back(dateline::dump_json(nlohmann::json{{"source", f.source}, {"error", f.reason}}));
          });
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
           py::arg("format") = "text")
      .def("read_file_json", &PythonPipeline::read_file_json, py::arg("path"), py::arg("date") = "")
      .def_property_readonly("stages", &PythonPipeline::stages)
      .def_property_readonly("models", &PythonPipeline::models);
}
