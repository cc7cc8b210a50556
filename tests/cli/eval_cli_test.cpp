// `dateline eval parse|tag`, `dateline train parser-mean` and `train quotes`: what they say about their inputs.
#include <gtest/gtest.h>

#include <filesystem>

#include "test_helpers.hpp"

namespace dateline::testing {
namespace {

// One sentence of our own, in CoNLL-U.
const char* kTinyTreebank =
    "# newdoc id = tiny\n"
    "# sent_id = tiny-1\n"
    "# text = Ships sailed.\n"
    "1\tShips\tship\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n"
    "2\tsailed\tsail\tVERB\tVBD\t_\t0\troot\t_\tSpaceAfter=No\n"
    "3\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";

TEST(EvalCli, RawTextWithoutSentenceModelIsAnError) {
  std::string gold = temp_file("tiny.conllu", kTinyTreebank);
  // The tagger, lemmatiser and parser, but no sentence boundary model.
  std::string dir = scratch_dir() + "/models_without_sentences";
  std::filesystem::create_directories(dir);
  for (const char* model : {"en_tagger.dlm", "en_lemmatizer.dlm", "en_parser.dlm"})
    std::filesystem::create_symlink(source_dir() + "/models/" + model, dir + "/" + model);
  // From raw text the tokenizer needs it: rules alone would score a worse parser, unsaid.
  auto r = run_cli("eval parse --gold " + gold + " --raw --models " + dir);
  EXPECT_EQ(r.exit_code, 4);
  EXPECT_NE(last_stderr().find(dir + "/sentences.dlm"), std::string::npos) << last_stderr();
  // From gold tokens the sentence model plays no part; the report names the models it used.
  auto g = run_cli("eval parse --gold " + gold + " --models " + dir);
  EXPECT_EQ(g.exit_code, 0) << last_stderr();
  EXPECT_NE(g.out.find("model en_parser.dlm crc32"), std::string::npos) << g.out;
  EXPECT_EQ(g.out.find("sentences.dlm"), std::string::npos) << g.out;
}

TEST(EvalCli, ParserMeanRejectsWhatIsNotAParser) {
  std::string bogus = temp_file("not_a_parser.dlm", "DLMODEL but not really");
  auto r = run_cli("train parser-mean " + bogus + " -o " + scratch_dir() + "/mean.dlm");
  EXPECT_EQ(r.exit_code, 4) << r.out;  // bad_resource
  EXPECT_FALSE(std::filesystem::exists(scratch_dir() + "/mean.dlm"));
  auto none = run_cli("train parser-mean -o " + scratch_dir() + "/mean.dlm");
  EXPECT_EQ(none.exit_code, 2);  // usage: no inputs
}

TEST(EvalCli, TrainQuotesRejectsOutOfRangeSearchSettings) {
  std::string split = scratch_dir() + "/empty_polnear";
  std::filesystem::create_directories(split);
  for (const char* bad : {"--global-beam 17", "--global-beam -1", "--cue-cost -5", "--content-cost 1e9"}) {
    auto r = run_cli("train quotes --train " + split + " " + bad + " -o " + scratch_dir() + "/q.dlm");
    EXPECT_EQ(r.exit_code, 2) << bad << ": " << r.out;  // usage
  }
  EXPECT_FALSE(std::filesystem::exists(scratch_dir() + "/q.dlm"));
}

}  // namespace
}  // namespace dateline::testing
