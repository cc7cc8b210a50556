// A models directory that lacks a model, or holds a broken one, stops `read`, `serve` and the
// library's standard pipeline with exit 4 and the file's name; stages that read no model run
// without it; and the JSON says which model files produced it.
#include <gtest/gtest.h>
#include <zlib.h>

#include <cstdio>
#include <filesystem>
#include <iterator>

#include "dateline/error.hpp"
#include "dateline/json.hpp"
#include "dateline/stage.hpp"
#include "test_helpers.hpp"

namespace dateline::testing {
namespace {

namespace fs = std::filesystem;

const char* kArticle = "Kenya and Uganda signed a trade deal in Nairobi on Monday.\n";

// A copy of the committed models directory (as links) without `left_out`, and with `broken`
// replaced by bytes that are not a model.
std::string models_without(const std::string& name, const std::string& left_out, const std::string& broken = "") {
  fs::path dir = fs::path(scratch_dir()) / name;
  fs::create_directories(dir);
  for (const auto& e : fs::directory_iterator(fs::path(source_dir()) / "models")) {
    std::string file = e.path().filename().string();
    if (e.path().extension() != ".dlm" || file == left_out) continue;
    if (file == broken)
      temp_file(name + "/" + file, "DLMODEL but not a model");
    else if (!fs::exists(dir / file))
      fs::create_symlink(e.path(), dir / file);
  }
  return dir.string();
}

TEST(ModelsCli, MissingDirectoryIsExit4NamingIt) {
  std::string article = temp_file("kenya.txt", kArticle);
  auto r = run_cli("read -f json --models /nonexistent/models " + article);
  EXPECT_EQ(r.exit_code, 4);
  EXPECT_EQ(r.out, "");
  EXPECT_NE(last_stderr().find("/nonexistent/models"), std::string::npos) << last_stderr();
}

TEST(ModelsCli, MissingOrBrokenModelIsExit4NamingTheFile) {
  std::string article = temp_file("kenya.txt", kArticle);
  for (const char* model : {"sentences.dlm", "en_tagger.dlm", "en_lemmatizer.dlm", "en_parser.dlm", "en_ner.dlm",
                            "en_quotes.dlm"}) {
    std::string missing = models_without(std::string("without_") + model, model);
    auto r = run_cli("read -f json --models " + missing + " " + article);
    EXPECT_EQ(r.exit_code, 4) << model;
    EXPECT_NE(last_stderr().find(missing + "/" + model), std::string::npos) << last_stderr();
    std::string broken = models_without(std::string("broken_") + model, "", model);
    auto b = run_cli("read -f json --models " + broken + " " + article);
    EXPECT_EQ(b.exit_code, 4) << model;
    EXPECT_NE(last_stderr().find(broken + "/" + model), std::string::npos) << last_stderr();
  }
}

TEST(ModelsCli, StagesThatReadNoModelRunWithout) {
  std::string article = temp_file("kenya.txt", kArticle);
  auto r = run_cli("read -f json --stages normalize,structure --models /nonexistent/models " + article);
  ASSERT_EQ(r.exit_code, 0) << last_stderr();
  auto doc = nlohmann::json::parse(r.out);
  EXPECT_EQ(doc["models"], nlohmann::json::object());
  // The tagger alone needs en_tagger.dlm (and the tokenizer sentences.dlm), not the NER model.
  std::string no_ner = models_without("no_ner", "en_ner.dlm");
  auto t = run_cli("read -f json --stages normalize,tokenize,tag --models " + no_ner + " " + article);
  ASSERT_EQ(t.exit_code, 0) << last_stderr();
  auto tagged = nlohmann::json::parse(t.out);
  EXPECT_EQ(tagged["models"].size(), 2u);
  EXPECT_EQ(tagged["models"]["tagger"]["file"], "en_tagger.dlm");
  EXPECT_EQ(tagged["sentences"][0]["tokens"][0]["upos"], "PROPN");
}

std::string crc32_of(const std::string& path) {
  std::string bytes = read_file(path);
  char hex[9];
  std::snprintf(hex, sizeof hex, "%08lx",
                crc32(0L, reinterpret_cast<const Bytef*>(bytes.data()), static_cast<uInt>(bytes.size())) & 0xffffffffUL);
  return hex;
}

TEST(ModelsCli, JsonRecordsTheModelsAndTheirChecksums) {
  std::string article = temp_file("kenya.txt", kArticle);
  auto r = run_cli("read -f json " + article);
  ASSERT_EQ(r.exit_code, 0) << last_stderr();
  auto models = nlohmann::json::parse(r.out)["models"];
  const std::pair<const char*, const char*> expected[] = {{"sentences", "sentences.dlm"}, {"tagger", "en_tagger.dlm"},
      {"lemmatizer", "en_lemmatizer.dlm"}, {"parser", "en_parser.dlm"}, {"ner", "en_ner.dlm"}, {"quotes", "en_quotes.dlm"}};
  ASSERT_EQ(models.size(), std::size(expected)) << models;
  for (const auto& [name, file] : expected) {
    EXPECT_EQ(models[name]["file"], file);
    EXPECT_EQ(models[name]["crc32"], crc32_of(source_dir() + "/models/" + file)) << name;
  }
  // The record survives a round trip through the store's reader.
  auto doc = document_from_json(nlohmann::ordered_json::parse(r.out));
  EXPECT_EQ(doc.models.size(), std::size(expected));
  EXPECT_EQ(to_json(doc)["models"], nlohmann::ordered_json::parse(r.out)["models"]);
}

TEST(ModelsCli, ServeRefusesAMissingModel) {
  std::string missing = models_without("serve_without_parser", "en_parser.dlm");
  // No timeout is needed when it works: it exits before it listens.
  auto r = run_cli_with("timeout --preserve-status -s INT 20 ", "serve --port 0 --models " + missing);
  EXPECT_EQ(r.exit_code, 4);
  EXPECT_NE(last_stderr().find(missing + "/en_parser.dlm"), std::string::npos) << last_stderr();
}

TEST(ModelsLibrary, StandardPipelineThrowsBadResource) {
  PipelineOptions options;
  options.models_dir = models_without("library_without_lemmatizer", "en_lemmatizer.dlm");
  try {
    Pipeline::standard(options);
    FAIL() << "no error for a missing lemmatizer";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ExitCode::bad_resource);
    EXPECT_NE(std::string(e.what()).find("en_lemmatizer.dlm"), std::string::npos) << e.what();
  }
  options.stages = {"normalize", "structure", "tokenize", "tag"};
  EXPECT_EQ(Pipeline::standard(options).stage_names(), options.stages);
}

}  // namespace
}  // namespace dateline::testing
