#include "learn/word_clusters.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "dateline/error.hpp"
#include "dateline/learn/model_file.hpp"
#include "test_helpers.hpp"

namespace dateline::learn {
namespace {

// Sentences where "Paris"/"Rome" and "rain"/"snow" share contexts, repeated so that every word
// is frequent enough to be clustered.
std::vector<std::vector<std::string>> toy_sentences() {
  std::vector<std::vector<std::string>> out;
  for (int i = 0; i < 40; ++i) {
    out.push_back({"She", "flew", "to", i % 2 ? "Paris" : "Rome", "in", "2019", "."});
    out.push_back({"Heavy", i % 2 ? "rain" : "snow", "fell", "on", "Monday", "."});
    out.push_back({"They", "met", "in", i % 3 ? "Paris" : "Rome", "after", "the", i % 2 ? "rain" : "snow", "."});
  }
  return out;
}

std::string save_to_scratch(const WordClusters& clusters, const std::string& name) {
  ModelWriter writer("clusters-test", 1);
  clusters.save(writer);
  std::string path = testing::scratch_dir() + "/" + name;
  writer.save(path);
  return path;
}

TEST(WordClusters, SaveAndLoadKeepEveryClass) {
  WordClusters built = WordClusters::build({}, toy_sentences(), false);
  ASSERT_FALSE(built.empty());
  std::string path = save_to_scratch(built, "clusters_roundtrip.dlm");
  WordClusters loaded = WordClusters::load(ModelReader(path, "clusters-test", 1));
  EXPECT_EQ(loaded.size(), built.size());
  for (const char* w : {"Paris", "paris", "Rome", "rain", "snow", "Monday", "flew", "2019", "1987", "the"}) {
    WordClass a = built.lookup(w), b = loaded.lookup(w);
    EXPECT_EQ(a.fine, b.fine) << w;
    EXPECT_EQ(a.coarse, b.coarse) << w;
    EXPECT_EQ(a.capitalised, b.capitalised) << w;
  }
  // Case and digits are folded in the key; unseen words have no class.
  EXPECT_EQ(loaded.lookup("PARIS").fine, loaded.lookup("Paris").fine);
  EXPECT_EQ(loaded.lookup("1987").fine, loaded.lookup("2019").fine);
  EXPECT_EQ(loaded.lookup("zyzzyva").fine, 0);
  EXPECT_GT(loaded.lookup("Paris").capitalised, loaded.lookup("rain").capitalised);
  // Saving what was loaded writes the same table.
  std::string again = save_to_scratch(loaded, "clusters_roundtrip_again.dlm");
  EXPECT_EQ(ModelReader(again, "clusters-test", 1).strings("clusters.words"),
            ModelReader(path, "clusters-test", 1).strings("clusters.words"));
}

TEST(WordClusters, ReadsTheWordsOfACoNLLUTreebank) {
  // The toy sentences as a treebank: syntactic words only, so the multiword token "Paris's"
  // (range line) and the comment-only word "zyzzyva" are not read; "Paris" and "'s" are.
  std::string path = testing::scratch_dir() + "/clusters_toy.conllu";
  {
    std::ofstream out(path, std::ios::binary);
    for (const auto& sentence : toy_sentences()) {
      out << "# text = zyzzyva\n";
      int id = 1;
      for (const auto& w : sentence) {
        if (w == "Paris") out << id << "-" << id + 1 << "\tParis's\t_\t_\t_\t_\t_\t_\t_\t_\n";
        out << id++ << "\t" << w << "\t_\t_\t_\t_\t0\tdep\t_\t_\n";
        if (w == "Paris") out << id++ << "\t's\t_\t_\t_\t_\t0\tdep\t_\t_\n";
      }
      out << id - 1 << ".1\tghost\t_\t_\t_\t_\t_\t_\t_\t_\n\n";
    }
  }
  WordClusters from_file = WordClusters::build({path}, {}, false);
  ASSERT_FALSE(from_file.empty());
  EXPECT_GT(from_file.lookup("Paris").fine, 0);
  EXPECT_GT(from_file.lookup("'s").fine, 0);
  EXPECT_GT(from_file.lookup("rain").fine, 0);
  EXPECT_EQ(from_file.lookup("Paris's").fine, 0);
  EXPECT_EQ(from_file.lookup("zyzzyva").fine, 0);
  EXPECT_EQ(from_file.lookup("ghost").fine, 0);
  EXPECT_GT(from_file.lookup("Paris").capitalised, from_file.lookup("rain").capitalised);
}

TEST(WordClusters, ADirectoryScanSkipsTreebanks) {
  // A directory may hold a treebank's test split too: only .txt and .sgm files are read from it.
  std::string dir = testing::scratch_dir() + "/clusters_dir";
  std::filesystem::create_directories(dir);
  {
    std::ofstream(dir + "/a.txt") << "She flew to Rome in 2019 .\n";
    std::ofstream conllu(dir + "/test.conllu");
    for (int i = 0; i < 10; ++i) conllu << "1\tzyzzyva\t_\t_\t_\t_\t0\troot\t_\t_\n\n";
  }
  WordClusters built = WordClusters::build({dir}, toy_sentences(), false);
  EXPECT_GT(built.lookup("Rome").fine, 0);
  EXPECT_EQ(built.lookup("zyzzyva").fine, 0);
  EXPECT_EQ(built.lookup("zyzzyva").capitalised, 0);
}

TEST(WordClusters, AFileWithoutClustersLoadsEmpty) {
  ModelWriter writer("clusters-test", 1);
  writer.add_strings("other", {"a"});
  std::string path = testing::scratch_dir() + "/clusters_none.dlm";
  writer.save(path);
  WordClusters loaded = WordClusters::load(ModelReader(path, "clusters-test", 1));
  EXPECT_TRUE(loaded.empty());
  EXPECT_EQ(loaded.lookup("Paris").fine, 0);
}

TEST(WordClusters, AMismatchedTableIsABadResource) {
  ModelWriter writer("clusters-test", 1);
  writer.add_strings("clusters.words", {"paris", "rome"});
  writer.add_array("clusters.classes", std::vector<uint16_t>{1, 1, 0});  // one word's classes for two words
  std::string path = testing::scratch_dir() + "/clusters_bad.dlm";
  writer.save(path);
  try {
    WordClusters::load(ModelReader(path, "clusters-test", 1));
    FAIL() << "loaded an inconsistent table";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ExitCode::bad_resource);
  }
}

}  // namespace
}  // namespace dateline::learn
